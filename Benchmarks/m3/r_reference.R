# R forecast reference rows for Benchmarks/m3 (one table per M3 frequency): ets, thetaf and
# auto.arima (R forecast 8.20 defaults) on every series of a long file (series,split,t,value;
# train split only, frequency FREQ, h = the test length), levels 80/95, plus their plain mean
# `mean3` (mean of the three point forecasts, and of the three forecasts' bounds: quantile
# averaging). A method that fails on a series is replaced by snaive for that series (counted).
#   Rscript Benchmarks/m3/r_reference.R DATA FREQ OUT.csv
# Writes OUT.csv as model,series,t,mean,lo80,hi80,lo95,hi95 (scored by Benchmarks/rescore.py)
# and prints CPU seconds and failures per method.
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
data <- args[1]; freq <- as.integer(args[2]); out <- args[3]
m3 <- read.csv(data, stringsAsFactors = FALSE)
ids <- unique(m3$series)
train <- lapply(ids, function(id) { d <- m3[m3$series == id & m3$split == "train", ]; ts(d$value[order(d$t)], frequency = freq) })
hs <- sapply(ids, function(id) sum(m3$series == id & m3$split == "test"))
run <- function(method, y, h) switch(method,
  auto.arima = forecast(auto.arima(y), h = h, level = c(80, 95)),
  ets = { set.seed(1); forecast(ets(y), h = h, level = c(80, 95)) },
  thetaf = thetaf(y, h = h, level = c(80, 95)))
methods <- c("ets", "thetaf", "auto.arima")
res <- list()
for (method in methods) {
  failures <- 0L
  t0 <- proc.time()
  res[[method]] <- lapply(seq_along(ids), function(i) {
    fc <- tryCatch(run(method, train[[i]], hs[i]), error = function(e) NULL)
    if (is.null(fc)) { failures <<- failures + 1L; fc <- snaive(train[[i]], h = hs[i], level = c(80, 95)) }
    cbind(as.numeric(fc$mean), fc$lower[, 1], fc$upper[, 1], fc$lower[, 2], fc$upper[, 2])
  })
  el <- proc.time() - t0
  cat(sprintf("R %s: %d series, %.1f s CPU, %.1f s wall, %d failures\n", method, length(ids),
              el[["user.self"]] + el[["sys.self"]], el[["elapsed"]], failures))
}
res[["mean3"]] <- lapply(seq_along(ids), function(i) (res$ets[[i]] + res$thetaf[[i]] + res$auto.arima[[i]]) / 3)
rows <- "model,series,t,mean,lo80,hi80,lo95,hi95"
for (method in names(res)) for (i in seq_along(ids)) {
  m <- res[[method]][[i]]
  rows <- c(rows, sprintf("%s,%s,%d,%.17g,%.17g,%.17g,%.17g,%.17g", method, ids[i], seq_len(nrow(m)),
                          m[, 1], m[, 2], m[, 3], m[, 4], m[, 5]))
}
writeLines(rows, out)
