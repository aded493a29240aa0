# Fixture for CounterfactualDifferencingTests: the likelihood-ratio test of the regular MA unit
# root that a d = 0 counterfactual implies, in the vehicle ARIMA(1,1,1)(P,D,Q) with the chosen
# seasonal orders, by R's stats::arima (ML); and auto.arima's choice with d = 1.
# Series: log turnover of Datasets/russia-serbia-turnover.csv before 2022-03 (146 months).
# Run from the repository root: Rscript Tests/Fixtures/impact/make_counterfactual_differencing.R
suppressMessages(library(forecast))
d <- read.csv("Datasets/russia-serbia-turnover.csv")
y <- ts(log(d$turnover[1:146]), start = c(2010, 1), frequency = 12)
chosen <- auto.arima(y)
o <- arimaorder(chosen)
free <- Arima(y, order = c(1,1,1), seasonal = o[4:6], method = "ML")
# The null fit (ma1 = -1) by R's likelihood with every coefficient fixed, maximised over the
# free ones by Nelder-Mead: R's own ML fit stops at its Hessian ("non-finite finite-difference
# value") at this boundary.
k <- o[4] + o[6]
nullLoglik <- function(par) {
  fit <- tryCatch(arima(y, order = c(1,1,1), seasonal = list(order = o[4:6], period = 12), method = "ML",
                        fixed = c(par[1], -1, par[-1]), transform.pars = FALSE), error = function(e) NULL)
  if (is.null(fit)) -1e10 else fit$loglik
}
start <- coef(free)[-2]
best <- optim(start, function(p) -nullLoglik(p), control = list(reltol = 1e-12, maxit = 5000))
lr <- 2 * (free$loglik + best$value)
refit <- auto.arima(y, d = 1, D = o[5])
r <- arimaorder(refit)
out <- data.frame(chosen = paste(o, collapse = " "), chosen_drift = "drift" %in% names(coef(chosen)),
                  lr = sprintf("%.10g", lr), refit = paste(r, collapse = " "))
print(out)
write.csv(out, "Tests/Fixtures/impact/counterfactual-differencing.csv", row.names = FALSE, quote = FALSE)
