# R forecast 8.20 auto.arima on M3 monthly, in the dump format of AutoBenchmarkTests
# (series,h,mean,lo80,hi80,lo95,hi95), for the holdout setup (training series minus its
# last 18 values) and the test setup. Used as the ARIMA member when designing `auto`
# while the Swift ARIMA could not be merged.
# usage (from the package root): Rscript Benchmarks/m3/r_members.R OUTDIR
suppressMessages(library(forecast))
out <- commandArgs(TRUE)[1]
m3 <- read.csv(file.path("..", "shared", "datasets", "m3-monthly.csv"))
tr <- m3[m3$split == "train", ]
ids <- unique(tr$series)
for (setup in c("holdout", "test")) {
  rows <- c("series,h,mean,lo80,hi80,lo95,hi95")
  t0 <- proc.time()
  for (id in ids) {
    d <- tr[tr$series == id, ]
    y <- d$value[order(d$t)]
    if (setup == "holdout") y <- head(y, -18)
    fc <- forecast(auto.arima(ts(y, frequency = 12)), h = 18, level = c(80, 95))
    rows <- c(rows, sprintf("%s,%d,%.17g,%.17g,%.17g,%.17g,%.17g", id, 1:18, fc$mean, fc$lower[, 1],
                            fc$upper[, 1], fc$lower[, 2], fc$upper[, 2]))
  }
  writeLines(rows, file.path(out, sprintf("rarima_%s.csv", setup)))
  cat(setup, (proc.time() - t0)[["elapsed"]], "s\n")
}
