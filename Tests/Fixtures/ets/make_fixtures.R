# Generates the ETS parity fixtures from R forecast::ets (forecast 8.20, R 4.2).
# Run from the package root:  Rscript Tests/Fixtures/ets/make_fixtures.R
# Writes Tests/Fixtures/ets/fits.csv (one row per case) and forecasts.csv (one row per
# case and step). Series are read from ../shared/datasets. Request "ZZZ" is automatic
# selection, "ZZZm" the same with allow.multiplicative.trend = TRUE, others forced forms.
suppressMessages(library(forecast))
shared <- file.path("..", "shared", "datasets")
out <- file.path("Tests", "Fixtures", "ets")

ref <- function(name, freq, last = NULL) {
  v <- read.csv(file.path(shared, "reference", paste0(name, ".csv")))$value
  if (!is.null(last)) v <- tail(v, last)
  ts(v, frequency = freq)
}
series <- list(airpassengers = ref("airpassengers", 12), usaccdeaths = ref("usaccdeaths", 12),
               ukdriverdeaths = ref("ukdriverdeaths", 12), co2 = ref("co2", 12, 120),
               nile = ref("nile", 1))
m3 <- read.csv(file.path(shared, "m3-monthly.csv"))
m3 <- m3[m3$split == "train", ]
ids <- unique(m3$series)
set.seed(20240601)
pick <- sort(sample(ids, 20))
for (id in pick) series[[paste0("m3:", id)]] <- ts(m3$value[m3$series == id][order(m3$t[m3$series == id])], frequency = 12)

seasonalModels <- c("ANN", "AAN", "AAdN", "AAA", "AAdA", "MNN", "MAN", "MAdN", "MNA", "MAA",
                    "MAdA", "MNM", "MAM", "MAdM", "MMN", "MMdM")
nonseasonalModels <- c("ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN", "MMN", "MMdN")
fmt <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) "NA" else sprintf("%.17g", x)
fits <- c("case,series,request,method,loglik,aic,aicc,sigma2,alpha,beta,gamma,phi,h")
fcs <- c("case,step,mean,lo80,hi80,lo95,hi95")
cs <- 0
run <- function(name, y, request) {
  cs <<- cs + 1
  damped <- NULL; model <- request; mult <- FALSE
  if (request == "ZZZm") {
    mult <- TRUE; model <- "ZZZ"
  } else if (request != "ZZZ") {
    damped <- grepl("d", request); model <- gsub("d", "", request)
    mult <- substr(model, 2, 2) == "M"
  }
  fit <- ets(y, model = model, damped = damped, allow.multiplicative.trend = mult)
  h <- if (grepl("^m3:", name)) 18 else if (frequency(y) > 1) 2 * frequency(y) else 10
  set.seed(1)
  fc <- forecast(fit, h = h, level = c(80, 95))
  p <- fit$par
  fits <<- c(fits, paste(cs, name, request, gsub("ETS\\(|\\)|,", "", fit$method), fmt(fit$loglik), fmt(fit$aic), fmt(fit$aicc),
                         fmt(fit$sigma2), fmt(p["alpha"]), fmt(p["beta"]), fmt(p["gamma"]), fmt(p["phi"]),
                         h, sep = ","))
  for (i in 1:h) fcs <<- c(fcs, paste(cs, i, fmt(fc$mean[i]), fmt(fc$lower[i, 1]), fmt(fc$upper[i, 1]),
                                      fmt(fc$lower[i, 2]), fmt(fc$upper[i, 2]), sep = ","))
}
for (name in names(series)) {
  y <- series[[name]]
  run(name, y, "ZZZ")
  if (!grepl("^m3:", name)) {
    run(name, y, "ZZZm")
    models <- if (frequency(y) > 1) seasonalModels else nonseasonalModels
    for (mod in models) run(name, y, mod)
  } else {
    if (min(y) > 0) run(name, y, "MAM")
    run(name, y, "AAdA")
  }
}
writeLines(fits, file.path(out, "fits.csv"))
writeLines(fcs, file.path(out, "forecasts.csv"))
