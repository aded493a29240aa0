# Reference values for the TimeSeries diagnostics (ACF/PACF, Box tests, KPSS, ADF,
# Phillips-Perron, ndiffs, OCSB). Run from the package root:
#   Rscript Tests/Fixtures/diagnostics/make_diagnostics.R
# R 4.2, forecast 8.20, urca 1.3.3, tseries 0.10.53. Writes reference.json beside this script.
suppressPackageStartupMessages({
  library(jsonlite); library(forecast); library(urca); library(tseries)
})

shared <- file.path("..", "shared", "datasets", "reference")
read_series <- function(file, column) {
  d <- read.csv(file.path(shared, file), stringsAsFactors = FALSE)
  as.numeric(d[[column]])
}
specs <- list(
  list(name = "airpassengers", file = "airpassengers.csv", column = "value", period = 12, log = FALSE),
  list(name = "logairpassengers", file = "airpassengers.csv", column = "value", period = 12, log = TRUE),
  list(name = "usaccdeaths", file = "usaccdeaths.csv", column = "value", period = 12, log = FALSE),
  list(name = "ukdriverdeaths", file = "ukdriverdeaths.csv", column = "value", period = 12, log = FALSE),
  list(name = "co2", file = "co2.csv", column = "value", period = 12, log = FALSE),
  list(name = "nile", file = "nile.csv", column = "value", period = 1, log = FALSE),
  list(name = "seatbelts", file = "seatbelts.csv", column = "DriversKilled", period = 12, log = FALSE),
  list(name = "realint", file = "realint.csv", column = "value", period = 4, log = FALSE)
)

urca_pval <- function(t) approx(t@cval[1, ], as.numeric(sub("pct", "", colnames(t@cval))) / 100,
                                xout = t@teststat[1], rule = 2)$y

one <- function(s) {
  x <- read_series(s$file, s$column)
  if (s$log) x <- log(x)
  n <- length(x)
  lag.max <- min(36, n - 1)
  box <- list()
  for (lag in c(1, 5, 10, 24)) for (fitdf in c(0, 2)) for (type in c("Ljung-Box", "Box-Pierce")) {
    if (lag <= fitdf) next
    b <- Box.test(x, lag = lag, type = type, fitdf = fitdf)
    box[[length(box) + 1]] <- list(lag = lag, fitdf = fitdf, type = type,
      statistic = unname(b$statistic), df = unname(b$parameter), p = b$p.value)
  }
  kpss_lag <- trunc(3 * sqrt(n) / 13)
  kl <- ur.kpss(x, type = "mu", use.lag = kpss_lag)
  kt <- ur.kpss(x, type = "tau", use.lag = kpss_lag)
  dfd <- ur.df(x, type = "drift", lags = 1)
  dft <- ur.df(x, type = "trend", lags = 1)
  dfaic <- ur.df(x, type = "drift", lags = 6, selectlags = "AIC")
  dfbic <- ur.df(x, type = "trend", lags = 6, selectlags = "BIC")
  ppc <- ur.pp(x, type = "Z-tau", model = "constant", lags = "short")
  ppt <- ur.pp(x, type = "Z-tau", model = "trend", lags = "short")
  adf <- suppressWarnings(adf.test(x))
  kpl <- suppressWarnings(kpss.test(x, null = "Level"))
  kpt <- suppressWarnings(kpss.test(x, null = "Trend"))
  out <- list(
    name = s$name, file = s$file, column = s$column, period = s$period, log = s$log, n = n,
    acf = as.numeric(acf(x, lag.max = lag.max, plot = FALSE)$acf),
    pacf = as.numeric(pacf(x, lag.max = lag.max, plot = FALSE)$acf),
    box = box,
    kpss = list(lag = kpss_lag,
      level = kl@teststat, levelP = urca_pval(kl),
      trend = kt@teststat, trendP = urca_pval(kt),
      tseriesLevel = unname(kpl$statistic), tseriesLevelP = kpl$p.value,
      tseriesLevelLag = unname(kpl$parameter),
      tseriesTrend = unname(kpt$statistic), tseriesTrendP = kpt$p.value),
    urdf = list(drift = dfd@teststat[1], driftPhi1 = dfd@teststat[2], driftP = urca_pval(dfd),
      trend = dft@teststat[1], trendPhi2 = dft@teststat[2], trendPhi3 = dft@teststat[3],
      trendP = urca_pval(dft),
      driftAIC = dfaic@teststat[1], driftAICLags = nrow(dfaic@testreg$coefficients) - 2,
      trendBIC = dfbic@teststat[1], trendBICLags = nrow(dfbic@testreg$coefficients) - 3),
    pp = list(constant = ppc@teststat, constantP = urca_pval(ppc), lag = ppc@lag,
      trend = ppt@teststat, trendP = urca_pval(ppt)),
    adf = list(statistic = unname(adf$statistic), lag = unname(adf$parameter), p = adf$p.value),
    ndiffs = list(
      kpssLevel = ndiffs(x, test = "kpss", type = "level"),
      kpssTrend = ndiffs(x, test = "kpss", type = "trend"),
      adfLevel = ndiffs(x, test = "adf", type = "level"),
      adfTrend = ndiffs(x, test = "adf", type = "trend"),
      ppLevel = ndiffs(x, test = "pp", type = "level"),
      ppTrend = ndiffs(x, test = "pp", type = "trend"),
      kpssAlpha01 = ndiffs(x, alpha = 0.01),
      kpssAlpha10 = ndiffs(x, alpha = 0.10))
  )
  if (s$period > 1) {
    xt <- ts(x, frequency = s$period)
    o <- ocsb.test(xt, maxlag = 3, lag.method = "AIC")
    o0 <- ocsb.test(xt, maxlag = 0)
    out$ocsb <- list(statistic = unname(o$statistics), critical = o$critical,
      lagOrder = o$lag.order, fixed0 = unname(o0$statistics),
      nsdiffs = nsdiffs(xt, test = "ocsb"))
  }
  out
}

series <- lapply(specs, one)

# Box tests on near-white "residual" series, where the p-values are not tiny:
# the airline differences of log AirPassengers, and first differences of Nile and realint.
ap <- log(read_series("airpassengers.csv", "value"))
residualSeries <- list(
  airline = diff(diff(ap), 12),
  nileDiff = diff(read_series("nile.csv", "value")),
  realintDiff = diff(read_series("realint.csv", "value")))
boxResiduals <- list()
for (nm in names(residualSeries)) for (lag in c(1, 5, 10, 24)) for (fitdf in c(0, 2))
  for (type in c("Ljung-Box", "Box-Pierce")) {
    if (lag <= fitdf) next
    b <- Box.test(residualSeries[[nm]], lag = lag, type = type, fitdf = fitdf)
    boxResiduals[[length(boxResiduals) + 1]] <- list(series = nm, lag = lag, fitdf = fitdf,
      type = type, statistic = unname(b$statistic), df = unname(b$parameter), p = b$p.value)
  }

# Degenerate inputs, to pin R's behaviour.
const <- rep(5, 40)
withna <- read_series("airpassengers.csv", "value")
withna[c(3, 17, 18, 60)] <- NA
trendy <- 1:30 + 0   # exactly linear: KPSS trend residuals are zero
degenerate <- list(
  constAcf = as.numeric(acf(const, lag.max = 5, plot = FALSE)$acf),
  constNdiffs = ndiffs(const),
  naAcf = as.numeric(acf(withna, lag.max = 24, plot = FALSE, na.action = na.pass)$acf),
  naPacf = as.numeric(pacf(withna, lag.max = 24, plot = FALSE, na.action = na.pass)$acf),
  naLjungBox = unname(Box.test(withna, lag = 10, type = "Ljung-Box")$statistic),
  naLjungBoxP = Box.test(withna, lag = 10, type = "Ljung-Box")$p.value,
  naBoxPierce = unname(Box.test(withna, lag = 10)$statistic),
  fitdfEqualLagP = Box.test(read_series("nile.csv", "value"), lag = 2, fitdf = 2)$p.value,
  naNdiffs = ndiffs(withna),
  naNdiffsAdf = ndiffs(withna, test = "adf"),
  linearNdiffs = ndiffs(trendy),
  linearNdiffsTrend = ndiffs(trendy, type = "trend"),
  shortNdiffs = ndiffs(c(1, 3, 2)),
  shortNdiffsAdf = suppressWarnings(ndiffs(c(1, 3, 2, 5), test = "adf")),
  alphaLowNdiffs = suppressWarnings(ndiffs(read_series("nile.csv", "value"), alpha = 0.001)),
  alphaHighNdiffs = suppressWarnings(ndiffs(read_series("nile.csv", "value"), alpha = 0.5))
)

# Short series: what each unit-root test used by ndiffs returns in R — an error, NA/NaN or a
# p-value — on prefixes of one fixed series.
base <- c(1, 3, 2, 5, 4, 7, 6, 9)
short <- list()
for (n in 2:8) {
  x <- base[1:n]
  outcome <- function(expr) tryCatch({ v <- expr; if (is.na(v)) "NaN" else sprintf("%.17g", v) },
                                     error = function(e) "error")
  short[[length(short) + 1]] <- list(n = n,
    kpssLevel = outcome(urca_pval(ur.kpss(x, type = "mu", use.lag = trunc(3 * sqrt(n) / 13)))),
    kpssTrend = outcome(urca_pval(ur.kpss(x, type = "tau", use.lag = trunc(3 * sqrt(n) / 13)))),
    adfLevel = outcome(urca_pval(ur.df(x, type = "drift"))),
    adfTrend = outcome(urca_pval(ur.df(x, type = "trend"))),
    ppLevel = outcome(urca_pval(ur.pp(x, type = "Z-tau", model = "constant"))),
    ppTrend = outcome(urca_pval(ur.pp(x, type = "Z-tau", model = "trend"))),
    ndiffsKpss = suppressWarnings(ndiffs(x)),
    ndiffsAdf = suppressWarnings(ndiffs(x, test = "adf")),
    ndiffsPp = suppressWarnings(ndiffs(x, test = "pp")),
    ndiffsKpssTrend = suppressWarnings(ndiffs(x, type = "trend")),
    ndiffsAdfTrend = suppressWarnings(ndiffs(x, test = "adf", type = "trend")),
    ndiffsPpTrend = suppressWarnings(ndiffs(x, test = "pp", type = "trend")))
}

# OCSB on short seasonal series: R stops below 17 points (period 12, maxlag 3); between 20
# and 24 points its regressions fit exactly and the statistic is rounding noise (±1e13), so
# only lengths where the fit has residual degrees of freedom to spare are pinned.
ocsbBase <- (0:59 %% 12) + (0:59) / 10 + sin(1:60)
ocsbShort <- lapply(c(16, 26, 30, 36), function(n) {
  o <- tryCatch(ocsb.test(ts(ocsbBase[1:n], frequency = 12), maxlag = 3, lag.method = "AIC"),
                error = function(e) NULL)
  list(n = n, statistic = if (is.null(o)) NA else unname(o$statistics),
       lagOrder = if (is.null(o)) NA else o$lag.order)
})

write(toJSON(list(series = series, degenerate = degenerate, short = short, ocsbShort = ocsbShort,
                  boxResiduals = boxResiduals), digits = NA, auto_unbox = TRUE,
             pretty = TRUE, na = "null"),
      file.path("Tests", "Fixtures", "diagnostics", "reference.json"))
