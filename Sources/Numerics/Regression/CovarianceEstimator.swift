/// Covariance estimators for OLS coefficients, named as in R's `sandwich`.
///
/// With `B = (XᵀX)⁻¹`, residuals `e` and leverages `h`:
/// - `.classical`: `σ̂² B` (R's `vcov.lm`).
/// - `.hc0` … `.hc3`: `B Xᵀ diag(ω) X B` with `ω = e²`, `e² n/(n − k)`, `e²/(1 − h)`,
///   `e²/(1 − h)²` (`sandwich::vcovHC(type = "HC0" … "HC3")`, `k` = rank).
/// - `.neweyWest(lag:prewhite:adjust:)`: Newey–West HAC with Bartlett weights
///   `1 − j/(L + 1)` (`sandwich::NeweyWest`). The defaults are sandwich's:
///   `lag = nil` (automatic, `floor(bwNeweyWest)`: Newey & West 1994), `prewhite = true`
///   (VAR(1) prewhitening of the scores) and `adjust = false` (no `n/(n − k)` factor).
///   `NeweyWest(fit, lag = L, prewhite = FALSE)` is `.neweyWest(lag: L, prewhite: false)`.
public enum CovarianceEstimator: Sendable, Hashable, Codable {
    case classical
    case hc0
    case hc1
    case hc2
    case hc3
    case neweyWest(lag: Int? = nil, prewhite: Bool = true, adjust: Bool = false)
}
