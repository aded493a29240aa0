# R forecast 8.20 side of the side-by-side benchmark: auto.arima, ets and thetaf on the first
# LIMIT M3 monthly series (train split, frequency 12, h = 18, levels 80/95), one series at a
# time on one core. Fit + forecast are timed together, as Almanac times them.
#   Rscript Benchmarks/side-by-side/r_m3.R DATA LIMIT OUTDIR [methods]
# Writes OUTDIR/r-<method>.csv (series,t,mean,lo80,hi80,lo95,hi95) and appends
# "system model series cpu_s wall_s failures" lines to OUTDIR/timing.tsv.
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
data <- args[1]; limit <- as.integer(args[2]); out <- args[3]
methods <- if (length(args) >= 4) strsplit(args[4], ",")[[1]] else c("auto.arima", "ets", "thetaf")
m3 <- read.csv(data, stringsAsFactors = FALSE)
ids <- unique(m3$series)[seq_len(min(limit, length(unique(m3$series))))]
train <- lapply(ids, function(id) { d <- m3[m3$series == id & m3$split == "train", ]; ts(d$value[order(d$t)], frequency = 12) })
h <- 18
run <- function(method, y) switch(method,
  auto.arima = forecast(auto.arima(y), h = h, level = c(80, 95)),
  ets = { set.seed(1); forecast(ets(y), h = h, level = c(80, 95)) },
  thetaf = thetaf(y, h = h, level = c(80, 95)))
for (method in methods) {
  rows <- character(0); failures <- 0L
  t0 <- proc.time()
  fcs <- lapply(train, function(y) tryCatch(run(method, y), error = function(e) NULL))
  el <- proc.time() - t0
  for (i in seq_along(ids)) {
    fc <- fcs[[i]]
    if (is.null(fc)) { failures <- failures + 1L; fc <- snaive(train[[i]], h = h, level = c(80, 95)) }
    rows <- c(rows, sprintf("%s,%d,%.17g,%.17g,%.17g,%.17g,%.17g", ids[i], 1:h, fc$mean, fc$lower[, 1], fc$upper[, 1],
                            fc$lower[, 2], fc$upper[, 2]))
  }
  writeLines(c("series,t,mean,lo80,hi80,lo95,hi95", rows), file.path(out, paste0("r-", method, ".csv")))
  cat(sprintf("R\t%s\t%d\t%.3f\t%.3f\t%d\n", method, length(ids), el[["user.self"]] + el[["sys.self"]],
              el[["elapsed"]], failures), file = file.path(out, "timing.tsv"), append = TRUE)
  cat(sprintf("R %s: %d series, %.1f s CPU, %.1f s wall, %d failures\n", method, length(ids),
              el[["user.self"]] + el[["sys.self"]], el[["elapsed"]], failures))
}
