#!/usr/bin/env Rscript
# A regression with ARMA errors *with an intercept* (no differencing), for the coefficient-
# uncertainty reference (make_coefficient_uncertainty.py), in xreg.json's format:
# Seatbelts front ~ kms + PetrolPrice, ARIMA(2,0,0)(1,0,0)[12] with mean; history to 1983-12.
# forecast 8.20:  forecast(Arima(y, order, seasonal, xreg = X), xreg = Xf)
#   Rscript Tests/Fixtures/xreg/make_intercept_fixture.R      (from the package root)
# writes Tests/Fixtures/xreg/xreg_intercept.json.
suppressMessages(library(forecast))
library(jsonlite)
sb <- read.csv("Datasets/reference/seatbelts.csv", stringsAsFactors = FALSE)
hist <- sb$date <= "1983-12"; fut <- sb$date > "1983-12"
X <- as.matrix(sb[hist, c("kms", "PetrolPrice")]); Xf <- as.matrix(sb[fut, c("kms", "PetrolPrice")])
y <- ts(sb$front[hist], start = c(1969, 1), frequency = 12)
fit <- Arima(y, order = c(2, 0, 0), seasonal = c(1, 0, 0), xreg = X)
fc <- forecast(fit, xreg = Xf, level = c(80, 95))
a <- fit$arma
out <- list(list(
  name = "seatbelts front ~ kms + PetrolPrice (2,0,0)(1,0,0) mean", series = as.numeric(y), period = 12,
  xreg = lapply(1:2, function(j) X[, j]), newxreg = lapply(1:2, function(j) Xf[, j]), xregNames = I(colnames(X)),
  order = c(a[1], a[6], a[2]), seasonal = c(a[3], a[7], a[4]), includeDrift = FALSE, includeMean = TRUE,
  lambda = NA, auto = FALSE, coef = unname(coef(fit)), coefNames = names(coef(fit)),
  se = unname(sqrt(diag(fit$var.coef))), sigma2 = fit$sigma2,
  mean = as.numeric(fc$mean), lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
  lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2])))
writeLines(toJSON(out, digits = I(17), auto_unbox = TRUE, na = "null"), "Tests/Fixtures/xreg/xreg_intercept.json")
print(coef(fit)); print(fit$sigma2)
