# Reference values for the counterfactual-impact interval arithmetic (Tests/ImpactTests/ImpactTests.swift):
# an Arima fit to the pre-event period, its forecast of the post period (mean, 95% bounds), and
# the covariance of the forecast errors across horizons from R's own fitted state-space model
# (fit$model: T, V, Z, h and the final filtered P), propagated the way KalmanForecast does:
#   P_{n+1} = T P_n T' + V,  Cov(e_{n+i}, e_{n+j}) = sigma2 * (Z' T^{j-i} P_{n+i} Z + h [i = j]).
# (The infinite-past psi-weight formula is not used: with a seasonal MA near -0.9 the finite-
# sample Kalman variances differ from it by a few percent.) From it: the standard error
# of the cumulative effect sqrt(1' S 1), the cumulative-effect z statistic and p-value, and the
# chi-squared statistic e' S^-1 e of all post-period errors, with its chi2(h) tail and its
# predictive-F tail P(F(h, nobs - k) >= chi2 / h), k the estimated coefficients.
# Written to counterfactual.json.
# Run from this folder: Rscript make_counterfactual.R   (R 4.2, forecast 8.20)
suppressMessages(library(forecast)); library(jsonlite)
cases <- list()
add <- function(name, y, period, at, order, seasonal, xreg = NULL) {
  n <- length(y); pre <- 1:(at - 1); post <- at:n; h <- length(post)
  fit <- Arima(ts(y[pre], frequency = period), order = order, seasonal = seasonal,
               xreg = if (is.null(xreg)) NULL else xreg[pre, , drop = FALSE])
  fc <- if (is.null(xreg)) forecast(fit, h = h, level = 95) else forecast(fit, xreg = xreg[post, , drop = FALSE], level = 95)
  m <- fit$model
  P <- m$P; Ps <- list()
  for (i in 1:h) { P <- m$T %*% P %*% t(m$T) + m$V; Ps[[i]] <- P }
  S <- matrix(0, h, h)
  for (i in 1:h) { v <- Ps[[i]] %*% m$Z
    for (j in i:h) { S[i, j] <- fit$sigma2 * (sum(m$Z * v) + if (i == j) m$h else 0); v <- m$T %*% v; S[j, i] <- S[i, j] } }
  e <- y[post] - as.numeric(fc$mean)
  cse <- sqrt(sum(S)); z <- sum(e) / cse
  case <- list(
    name = name, y = sprintf("%.17g", y), period = period, at = at - 1, order = order, seasonal = seasonal,
    coef = unname(coef(fit)), loglik = fit$loglik, sigma2 = fit$sigma2,
    mean = as.numeric(fc$mean), lower95 = as.numeric(fc$lower), upper95 = as.numeric(fc$upper),
    se = sqrt(diag(S)), cumulativeSE = cse, cumulativeEffect = sum(e), z = z,
    pCumulative = 2 * pnorm(-abs(z)), chi2 = as.numeric(t(e) %*% solve(S, e)),
    pChi2 = pchisq(as.numeric(t(e) %*% solve(S, e)), df = h, lower.tail = FALSE),
    residualDF = fit$nobs - length(coef(fit)),
    pF = pf(as.numeric(t(e) %*% solve(S, e)) / h, h, fit$nobs - length(coef(fit)), lower.tail = FALSE))
  if (!is.null(xreg)) case$xreg <- lapply(seq_len(ncol(xreg)), function(j) xreg[, j])
  cases[[length(cases) + 1]] <<- case
}
at <- which(Seatbelts[, "law"] == 1)[1]
y <- log(as.numeric(Seatbelts[, "drivers"]))
add("log drivers, law 1983-02, (1,0,1)(0,1,1)", y, 12, at, c(1, 0, 1), c(0, 1, 1))
add("log drivers, control log rear, (1,0,0)(0,1,1)", y, 12, at, c(1, 0, 0), c(0, 1, 1),
    xreg = cbind(rear = log(as.numeric(Seatbelts[, "rear"]))))
add("drivers, (0,1,1)(0,1,1)", as.numeric(Seatbelts[, "drivers"]), 12, at, c(0, 1, 1), c(0, 1, 1))
writeLines(toJSON(cases, auto_unbox = TRUE, digits = NA, pretty = TRUE), "counterfactual.json")
# Sanity: the diagonal variances equal forecast's interval half-widths.
for (c in cases) print(max(abs(c$se - (c$upper95 - c$mean) / qnorm(0.975)) / c$se))
