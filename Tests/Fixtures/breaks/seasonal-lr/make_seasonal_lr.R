# Fixture for SeasonalUnitRootLRTests: the likelihood-ratio statistic of a fixed seasonal
# pattern (seasonal MA coefficient = -1) against evolving seasonality, computed by R's
# stats::arima (method = "ML") on the residuals of a regression on monthly dummies.
# Run: Rscript make_seasonal_lr.R   (R 4.x, forecast)
suppressMessages(library(forecast))
season <- c(-0.22,-0.12,0.02,0.0,0.02,-0.01,-0.03,-0.06,0.05,0.08,0.1,0.17)
airline <- function(T, sd = 0.05) {
  n <- T + 120; e <- rnorm(n, 0, sd); w <- numeric(n); x <- numeric(n)
  for (t in 1:n) {
    w[t] <- e[t] - 0.4*(if (t>1) e[t-1] else 0) - 0.6*(if (t>12) e[t-12] else 0) + 0.24*(if (t>13) e[t-13] else 0)
    x[t] <- w[t] + (if (t>1) x[t-1] else 0) + (if (t>12) x[t-12] else 0) - (if (t>13) x[t-13] else 0)
  }
  x[-(1:120)]
}
ar1 <- function(T, phi, sd = 0.05) {
  u <- numeric(T); u[1] <- rnorm(1, 0, sd/sqrt(1-phi^2))
  for (t in 2:T) u[t] <- phi*u[t-1] + rnorm(1, 0, sd)
  u
}
resid_dummies <- function(u) {
  T <- length(u); f <- factor((0:(T-1)) %% 12)
  unname(residuals(lm(5.5 + season[(0:(T-1)) %% 12 + 1] + u ~ f)))
}
cases <- list()
set.seed(20261207)
cases$airline <- resid_dummies(airline(120))
cases$airline201 <- resid_dummies(airline(201))
cases$ar05 <- resid_dummies(ar1(120, 0.5))
out <- NULL
for (name in names(cases)) {
  r <- ts(cases[[name]], frequency = 12)
  o <- arimaorder(auto.arima(r, seasonal = FALSE, allowmean = FALSE, allowdrift = FALSE))
  free <- Arima(r, order = o, seasonal = c(0,1,1), method = "ML")
  null <- Arima(r, order = o, seasonal = c(0,1,1), method = "ML",
                fixed = c(rep(NA, o[1] + o[3]), -1), transform.pars = FALSE)
  lr <- 2 * (free$loglik - null$loglik)
  cat(name, "order", o, "sma1", coef(free)[["sma1"]], "LR", lr, "\n")
  write.csv(data.frame(residual = sprintf("%.17g", cases[[name]])), sprintf("%s.csv", name), row.names = FALSE, quote = FALSE)
  out <- rbind(out, data.frame(case = name, p = o[1], d = o[2], q = o[3], sma1 = coef(free)[["sma1"]], lr = lr))
}
write.csv(out, "expected.csv", row.names = FALSE, quote = FALSE)
