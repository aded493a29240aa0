# Records R forecast::auto.arima (defaults) choices on the first N M3 monthly series
# (train split, frequency 12). Output: auto_arima_m3.csv with the chosen orders, drift/mean,
# AICc, log-likelihood and the elapsed time per series.
# Usage: Rscript auto_arima_m3.R <m3-monthly.csv> <N> <out.csv>
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) >= 1) args[1] else "../../../../shared/datasets/m3-monthly.csv"
N <- if (length(args) >= 2) as.integer(args[2]) else 300L
out <- if (length(args) >= 3) args[3] else "auto_arima_m3.csv"
d <- read.csv(path, stringsAsFactors = FALSE)
d <- d[d$split == "train", ]
ids <- unique(d$series)[seq_len(N)]
rows <- list()
for (id in ids) {
  v <- d$value[d$series == id][order(d$t[d$series == id])]
  y <- ts(v, frequency = 12)
  t0 <- proc.time()[["elapsed"]]
  fit <- auto.arima(y)
  el <- proc.time()[["elapsed"]] - t0
  a <- fit$arma
  cf <- coef(fit)
  rows[[length(rows) + 1]] <- data.frame(series = id, n = length(v),
    p = a[1], d = a[6], q = a[2], P = a[3], D = a[7], Q = a[4],
    mean = as.integer("intercept" %in% names(cf)), drift = as.integer("drift" %in% names(cf)),
    aicc = sprintf("%.10g", fit$aicc), loglik = sprintf("%.10g", fit$loglik),
    seconds = sprintf("%.3f", el))
  write.csv(do.call(rbind, rows), out, row.names = FALSE, quote = FALSE)
}
