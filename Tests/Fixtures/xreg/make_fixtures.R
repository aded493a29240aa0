#!/usr/bin/env Rscript
# Reference forecasts of regression with ARIMA errors and future regressors, from R's
# forecast package (8.20):  forecast(Arima(y, order, seasonal, xreg = X, ...), xreg = Xf)
# and forecast(auto.arima(y, xreg = X), xreg = Xf). Writes Tests/Fixtures/xreg/xreg.json
# and the history-only CSVs the CLI tests read (the drivers come from Datasets/).
#   Rscript Tests/Fixtures/xreg/make_fixtures.R      (from the package root)
suppressMessages(library(forecast))
library(jsonlite)
root <- "."
ds <- function(f) read.csv(file.path(root, "Datasets", f), stringsAsFactors = FALSE)
out <- list()
add <- function(name, y, start, period, X, Xf, order = NULL, seasonal = c(0, 0, 0),
                drift = FALSE, lambda = NULL, auto = FALSE, csv = NULL, dates = NULL) {
  yt <- ts(y, start = start, frequency = period)
  fit <- if (auto) auto.arima(yt, xreg = X, lambda = lambda)
         else Arima(yt, order = order, seasonal = seasonal, xreg = X, include.drift = drift,
                    lambda = lambda)
  fc <- forecast(fit, xreg = Xf, level = c(80, 95))
  a <- fit$arma
  out[[length(out) + 1]] <<- list(
    name = name, series = y, period = period, xreg = lapply(seq_len(ncol(X)), function(j) X[, j]),
    newxreg = lapply(seq_len(ncol(Xf)), function(j) Xf[, j]), xregNames = I(colnames(X)),
    order = c(a[1], a[6], a[2]), seasonal = c(a[3], a[7], a[4]),
    includeDrift = "drift" %in% names(coef(fit)), includeMean = "intercept" %in% names(coef(fit)),
    lambda = if (is.null(lambda)) NA else lambda, auto = auto,
    coef = unname(coef(fit)), coefNames = names(coef(fit)), se = unname(sqrt(diag(fit$var.coef))),
    sigma2 = fit$sigma2,
    mean = as.numeric(fc$mean), lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
    lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2]))
  if (!is.null(csv)) {
    write.csv(data.frame(date = dates, value = sprintf("%.10g", y)), file.path(root, "Tests/Fixtures/xreg", csv),
              row.names = FALSE, quote = FALSE)
  }
}

# 1. Seatbelts: drivers ~ PetrolPrice + law, (1,0,1)(0,1,1)[12]; history to 1983-12, 1984 ahead.
sb <- ds("reference/seatbelts.csv")
hist <- sb$date <= "1983-12"; fut <- sb$date > "1983-12"
X <- as.matrix(sb[hist, c("PetrolPrice", "law")]); Xf <- as.matrix(sb[fut, c("PetrolPrice", "law")])
add("seatbelts drivers ~ PetrolPrice + law (1,0,1)(0,1,1)", sb$drivers[hist], c(1969, 1), 12, X, Xf,
    order = c(1, 0, 1), seasonal = c(0, 1, 1), csv = "seatbelts_drivers_history.csv", dates = sb$date[hist])
# The same on the log scale (lambda = 0): the CLI's --log.
add("seatbelts log drivers ~ PetrolPrice + law (1,0,1)(0,1,1)", sb$drivers[hist], c(1969, 1), 12, X, Xf,
    order = c(1, 0, 1), seasonal = c(0, 1, 1), lambda = 0)

# 2. US income/expenditure: expenditure ~ income, (1,1,0) with drift; last 12 months ahead.
ui <- ds("reference/usincexp.csv")
n <- nrow(ui); hist <- seq_len(n - 12); fut <- (n - 11):n
X <- as.matrix(ui[hist, "income", drop = FALSE]); Xf <- as.matrix(ui[fut, "income", drop = FALSE])
add("usincexp expenditure ~ income (1,1,0) drift", ui$expenditure[hist], c(1959, 1), 12, X, Xf,
    order = c(1, 1, 0), drift = TRUE)

# 3. Synthetic turnover ~ synthetic oil + rub (Datasets/russia-serbia-drivers.csv),
#    (1,1,1)(0,1,1)[12] on the log scale, 15 months ahead to 2027-12.
tv <- ds("russia-serbia-turnover.csv"); dr <- ds("russia-serbia-drivers.csv")
nh <- nrow(tv)
stopifnot(all(dr$date[seq_len(nh)] == tv$date))
X <- as.matrix(dr[seq_len(nh), c("oil", "rub")]); Xf <- as.matrix(dr[(nh + 1):nrow(dr), c("oil", "rub")])
add("turnover ~ oil + rub log (1,1,1)(0,1,1)", tv$turnover, c(2010, 1), 12, X, Xf,
    order = c(1, 1, 1), seasonal = c(0, 1, 1), lambda = 0)
add("turnover ~ oil + rub (0,1,1)(0,1,1)", tv$turnover, c(2010, 1), 12, X, Xf,
    order = c(0, 1, 1), seasonal = c(0, 1, 1))
# 4. The level shift at 2025-10 that `--scenario …=estimated@2025-10` reuses: a step regressor,
#    log scale, (1,0,1)(0,1,1)[12] with drift (what auto.arima picks); its coefficient and s.e.
step <- matrix(as.numeric(tv$date >= "2025-10"), ncol = 1, dimnames = list(NULL, "step"))
add("turnover ~ step@2025-10 log (1,0,1)(0,1,1) drift", tv$turnover, c(2010, 1), 12, step,
    matrix(1, 15, 1, dimnames = list(NULL, "step")), order = c(1, 0, 1), seasonal = c(0, 1, 1), drift = TRUE,
    lambda = 0)
# 5. auto.arima with drivers.
add("auto.arima turnover ~ oil + rub", tv$turnover, c(2010, 1), 12, X, Xf, auto = TRUE)
add("auto.arima seatbelts drivers ~ PetrolPrice + law", sb$drivers[sb$date <= "1983-12"], c(1969, 1), 12,
    as.matrix(sb[sb$date <= "1983-12", c("PetrolPrice", "law")]),
    as.matrix(sb[sb$date > "1983-12", c("PetrolPrice", "law")]), auto = TRUE)
writeLines(toJSON(out, digits = I(17), auto_unbox = TRUE, na = "null"), file.path(root, "Tests/Fixtures/xreg/xreg.json"))
for (o in out) cat(sprintf("%-55s %s%s  mean[1]=%.4f\n", o$name, paste(o$order, collapse = ","),
                           paste0("(", paste(o$seasonal, collapse = ","), ")"), o$mean[1]))
