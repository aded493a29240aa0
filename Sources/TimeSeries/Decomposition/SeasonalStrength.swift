/// Strength of seasonality F_S (Wang, Smith & Hyndman 2006), as forecast's
/// `seas.heuristic`, the measure behind `nsdiffs(test = "seas")`.
///
/// The series is decomposed by forecast's `mstl` for a single period, i.e. `stl` with
/// `s.window = 11` and R's other defaults, giving x = T + S + R; then
///
///     F_S = max(0, min(1, 1 − Var(R) / Var(S + R)))
///
/// with sample variances (denominator n − 1). Values near 1 mean a strong seasonal
/// pattern; `nsdiffs` differences seasonally when F_S > 0.64.
public enum SeasonalStrength {
    /// The seasonal span mstl passes to stl for the first (here only) period: `7 + 4·1`.
    public static let mstlSeasonalWindow = 11

    /// F_S of `x` at period `period`.
    /// - Returns: a value in [0, 1]; NaN when Var(S + R) is exactly 0 (R: 0/0). For a
    ///   constant series STL leaves only rounding noise, so the value is meaningless there
    ///   (as in R); `nsdiffs` checks constancy before asking.
    /// - Throws: `InputError` from `STL.decompose`: period < 2, n ≤ 2·period, or NaN/±Inf
    ///   (forecast's mstl would interpolate NaN with `na.interp`; we do not guess values).
    /// - Complexity: that of one STL fit, O(n·(s + t + l)).
    public static func of(_ x: [Double], period: Int) throws -> Double {
        let fit = try STL.decompose(x, period: period, seasonalWindow: .span(mstlSeasonalWindow))
        let n = x.count
        // mstl: deseasonalised = x − S, remainder = deseasonalised − T (same rounding as R).
        var remainder = [Double](repeating: 0, count: n)
        var seasonalPlusRemainder = [Double](repeating: 0, count: n)
        for i in 0..<n {
            remainder[i] = (x[i] - fit.seasonal[i]) - fit.trend[i]
            seasonalPlusRemainder[i] = remainder[i] + fit.seasonal[i]
        }
        let ratio = sampleVariance(remainder) / sampleVariance(seasonalPlusRemainder)
        if ratio.isNaN { return .nan }
        return max(0, min(1, 1 - ratio))
    }

    /// R's `var`: the mean (with R's refinement pass), then Σ(x − x̄)² / (n − 1).
    static func sampleVariance(_ v: [Double]) -> Double {
        guard v.count > 1 else { return .nan }
        let mean = RMean.of(v)
        var ss = 0.0
        for a in v { ss += (a - mean) * (a - mean) }
        return ss / Double(v.count - 1)
    }
}
