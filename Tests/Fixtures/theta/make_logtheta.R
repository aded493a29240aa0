# Reference for Almanac's log-scale Theta (an `auto` member): exp() of R forecast 8.20
# thetaf() on log(y), mean and 80/95% bounds, h = 18.
# Run from this folder: Rscript make_logtheta.R
suppressPackageStartupMessages(library(forecast))
read_ref <- function(name, freq) {
  d <- read.csv(file.path("..", "..", "..", "..", "shared", "datasets", "reference", paste0(name, ".csv")))
  ts(d$value, frequency = freq)
}
rows <- list()
for (nm in c("airpassengers", "usaccdeaths", "ukdriverdeaths")) {
  f <- thetaf(log(read_ref(nm, 12)), h = 18, level = c(80, 95))
  rows[[nm]] <- data.frame(series = nm, h = 1:18, mean = exp(as.numeric(f$mean)),
    lo80 = exp(as.numeric(f$lower[, 1])), hi80 = exp(as.numeric(f$upper[, 1])),
    lo95 = exp(as.numeric(f$lower[, 2])), hi95 = exp(as.numeric(f$upper[, 2])))
}
write.csv(format(do.call(rbind, rows), digits = 17), "logtheta.csv", row.names = FALSE, quote = FALSE)
