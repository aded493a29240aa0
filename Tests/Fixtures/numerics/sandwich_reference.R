# Reference values for LinearRegression covariance estimators, summary statistics and
# Wald tests, from R's lm / summary.lm and sandwich (vcovHC, NeweyWest, bwNeweyWest).
#
# Run (from this folder): Rscript sandwich_reference.R
# Writes publicschools.csv, investment.csv and sandwich_reference.json.
suppressMessages({ library(sandwich); library(jsonlite) })

num <- function(x) sprintf("%.17g", x)

# sandwich's own example: PublicSchools, Income rescaled, quadratic model (n = 50).
data(PublicSchools)
ps <- na.omit(PublicSchools)
ps$Income <- ps$Income * 0.0001
write.csv(data.frame(Expenditure = num(ps$Expenditure), Income = num(ps$Income)),
          "publicschools.csv", row.names = FALSE, quote = FALSE)

# A time-series regression from the sandwich vignette: Investment (n = 19 after NA).
data(Investment)
inv <- na.omit(as.data.frame(Investment)[, c("RealInv", "RealGNP", "RealInt")])
write.csv(data.frame(RealInv = num(inv$RealInv), RealGNP = num(inv$RealGNP),
                     RealInt = num(inv$RealInt)),
          "investment.csv", row.names = FALSE, quote = FALSE)

wald <- function(fit, V, R, q) {
  d <- R %*% coef(fit) - q
  W <- drop(t(d) %*% solve(R %*% V %*% t(R)) %*% d)
  df <- nrow(R)
  list(statistic = W, df = df, chisqP = pchisq(W, df, lower.tail = FALSE),
       f = W / df, fP = pf(W / df, df, df.residual(fit), lower.tail = FALSE))
}

describe <- function(fit) {
  s <- summary(fit)
  V <- list(
    classical = vcov(fit),
    hc0 = vcovHC(fit, type = "HC0"), hc1 = vcovHC(fit, type = "HC1"),
    hc2 = vcovHC(fit, type = "HC2"), hc3 = vcovHC(fit, type = "HC3"),
    nwDefault = NeweyWest(fit),
    nwLag2 = NeweyWest(fit, lag = 2, prewhite = FALSE),
    nwLag3Adjusted = NeweyWest(fit, lag = 3, prewhite = FALSE, adjust = TRUE),
    nwLag1Prewhite = NeweyWest(fit, lag = 1, prewhite = TRUE))
  ct <- coef(s)
  out <- list(
    coefficients = unname(coef(fit)),
    residuals = unname(residuals(fit)),
    hatValues = unname(hatvalues(fit)),
    sigma = s$sigma, rSquared = s$r.squared, adjustedRSquared = s$adj.r.squared,
    logLikelihood = as.numeric(logLik(fit)), aic = AIC(fit), bic = BIC(fit),
    residualDF = df.residual(fit),
    table = list(se = unname(ct[, 2]), t = unname(ct[, 3]), p = unname(ct[, 4])),
    bandwidth = bwNeweyWest(fit), bandwidthNoPrewhite = bwNeweyWest(fit, prewhite = FALSE),
    covariances = lapply(V, function(v) as.vector(unname(v))))
  if (!is.null(s$fstatistic)) {
    f <- s$fstatistic
    out$fTest <- list(statistic = unname(f[1]), df1 = unname(f[2]), df2 = unname(f[3]),
                      p = unname(pf(f[1], f[2], f[3], lower.tail = FALSE)))
  }
  out
}

fitPS <- lm(Expenditure ~ Income + I(Income^2), data = ps)
fitInv <- lm(RealInv ~ RealGNP + RealInt, data = inv)
fitOrigin <- lm(Expenditure ~ 0 + Income, data = ps)

ref <- list(publicschools = describe(fitPS), investment = describe(fitInv),
            origin = describe(fitOrigin))

# Wald tests on the PublicSchools fit: joint (both slopes zero) and a single
# restriction Income + I(Income^2) = 100, under several covariances.
R2 <- rbind(c(0, 1, 0), c(0, 0, 1)); q2 <- c(0, 0)
R1 <- rbind(c(0, 1, 1)); q1 <- 100
ref$wald <- list(
  jointClassical = wald(fitPS, vcov(fitPS), R2, q2),
  jointHC3 = wald(fitPS, vcovHC(fitPS, type = "HC3"), R2, q2),
  singleNeweyWest = wald(fitPS, NeweyWest(fitPS), R1, q1))

# Every number is an array (auto_unbox = FALSE) so 1×1 results keep one shape.
writeLines(toJSON(ref, digits = NA, auto_unbox = FALSE, pretty = TRUE), "sandwich_reference.json")
