import AlmanacNumerics
import Forecaster

/// A likelihood-ratio test of a fixed seasonal pattern against evolving seasonality, for the
/// residuals of a regression on seasonal dummies: which error model the null bootstrap needs.
///
/// The seasonal integrated moving average
///
///     φ(B)(1−B)ᵈ(1−Bᵐ)uₜ = θ(B)(1 + Θ Bᵐ)εₜ
///
/// with `Θ = −1` has a seasonal MA root that cancels the seasonal difference: it *is* the
/// model with fixed seasonal means (diffuse, as the dummies' coefficients are) and ARIMA(p,d,q)
/// errors. With `Θ > −1` the pattern evolves (the airline model has `Θ = −0.6`). So
///
///     H₀: Θ = −1 (the dummies describe the seasonality)   against   H₁: Θ > −1,
///     LR = 2(ℓ(Θ̂) − ℓ(−1)),
///
/// both by exact diffuse maximum likelihood (`MovingAverageUnitRootTest`) with the non-seasonal
/// orders `(p, d, q)` of the error model chosen without seasonal terms, and with the
/// regression's level shifts re-estimated as regressors. `H₀` is rejected when `LR > 3.84`, the
/// χ²₁ 5% point, which is conservative for this pile-up statistic: in doubt the dummies are kept.
///
/// Why not `nsdiffs`: its seasonal-strength test looks at the residuals' seasonal share of
/// variance, which the dummies have removed; it found the seasonal unit root in 55%
/// (T = 120) and 34% (T = 201) of airline-model series. This test finds it in about three
/// quarters at T = 120 and nearly all at T = 201, and rarely with fixed seasonality and AR(1)
/// noise (`Benchmarks/breaks/size-power/seasonal-lr/`).
///
/// - Complexity: two ARIMA fits of the residuals.
enum SeasonalUnitRootLR {
    /// The LR statistic, or nil when either fit fails or the series is too short (fewer
    /// than three seasonal cycles beyond the differencing).
    ///
    /// - Parameters:
    ///   - residuals: the regression's residuals (NaN = missing).
    ///   - steps: the regression's level steps over the residuals' positions (n × k, or nil);
    ///     both fits re-estimate them as regressors (regression with ARIMA errors).
    ///   - nonSeasonal: the error model chosen without seasonal terms (its `p`, `d`, `q`).
    ///   - period: the seasonal period `m` (> 1).
    static func statistic(_ residuals: [Double], steps: Matrix? = nil, nonSeasonal: ARIMA, period: Int) -> Double? {
        guard period > 1,
              residuals.filter(\.isFinite).count >= nonSeasonal.d + period + 3 * period + nonSeasonal.p + nonSeasonal.q
        else { return nil }
        let spec = ARIMA(p: nonSeasonal.p, d: nonSeasonal.d, q: nonSeasonal.q, P: 0, D: 1, Q: 1,
                         period: period, includeMean: false, method: .ml)
        return MovingAverageUnitRootTest.statistic(residuals, spec: spec, coefficient: spec.p + spec.q, xreg: steps)
    }

    /// True when the residuals' seasonality evolves (`LR > 3.84`).
    static func rejectsFixedSeasonality(_ residuals: [Double], steps: Matrix? = nil, nonSeasonal: ARIMA,
                                        period: Int) -> Bool {
        guard let lr = statistic(residuals, steps: steps, nonSeasonal: nonSeasonal, period: period)
        else { return false }
        return lr > MovingAverageUnitRootTest.criticalValue
    }
}
