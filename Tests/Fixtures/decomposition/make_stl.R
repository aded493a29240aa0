# Generates the STL fixtures from R's stats::stl.
# Run from this folder: Rscript make_stl.R   (R 4.2)
# Output: stl_<series>.csv with columns x and, per case, <case>_seasonal, <case>_trend,
# <case>_remainder, <case>_weights. Cases (monthly, period 12):
#   periodic, periodic_robust : s.window = "periodic", robust = FALSE / TRUE
#   s7, s7_robust, s13, s13_robust : numeric s.window, robust = FALSE / TRUE
#   custom (co2 and usaccdeaths only): s.window = 35, s.degree = 1, t.window = 25,
#     t.degree = 0, l.window = 13, l.degree = 1, jumps 1, 4, 2, inner = 3, outer = 2
ref <- "../../../../shared/datasets/reference"
fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
for (name in c("airpassengers", "co2", "usaccdeaths", "ukdriverdeaths")) {
  x <- ts(read.csv(file.path(ref, paste0(name, ".csv")))$value, frequency = 12)
  fits <- list(
    periodic = stl(x, s.window = "periodic"),
    periodic_robust = stl(x, s.window = "periodic", robust = TRUE),
    s7 = stl(x, s.window = 7),
    s7_robust = stl(x, s.window = 7, robust = TRUE),
    s13 = stl(x, s.window = 13),
    s13_robust = stl(x, s.window = 13, robust = TRUE))
  if (name %in% c("co2", "usaccdeaths"))
    fits$custom <- stl(x, s.window = 35, s.degree = 1, t.window = 25, t.degree = 0, l.window = 13,
                       l.degree = 1, s.jump = 1, t.jump = 4, l.jump = 2, inner = 3, outer = 2)
  out <- data.frame(x = fmt(as.numeric(x)))
  for (case in names(fits)) {
    ts_ <- fits[[case]]$time.series
    out[[paste0(case, "_seasonal")]] <- fmt(as.numeric(ts_[, "seasonal"]))
    out[[paste0(case, "_trend")]] <- fmt(as.numeric(ts_[, "trend"]))
    out[[paste0(case, "_remainder")]] <- fmt(as.numeric(ts_[, "remainder"]))
    out[[paste0(case, "_weights")]] <- fmt(fits[[case]]$weights)
  }
  write.csv(out, sprintf("stl_%s.csv", name), row.names = FALSE, quote = FALSE)
}

# Extra cases in stl_extra.csv (one column block per case, padded with NA to 192 rows):
#   even_s12   : usaccdeaths, s.window = 12 (R's lazy defaults use 12, the Fortran 13)
#   short_s7_robust : the first 30 months of usaccdeaths (just over two periods), s.window = 7, robust
#   quarterly_s5 : ukdriverdeaths read as period 4, s.window = 5, robust
pad <- function(v, n = 192) c(v, rep(NA, n - length(v)))
usa <- read.csv(file.path(ref, "usaccdeaths.csv"))$value
ukd <- read.csv(file.path(ref, "ukdriverdeaths.csv"))$value
extra <- list(
  even_s12 = list(x = usa, fit = stl(ts(usa, frequency = 12), s.window = 12)),
  short_s7_robust = list(x = usa[1:30], fit = stl(ts(usa[1:30], frequency = 12), s.window = 7, robust = TRUE)),
  quarterly_s5 = list(x = ukd, fit = stl(ts(ukd, frequency = 4), s.window = 5, robust = TRUE)))
out <- data.frame(row = 1:192)
for (case in names(extra)) {
  e <- extra[[case]]
  ts_ <- e$fit$time.series
  out[[paste0(case, "_x")]] <- fmt(pad(e$x))
  out[[paste0(case, "_seasonal")]] <- fmt(pad(as.numeric(ts_[, "seasonal"])))
  out[[paste0(case, "_trend")]] <- fmt(pad(as.numeric(ts_[, "trend"])))
  out[[paste0(case, "_remainder")]] <- fmt(pad(as.numeric(ts_[, "remainder"])))
  out[[paste0(case, "_weights")]] <- fmt(pad(e$fit$weights))
}
write.csv(out, "stl_extra.csv", row.names = FALSE, quote = FALSE)
