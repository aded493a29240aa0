# Why impact's airline cells were oversized: R's auto.arima on 300 pre-periods (146 months) of
# the harness's airline series, forecast 55 months, cumulative-effect z test at 5% with
# forecast.Arima's covariance, tabulated by the differencing auto.arima chose.
#   Rscript impact-differencing.R > impact-differencing-output.txt   (about 15 CPU-minutes)
suppressMessages(library(forecast))
season <- c(-0.22,-0.12,0.02,0.0,0.02,-0.01,-0.03,-0.06,0.05,0.08,0.1,0.17)
set.seed(3)
sim_air <- function(T, sd = 0.05) {
  n <- T + 120; e <- rnorm(n, 0, sd); w <- numeric(n); x <- numeric(n)
  for (t in 1:n) {
    w[t] <- e[t] - 0.4*(if (t>1) e[t-1] else 0) - 0.6*(if (t>12) e[t-12] else 0) + 0.24*(if (t>13) e[t-13] else 0)
    x[t] <- w[t] + (if (t>1) x[t-1] else 0) + (if (t>12) x[t-12] else 0) - (if (t>13) x[t-13] else 0)
  }
  5.5 + season[(0:(T-1)) %% 12 + 1] + x[-(1:120)]
}
H <- 55; pre <- 146
res <- do.call(rbind, lapply(1:300, function(i) {
  y <- sim_air(pre + H); yp <- ts(y[1:pre], frequency = 12)
  a <- auto.arima(yp)
  # Forecast-error covariance of the H steps from the model's psi weights (differencing included).
  psi <- c(1, ARMAtoMA(ar = a$model$phi, ma = a$model$theta, lag.max = H - 1))
  D <- a$model$Delta
  if (length(D) > 0) { full <- psi; for (j in 2:H) full[j] <- psi[j] + sum(D[seq_len(min(length(D), j-1))] * full[j - seq_len(min(length(D), j-1))]); psi <- full }
  S <- matrix(0, H, H); for (h1 in 1:H) for (h2 in 1:H) { k <- min(h1, h2); S[h1, h2] <- a$sigma2 * sum(psi[(h1-k+1):h1] * psi[(h2-k+1):h2]) }
  f <- forecast(a, h = H)$mean
  z <- sum(y[(pre+1):(pre+H)] - f) / sqrt(sum(S))
  o <- arimaorder(a)
  data.frame(d = o[2], D = o[5], drift = "drift" %in% names(coef(a)), rej = abs(z) > 1.96)
}))
cat("rejection rate at 5%, all series:", mean(res$rej), "\n")
print(aggregate(rej ~ d + D + drift, res, function(v) c(n = length(v), rate = mean(v))))
