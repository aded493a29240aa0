# Reference values for the level-shift and predictive Chow statistics (LevelShift,
# CoefficientChange), computed with lm/anova. Run from the repository root:
#   Rscript Tests/Fixtures/breaks/calibrated/make_fixtures.R
# Writes Tests/Fixtures/breaks/calibrated/statistics.csv (R 4.2, base stats only).
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
