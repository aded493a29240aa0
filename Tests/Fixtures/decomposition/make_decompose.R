# Generates the classical-decomposition fixtures from R's stats::decompose.
# Run from this folder: Rscript make_decompose.R   (R 4.2)
# Input: ../../../../shared/datasets/reference/<name>.csv (date,value), monthly.
# Output: decompose_<name>_<type>.csv with columns x,trend,seasonal,random (NA = missing),
#         and decompose_<name>_<type>_figure.csv with the seasonal figure.
ref <- "../../../../shared/datasets/reference"
fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
for (name in c("airpassengers", "co2", "usaccdeaths", "ukdriverdeaths")) {
  d <- read.csv(file.path(ref, paste0(name, ".csv")))
  x <- ts(d$value, frequency = 12)
  for (type in c("additive", "multiplicative")) {
    dc <- decompose(x, type = type)
    out <- data.frame(x = fmt(as.numeric(x)), trend = fmt(as.numeric(dc$trend)),
                      seasonal = fmt(as.numeric(dc$seasonal)), random = fmt(as.numeric(dc$random)))
    write.csv(out, sprintf("decompose_%s_%s.csv", name, type), row.names = FALSE, quote = FALSE)
    write.csv(data.frame(figure = fmt(dc$figure)), sprintf("decompose_%s_%s_figure.csv", name, type),
              row.names = FALSE, quote = FALSE)
  }
}
# Odd period (5 on airpassengers exercises the odd-order moving average) and leading /
# trailing NAs (R rejects internal NAs: "time series contains internal NAs").
x5 <- ts(read.csv(file.path(ref, "airpassengers.csv"))$value, frequency = 5)
dc <- decompose(x5, type = "additive")
write.csv(data.frame(x = fmt(as.numeric(x5)), trend = fmt(as.numeric(dc$trend)),
                     seasonal = fmt(as.numeric(dc$seasonal)), random = fmt(as.numeric(dc$random))),
          "decompose_airpassengers_p5_additive.csv", row.names = FALSE, quote = FALSE)
xna <- ts(read.csv(file.path(ref, "usaccdeaths.csv"))$value, frequency = 12)
xna[c(1, 2, 72)] <- NA
dc <- decompose(xna, type = "multiplicative")
write.csv(data.frame(x = fmt(as.numeric(xna)), trend = fmt(as.numeric(dc$trend)),
                     seasonal = fmt(as.numeric(dc$seasonal)), random = fmt(as.numeric(dc$random))),
          "decompose_usaccdeaths_na_multiplicative.csv", row.names = FALSE, quote = FALSE)
