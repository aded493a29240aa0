extension UnitRoot {
    /// Whether a series is constant in the sense of forecast's `is.constant`:
    /// `isTRUE(all.equal(x, rep(x[1], length(x))))`.
    ///
    /// That is R's `all.equal.numeric` with tolerance √ε ≈ 1.49e-8: over the elements that
    /// differ from x₁, with N of them, the mean absolute difference is compared with the
    /// tolerance — relative to the mean absolute value of those elements when that mean
    /// exceeds the tolerance, absolute otherwise. An empty series counts as constant; NaN
    /// positions must match (so a NaN anywhere but everywhere makes it non-constant).
    /// - Complexity: O(n).
    public static func isConstant(_ x: [Double]) -> Bool {
        guard let first = x.first else { return true }
        let tolerance = Double.ulpOfOne.squareRoot()
        if first.isNaN { return x.allSatisfy { $0.isNaN } }
        var n = 0
        for v in x {
            if v.isNaN { return false }
            if v != first { n += 1 }
        }
        if n == 0 { return true }
        // R's sum() accumulates in long double; do the same where the platform allows.
        #if arch(x86_64) && !os(Windows)
        typealias Wide = Float80
        #else
        typealias Wide = Double
        #endif
        var scaleSum: Wide = 0
        for v in x where v != first { scaleSum += Wide(Swift.abs(v) / Double(n)) }
        var scale = Double(scaleSum)
        if !(scale.isFinite && scale > tolerance) { scale = 1 }
        var diffSum: Wide = 0
        let denominator = Double(n) * scale
        for v in x where v != first { diffSum += Wide(Swift.abs(v - first) / denominator) }
        let meanDifference = Double(diffSum)
        return !(meanDifference.isNaN || meanDifference > tolerance)
    }
}
