# Reference values for the intervention-analysis parity tests (Tests/ImpactTests/InterventionTests.swift):
# regression with (seasonal) ARIMA errors on step/pulse regressors at event dates, as
# forecast::Arima / auto.arima fit it, plus the fit without the regressors at the same orders
# (for the likelihood-ratio test). Written to intervention.json; each case carries its series.
# Run from this folder: Rscript make_intervention.R   (R 4.2, forecast 8.20)
suppressMessages(library(forecast)); library(jsonlite)
step <- function(n, at) as.numeric(seq_len(n) >= at)
pulse <- function(n, at) as.numeric(seq_len(n) == at)
cases <- list()
add <- function(name, y, period, X, auto = FALSE, order = NULL, seasonal = c(0, 0, 0), Z = NULL) {
  yt <- ts(y, frequency = period)
  XZ <- if (is.null(Z)) X else cbind(X, Z)
  fit <- if (auto) auto.arima(yt, xreg = XZ) else Arima(yt, order = order, seasonal = seasonal, xreg = XZ)
  ord <- arimaorder(fit)
  o <- unname(ord[1:3]); s <- if (length(ord) >= 6) unname(ord[4:6]) else c(0, 0, 0)
  mean <- "intercept" %in% names(coef(fit)); drift <- "drift" %in% names(coef(fit))
  # The null model drops the intervention regressors only; further regressors Z stay.
  null <- Arima(yt, order = o, seasonal = s, include.mean = mean, include.drift = drift, xreg = Z)
  lr <- 2 * (fit$loglik - null$loglik)
  cases[[length(cases) + 1]] <<- list(
    name = name, y = sprintf("%.17g", y), period = period, auto = auto,
    columns = as.list(colnames(X)), kinds = as.list(attr(X, "kinds")), at = as.list(attr(X, "at")),
    order = o, seasonal = s, includeMean = mean, includeDrift = drift,
    coefNames = names(coef(fit)), coef = unname(coef(fit)), se = unname(sqrt(diag(fit$var.coef))),
    loglik = fit$loglik, aicc = fit$aicc, nullLoglik = null$loglik,
    lr = lr, lrP = pchisq(lr, df = ncol(X), lower.tail = FALSE))
  if (!is.null(Z)) cases[[length(cases)]]$extra <<- lapply(seq_len(ncol(Z)), function(j) Z[, j])
}
# log UKDriverDeaths with the seat-belt law (Seatbelts[, "law"], first 1 at 1983-02 = obs 170).
y <- log(as.numeric(UKDriverDeaths)); n <- length(y); at <- which(Seatbelts[, "law"] == 1)[1]
X <- cbind(step = step(n, at)); attr(X, "at") <- at - 1; attr(X, "kinds") <- "step"
add("log UKDriverDeaths law step (auto)", y, 12, X, auto = TRUE)
add("log UKDriverDeaths law step (1,0,1)(0,1,1)", y, 12, X, order = c(1, 0, 1), seasonal = c(0, 1, 1))
X2 <- cbind(step = step(n, at), pulse = pulse(n, at)); attr(X2, "at") <- c(at, at) - 1; attr(X2, "kinds") <- c("step", "pulse")
add("log UKDriverDeaths law step+pulse (1,0,1)(0,1,1)", y, 12, X2, order = c(1, 0, 1), seasonal = c(0, 1, 1))
# With a control regressor kept in both models: log rear-seat passengers (not covered by the law).
add("log UKDriverDeaths law step + log rear (1,0,0)(0,1,1)", y, 12, X, order = c(1, 0, 0), seasonal = c(0, 1, 1),
    Z = cbind(rear = log(as.numeric(Seatbelts[, "rear"]))))
# Synthetic Russia-Serbia turnover: steps at 2014-03 and 2022-02, pulse at 2022-03.
d <- read.csv("../../../Datasets/russia-serbia-turnover.csv")
y <- log(d$turnover); n <- length(y)
i1 <- which(d$date == "2014-03"); i2 <- which(d$date == "2022-02"); i3 <- which(d$date == "2022-03")
X3 <- cbind(step = step(n, i1), step = step(n, i2), pulse = pulse(n, i3)); attr(X3, "at") <- c(i1, i2, i3) - 1
colnames(X3) <- c("step2014", "step2022", "pulse2022"); attr(X3, "kinds") <- c("step", "step", "pulse")
add("log turnover sanctions (auto)", y, 12, X3, auto = TRUE)
add("log turnover sanctions (1,1,1)(0,1,1)", y, 12, X3, order = c(1, 1, 1), seasonal = c(0, 1, 1))
writeLines(toJSON(cases, auto_unbox = TRUE, digits = NA, pretty = TRUE), "intervention.json")
