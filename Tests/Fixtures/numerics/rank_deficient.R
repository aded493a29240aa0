# R's lm on a rank-deficient design: x2 = 1000·x1 and x4 = x1 + x3 are aliased (NA).
# Run (from this folder): Rscript rank_deficient.R  → rank_deficient.json
suppressMessages(library(jsonlite))
d <- data.frame(x1 = 1:10, x3 = c(2, 7, 1, 8, 2, 8, 1, 8, 2, 8),
                y = c(3.1, 9.4, 4.2, 12.9, 8.8, 15.1, 9.7, 18.2, 13.4, 19.9))
d$x2 <- 1000 * d$x1
d$x4 <- d$x1 + d$x3
fit <- lm(y ~ x1 + x2 + x3 + x4, data = d)
s <- summary(fit)
out <- list(x1 = d$x1, x3 = d$x3, y = d$y,
            coefficients = unname(coef(fit)),           # NA for aliased
            aliased = unname(which(is.na(coef(fit))) - 1), # 0-based
            rank = fit$rank, sigma = s$sigma, rSquared = s$r.squared,
            adjustedRSquared = s$adj.r.squared,
            vcov = as.vector(unname(vcov(fit, complete = TRUE))))
writeLines(toJSON(out, digits = NA, auto_unbox = FALSE, pretty = TRUE, na = "null"),
           "rank_deficient.json")
