# Reference values for the Breaks tests, from R strucchange / sandwich / lmtest.
# Run from the package root: Rscript Tests/Fixtures/breaks/make_fixtures.R
# Writes Tests/Fixtures/breaks/<case>.json (one file per dataset).
suppressMessages({library(strucchange); library(sandwich); library(jsonlite)})
ref <- function(f) read.csv(file.path("..", "shared", "datasets", "reference", f), stringsAsFactors = FALSE)
out <- function(x, f) writeLines(toJSON(x, digits = NA, auto_unbox = TRUE, null = "null", na = "null"),
                                 file.path("Tests", "Fixtures", "breaks", f))

fstatsPart <- function(fml, data, from) {
  fs <- if (is.null(data)) Fstats(fml, from = from) else Fstats(fml, from = from, data = data)
  st <- function(t) sctest(fs, type = t)
  list(from = from, fstats = as.numeric(fs$Fstats), lambda = fs$par,
       breakpoint = fs$breakpoint,
       supF = unname(st("supF")$statistic), supFp = st("supF")$p.value,
       aveF = unname(st("aveF")$statistic), aveFp = st("aveF")$p.value,
       expF = unname(st("expF")$statistic), expFp = st("expF")$p.value)
}

bpPart <- function(fml, data, h, confBreaks = NULL) {
  bp <- if (is.null(data)) breakpoints(fml, h = h) else breakpoints(fml, h = h, data = data)
  s <- summary(bp)
  M <- ncol(bp$RSS.table) / 2
  bpm <- lapply(1:M, function(m) breakpoints(bp, breaks = m)$breakpoints)
  opt <- breakpoints(bp)$breakpoints
  m <- if (is.null(confBreaks)) length(opt) else confBreaks
  ci <- function(hr, he) { c <- confint(bp, breaks = m, het.reg = hr, het.err = he)$confint
                           list(lower = I(c[, 1]), point = I(c[, 2]), upper = I(c[, 3])) }
  list(h = h, hAbs = if (h < 1) floor(bp$nobs * h) else h, nobs = bp$nobs, nreg = bp$nreg,
       maxBreaks = M, rss = unname(s$RSS["RSS", ]), bic = unname(s$RSS["BIC", ]),
       breakpointsByM = bpm, bicBreaks = if (all(is.na(opt))) list() else opt,
       ciBreaks = m,
       ciHet = ci(TRUE, TRUE), ciHom = ci(FALSE, FALSE), ciHetRegOnly = ci(TRUE, FALSE),
       rssFirstRow = bp$RSS.triang[[1]])
}

efpPart <- function(fml, data, h = 0.15) {
  one <- function(type) {
    e <- if (is.null(data)) efp(fml, type = type, h = h) else efp(fml, type = type, h = h, data = data)
    t <- sctest(e)
    list(process = as.numeric(e$process), statistic = unname(t$statistic), pvalue = t$p.value,
         boundary = as.numeric(boundary(e, alpha = 0.05))[1], boundaryLast = tail(as.numeric(boundary(e, alpha = 0.05)), 1))
  }
  list(h = h, olsCusum = one("OLS-CUSUM"), recCusum = one("Rec-CUSUM"), olsMosum = one("OLS-MOSUM"))
}

# Known-date tests: Chow F at one and at several breaks, the coefficient change with
# its 95% interval, and a Newey–West HAC Wald test of the same restriction.
chowPart <- function(y, X, breaks) {
  n <- length(y); k <- ncol(X)
  seg <- factor(findInterval(seq_len(n), breaks + 1))
  Z <- do.call(cbind, lapply(levels(seg), function(l) X * (seg == l)))
  full <- lm(y ~ 0 + Z); restricted <- lm(y ~ 0 + X)
  a <- anova(restricted, full)
  # Reparametrise as base + changes so the change coefficients are explicit.
  D <- do.call(cbind, c(list(X), lapply(levels(seg)[-1], function(l) X * (as.integer(as.character(seg)) >= as.integer(l)))))
  fmD <- lm(y ~ 0 + D)
  idx <- (k + 1):ncol(D)
  ci <- confint(fmD)[idx, , drop = FALSE]
  V <- NeweyWest(fmD, lag = NULL, prewhite = FALSE, adjust = TRUE)
  b <- coef(fmD)[idx]
  W <- as.numeric(t(b) %*% solve(V[idx, idx]) %*% b)
  list(breaks = breaks, F = a$F[2], df1 = a$Df[2], df2 = a$Res.Df[2], p = a$`Pr(>F)`[2],
       change = unname(b), changeLower = unname(ci[, 1]), changeUpper = unname(ci[, 2]),
       changeSE = unname(sqrt(diag(vcov(fmD))[idx])),
       hacWald = W, hacDF = length(idx), hacP = pchisq(W, length(idx), lower.tail = FALSE),
       hacSE = unname(sqrt(diag(V)[idx])))
}

## Nile, y ~ 1
nile <- ref("nile.csv"); Nile <- ts(nile$value, start = nile$date[1])
sc1 <- sctest(Nile ~ 1, type = "Chow", point = 28)
out(list(y = nile$value,
         fstats = fstatsPart(Nile ~ 1, NULL, 0.15),
         breakpoints = bpPart(Nile ~ 1, NULL, 0.15),
         efp = efpPart(Nile ~ 1, NULL),
         chowSctest = list(point = 28, F = unname(sc1$statistic), p = sc1$p.value),
         chow1 = chowPart(Nile, matrix(1, length(Nile), 1), 28),
         chow2 = chowPart(Nile, matrix(1, length(Nile), 1), c(28, 70))),
    "nile.json")

## Seatbelt: log10(UKDriverDeaths), y ~ ylag1 + ylag12 from 1970(1)
ukd <- ref("ukdriverdeaths.csv"); UKD <- ts(ukd$value, start = c(1969, 1), frequency = 12)
seatbelt <- log10(UKD)
seatbelt <- cbind(seatbelt, lag(seatbelt, k = -1), lag(seatbelt, k = -12))
colnames(seatbelt) <- c("y", "ylag1", "ylag12")
seatbelt <- window(seatbelt, start = c(1970, 1), end = c(1984, 12))
sb <- as.data.frame(seatbelt)
Xs <- cbind(1, sb$ylag1, sb$ylag12)
out(list(raw = ukd$value, y = sb$y, ylag1 = sb$ylag1, ylag12 = sb$ylag12,
         recresid = recresid(Xs, sb$y),
         fstats = fstatsPart(y ~ ylag1 + ylag12, seatbelt, 0.1),
         fstats15 = fstatsPart(y ~ ylag1 + ylag12, seatbelt, 0.15),
         breakpoints = bpPart(y ~ ylag1 + ylag12, seatbelt, 0.1, confBreaks = 2),
         efp = efpPart(y ~ ylag1 + ylag12, seatbelt),
         chow1 = chowPart(sb$y, Xs, 46),
         chow2 = chowPart(sb$y, Xs, c(46, 157))),
    "seatbelt.json")

## Real interest rate, y ~ 1 (strucchange's example uses h = 15)
ri <- ref("realint.csv"); realint <- ts(ri$value, start = c(1961, 1), frequency = 4)
out(list(y = ri$value,
         breakpoints = bpPart(realint ~ 1, NULL, 15),
         breakpoints015 = bpPart(realint ~ 1, NULL, 0.15),
         fstats = fstatsPart(realint ~ 1, NULL, 0.15),
         efp = efpPart(realint ~ 1, NULL)),
    "realint.json")

## Trend and seasonal-dummy designs (design builders), on log UKDriverDeaths
n <- length(UKD); trend <- seq_len(n); season <- factor(cycle(UKD))
fsT <- Fstats(log(UKD) ~ trend); fsS <- Fstats(log(UKD) ~ season)
bpT <- breakpoints(log(UKD) ~ trend, h = 0.15)
out(list(y = ukd$value,
         trendSupF = max(fsT$Fstats), trendBreakpoint = fsT$breakpoint,
         trendBreaks = I(breakpoints(bpT)$breakpoints), trendRSS = unname(summary(bpT)$RSS["RSS", ]),
         seasonSupF = max(fsS$Fstats), seasonBreakpoint = fsS$breakpoint,
         seasonAveF = mean(fsS$Fstats)),
    "designs.json")

## p-value functions on a grid: Hansen (pvalue.Fstats), pvalue.efp, pargmaxV
pf <- strucchange:::pvalue.Fstats; pe <- strucchange:::pvalue.efp; pv <- strucchange:::pargmaxV
grid <- expand.grid(x = c(0.5, 3, 8.5, 19.333, 40), k = c(1, 3, 12, 45), lambda = c(0.005, 0.3, 0.495, 0.5, 1.4, 32.1111111111111, 81, 1e6),
                    test = c("supF", "aveF", "expF"), stringsAsFactors = FALSE)
grid$p <- suppressWarnings(mapply(function(x, k, l, t) pf(x, type = t, k = k, lambda = l), grid$x, grid$k, grid$lambda, grid$test))
xs <- c(0.05, 0.2, 0.5, 0.8, 1.1, 1.36, 1.6, 2.5, 3)
efpgrid <- rbind(data.frame(x = xs, limit = "Brownian bridge", h = 0.15),
                 data.frame(x = xs, limit = "Brownian motion", h = 0.15),
                 expand.grid(x = c(0.3, 0.9, 1.2, 1.25, 1.35, 1.6), limit = "Brownian bridge increments", h = c(0.03, 0.15, 0.27, 0.5, 0.7), stringsAsFactors = FALSE))
efpgrid$p <- mapply(function(x, l, h) pe(x, l, FALSE, h = h, k = 1), efpgrid$x, efpgrid$limit, efpgrid$h)
pvgrid <- expand.grid(x = c(-500, -60, -7.5, -1, -0.01, 0, 0.01, 1, 7.5, 60, 500), xi = c(0.4, 1, 2.5), phi1 = c(0.7, 1), phi2 = c(1, 1.8))
pvgrid$p <- mapply(function(x, xi, a, b) pv(x, xi = xi, phi1 = a, phi2 = b), pvgrid$x, pvgrid$xi, pvgrid$phi1, pvgrid$phi2)
out(list(hansen = grid, efp = efpgrid, pargmaxV = pvgrid), "pvalues.json")

## Sequential supF(l+1 | l) by brute force: refit every admissible split of every segment.
seqsup <- function(y, X, bps, h) {
  n <- length(y); k <- ncol(X); l <- length(bps); b <- c(0, bps, n)
  rss <- function(s, e) sum(lm.fit(X[s:e, , drop = FALSE], y[s:e])$residuals^2)
  seg <- sapply(1:(l + 1), function(i) rss(b[i] + 1, b[i + 1]))
  best <- Inf; at <- NA; which <- NA
  for (i in 1:(l + 1)) { s <- b[i] + 1; e <- b[i + 1]
    if (e - s + 1 >= 2 * h) for (t in (s + h - 1):(e - h)) {
      v <- sum(seg) - seg[i] + rss(s, t) + rss(t + 1, e)
      if (v < best) { best <- v; at <- t; which <- i - 1 } } }
  list(l = l, statistic = (sum(seg) - best) / (best / (n - (l + 2) * k)), segment = which, breakpoint = at)
}
out(list(nile0 = seqsup(as.numeric(Nile), matrix(1, 100, 1), integer(0), 15),
         nile1 = seqsup(as.numeric(Nile), matrix(1, 100, 1), 28, 15),
         seatbelt1 = seqsup(sb$y, Xs, 46, 18), seatbelt2 = seqsup(sb$y, Xs, c(46, 157), 18)),
    "sequential.json")

## The benchmark series (Benchmarks/breaks/bench.R builds the same), first 25 values.
hash <- function(t, a) (sin(t * a) * 43758.5453) %% 1
t <- 1:25
out(list(n = 25, y = 10 + ifelse(t > 0.6 * 25, 2, 0) + hash(t, 78.233) + 4 * (hash(t, 12.9898) - 0.5),
         x1 = hash(t, 78.233), x2 = cos(t / 7)), "benchdata.json")
