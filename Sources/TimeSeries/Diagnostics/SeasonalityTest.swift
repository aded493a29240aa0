import AlmanacNumerics

/// The autocorrelation test for seasonality of the M4 competition benchmarks, as
/// forecast's `thetaf` runs it before deciding to deseasonalise (Naive2 and Theta).
///
/// With r_k the sample autocorrelations (`Autocorrelation.acf`, lags 1…m) and n the
/// length, the lag-m autocorrelation is compared with its large-sample standard error
/// under "no seasonality" (Bartlett's formula for an MA(m−1) null):
///
///     seasonal  ⇔  |r_m| > z_{(1+confidence)/2} · sqrt((1 + 2 Σ_{k=1}^{m−1} r_k²) / n)
///
/// The test is only run when m > 1, the series is not constant (forecast's `is.constant`)
/// and it is long enough (`LengthRule`); otherwise the answer is "not seasonal".
public enum SeasonalityTest {
    /// How long a series must be before it is tested.
    public enum LengthRule: String, Codable, Sendable {
        /// forecast's `thetaf`: n > 2m (the default, so Theta agrees with R).
        case moreThanTwoPeriods
        /// The M4 organisers' `SeasonalityTest` (Naive2 benchmark code): n ≥ 3m.
        case atLeastThreePeriods
    }

    /// True when the series shows significant seasonality at period `period`.
    ///
    /// - Parameters:
    ///   - x: the series.
    ///   - period: the seasonal period tested.
    ///   - confidence: the two-sided level; 0.90 gives thetaf's `qnorm(0.95)`.
    ///   - rule: minimum length before testing; `.moreThanTwoPeriods` is thetaf's.
    /// - Returns: `false` without testing when `period < 2`, the series is too short or
    ///   constant, contains NaN (R's `acf` stops on NA there), or `confidence` is not in
    ///   (0, 1).
    /// - Complexity: O(n·m).
    public static func isSeasonal(_ x: [Double], period: Int, confidence: Double = 0.90,
                                  rule: LengthRule = .moreThanTwoPeriods) -> Bool {
        guard let ratio = statistic(x, period: period, rule: rule) else { return false }
        let z = criticalValue(confidence: confidence)
        return !z.isNaN && ratio > z
    }

    /// The standardised lag-m autocorrelation |r_m| / sqrt((1 + 2 Σ_{k<m} r_k²)/n), or nil
    /// when the series is not tested (see `isSeasonal`). Compare with a normal quantile.
    public static func statistic(_ x: [Double], period m: Int,
                                 rule: LengthRule = .moreThanTwoPeriods) -> Double? {
        let n = x.count
        guard m > 1 else { return nil }
        switch rule {
        case .moreThanTwoPeriods: guard n > 2 * m else { return nil }
        case .atLeastThreePeriods: guard n >= 3 * m else { return nil }
        }
        guard !x.contains(where: \.isNaN), !UnitRoot.isConstant(x) else { return nil }
        let r = Autocorrelation.acf(x, maxLag: m)
        guard r.count == m + 1 else { return nil }
        var sum = 0.0
        for k in 1..<m { sum += r[k] * r[k] }
        let se = ((1 + 2 * sum) / Double(n)).squareRoot()
        let ratio = abs(r[m]) / se
        return ratio.isNaN ? nil : ratio
    }

    /// z_{(1+confidence)/2}, the upper standard-normal quantile (`Normal.quantile`, AS241
    /// as R's `qnorm`: 0.90 gives thetaf's `qnorm(0.95)` = 1.6448536269514715).
    /// NaN when the level is outside (0, 1).
    static func criticalValue(confidence: Double) -> Double {
        guard confidence > 0, confidence < 1 else { return .nan }
        return (try? Normal.quantile((1 + confidence) / 2)) ?? .nan
    }
}
