/// Lagged copies of a series, for building regressors (lag polynomials, ADF-style
/// regressions) without the `TimeSeries` type.
extension Transforms {
    /// `x` shifted by `k`: `out[t] = x[t − k]` (R `stats::lag(x, -k)` aligned on the same
    /// time axis), NaN where `t − k` falls outside `x`. Negative `k` leads.
    /// - Complexity: O(n).
    public static func lag(_ x: [Double], by k: Int) -> [Double] {
        (0..<x.count).map { t in
            let s = t - k
            return s >= 0 && s < x.count ? x[s] : .nan
        }
    }

    /// R `embed(x, dimension)`: rows `t = dimension−1 … n−1` holding
    /// `(x[t], x[t−1], …, x[t−dimension+1])`, returned as `dimension` columns of length
    /// `n − dimension + 1` (column k is lag k). Empty when `n < dimension`.
    /// - Complexity: O(n·dimension).
    public static func embed(_ x: [Double], dimension: Int) -> [[Double]] {
        let d = max(dimension, 1)
        guard x.count >= d else { return [] }
        return (0..<d).map { k in Array(x[(d - 1 - k)..<(x.count - k)]) }
    }
}
