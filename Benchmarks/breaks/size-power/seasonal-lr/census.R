# Census of seasonal-unit-root decisions on the residuals of a regression on monthly dummies
# (the size-power harness's data-generating process: fixed seasonal pattern + AR(1) noise, or
# airline-model noise), 150 series a cell, R 4.x + forecast (+ uroot for the CH test):
#   Rscript census.R 150 > census-output.txt
# Columns: share with a seasonal difference by nsdiffs (seasonal strength) on the residuals,
# and by seasonal strength / OCSB / Canova-Hansen on the residuals after ndiffs' regular
# differences; quantiles of the LR statistic of a fixed seasonal pattern (seasonal MA = -1 in
# ARIMA(p,d,q)(0,1,1)[12], (p,d,q) by auto.arima without seasonal terms), the share above the
# chi-squared(1) 10% and 5% points, and the fitted seasonal MA coefficient.
suppressMessages(library(forecast))
set.seed(11)
season <- c(-0.22,-0.12,0.02,0.0,0.02,-0.01,-0.03,-0.06,0.05,0.08,0.1,0.17)
sim <- function(T, noise) {
  sd <- 0.05
  if (noise == "airline") {
    n <- T + 120; e <- rnorm(n, 0, sd); w <- numeric(n); x <- numeric(n)
    for (t in 1:n) {
      w[t] <- e[t] - 0.4*(if (t>1) e[t-1] else 0) - 0.6*(if (t>12) e[t-12] else 0) + 0.24*(if (t>13) e[t-13] else 0)
      x[t] <- w[t] + (if (t>1) x[t-1] else 0) + (if (t>12) x[t-12] else 0) - (if (t>13) x[t-13] else 0)
    }
    u <- x[-(1:120)]
  } else {
    phi <- as.numeric(noise); u <- numeric(T); u[1] <- rnorm(1, 0, sd/sqrt(1-phi^2))
    for (t in 2:T) u[t] <- phi*u[t-1] + rnorm(1,0,sd)
  }
  y <- 5.5 + season[(0:(T-1)) %% 12 + 1] + u
  f <- factor((0:(T-1)) %% 12)
  ts(residuals(lm(y ~ f)), frequency=12)
}
lrstat <- function(r) {
  a <- auto.arima(r, seasonal=FALSE, allowmean=FALSE, allowdrift=FALSE)
  o <- arimaorder(a)
  free <- tryCatch(Arima(r, order=o, seasonal=c(0,1,1), method="ML"), error=function(e) NULL)
  k <- o[1] + o[3]
  fixed <- c(rep(NA, k), -1)
  null <- tryCatch(Arima(r, order=o, seasonal=c(0,1,1), method="ML", fixed=fixed, transform.pars=FALSE), error=function(e) NULL)
  if (is.null(free) || is.null(null)) return(c(NA, NA, o[2]))
  c(2*(free$loglik - null$loglik), coef(free)[["sma1"]], o[2])
}
args <- commandArgs(TRUE); reps <- as.integer(args[1])
for (T in c(120, 201)) for (noise in c("0", "0.5", "0.8", "0.9", "airline")) {
  res <- t(replicate(reps, {
    r <- sim(T, noise)
    d <- ndiffs(r)
    rd <- if (d > 0) diff(r, differences=d) else r
    c(seas=nsdiffs(r), seas_d=nsdiffs(rd), ocsb_d=nsdiffs(rd, test="ocsb"), ch_d=tryCatch(nsdiffs(rd, test="ch"), error=function(e) NA), lrstat(r))
  }))
  colnames(res)[5:7] <- c("LR", "sma1", "d")
  cat(sprintf("T=%d %-7s seas %.2f seas_d %.2f ocsb_d %.2f ch_d %.2f | LR q50 %.2f q90 %.2f q95 %.2f  P(LR>2.7) %.2f P(LR>3.84) %.2f  sma1 med %.2f  P(sma1<-0.97) %.2f\n",
    T, noise, mean(res[,1]), mean(res[,2]), mean(res[,3]), mean(res[,4], na.rm=TRUE),
    quantile(res[,5], .5, na.rm=TRUE), quantile(res[,5], .9, na.rm=TRUE), quantile(res[,5], .95, na.rm=TRUE),
    mean(res[,5] > 2.7, na.rm=TRUE), mean(res[,5] > 3.84, na.rm=TRUE), median(res[,6], na.rm=TRUE), mean(res[,6] < -0.97, na.rm=TRUE)))
}
