# Reference for Almanac's `combo` point forecast: the mean of R forecast 8.20 ets(),
# auto.arima() and thetaf() (the ETS, ARIMA and Theta members) on reference series, h = 18.
# Run from this folder: Rscript make_combo.R
suppressPackageStartupMessages(library(forecast))
read_ref <- function(name, freq) {
  d <- read.csv(file.path("..", "..", "..", "..", "shared", "datasets", "reference", paste0(name, ".csv")))
  ts(d$value, frequency = freq)
}
rows <- list()
for (nm in c("usaccdeaths", "ukdriverdeaths", "airpassengers")) {
  y <- read_ref(nm, 12)
  e <- forecast(ets(y), h = 18)
  a <- forecast(auto.arima(y), h = 18)
  t <- thetaf(y, h = 18)
  rows[[nm]] <- data.frame(series = nm, h = 1:18, ets = as.numeric(e$mean), arima = as.numeric(a$mean),
                           theta = as.numeric(t$mean),
                           combo = (as.numeric(e$mean) + as.numeric(a$mean) + as.numeric(t$mean)) / 3,
                           etsmodel = e$method, arimamodel = gsub(",", ";", a$method))
}
write.csv(format(do.call(rbind, rows), digits = 17), "combo.csv", row.names = FALSE, quote = FALSE)
