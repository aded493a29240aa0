#!/usr/bin/env Rscript
# Generates Datasets/russia-serbia-drivers.csv: two SYNTHETIC monthly drivers for the
# synthetic Russia-Serbia turnover, 2010-01 .. 2027-12 (the history of the turnover,
# 2010-01 .. 2026-09, plus 15 "future" months to 2027-12 used as assumed driver paths).
#
#   oil  an oil-price-like series, USD per barrel: a hand-drawn level path (about 80 in
#        2010-13, the 2014-15 fall to about 50, the 2020-04 trough, the 2022 spike, a slow
#        slide afterwards) times seeded AR(1) noise on the log scale. From 2026-10 the
#        values are an ASSUMED path (a straight slide from the last level to 60 in
#        2027-12), as an analyst would take from futures prices.
#   rub  a rouble-per-dollar-like exchange rate: about 31 until 2014-10, a step to about
#        60-75 afterwards, a spike in 2022-03, about 90 from 2023, with seeded noise;
#        assumed flat from 2026-10.
#
# NOT market data: levels and events are invented to resemble such series so that the
# walkthrough has a driver to use. Seeded: re-running gives a byte-identical file.
#   Rscript Datasets/scripts/make_russia_serbia_drivers.R
set.seed(20270)
dates <- seq(as.Date("2010-01-01"), as.Date("2027-12-01"), by = "month")
n <- length(dates)
ym <- format(dates, "%Y-%m")
hist_end <- which(ym == "2026-09")
knots <- c("2010-01" = 78, "2013-12" = 108, "2014-06" = 110, "2015-01" = 50, "2016-01" = 32,
           "2018-09" = 80, "2019-12" = 66, "2020-04" = 22, "2021-06" = 72, "2022-03" = 118,
           "2022-06" = 115, "2023-06" = 76, "2024-06" = 83, "2025-06" = 70, "2026-09" = 66)
pos <- match(names(knots), ym)
level <- approx(pos, log(knots), xout = seq_len(n), rule = 2)$y
noise <- as.numeric(arima.sim(list(ar = 0.6), n = n, sd = 0.04))
oil <- exp(level + noise)
rknots <- c("2010-01" = 30, "2014-06" = 34, "2014-10" = 40, "2015-01" = 64, "2016-01" = 75,
            "2017-06" = 58, "2019-12" = 63, "2020-04" = 75, "2021-12" = 74, "2022-03" = 105,
            "2022-06" = 58, "2023-06" = 85, "2024-06" = 89, "2025-06" = 80, "2026-09" = 82)
rpos <- match(names(rknots), ym)
rlevel <- approx(rpos, log(rknots), xout = seq_len(n), rule = 2)$y
rnoise <- as.numeric(arima.sim(list(ar = 0.5), n = n, sd = 0.02))
rub <- exp(rlevel + rnoise)
# The assumed future: oil slides linearly to 60 by 2027-12, the rouble stays flat.
oil[(hist_end + 1):n] <- seq(oil[hist_end], 60, length.out = n - hist_end + 1)[-1]
rub[(hist_end + 1):n] <- rub[hist_end]
out <- data.frame(date = ym, oil = sprintf("%.2f", oil), rub = sprintf("%.2f", rub))
args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
write.csv(out, file.path(root, "Datasets", "russia-serbia-drivers.csv"), row.names = FALSE, quote = FALSE)
cat(sprintf("wrote %d months, history to 2026-09, assumed future to 2027-12\n", n))
