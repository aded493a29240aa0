# Fixtures for Almanac's baseline forecasters: R forecast 8.20 meanf / naive / snaive / rwf(drift).
# Run from this folder: Rscript make_baselines.R
suppressPackageStartupMessages(library(forecast))
read_ref <- function(name, freq) {
  d <- read.csv(file.path("..", "..", "..", "..", "shared", "datasets", "reference", paste0(name, ".csv")))
  ts(d$value, frequency = freq)
}
series <- list(airpassengers = read_ref("airpassengers", 12), nile = read_ref("nile", 1),
               usaccdeaths = read_ref("usaccdeaths", 12))
rows <- list()
for (nm in names(series)) {
  y <- series[[nm]]
  fcs <- list(mean = meanf(y, h = 24, level = c(80, 95)),
              naive = naive(y, h = 24, level = c(80, 95)),
              snaive = snaive(y, h = 24, level = c(80, 95)),
              drift = rwf(y, h = 24, drift = TRUE, level = c(80, 95)))
  for (m in names(fcs)) {
    f <- fcs[[m]]
    rows[[length(rows) + 1]] <- data.frame(series = nm, method = m, h = 1:24,
      mean = as.numeric(f$mean), lo80 = as.numeric(f$lower[, 1]), hi80 = as.numeric(f$upper[, 1]),
      lo95 = as.numeric(f$lower[, 2]), hi95 = as.numeric(f$upper[, 2]))
  }
}
out <- do.call(rbind, rows)
write.csv(format(out, digits = 17), "baselines.csv", row.names = FALSE, quote = FALSE)
