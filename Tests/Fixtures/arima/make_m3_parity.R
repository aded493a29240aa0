# Parity fixture on M3 monthly series: refits, with forecast::Arima, the model that
# auto.arima chose (auto_arima_m3.csv, first 50 series) and records coefficients,
# log-likelihood, AICc and the h = 18 forecast mean and 95% bounds into m3_parity.json.
# Usage: Rscript make_m3_parity.R <m3-monthly.csv>
suppressMessages(library(forecast)); library(jsonlite)
args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) >= 1) args[1] else "../../../../shared/datasets/m3-monthly.csv"
d <- read.csv(path, stringsAsFactors = FALSE); d <- d[d$split == "train", ]
ch <- read.csv("auto_arima_m3.csv", stringsAsFactors = FALSE)[1:50, ]
out <- list()
for (i in seq_len(nrow(ch))) {
  r <- ch[i, ]
  v <- d$value[d$series == r$series][order(d$t[d$series == r$series])]
  y <- ts(v, frequency = 12)
  fit <- Arima(y, order = c(r$p, r$d, r$q), seasonal = c(r$P, r$D, r$Q),
               include.mean = r$mean == 1, include.drift = r$drift == 1)
  fc <- forecast(fit, h = 18, level = 95)
  out[[i]] <- list(series = r$series, order = c(r$p, r$d, r$q), seasonal = c(r$P, r$D, r$Q),
    mean = r$mean == 1, drift = r$drift == 1, coefNames = I(as.character(names(coef(fit)))), coef = I(as.numeric(unname(coef(fit)))),
    loglik = fit$loglik, aicc = fit$aicc, fmean = as.numeric(fc$mean),
    lower95 = as.numeric(fc$lower[, 1]), upper95 = as.numeric(fc$upper[, 1]))
}
writeLines(toJSON(out, auto_unbox = TRUE, digits = I(17)), "m3_parity.json")
