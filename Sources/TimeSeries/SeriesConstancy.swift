/// forecast's `is.constant`: is the series equal to its first value within R's
/// `all.equal` tolerance? Used, as in forecast, to skip tests that a constant series
/// would break (thetaf's seasonality test, `nsdiffs`).
enum SeriesConstancy {
    /// R's `sqrt(.Machine$double.eps)`, the default `all.equal` tolerance.
    static let tolerance = 1.4901161193847656e-08

    /// `isTRUE(all.equal(x, rep(x[1], length(x))))`, step by step as R's
    /// `all.equal.numeric`: NaN positions must agree (so a NaN after a non-NaN first value
    /// means "not constant", an all-NaN series is constant); entries equal to `x[1]` are
    /// dropped; the rest must have mean absolute difference from `x[1]` at most the
    /// tolerance, relative to their mean absolute value when that exceeds the tolerance.
    /// An empty series is constant.
    static func isConstant(_ x: [Double]) -> Bool {
        guard let first = x.first else { return true }
        if first.isNaN { return x.allSatisfy(\.isNaN) }
        if x.contains(where: \.isNaN) { return false }
        let kept = x.filter { $0 != first }
        if kept.isEmpty { return true }
        let n = Double(kept.count)
        var scale = 0.0
        for v in kept { scale += abs(v) / n }
        if !(scale.isFinite && scale > tolerance) { scale = 1 }
        var xy = 0.0
        for v in kept { xy += abs(v - first) / (n * scale) }
        return !xy.isNaN && xy <= tolerance
    }
}
