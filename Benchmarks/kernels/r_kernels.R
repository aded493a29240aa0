# R counterparts of `almanac-bench kernels`, for scale (same data, same statistics):
#   Rscript Benchmarks/kernels/r_kernels.R
# Each case: 3 untimed warm-up calls, then 15 batches; median and min-max of CPU
# (user + system) time per call. strucchange breakpoints at T = 1000: Benchmarks/breaks.
suppressMessages(library(forecast))
time_it <- function(name, inner, f) {
  for (i in 1:3) f()
  per <- sapply(1:15, function(b) { t <- proc.time(); for (i in 1:inner) f(); el <- proc.time() - t
    (el[["user.self"]] + el[["sys.self"]]) / inner })
  cat(sprintf("%s\t%.3g s\t%.3g – %.3g s\t15×%d\n", name, median(per), min(per), max(per), inner))
}
lx <- log(AirPassengers)
fit <- arima(lx, c(1, 1, 1), seasonal = c(0, 1, 1), method = "ML")
cat(sprintf("arima ML coef %s loglik %.4f\n", paste(sprintf("%.6f", coef(fit)), collapse = " "), fit$loglik))
cat("case\tCPU median/call\tmin – max\tbatches×calls\n")
time_it("arima(1,1,1)(0,1,1)[12] fixed coef, method ML (one likelihood)", 50, function()
  arima(lx, c(1, 1, 1), seasonal = c(0, 1, 1), fixed = coef(fit), transform.pars = FALSE, method = "ML"))
time_it("arima(1,1,1)(0,1,1)[12] full ML fit", 5, function() arima(lx, c(1, 1, 1), seasonal = c(0, 1, 1), method = "ML"))
time_it("ets(AirPassengers, \"MAM\", damped = FALSE) full fit", 2, function() ets(AirPassengers, "MAM", damped = FALSE))
set.seed(1); n <- 1000; X <- cbind(1, matrix(rnorm(n * 4), n)); y <- drop(X %*% c(1, 0.5, -2, 0, 0.25)) + rnorm(n)
time_it("lm.fit (n = 1000, k = 5)", 200, function() lm.fit(X, y))
time_it("lm(y ~ X) (n = 1000, k = 5)", 100, function() lm(y ~ X[, -1]))
