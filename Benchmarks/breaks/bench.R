# strucchange timings on the same synthetic series as `almanac-bench breaks` (Swift).
# Run from the package root: Rscript Benchmarks/breaks/bench.R
suppressMessages(library(strucchange))
hash <- function(t, a) (sin(t * a) * 43758.5453) %% 1
gen <- function(n) { t <- 1:n; x1 <- hash(t, 78.233); x2 <- cos(t / 7)
  list(y = 10 + ifelse(t > 0.6 * n, 2, 0) + x1 + 4 * (hash(t, 12.9898) - 0.5), x1 = x1, x2 = x2) }
d <- gen(1000)
# Columns as the Swift report: wall seconds, CPU (user + system) seconds, breaks.
tm <- function(expr) { st <- system.time(r <- expr)
  list(s = paste(st[["elapsed"]], st[["user.self"]] + st[["sys.self"]], sep = "\t"), bp = r$breakpoints) }
cat("case\twall s\tcpu s\tbreaks\n")
a <- tm(breakpoints(d$y ~ 1)); cat("breakpoints(y ~ 1), n = 1000\t", a$s, "\t", a$bp, "\n")
b <- tm(breakpoints(d$y ~ d$x1 + d$x2)); cat("breakpoints(y ~ x1 + x2), n = 1000\t", b$s, "\t", b$bp, "\n")
if (identical(Sys.getenv("BENCH_LARGE"), "1")) {
  D <- gen(10000); c <- tm(breakpoints(D$y ~ 1, breaks = 5)); cat("breakpoints(y ~ 1), n = 10000, M = 5\t", c$s, "\t", c$bp, "\n")
}
