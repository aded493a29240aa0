# ndiffs (forecast 8.20) on the first 100 M3 monthly training series, in file order.
# Run from the package root:  Rscript Tests/Fixtures/diagnostics/make_m3_ndiffs.R
# Writes m3_ndiffs.csv beside this script; nsdiffs by OCSB (period 12) is included too.
suppressPackageStartupMessages(library(forecast))
m3 <- read.csv(file.path("..", "shared", "datasets", "m3-monthly.csv"), stringsAsFactors = FALSE)
train <- m3[m3$split == "train", ]
ids <- unique(train$series)[1:100]
rows <- lapply(ids, function(id) {
  s <- train[train$series == id, ]
  x <- s$value[order(s$t)]
  xt <- ts(x, frequency = 12)
  ocsb <- tryCatch(ocsb.test(xt, maxlag = 3, lag.method = "AIC"), error = function(e) NULL)
  data.frame(series = id, n = length(x),
    kpssLevel = ndiffs(x), kpssTrend = ndiffs(x, type = "trend"),
    adfLevel = suppressWarnings(ndiffs(x, test = "adf")),
    adfTrend = suppressWarnings(ndiffs(x, test = "adf", type = "trend")),
    ppLevel = suppressWarnings(ndiffs(x, test = "pp")),
    ppTrend = suppressWarnings(ndiffs(x, test = "pp", type = "trend")),
    ocsbStatistic = if (is.null(ocsb)) NA else sprintf("%.15g", ocsb$statistics),
    ocsbLag = if (is.null(ocsb)) NA else ocsb$lag.order,
    nsdiffsOcsb = suppressWarnings(nsdiffs(xt, test = "ocsb")))
})
out <- do.call(rbind, rows)
write.csv(out, file.path("Tests", "Fixtures", "diagnostics", "m3_ndiffs.csv"), row.names = FALSE, quote = FALSE)
