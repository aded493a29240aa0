# Seasonality decisions on ALL 1428 M3 monthly training series (beyond the first-100
# acceptance set): thetaf's ACF test statistic and decision, seas.heuristic strength and
# nsdiffs(test = "seas") and nsdiffs(test = "ocsb"). Same definitions as make_seasonality.R.
# Run from this folder: Rscript make_seasonality_m3_all.R   (R 4.2, forecast 8.20)
# Output: seasonality_m3_all.csv
suppressMessages(library(forecast))
shared <- "../../../../shared/datasets"
fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
theta_test <- function(x) {
  n <- length(x); m <- frequency(x)
  if (m > 1 && !forecast:::is.constant(x) && n > 2 * m) {
    r <- as.numeric(acf(x, lag.max = m, plot = FALSE)$acf)[-1]
    stat <- sqrt((1 + 2 * sum(r[-m]^2)) / n)
    c(abs(r[m]) / stat, abs(r[m]) / stat > qnorm(0.95))
  } else c(NA, 0)
}
m3 <- read.csv(file.path(shared, "m3-monthly.csv"), stringsAsFactors = FALSE)
m3 <- m3[m3$split == "train", ]
ids <- unique(m3$series)
out <- do.call(rbind, lapply(ids, function(id) {
  s <- m3[m3$series == id, ]
  x <- ts(s$value[order(s$t)], frequency = 12)
  tt <- theta_test(x)
  data.frame(series = id, theta_stat = fmt(tt[1]), theta_seasonal = tt[2],
             strength = fmt(tryCatch(forecast:::seas.heuristic(x), error = function(e) NA)),
             nsdiffs_seas = suppressWarnings(nsdiffs(x, test = "seas")),
             nsdiffs_ocsb = suppressWarnings(nsdiffs(x, test = "ocsb")))
}))
write.csv(out, "seasonality_m3_all.csv", row.names = FALSE, quote = FALSE)
