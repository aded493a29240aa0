# Reference values for ARIMAModel.coefficientForecastCovariance (Tests/ImpactTests/CoefficientUncertaintyImpactTests.swift):
# the delta-method covariance of the point forecasts from the coefficients' sampling error,
#   G V G',  G[h, j] = d yhat_{n+h} / d c_j  (central differences of +-0.01 standard errors),
# V = fit$var.coef, the forecasts refitted by R with every coefficient fixed at the perturbed
# values (Arima(..., fixed = c): a filter pass, no optimisation) -- R's own filter and forecast,
# independent of Almanac's. Written to parameter_uncertainty.json.
# Run from this folder: Rscript make_parameter_uncertainty.R   (R 4.2, forecast 8.20)
suppressMessages(library(forecast)); library(jsonlite)
read <- function(f) read.csv(file.path("..", "..", "..", "Datasets", "reference", f))$value
cases <- list()
add <- function(name, y, period, order, seasonal, drift, h) {
  yt <- ts(y, frequency = period)
  fit <- Arima(yt, order = order, seasonal = seasonal, include.drift = drift)
  V <- fit$var.coef; cf <- coef(fit); k <- length(cf)
  means <- function(c) {
    f <- suppressWarnings(Arima(yt, order = order, seasonal = seasonal, include.drift = drift, fixed = c))
    as.numeric(forecast(f, h = h)$mean)
  }
  G <- matrix(0, h, k)
  for (j in 1:k) { s <- 0.01 * sqrt(V[j, j]); up <- cf; up[j] <- up[j] + s; dn <- cf; dn[j] <- dn[j] - s
    G[, j] <- (means(up) - means(dn)) / (2 * s) }
  S <- G %*% V %*% t(G)
  cases[[length(cases) + 1]] <<- list(name = name, y = sprintf("%.17g", y), period = period, order = order,
    seasonal = seasonal, drift = drift, horizon = h, coef = unname(cf), sigma2 = fit$sigma2,
    covariance = sprintf("%.17g", as.numeric(S)))
}
add("nile-arima011-drift", read("nile.csv"), 1, c(0, 1, 1), c(0, 0, 0), TRUE, 20)
add("nile-arima101-mean", read("nile.csv"), 1, c(1, 0, 1), c(0, 0, 0), FALSE, 20)
add("log-airpassengers-airline", log(read("airpassengers.csv")), 12, c(0, 1, 1), c(0, 1, 1), FALSE, 36)
writeLines(toJSON(cases, auto_unbox = TRUE, digits = NA, pretty = TRUE), "parameter_uncertainty.json")
