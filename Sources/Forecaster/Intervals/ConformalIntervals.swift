import Foundation

/// The arithmetic of conformal prediction intervals: the nonconformity score of one
/// rolling-origin forecast, the conformal quantile of a calibration set, and the calibrated
/// bounds. The rolling-origin driver is `ConformalCalibration`.
///
/// **Score (normalised by the model's own interval).** For a forecast `ŷ` with model bounds
/// `[l, u]` at level `L` and the value `y` that occurred,
///
///     r = (y − ŷ) / (u − ŷ)   if y ≥ ŷ,
///     r = (ŷ − y) / (ŷ − l)   if y < ŷ,
///
/// the smallest factor `λ ≥ 0` by which the model interval must be stretched about the point
/// forecast, `[ŷ − λ(ŷ − l), ŷ + λ(u − ŷ)]`, to contain `y`. (`0/0 = 0`; `y ≠ ŷ` against a
/// zero-width side gives `+∞`.) Dividing by the model's width makes the scores of different
/// horizons comparable, so all horizons of all origins form one calibration set: split
/// conformal with a normalised score (Papadopoulos et al. 2002; Lei et al. 2018, §5.2), the
/// model interval's shape across horizons kept and its width calibrated on the series itself.
///
/// **Quantile (rank rule).** With `N` scores `r₍₁₎ ≤ … ≤ r₍N₎` the factor for level `L`
/// percent is the `k`-th smallest, `k = ⌈(N + 1)·L/100⌉`. If the scores and the future score
/// are exchangeable, the calibrated interval covers with probability at least `L/100`
/// (Vovk et al. 2005; Lei et al. 2018, Thm 2.1). `k > N` (too few scores, `N < L/(100 − L)`,
/// e.g. 19 for 95%) has no finite factor: the caller falls back to the model interval.
public enum ConformalIntervals {
    /// The stretch factor `r` of one forecast step (see the type's documentation).
    public static func score(actual y: Double, mean: Double, lower: Double, upper: Double) -> Double {
        let e = y - mean
        if e == 0 { return 0 }
        let side = e > 0 ? upper - mean : mean - lower
        guard side > 0 else { return .infinity }
        return abs(e) / side
    }

    /// The conformal rank `⌈(N + 1)·level/100⌉` (1-based) for `n` scores at `level` percent.
    public static func rank(count n: Int, level: Double) -> Int {
        // Rounded to 9 decimals before the ceiling, so that a product that is an integer in
        // exact arithmetic (20·95/100 = 19) is not pushed to the next integer by rounding error.
        let x = Double(n + 1) * level / 100
        let rounded = (x * 1e9).rounded() / 1e9
        return Int(rounded.rounded(.up))
    }

    /// The conformal quantile of `scores` at `level` percent: the `rank(count:level:)`-th
    /// smallest score, nil when that rank exceeds the number of scores.
    public static func quantile(_ scores: [Double], level: Double) -> Double? {
        let k = rank(count: scores.count, level: level)
        guard k >= 1, k <= scores.count else { return nil }
        return scores.sorted()[k - 1]
    }

    /// The smallest calibration set that gives a finite factor at `level` percent.
    public static func minimumScores(level: Double) -> Int {
        var n = 1
        while rank(count: n, level: level) > n { n += 1 }
        return n
    }

    /// `forecast` with each level's bounds stretched about the mean by that level's factor:
    /// `lower' = ŷ − f·(ŷ − l)`, `upper' = ŷ + f·(u − ŷ)`. Afterwards the intervals are made
    /// nested (a higher level's interval contains a lower level's, by taking the outer bound),
    /// since factors calibrated separately per level need not keep the order. The error
    /// covariance is dropped: the factors calibrate marginal intervals, not sums over horizons.
    public static func apply(factors: [Double], to forecast: Forecast) -> Forecast {
        precondition(factors.count == forecast.levels.count, "one factor per level")
        var out = forecast
        for k in forecast.levels.indices {
            let f = factors[k]
            for h in 0..<forecast.horizon {
                let m = forecast.mean[h]
                out.lower[k][h] = m - f * (m - forecast.lower[k][h])
                out.upper[k][h] = m + f * (forecast.upper[k][h] - m)
            }
        }
        let order = forecast.levels.indices.sorted { forecast.levels[$0] < forecast.levels[$1] }
        for (a, b) in zip(order, order.dropFirst()) {
            for h in 0..<forecast.horizon {
                out.lower[b][h] = min(out.lower[b][h], out.lower[a][h])
                out.upper[b][h] = max(out.upper[b][h], out.upper[a][h])
            }
        }
        out.errorCovariance = nil
        return out
    }
}
