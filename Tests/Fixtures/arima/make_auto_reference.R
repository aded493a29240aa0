# auto.arima reference choices on R datasets (stepwise default, approximation where
# n > 150, non-stepwise exhaustive search, Box-Cox, a series with NAs), written to
# auto_reference.json. Run: Rscript make_auto_reference.R   (R 4.2, forecast 8.20)
suppressMessages(library(forecast)); library(jsonlite)
out <- list()
add <- function(name, y, ...) {
  fit <- auto.arima(y, ...)
  a <- fit$arma; cf <- coef(fit)
  args <- list(...)
  yy <- as.numeric(y)
  out[[length(out) + 1]] <<- list(name = name, y = ifelse(is.na(yy), "NA", sprintf("%.17g", yy)),
    period = frequency(y), stepwise = if (is.null(args$stepwise)) TRUE else args$stepwise,
    lambda = if (is.null(args$lambda)) NA else args$lambda,
    order = I(c(a[1], a[6], a[2])), seasonal = I(c(a[3], a[7], a[4])),
    mean = "intercept" %in% names(cf), drift = "drift" %in% names(cf),
    coef = I(as.numeric(cf)), aicc = fit$aicc, loglik = fit$loglik)
}
add("AirPassengers", AirPassengers)
add("log AirPassengers", AirPassengers, lambda = 0)
add("USAccDeaths", USAccDeaths)
add("UKDriverDeaths (approximation)", UKDriverDeaths)
add("co2 (approximation)", co2)
add("Nile", Nile)
add("WWWusage", WWWusage)
add("lynx", lynx)
add("USAccDeaths exhaustive", USAccDeaths, stepwise = FALSE)
add("WWWusage exhaustive", WWWusage, stepwise = FALSE)
add("Nile exhaustive", Nile, stepwise = FALSE)
ap <- AirPassengers; ap[c(10, 60, 61)] <- NA
add("AirPassengers with NA", ap)
writeLines(toJSON(out, auto_unbox = TRUE, digits = I(17), na = "null"), "auto_reference.json")
