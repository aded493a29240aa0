# Reference values for the level-shift and predictive Chow statistics (LevelShift,
# CoefficientChange), computed with lm/anova. Run from the repository root:
#   Rscript Tests/Fixtures/breaks/calibrated/make_fixtures.R
# Writes Tests/Fixtures/breaks/calibrated/statistics.csv and gls.csv (R 4.2, base stats only).
read <- function(f) read.csv(file.path("Datasets/reference", f))
rows <- list()
add <- function(case, stat, est, se, df1, df2, p) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, statistic = sprintf("%.12g", stat),
    estimate = sprintf("%.12g", est), se = sprintf("%.12g", se), df1 = df1, df2 = df2, p = sprintf("%.12g", p))
}
level_shift <- function(case, y, X, b) {
  n <- length(y); step <- as.numeric(seq_len(n) > b)
  m0 <- lm(y ~ X - 1); m1 <- lm(y ~ X + step - 1)
  a <- anova(m0, m1); co <- summary(m1)$coefficients["step", ]
  add(case, a$F[2], co[1], co[2], 1, a$Res.Df[2], a$`Pr(>F)`[2])
}
chow <- function(case, y, X, b) {
  n <- length(y); k <- ncol(X); s <- seq_len(n) <= b
  rss <- function(i) sum(resid(lm(y[i] ~ X[i, , drop = FALSE] - 1))^2)
  full <- rss(rep(TRUE, n)); r1 <- rss(s); r2 <- rss(!s)
  f <- ((full - r1 - r2) / k) / ((r1 + r2) / (n - 2 * k))
  add(case, f, NA, NA, k, n - 2 * k, pf(f, k, n - 2 * k, lower.tail = FALSE))
}
predictive <- function(case, y, X, b) {
  n <- length(y); k <- ncol(X); s <- seq_len(n) <= b
  rss <- function(i) sum(resid(lm(y[i] ~ X[i, , drop = FALSE] - 1))^2)
  full <- rss(rep(TRUE, n)); r1 <- rss(s); n2 <- n - b
  f <- ((full - r1) / n2) / (r1 / (b - k))
  add(case, f, NA, NA, n2, b - k, pf(f, n2, b - k, lower.tail = FALSE))
}
nile <- read("nile.csv")$value
one <- matrix(1, length(nile), 1)
level_shift("nile-level-1899", nile, one, 28)       # regime starts 1899 (row 29)
predictive("nile-predictive-1970", nile, one, 99)   # the last year alone
uk <- log(read("ukdriverdeaths.csv")$value)
season <- factor((seq_along(uk) - 1) %% 12)
S <- model.matrix(~ season)
level_shift("ukdd-level-1983-02", uk, S, 169)       # seat-belt law, regime starts 1983-02
chow("ukdd-chow-1981-07", uk, S, 150)       # both segments longer than 2k = 24
predictive("ukdd-predictive-1984-06", uk, S, 185)   # 7 months after: fewer than 2k = 24
write.csv(do.call(rbind, rows), "Tests/Fixtures/breaks/calibrated/statistics.csv", row.names = FALSE, quote = FALSE)

# GLS level shift with a fixed ARIMA error model (LevelShift(_:breakRow:filter:)): y, the
# design and the step go through pi(B) = phi(B) Delta(B) / theta(B), started at zero after
# the differences, and lm() fits the filtered data (the intercept becomes zero under a
# difference and is aliased, as in Almanac).
pif <- function(x, delta, phi, theta) {
  nd <- length(delta); n <- length(x)
  w <- if (nd > 0) as.numeric(stats::filter(x, c(1, -delta), sides = 1))[(nd + 1):n] else x
  if (length(phi) > 0) {
    w <- as.numeric(stats::filter(c(rep(0, length(phi)), w), c(1, -phi), sides = 1))[-seq_along(phi)]
  }
  if (length(theta) > 0) w <- as.numeric(stats::filter(w, -theta, method = "recursive"))
  w
}
gls_shift <- function(case, y, X, b, delta, phi, theta) {
  n <- length(y); step <- as.numeric(seq_len(n) > b)
  yf <- pif(y, delta, phi, theta)
  Xf <- apply(X, 2, pif, delta = delta, phi = phi, theta = theta)
  sf <- pif(step, delta, phi, theta)
  m <- lm(yf ~ Xf + sf - 1); co <- summary(m)$coefficients["sf", ]
  add(case, (co[1] / co[2])^2, co[1], co[2], 1, m$df.residual, 2 * pt(-abs(co[3]), m$df.residual))
}
rows <- list()
gls_shift("nile-gls-ar1-1899", nile, one, 28, numeric(0), 0.5, numeric(0))
gls_shift("ukdd-gls-011-1983-02", uk, S, 169, 1, 0.3, -0.5)
gls_shift("ukdd-gls-seasonal-1983-02", uk, S, 169, c(1, rep(0, 10), 1, -1), c(0.2, 0.1), c(-0.4, rep(0, 10), -0.6, 0.24))
write.csv(do.call(rbind, rows), "Tests/Fixtures/breaks/calibrated/gls.csv", row.names = FALSE, quote = FALSE)
