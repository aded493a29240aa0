# Gardner et al. (1980) Q0 from R's C code (stats:::C_getQ0) for several (phi, theta),
# including expanded seasonal polynomials, written to q0.json.
library(jsonlite)
cases <- list(
  list(phi = c(0.5), theta = numeric(0)),
  list(phi = numeric(0), theta = c(0.4, -0.3)),
  list(phi = c(0.6, -0.2), theta = c(0.3)),
  list(phi = c(0.3, rep(0, 10), 0.5, -0.15), theta = c(-0.4)),
  list(phi = c(0.2), theta = c(-0.3, rep(0, 10), -0.6, 0.18)),
  list(phi = c(rep(0, 11), 0.7, rep(0, 11), -0.1), theta = c(0.25, rep(0, 10), -0.5, -0.125))
)
out <- lapply(cases, function(c) list(phi = I(c$phi), theta = I(c$theta),
  q0 = I(as.numeric(.Call(stats:::C_getQ0, c$phi, c$theta)))))
writeLines(toJSON(out, digits = I(17)), "q0.json")
