# Akaike-weighted ETS (Kolassa 2011) from R forecast 8.20, the reference for
# ETSAkaikeWeightsTests: every candidate R's ets() would consider (default options: no
# multiplicative trend, restricted models excluded, multiplicative only for positive data)
# is fitted on its own, weighted by exp(-dAICc/2), candidates below weight 0.001 dropped and
# the rest renormalised; writes the candidates and the weighted forecast (h = 18).
# usage (from the package root): Rscript Tests/Fixtures/ets/make_akaike.R
suppressMessages(library(forecast))
ref <- function(name) {
  d <- read.csv(file.path("..", "shared", "datasets", "reference", paste0(name, ".csv")))
  ts(d$value, frequency = if (name == "nile") 1 else 12)
}
m3 <- read.csv(file.path("..", "shared", "datasets", "m3-monthly.csv"))
m3series <- function(id) { d <- m3[m3$series == id & m3$split == "train", ]; ts(d$value[order(d$t)], frequency = 12) }
series <- list(airpassengers = ref("airpassengers"), usaccdeaths = ref("usaccdeaths"),
               ukdriverdeaths = ref("ukdriverdeaths"), nile = ref("nile"),
               N1402 = m3series("N1402"), N2000 = m3series("N2000"))
cand <- c("series,spec,aicc,weight"); fc <- c("series,step,mean,se95")
for (name in names(series)) {
  y <- series[[name]]; m <- frequency(y); pos <- all(y > 0)
  fits <- list(); specs <- c(); ic <- c()
  for (e in c("A", "M")) for (t in c("N", "A")) for (s in c("N", "A", "M")) for (dmp in c(TRUE, FALSE)) {
    if (t == "N" && dmp) next
    if (s != "N" && m == 1) next
    if (e == "A" && s == "M") next                       # restricted
    if (!pos && (e == "M" || s == "M")) next
    f <- tryCatch(ets(y, model = paste0(e, t, s), damped = dmp), error = function(err) NULL)
    if (is.null(f) || !is.finite(f$aicc)) next
    spec <- sprintf("%s%s%s%s", e, t, if (dmp) "d" else "", s)   # e.g. MAdM
    fits[[spec]] <- f; specs <- c(specs, spec); ic <- c(ic, f$aicc)
  }
  w <- exp(-0.5 * (ic - min(ic))); w <- w / sum(w)
  keep <- w >= 1e-3; wk <- w[keep] / sum(w[keep])
  cand <- c(cand, sprintf("%s,%s,%.17g,%.17g", name, specs, ic, w))
  fcs <- lapply(fits[keep], function(f) forecast(f, h = 18, level = 95))
  mu <- Reduce(`+`, Map(function(f, a) a * as.numeric(f$mean), fcs, wk))
  se <- Reduce(`+`, Map(function(f, a) a * as.numeric(f$upper - f$lower) / (2 * qnorm(0.975)), fcs, wk))
  fc <- c(fc, sprintf("%s,%d,%.17g,%.17g", name, 1:18, mu, se))
}
writeLines(cand, file.path("Tests", "Fixtures", "ets", "akaike_candidates.csv"))
writeLines(fc, file.path("Tests", "Fixtures", "ets", "akaike_forecasts.csv"))
