# R forecast::ets on all 1428 M3 monthly series (train split, period 12, h = 18).
# Run from the package root:  Rscript Benchmarks/ets/r_m3.R [N [FROM [OUT]]]
# (N series starting at series number FROM, default all from 1; OUT default r_m3_forecasts.csv)
# Writes Benchmarks/ets/r_m3_forecasts.csv (series, method, step, mean, lo95, hi95)
# and prints the single-core wall time of the ets() selections alone.
suppressMessages(library(forecast))
m3 <- read.csv(file.path("..", "shared", "datasets", "m3-monthly.csv"))
tr <- m3[m3$split == "train", ]
ids <- unique(tr$series)
args <- commandArgs(trailingOnly = TRUE)
from <- if (length(args) >= 2) as.integer(args[2]) else 1L
out <- if (length(args) >= 3) args[3] else "r_m3_forecasts.csv"
ids <- ids[from:length(ids)]
if (length(args)) ids <- head(ids, as.integer(args[1]))
ys <- lapply(ids, function(id) { d <- tr[tr$series == id, ]; ts(d$value[order(d$t)], frequency = 12) })
t0 <- proc.time()
fits <- lapply(ys, ets)
el <- proc.time() - t0
cat(sprintf("R ets selection, %d series: %.1f s elapsed, %.1f s user+system CPU\n", length(ids), el[["elapsed"]], el[["user.self"]] + el[["sys.self"]]))
rows <- c("series,method,step,mean,lo95,hi95")
for (i in seq_along(ids)) {
  set.seed(1)
  fc <- forecast(fits[[i]], h = 18, level = 95)
  for (s in 1:18) rows <- c(rows, sprintf("%s,%s,%d,%.17g,%.17g,%.17g", ids[i], fits[[i]]$method, s,
                                           fc$mean[s], fc$lower[s, 1], fc$upper[s, 1]))
}
writeLines(rows, file.path("Benchmarks", "ets", out))
