/// The arithmetic mean as R's `mean.default` computes it for doubles: the plain mean,
/// then one refinement pass adding the mean of the deviations. The refinement removes
/// most of the rounding of the first pass, so results agree with R to the last bits.
enum RMean {
    /// Mean of `v`; NaN for an empty array (R: `mean(numeric(0))` is NaN).
    static func of(_ v: [Double]) -> Double {
        guard !v.isEmpty else { return .nan }
        let n = Double(v.count)
        var s = 0.0
        for a in v { s += a }
        s /= n
        guard s.isFinite else { return s }
        var t = 0.0
        for a in v { t += a - s }
        return s + t / n
    }
}
