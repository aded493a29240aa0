# CPU time of R forecast::ets() selection on the first N M3 monthly training series.
# Run from the package root:  Rscript Benchmarks/ets/r_time.R 200
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
n <- if (length(args)) as.integer(args[1]) else 1428L
m3 <- read.csv(file.path("..", "shared", "datasets", "m3-monthly.csv"))
tr <- m3[m3$split == "train", ]
ids <- head(unique(tr$series), n)
ys <- lapply(ids, function(id) { d <- tr[tr$series == id, ]; ts(d$value[order(d$t)], frequency = 12) })
t0 <- proc.time()
fits <- lapply(ys, ets)
el <- proc.time() - t0
cat(sprintf("R ets selection, %d series: %.2f s elapsed, %.2f s user+system CPU\n", length(ids),
            el[["elapsed"]], el[["user.self"]] + el[["sys.self"]]))
