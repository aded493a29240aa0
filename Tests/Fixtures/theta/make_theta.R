# Parity fixtures for Almanac's Theta (R forecast 8.20 thetaf) and Naive2 (the M4
# organisers' benchmark code, with naive intervals on the adjusted scale times the indices).
# Run from this folder: Rscript make_theta.R
suppressPackageStartupMessages(library(forecast))
read_ref <- function(name, freq) {
  d <- read.csv(file.path("..", "..", "..", "..", "shared", "datasets", "reference", paste0(name, ".csv")))
  ts(d$value, frequency = freq)
}
m3 <- read.csv(file.path("..", "..", "..", "..", "shared", "datasets", "m3-monthly.csv"))
tr <- m3[m3$split == "train", ]
ids <- unique(tr$series)
# 20 M3 monthly series spread over the file (every 71st, from the first).
pick <- ids[seq(1, length(ids), by = 71)][1:20]
series <- list(airpassengers = read_ref("airpassengers", 12), usaccdeaths = read_ref("usaccdeaths", 12),
               nile = read_ref("nile", 1), ukdriverdeaths = read_ref("ukdriverdeaths", 12))
for (id in pick) {
  d <- tr[tr$series == id, ]
  series[[id]] <- ts(d$value[order(d$t)], frequency = 12)
}

# The M4 competition's SeasonalityTest and Naive2 (M4-methods, Benchmarks and Evaluation.R).
SeasonalityTest <- function(input, ppy) {
  tcrit <- 1.645
  if (length(input) < 3 * ppy) {
    test_seasonal <- FALSE
  } else {
    xacf <- acf(input, plot = FALSE)$acf[-1, 1, 1]
    clim <- tcrit / sqrt(length(input)) * sqrt(cumsum(c(1, 2 * xacf^2)))
    test_seasonal <- (abs(xacf[ppy]) > clim[ppy])
    if (is.na(test_seasonal) == TRUE) test_seasonal <- FALSE
  }
  test_seasonal
}
naive2 <- function(input, fh) {
  ppy <- frequency(input)
  ST <- FALSE
  if (ppy > 1) ST <- SeasonalityTest(input, ppy)
  if (ST == TRUE) {
    Dec <- decompose(input, type = "multiplicative")
    des_input <- input / Dec$seasonal
    SIout <- head(rep(Dec$seasonal[(length(Dec$seasonal) - ppy + 1):length(Dec$seasonal)], fh), fh)
  } else {
    des_input <- input
    SIout <- rep(1, fh)
  }
  f <- naive(des_input, h = fh, level = c(80, 95))
  list(seasonal = ST, mean = as.numeric(f$mean) * SIout,
       lower = f$lower * SIout, upper = f$upper * SIout)
}

rows <- list()
params <- list()
for (nm in names(series)) {
  y <- series[[nm]]
  h <- if (frequency(y) > 1) 18 else 10
  th <- thetaf(y, h = h, level = c(80, 95))
  # thetaf does not return its seasonal decision; recompute it exactly as thetaf does.
  n <- length(y); m <- frequency(y)
  seas <- FALSE
  if (m > 1 && !is.constant(y) && n > 2 * m) {
    r <- as.numeric(acf(y, lag.max = m, plot = FALSE)$acf)[-1]
    seas <- abs(r[m]) / sqrt((1 + 2 * sum(r[-m]^2)) / n) > qnorm(0.95)
  }
  params[[nm]] <- data.frame(series = nm, period = m, n = n, h = h, seasonal = as.integer(seas),
                             alpha = as.numeric(th$model$alpha), drift = as.numeric(th$model$drift),
                             sigma2 = as.numeric(th$model$sigma),
                             naive2seasonal = as.integer(naive2(y, h)$seasonal))
  rows[[length(rows) + 1]] <- data.frame(series = nm, method = "theta", h = 1:h,
    mean = as.numeric(th$mean), lo80 = as.numeric(th$lower[, 1]), hi80 = as.numeric(th$upper[, 1]),
    lo95 = as.numeric(th$lower[, 2]), hi95 = as.numeric(th$upper[, 2]))
  n2 <- naive2(y, h)
  rows[[length(rows) + 1]] <- data.frame(series = nm, method = "naive2", h = 1:h,
    mean = n2$mean, lo80 = as.numeric(n2$lower[, 1]), hi80 = as.numeric(n2$upper[, 1]),
    lo95 = as.numeric(n2$lower[, 2]), hi95 = as.numeric(n2$upper[, 2]))
}
out <- do.call(rbind, rows)
write.csv(format(out, digits = 17), "theta_naive2.csv", row.names = FALSE, quote = FALSE)
write.csv(format(do.call(rbind, params), digits = 17), "theta_params.csv", row.names = FALSE, quote = FALSE)
