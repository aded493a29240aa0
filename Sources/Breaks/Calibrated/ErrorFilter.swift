/// The innovations filter of an ARIMA error model,
///
///     aₜ = π(B) xₜ,   π(B) = φ(B) Δ(B) / θ(B),
///
/// where `Δ(B) = 1 − δ₁B − … ` holds the differences (`ARIMAModel.delta`), `φ(B)` the AR
/// and `θ(B) = 1 + θ₁B + …` the MA polynomial (R's sign convention), started at zero after
/// the first `delta.count` values as conditional sum of squares starts (Box, Jenkins &
/// Reinsel 2008, §7.1). Applied to the response and to every column of a design it turns a
/// regression with ARIMA errors into one with approximately white-noise errors — the GLS
/// transformation. A level step becomes, after differencing, a pulse at the event: under
/// integrated errors the shift is judged by the jump at the date, not by the distance
/// between two segment means that a random walk can also produce.
struct ErrorFilter: Sendable, Equatable {
    let delta: [Double]
    let phi: [Double]
    let theta: [Double]

    /// Values lost at the start (the differences).
    var lost: Int { delta.count }

    /// `π(B) x` for `t ≥ delta.count`; empty when `x` is not longer than the differences.
    ///
    /// - Complexity: O(n·(d + p + q)).
    func apply(_ x: [Double]) -> [Double] {
        let nd = delta.count, p = phi.count, q = theta.count
        let m = x.count - nd
        guard m > 0 else { return [] }
        var w = [Double](repeating: 0, count: m)
        var a = [Double](repeating: 0, count: m)
        x.withUnsafeBufferPointer { x in
            w.withUnsafeMutableBufferPointer { w in
                a.withUnsafeMutableBufferPointer { a in
                    for t in 0..<m {
                        var v = x[t + nd]
                        for i in 0..<nd { v -= delta[i] * x[t + nd - 1 - i] }
                        w[t] = v
                        for i in 0..<min(p, t) where phi[i] != 0 { v -= phi[i] * w[t - 1 - i] }
                        for j in 0..<min(q, t) where theta[j] != 0 { v -= theta[j] * a[t - 1 - j] }
                        a[t] = v
                    }
                }
            }
        }
        return a
    }
}
