# Which orders auto.arima chooses for the null error model of the airline cells (T = 201):
# on the residuals of lm(y ~ month + steps) (OLS steps, res) and with the steps as regressors
# of the ARIMA fit (xreg, res2). Orders printed as p d q P D Q m. Output: orders-ols-steps-output.txt.
# Run: Rscript orders-ols-steps.R (R forecast 8.x; about 80 s).
suppressMessages(library(forecast))
set.seed(1)
season <- c(-0.22,-0.12,0.02,0,0.02,-0.01,-0.03,-0.06,0.05,0.08,0.1,0.17)
T <- 201; N <- 60
res <- character(N); res2 <- character(N)
for (r in 1:N) {
  n <- T + 120; e <- rnorm(n, sd=0.05)
  w <- e - 0.4*c(0,e[-n]) - 0.6*c(rep(0,12),e[1:(n-12)]) + 0.24*c(rep(0,13),e[1:(n-13)])
  x <- numeric(n)
  for (t in 1:n) x[t] <- w[t] + (if (t>1) x[t-1] else 0) + (if (t>12) x[t-12] else 0) - (if (t>13) x[t-13] else 0)
  u <- x[121:n]
  y <- 5.5 + season[((0:(T-1)) %% 12) + 1] + u
  m <- factor(((0:(T-1)) %% 12))
  s1 <- as.numeric(1:T > T-55); s2 <- as.numeric(1:T > T-12)
  rr <- residuals(lm(y ~ m + s1 + s2))
  f <- auto.arima(ts(rr, frequency=12), d=1, D=1, allowmean=FALSE, allowdrift=FALSE)
  res[r] <- paste0(arimaorder(f), collapse="")
  f2 <- auto.arima(ts(rr, frequency=12), d=1, D=1, allowmean=FALSE, allowdrift=FALSE, xreg=cbind(s1,s2))
  res2[r] <- paste0(arimaorder(f2), collapse="")
}
print(sort(table(res), decreasing=TRUE))
print(sort(table(res2), decreasing=TRUE))
