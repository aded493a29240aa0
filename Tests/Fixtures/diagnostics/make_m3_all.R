# ndiffs (KPSS and ADF, level) and the OCSB statistic / nsdiffs decision (forecast 8.20) on
# all 1428 M3 monthly training series. Run from the package root:
#   Rscript Tests/Fixtures/diagnostics/make_m3_all.R
# Writes m3_all.csv beside this script.
suppressPackageStartupMessages(library(forecast))
m3 <- read.csv(file.path("..", "shared", "datasets", "m3-monthly.csv"), stringsAsFactors = FALSE)
train <- m3[m3$split == "train", ]
ids <- unique(train$series)
rows <- lapply(ids, function(id) {
  s <- train[train$series == id, ]
  x <- s$value[order(s$t)]
  xt <- ts(x, frequency = 12)
  ocsb <- tryCatch(ocsb.test(xt, maxlag = 3, lag.method = "AIC"), error = function(e) NULL)
  data.frame(series = id, n = length(x),
    kpssLevel = ndiffs(x),
    adfLevel = suppressWarnings(ndiffs(x, test = "adf")),
    ocsbStatistic = if (is.null(ocsb)) NA else sprintf("%.15g", ocsb$statistics),
    nsdiffsOcsb = suppressWarnings(nsdiffs(xt, test = "ocsb")))
})
out <- do.call(rbind, rows)
write.csv(out, file.path("Tests", "Fixtures", "diagnostics", "m3_all.csv"), row.names = FALSE, quote = FALSE)
