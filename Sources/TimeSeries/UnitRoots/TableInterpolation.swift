/// Piecewise-linear interpolation in a table of critical values, exactly as R's
/// `approx(x, y, xout, rule = 2)`: the table is sorted by `x`, values outside the
/// tabulated range take the nearest end value (so p-values are clamped to the table's
/// range), and NaN gives NaN.
///
/// The unit-root tests use it to turn a statistic into a p-value (urca's critical values as
/// forecast's `ndiffs` does, and tseries' tables).
enum TableInterpolation {
    /// - Parameters:
    ///   - v: the abscissa to interpolate at.
    ///   - x: tabulated abscissae (any order, no ties).
    ///   - y: tabulated ordinates, `y.count == x.count`.
    /// - Complexity: O(k log k) for a table of k entries.
    static func approx(_ v: Double, x: [Double], y: [Double]) -> Double {
        guard !v.isNaN, !x.isEmpty, x.count == y.count else { return .nan }
        let order = x.indices.sorted { x[$0] < x[$1] }
        let xs = order.map { x[$0] }
        let ys = order.map { y[$0] }
        var i = 0
        var j = xs.count - 1
        if v < xs[i] { return ys[i] }
        if v > xs[j] { return ys[j] }
        // Bisection with the same comparisons as R's C routine `approx1`.
        while i < j - 1 {
            let ij = (i + j) / 2
            if v < xs[ij] { j = ij } else { i = ij }
        }
        if v == xs[j] { return ys[j] }
        if v == xs[i] { return ys[i] }
        return ys[i] + (ys[j] - ys[i]) * ((v - xs[i]) / (xs[j] - xs[i]))
    }
}
