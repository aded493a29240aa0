# Seasonality decisions on the first 100 M3 monthly training series (in file order) and the
# monthly reference series: thetaf's ACF test, forecast's seas.heuristic (seasonal strength
# from mstl) and nsdiffs with test = "seas" (max.D = 1 and 2) and "ocsb".
# The reference block adds each series' log and, to exercise a second seasonal difference,
# its cumulative sum of a seasonal series (x_t + x_{t-12} + ...).
# Run from this folder: Rscript make_seasonality.R   (R 4.2, forecast 8.20)
# Output: seasonality_m3.csv, seasonality_reference.csv
suppressMessages(library(forecast))
shared <- "../../../../shared/datasets"
fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))

# The decision exactly as in the body of forecast::thetaf (8.20):
#   if (m > 1 && !is.constant(x) && n > 2 * m) { r <- acf(x, lag.max = m)[-1];
#     stat <- sqrt((1 + 2 * sum(r[-m]^2)) / n); seasonal <- abs(r[m]) / stat > qnorm(0.95) }
theta_test <- function(x) {
  n <- length(x); m <- frequency(x)
  if (m > 1 && !forecast:::is.constant(x) && n > 2 * m) {
    r <- as.numeric(acf(x, lag.max = m, plot = FALSE)$acf)[-1]
    stat <- sqrt((1 + 2 * sum(r[-m]^2)) / n)
    c(abs(r[m]) / stat, abs(r[m]) / stat > qnorm(0.95))
  } else c(NA, 0)
}
row <- function(id, x) {
  tt <- theta_test(x)
  strength <- tryCatch(forecast:::seas.heuristic(x), error = function(e) NA)
  data.frame(series = id, n = length(x), theta_stat = fmt(tt[1]), theta_seasonal = tt[2],
             strength = fmt(strength),
             nsdiffs_seas = suppressWarnings(nsdiffs(x, test = "seas")),
             nsdiffs_seas_maxD2 = suppressWarnings(nsdiffs(x, test = "seas", max.D = 2)),
             nsdiffs_ocsb = suppressWarnings(nsdiffs(x, test = "ocsb")))
}
m3 <- read.csv(file.path(shared, "m3-monthly.csv"), stringsAsFactors = FALSE)
m3 <- m3[m3$split == "train", ]
ids <- unique(m3$series)[1:100]
out <- do.call(rbind, lapply(ids, function(id) {
  s <- m3[m3$series == id, ]
  row(id, ts(s$value[order(s$t)], frequency = 12))
}))
write.csv(out, "seasonality_m3.csv", row.names = FALSE, quote = FALSE)
ref <- do.call(rbind, lapply(c("airpassengers", "co2", "usaccdeaths", "ukdriverdeaths"), function(name) {
  d <- read.csv(file.path(shared, "reference", paste0(name, ".csv")))
  x <- d$value
  seasonal_cumsum <- as.numeric(stats::filter(x, c(rep(0, 11), 1), method = "recursive"))
  rbind(row(name, ts(x, frequency = 12)), row(paste0(name, "_log"), ts(log(x), frequency = 12)),
        row(paste0(name, "_seasonalcumsum"), ts(seasonal_cumsum, frequency = 12)))
}))
write.csv(ref, "seasonality_reference.csv", row.names = FALSE, quote = FALSE)
