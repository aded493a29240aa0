/// Differencing and its inverse (integration), as R `diff(x, lag, differences)` and the
/// back-transformation `forecast` applies to forecasts of a differenced series.
extension Transforms {
    /// The `differences`-fold lag-`lag` difference `(1 − B^lag)^d x` (R `diff`): each pass
    /// maps `x` to `x[t] − x[t − lag]`, shortening it by `lag`. Returns `[]` when
    /// `x.count ≤ lag·differences`. NaN propagates to the differences that touch it.
    /// - Complexity: O(n·differences).
    public static func diff(_ x: [Double], lag: Int = 1, differences: Int = 1) -> [Double] {
        let lag = max(lag, 1)
        var out = x
        for _ in 0..<max(differences, 0) {
            guard out.count > lag else { return [] }
            out = (lag..<out.count).map { out[$0] - out[$0 - lag] }
        }
        return out
    }

    /// Seasonal differences `(1 − B^period)^D x`.
    public static func seasonalDiff(_ x: [Double], period: Int, differences: Int = 1) -> [Double] {
        diff(x, lag: period, differences: differences)
    }

    /// Integrates forecasts of the differenced series back to the scale of `history`.
    ///
    /// With `z₀ = history` and `z_k = diff(z_{k−1}, lag)`, the forecasts `f` of `z_d` are
    /// integrated level by level, `k = d−1 … 0`: `ŷ[h] = f[h] + ŷ[h − lag]`, where
    /// `ŷ[h − lag]` for `h < lag` is the observed `z_k[n_k − lag + h]`. Only the last
    /// `lag·differences` observations of `history` matter.
    /// - Throws: `InputError` when `history` has fewer than `lag·differences` observations.
    /// - Complexity: O((n + h)·differences).
    public static func undiff(_ forecasts: [Double], history: [Double], lag: Int = 1,
                              differences: Int = 1) throws(InputError) -> [Double] {
        let lag = max(lag, 1), d = max(differences, 0)
        guard history.count >= lag * d else {
            throw InputError(file: "differencing",
                             "integrating \(d) lag-\(lag) difference\(d == 1 ? "" : "s") needs \(lag * d) past observations, got \(history.count)")
        }
        guard d > 0 else { return forecasts }
        // The tails (last `lag` values) of z_0 … z_{d−1}.
        var tails: [[Double]] = []
        var level = Array(history.suffix(lag * d))
        for _ in 0..<d {
            tails.append(Array(level.suffix(lag)))
            level = diff(level, lag: lag)
        }
        var out = forecasts
        for k in stride(from: d - 1, through: 0, by: -1) {
            let tail = tails[k]
            for h in 0..<out.count {
                out[h] += h < lag ? tail[h] : out[h - lag]
            }
        }
        return out
    }

    /// Inverts ARIMA-style differencing `(1 − B)^d (1 − B^m)^D`: forecasts of the doubly
    /// differenced series back to the scale of `history` (first the ordinary differences
    /// against the seasonally differenced history, then the seasonal ones).
    /// - Throws: `InputError` when `history` is too short (`< m·D + d`).
    public static func undiff(_ forecasts: [Double], history: [Double], differences d: Int,
                              seasonalPeriod m: Int, seasonalDifferences D: Int) throws(InputError) -> [Double] {
        guard history.count >= m * D + d else {
            throw InputError(file: "differencing",
                             "integrating d = \(d), D = \(D) (period \(m)) needs \(m * D + d) past observations, got \(history.count)")
        }
        let seasonal = seasonalDiff(history, period: m, differences: D)
        let level = try undiff(forecasts, history: seasonal, lag: 1, differences: d)
        return try undiff(level, history: history, lag: m, differences: D)
    }
}
