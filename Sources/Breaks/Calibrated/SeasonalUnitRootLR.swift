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
/// regression's level shifts re-estimated as regressors. `H₀` is rejected when `LR > 1.94`
/// (`criticalValue`), the statistic's 95% point under `H₀` as measured, not the χ²₁ point 3.84.
///
/// Why not 3.84: the statistic is not χ²₁ under `H₀`. `Θ̂` piles up at −1 in over half the
/// samples (`LR = 0` there), so the χ²₁ point is a test at about 1–3%. Measured on residuals of
/// ten- and seventeen-year series with a fixed seasonal pattern and AR(1) noise (φ ∈ {0, 0.5,
/// 0.8, 0.9}), the 95% points of `LR` were 1.4–2.7, with median 1.94
/// (`Benchmarks/breaks/size-power/seasonal-lr/census-output.txt`). The two errors do not cost
/// the same. A fixed pattern sent to the seasonal difference keeps `Θ̂` near −1, which nearly
/// reproduces the dummies in the bootstrap world: the tests become conservative. Evolving
/// seasonality kept as fixed leaves the bootstrap world too smooth at the seasonal lags: the
/// tests over-reject, the failure that matters for "did the series break?". Measured over
/// 1,000 no-break series a cell (`Benchmarks/breaks/size-power/RESULTS.md`, eighth session):
/// with 3.84 about a quarter of ten-year airline series kept a fixed pattern, and on all
/// ten-year airline series ave.F, the recursive CUSUM and the all-coefficient Chow test
/// rejected 10.6%, 11.0% and 8.1% at 5%; with 1.94 about a tenth kept it, and the three
/// rejected 8.0%, 7.9% and 7.1%. The price is on fixed seasonality with
/// white or mildly correlated noise, where 3–5% of series (1% with 3.84) now get the seasonal
/// difference, and those are the series whose pattern looks most like it moved: the
/// unknown-date F tests' sizes fall from 0.025–0.043 to 0.012–0.033 there.
///
/// Why not `nsdiffs`: its seasonal-strength test looks at the residuals' seasonal share of
/// variance, which the dummies have removed; it found the seasonal unit root in 55%
/// (T = 120) and 34% (T = 201) of airline-model series. This test finds it in about nine
/// tenths at T = 120 and nearly all at T = 201, and rarely with fixed seasonality and AR(1)
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

    /// The rejection point of `LR`: its measured 95% point under a fixed seasonal pattern
    /// (see the type's documentation).
    static let criticalValue = 1.94

    /// True when the residuals' seasonality evolves (`LR > criticalValue`).
    static func rejectsFixedSeasonality(_ residuals: [Double], steps: Matrix? = nil, nonSeasonal: ARIMA,
                                        period: Int) -> Bool {
        guard let lr = statistic(residuals, steps: steps, nonSeasonal: nonSeasonal, period: period)
        else { return false }
        return lr > criticalValue
    }
}
