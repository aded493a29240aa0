# Times R forecast::auto.arima (defaults) on a slice of M3 monthly series (train split),
# reporting elapsed and CPU (user + system) seconds, for the comparison in RESULTS.md.
# Usage: Rscript time_r_slice.R <m3-monthly.csv> <offset> <count>
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE); d <- d[d$split == "train", ]
ids <- unique(d$series)[as.integer(args[2]) + seq_len(as.integer(args[3]))]
tot <- c(elapsed = 0, cpu = 0)
for (id in ids) {
  v <- d$value[d$series == id][order(d$t[d$series == id])]
  t <- system.time(fit <- auto.arima(ts(v, frequency = 12)))
  tot <- tot + c(t[["elapsed"]], t[["user.self"]] + t[["sys.self"]])
  a <- fit$arma
  cat(sprintf("%s,%d,%d,%d,%d,%d,%d,%.10g,%.3f,%.3f\n", id, a[1], a[6], a[2], a[3], a[7], a[4], fit$aicc,
              t[["elapsed"]], t[["user.self"]] + t[["sys.self"]]))
}
cat(sprintf("# R auto.arima on %d series: elapsed %.3f s, CPU %.3f s\n", length(ids), tot[1], tot[2]))
