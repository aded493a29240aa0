# Gardner et al. (1980) Q0 from R's C code (stats:::C_getQ0) for several (phi, theta),
# including expanded seasonal polynomials, written to q0.json.
library(jsonlite)
cases <- list(
  list(phi = c(0.5), theta = numeric(0)),
  list(phi = numeric(0), theta = c(0.4, -0.3)),
  list(phi = c(0.6, -0.2), theta = c(0.3)),
  list(phi = c(0.3, rep(0, 10), 0.5, -0.15), theta = c(-0.4)),
  list(phi = c(0.2), theta = c(-0.3, rep(0, 10), -0.6, 0.18)),
  list(phi = c(rep(0, 11), 0.7, rep(0, 11), -0.1), theta = c(0.25, rep(0, 10), -0.5, -0.125))
)
out <- lapply(cases, function(c) list(phi = I(c$phi), theta = I(c$theta),
  q0 = I(as.numeric(.Call(stats:::C_getQ0, c$phi, c$theta)))))
writeLines(toJSON(out, digits = I(17)), "q0.json")

# The same cases with R's Rossignol (2011) initialisation (makeARIMA(SSinit = "Rossignol2011")).
outB <- lapply(cases, function(c) list(phi = I(c$phi), theta = I(c$theta),
  q0 = I(as.numeric(makeARIMA(c$phi, c$theta, numeric(0), SSinit = "Rossignol2011")$Pn))))
writeLines(toJSON(outB, digits = I(17)), "q0_rossignol.json")

# Fits with SSinit = "Rossignol2011" (CSS-ML) for the estimation path.
suppressMessages(library(forecast))
fits <- list()
addfit <- function(name, y, order, seasonal, include.mean = TRUE) {
  fit <- Arima(y, order = order, seasonal = seasonal, include.mean = include.mean, SSinit = "Rossignol2011")
  fits[[length(fits) + 1]] <<- list(name = name, y = as.numeric(y), period = frequency(y), order = I(order),
    seasonal = I(seasonal), includeMean = include.mean, coef = I(as.numeric(coef(fit))), loglik = fit$loglik)
}
addfit("USAccDeaths (1,0,0)(1,1,0)", USAccDeaths, c(1, 0, 0), c(1, 1, 0))
addfit("UKDriverDeaths (2,0,0)(1,0,1)", UKDriverDeaths, c(2, 0, 0), c(1, 0, 1))
addfit("AirPassengers (2,1,1)(0,1,0)", AirPassengers, c(2, 1, 1), c(0, 1, 0))
writeLines(toJSON(fits, auto_unbox = TRUE, digits = I(17)), "rossignol_fits.json")
