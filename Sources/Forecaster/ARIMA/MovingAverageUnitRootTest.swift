import AlmanacNumerics

/// A likelihood-ratio test of a unit root in one moving-average coefficient of an ARIMA model:
/// the parametric way to ask whether a difference in the model is one too many.
///
/// A moving-average factor `(1 + θBᵏ)` with `θ = −1` cancels a difference `(1 − Bᵏ)`: the
/// model with both is the model without either plus a diffuse deterministic part (a mean when
/// `k = 1`, fixed seasonal means when `k` is the period). So with the difference in the model,
///
///     H₀: θ = −1 (the difference is not needed)   against   H₁: θ > −1 (it is),
///     LR = 2(ℓ(θ̂) − ℓ(−1)),
///
/// both fits by exact diffuse maximum likelihood, every other coefficient re-estimated. The
/// statistic is not χ²₁ under `H₀`: the estimate piles up at the unit root (θ̂ = −1 in
/// about half the samples, the "pile-up" of Davis & Dunsmuir's MA(1) analysis), and the
/// statistic's distribution lies below χ²₁ (simulated 95% points 1.4–2.7 for the seasonal
/// factor with AR(1) noise and T = 120, `Benchmarks/breaks/size-power/seasonal-lr/`). Comparing
/// it with the χ²₁ 5% point (`criticalValue`) is therefore a conservative 5% test: in doubt,
/// the difference is dropped. (`breaks`' seasonal decision, `SeasonalUnitRootLR`, rejects at
/// the measured 95% point 1.94 instead: there a fixed pattern wrongly kept makes the break tests
/// over-reject; `impact`'s regular-differencing check keeps this point.) Unlike KPSS, the short-run dynamics are modelled rather than
/// absorbed in a long-run variance estimate, so a unit root hidden behind a strong seasonal
/// moving average (the airline model's, whose zero-frequency spectrum is small) is still found.
///
/// - Complexity: two ARIMA fits.
public enum MovingAverageUnitRootTest {
    /// The χ²₁ 5% point.
    public static let criticalValue = 3.841458820694124

    /// The LR statistic, or nil when either fit fails.
    ///
    /// - Parameters:
    ///   - y: the series (NaN = missing).
    ///   - spec: the model with the difference; `method` and `includeMean` are taken as given.
    ///   - index: the position of the tested coefficient in R's order (`ar…, ma…, sar…, sma…`):
    ///     an `ma` or `sma` coefficient, else the result is nil.
    ///   - xreg: regressors of a regression with ARIMA errors.
    public static func statistic(_ y: [Double], spec: ARIMA, coefficient index: Int, xreg: Matrix? = nil) -> Double? {
        let narma = spec.p + spec.q + spec.P + spec.Q
        let ma = spec.p..<(spec.p + spec.q), sma = (spec.p + spec.q + spec.P)..<narma
        guard ma.contains(index) || sma.contains(index) else { return nil }
        var extra = xreg?.columns ?? 0
        if spec.includeMean, spec.d + spec.D == 0 { extra += 1 }
        if spec.includeDrift, spec.d + spec.D == 1 { extra += 1 }
        var fixed = [Double](repeating: .nan, count: narma + extra)
        fixed[index] = -1
        guard let free = try? spec.fitWithoutCovariance(y, xreg: xreg, exactDiffuse: true),
              let null = try? spec.fitWithoutCovariance(y, xreg: xreg, fixed: fixed, exactDiffuse: true),
              free.logLikelihood.isFinite, null.logLikelihood.isFinite
        else { return nil }
        // The free fit can stop short of the boundary optimum θ = −1, which it approaches
        // from inside: the statistic is then 0, not negative.
        return max(0, 2 * (free.logLikelihood - null.logLikelihood))
    }
}
