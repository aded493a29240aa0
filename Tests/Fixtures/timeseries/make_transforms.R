# Reference values for the TimeSeries transforms (Guerrero λ, Box–Cox and its inverse,
# differencing and its inverse, centred moving averages, embed).
# Run from this folder: Rscript make_transforms.R   (R 4.2, forecast 8.20, jsonlite)
# jsonlite writes 15 significant digits (digits = NA), ample for the tests' tolerances.
# The series are read from ../shared/datasets/reference/*.csv, the same files the Swift
# tests read, so both sides see identical data.
suppressPackageStartupMessages({ library(forecast); library(jsonlite) })

shared <- normalizePath(file.path("..", "..", "..", "..", "shared", "datasets", "reference"))
read_ts <- function(name, frequency, start) {
  d <- read.csv(file.path(shared, paste0(name, ".csv")))
  ts(d$value, start = start, frequency = frequency)
}
series <- list(
  airpassengers  = read_ts("airpassengers", 12, c(1949, 1)),
  usaccdeaths    = read_ts("usaccdeaths", 12, c(1973, 1)),
  ukdriverdeaths = read_ts("ukdriverdeaths", 12, c(1969, 1)),
  co2            = read_ts("co2", 12, c(1959, 1)),
  nile           = read_ts("nile", 1, 1871)
)
stopifnot(all.equal(series$airpassengers, AirPassengers, check.attributes = FALSE),
          all.equal(series$nile, Nile, check.attributes = FALSE))

lambdas <- lapply(names(series), function(n) {
  x <- series[[n]]
  list(name = n, period = frequency(x), n = length(x),
       guerrero = forecast:::guerrero(x, lower = -1, upper = 2),
       boxcox_lambda = BoxCox.lambda(x, method = "guerrero", lower = -1, upper = 2),
       guerrero_0_1 = forecast:::guerrero(x, lower = 0, upper = 1))
})

x <- as.numeric(window(AirPassengers, end = c(1950, 12)))   # 24 values
boxcox <- lapply(c(0, 0.5, -0.3, 1.5, lambdas[[1]]$guerrero), function(l) {
  w <- as.numeric(BoxCox(x, l))
  fvar <- seq(0.001, 0.024, by = 0.001)
  list(lambda = l, x = x, transformed = w,
       inverse = as.numeric(InvBoxCox(w, l)),
       fvar = fvar,
       inverse_biasadj = as.numeric(InvBoxCox(w, l, biasadj = TRUE, fvar = fvar)))
})
# Signed data with λ > 0 and the NA rules for λ < 0.
signed <- c(-2.5, -1, 0, 0.5, 3)
signed_cases <- list(
  list(lambda = 0.5, x = signed, transformed = as.numeric(BoxCox(signed, 0.5))),
  list(lambda = -0.5, x = signed, transformed = as.numeric(BoxCox(signed, -0.5))),
  list(lambda = -0.5, w = c(-3, 1, 1.5, 2.5), inverse = as.numeric(InvBoxCox(c(-3, 1, 1.5, 2.5), -0.5)))
)

# fvar given as a forecast-like list: the variance is recovered from the widest interval.
w_int <- c(5.1, 5.2, 5.3)
lo80 <- w_int - c(0.10, 0.12, 0.15); hi80 <- w_int + c(0.10, 0.12, 0.15)
lo95 <- w_int - c(0.16, 0.19, 0.23); hi95 <- w_int + c(0.16, 0.19, 0.23)
interval_case <- list(lambda = 0.2, w = w_int, level = 95, lower = lo95, upper = hi95,
  inverse_biasadj = as.numeric(InvBoxCox(w_int, 0.2, biasadj = TRUE,
    fvar = list(level = c(80, 95), lower = cbind(lo80, lo95), upper = cbind(hi80, hi95)))))

ap <- as.numeric(AirPassengers)
f <- c(3.5, -2, 7.25, 1, 0, -4.5, 2, 11, -6, 5.5, 8, -1.25, 4, 3)
tail_n <- function(k) tail(ap, k)
differencing <- list(
  x = ap,
  diff1 = diff(ap),
  diff2 = diff(ap, differences = 2),
  sdiff12 = diff(ap, lag = 12),
  sdiff12_2 = diff(ap, lag = 12, differences = 2),
  forecasts = f,
  # forecast's back-transformation of differenced forecasts: diffinv from the last observations.
  undiff1 = tail(as.numeric(diffinv(f, differences = 1, xi = tail_n(1))), length(f)),
  undiff2 = tail(as.numeric(diffinv(f, differences = 2, xi = tail_n(2))), length(f)),
  undiff12 = tail(as.numeric(diffinv(f, lag = 12, xi = tail_n(12))), length(f)),
  undiff12_2 = tail(as.numeric(diffinv(f, lag = 12, differences = 2, xi = tail_n(24))), length(f)),
  # (1-B)(1-B^12): integrate the ordinary difference against the seasonal differences, then the seasonal one.
  undiff_1_12 = {
    s <- diff(ap, lag = 12)
    lvl <- tail(as.numeric(diffinv(f, differences = 1, xi = tail(s, 1))), length(f))
    tail(as.numeric(diffinv(lvl, lag = 12, xi = tail_n(12))), length(f))
  }
)

moving <- list(
  x = ap,
  ma12 = as.numeric(ma(AirPassengers, 12)),
  ma5 = as.numeric(ma(AirPassengers, 5)),
  ma4_uncentred = as.numeric(ma(AirPassengers, 4, centre = FALSE)),
  ma3_with_na = as.numeric(ma(c(1, 2, NA, 4, 5, 6, 7), 3)),
  embed3 = lapply(1:3, function(k) as.numeric(embed(ap[1:10], 3)[, k]))
)

out <- list(lambdas = lambdas, boxcox = boxcox, signed = signed_cases, interval = interval_case,
            differencing = differencing, moving = moving)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = FALSE), "transforms.json")
for (l in lambdas) cat(sprintf("%-15s guerrero %.10f  BoxCox.lambda %.10f\n", l$name, l$guerrero, l$boxcox_lambda))
