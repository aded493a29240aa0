# Reference values for ARIMA parity tests: forecast::Arima fits (coefficients, log-likelihood,
# AIC/AICc/BIC, sigma2, standard errors) and forecast.Arima means/intervals (80, 95) on
# R datasets, written to parity.json. Each case carries its own series and regressors so the
# Swift tests need nothing else. Run: Rscript make_parity.R   (R 4.2, forecast 8.20)
suppressMessages(library(forecast)); library(jsonlite)
step <- function(n, at) as.numeric(seq_len(n) >= at)
pulse <- function(n, at) as.numeric(seq_len(n) == at)
ramp <- function(n, at) pmax(0, seq_len(n) - at + 1)
cases <- list()
add <- function(name, y, order, seasonal = c(0, 0, 0), method = "CSS-ML", include.mean = TRUE,
                include.drift = FALSE, xreg = NULL, newxreg = NULL, lambda = NULL, biasadj = FALSE, h = 24) {
  fit <- Arima(y, order = order, seasonal = seasonal, method = method, include.mean = include.mean,
               include.drift = include.drift, xreg = xreg, lambda = lambda, biasadj = biasadj)
  fc <- if (is.null(xreg)) forecast(fit, h = h, level = c(80, 95)) else forecast(fit, xreg = newxreg, level = c(80, 95))
  yy <- as.numeric(y)
  cases[[length(cases) + 1]] <<- list(
    name = name, y = ifelse(is.na(yy), "NA", sprintf("%.17g", yy)), period = frequency(y),
    order = order, seasonal = seasonal, method = method, includeMean = include.mean,
    includeDrift = include.drift, lambda = if (is.null(lambda)) NULL else lambda, biasadj = biasadj,
    xreg = if (is.null(xreg)) NULL else lapply(seq_len(ncol(xreg)), function(j) xreg[, j]),
    newxreg = if (is.null(newxreg)) NULL else lapply(seq_len(ncol(newxreg)), function(j) newxreg[, j]),
    h = length(fc$mean), coefNames = names(coef(fit)), coef = unname(coef(fit)),
    se = unname(sqrt(diag(fit$var.coef))),
    loglik = fit$loglik, aic = if (is.na(fit$aic)) NULL else fit$aic,
    aicc = if (is.na(fit$aicc)) NULL else fit$aicc, bic = if (is.na(fit$bic)) NULL else fit$bic,
    sigma2 = fit$sigma2, mean = as.numeric(fc$mean),
    lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
    lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2]))
}
for (m in c("CSS-ML", "ML", "CSS")) {
  add(paste("AirPassengers (0,1,1)(0,1,1)", m), AirPassengers, c(0, 1, 1), c(0, 1, 1), method = m)
  add(paste("log AirPassengers (0,1,1)(0,1,1)", m), AirPassengers, c(0, 1, 1), c(0, 1, 1), method = m, lambda = 0)
  add(paste("AirPassengers (2,1,1)(0,1,0)", m), AirPassengers, c(2, 1, 1), c(0, 1, 0), method = m)
  add(paste("USAccDeaths (0,1,1)(0,1,1)", m), USAccDeaths, c(0, 1, 1), c(0, 1, 1), method = m)
  add(paste("UKDriverDeaths (1,0,1)(0,1,1)", m), UKDriverDeaths, c(1, 0, 1), c(0, 1, 1), method = m)
  add(paste("co2 (1,1,1)(0,1,1)", m), co2, c(1, 1, 1), c(0, 1, 1), method = m)
  add(paste("Nile (1,0,1) mean", m), Nile, c(1, 0, 1), method = m)
}
add("log AirPassengers biasadj", AirPassengers, c(0, 1, 1), c(0, 1, 1), lambda = 0, biasadj = TRUE)
add("AirPassengers BoxCox 0.3 (1,1,0)(0,1,1)", AirPassengers, c(1, 1, 0), c(0, 1, 1), lambda = 0.3)
add("USAccDeaths (1,0,0)(1,1,0) seasonal AR", USAccDeaths, c(1, 0, 0), c(1, 1, 0))
add("UKDriverDeaths (2,0,0)(1,0,1) mean", UKDriverDeaths, c(2, 0, 0), c(1, 0, 1))
add("Nile (0,1,1) drift", Nile, c(0, 1, 1), include.drift = TRUE, h = 10)
add("AirPassengers (1,1,0) drift nonseasonal", ts(as.numeric(AirPassengers), frequency = 1), c(1, 1, 0), include.drift = TRUE, h = 12)
add("WWWusage (1,1,1) drift", WWWusage, c(1, 1, 1), include.drift = TRUE, h = 10)
n <- length(Nile)
add("Nile (1,0,1) mean + step 1899", Nile, c(1, 0, 1), xreg = cbind(step = step(n, 29)),
    newxreg = cbind(step = rep(1, 10)))
add("Nile (1,0,1) mean + step + pulse", Nile, c(1, 0, 1), xreg = cbind(step = step(n, 29), pulse = pulse(n, 43)),
    newxreg = cbind(step = rep(1, 10), pulse = rep(0, 10)))
nu <- length(USAccDeaths)
add("USAccDeaths (0,1,1)(0,1,1) + ramp + pulse", USAccDeaths, c(0, 1, 1), c(0, 1, 1),
    xreg = cbind(ramp = ramp(nu, 40), pulse = pulse(nu, 20)),
    newxreg = cbind(ramp = ramp(nu + 12, 40)[nu + 1:12], pulse = rep(0, 12)))
ap <- AirPassengers; ap[c(5, 40, 41, 100, 133)] <- NA
add("AirPassengers with NA (0,1,1)(0,1,1) log", ap, c(0, 1, 1), c(0, 1, 1), lambda = 0)
ni <- Nile; ni[c(3, 50, 51, 52)] <- NA
add("Nile with NA (1,0,1) mean", ni, c(1, 0, 1), h = 10)
writeLines(toJSON(cases, auto_unbox = TRUE, digits = I(17), null = "null", na = "null"), "parity.json")
