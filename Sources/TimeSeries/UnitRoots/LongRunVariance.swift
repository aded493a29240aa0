/// Newey–West long-run variance of regression residuals with Bartlett weights, the
/// denominator of the KPSS and Phillips–Perron statistics:
///
///     σ̂² = (1/n) Σ e_t² + (2/n) Σ_{s=1}^{l} (1 − s/(l+1)) Σ_{t=s+1}^{n} e_t e_{t−s}.
enum LongRunVariance {
    /// - Parameters:
    ///   - e: residuals e₁…eₙ (finite).
    ///   - lag: truncation lag l ≥ 0.
    /// - Returns: (short-run variance s² = Σe²/n, long-run variance σ̂²).
    /// - Complexity: O(n · l).
    static func bartlett(_ e: [Double], lag: Int) -> (shortRun: Double, longRun: Double) {
        let n = e.count
        guard n > 0 else { return (.nan, .nan) }
        return e.withUnsafeBufferPointer { r in
            var ss = 0.0
            for v in r { ss += v * v }
            let s2 = ss / Double(n)
            var weighted = 0.0
            if lag > 0 {
                for s in 1...lag {
                    var cov = 0.0
                    if s < n { for t in s..<n { cov += r[t] * r[t - s] } }
                    weighted += (1 - Double(s) / Double(lag + 1)) * cov
                }
            }
            return (s2, s2 + 2 / Double(n) * weighted)
        }
    }
}
