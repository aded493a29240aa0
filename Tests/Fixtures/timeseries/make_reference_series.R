# Start, frequency, length and column sums of the shared reference series as R's
# `datasets` / `strucchange` objects define them (the CSVs in ../shared/datasets/reference
# were exported from these), for the wide-CSV reader tests.
# Run from this folder: Rscript make_reference_series.R   (R 4.2, strucchange)
suppressPackageStartupMessages({ library(jsonlite); library(strucchange) })
data("RealInt", package = "strucchange")
data("USIncExp", package = "strucchange")
objects <- list(
  nile = list(Nile), airpassengers = list(AirPassengers), ukdriverdeaths = list(UKDriverDeaths),
  usaccdeaths = list(USAccDeaths), co2 = list(co2), realint = list(RealInt),
  seatbelts = lapply(colnames(Seatbelts), function(k) Seatbelts[, k]),
  usincexp = lapply(colnames(USIncExp), function(k) USIncExp[, k])
)
columns <- list(seatbelts = colnames(Seatbelts), usincexp = colnames(USIncExp))
out <- lapply(names(objects), function(n) {
  x <- objects[[n]][[1]]
  list(name = n, start_year = start(x)[1], start_cycle = start(x)[2], frequency = frequency(x),
       length = length(x),
       columns = I(if (is.null(columns[[n]])) "value" else columns[[n]]),
       sums = I(sapply(objects[[n]], function(s) sum(s))))
})
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), "reference_series.json")
