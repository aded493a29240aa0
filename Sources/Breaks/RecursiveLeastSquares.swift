/// Least squares updated one observation at a time by Givens rotations — the kernel
/// behind recursive residuals, the RSS triangle, the F statistic sequence and the CUSUM.
///
/// The state is the triangular factor `R` of the rows seen so far (`XᵀX = RᵀR`) and
/// `z = Qᵀy`. Rotating a new row `(xₜ, yₜ)` into `R` leaves, in the response slot, the
/// standardized recursive residual
///
///     wₜ = (yₜ − xₜᵀβ̂ₜ₋₁) / √(1 + xₜᵀ(Xₜ₋₁ᵀXₜ₋₁)⁻¹xₜ),
///
/// because the product of the rotation cosines is exactly that square root's inverse
/// (Brown, Durbin & Evans 1975; Golub & Van Loan §6.5). The residual sum of squares
/// grows by `wₜ²`. Rotations are orthogonal, so this is as stable as a QR refit, at
/// O(k²) per observation instead of O(t·k²).
///
/// Rank deficiency while fewer than `k` informative rows have been seen is handled
/// naturally: a row that raises the rank is absorbed (residual 0). A column that is
/// identically zero so far (a seasonal dummy whose season has not yet occurred) is
/// skipped exactly, so the RSS is that of the minimum-norm least-squares fit.
///
/// The struct owns preallocated workspace; `add` performs no allocation.
struct RecursiveLeastSquares {
    let k: Int
    /// Upper-triangular factor, row-major `k × k` (row `j` holds `R[j, j…k−1]`).
    private var r: [Double]
    private var z: [Double]
    private var work: [Double]
    /// Residual sum of squares of the rows seen so far.
    private(set) var rss: Double = 0
    /// Number of rows seen so far.
    private(set) var count: Int = 0

    init(k: Int) {
        self.k = k
        r = [Double](repeating: 0, count: k * k)
        z = [Double](repeating: 0, count: k)
        work = [Double](repeating: 0, count: k)
    }

    /// Forget all rows.
    mutating func reset() {
        for i in r.indices { r[i] = 0 }
        for i in z.indices { z[i] = 0 }
        rss = 0
        count = 0
    }

    /// Adds row `row[0..<k]` with response `y` and returns its recursive residual
    /// (0 while the row is absorbed into a rank-deficient factor).
    ///
    /// - Complexity: O(k²).
    @inline(__always)
    mutating func add(_ row: UnsafePointer<Double>, _ y: Double) -> Double {
        let k = self.k
        var yy = y
        r.withUnsafeMutableBufferPointer { rp in
            z.withUnsafeMutableBufferPointer { zp in
                work.withUnsafeMutableBufferPointer { w in
                    for j in 0..<k { w[j] = row[j] }
                    for j in 0..<k {
                        let wj = w[j]
                        if wj == 0 { continue }
                        let d = j * k + j
                        let rjj = rp[d]
                        let rho = (rjj * rjj + wj * wj).squareRoot()
                        let c = rjj / rho, s = wj / rho
                        rp[d] = rho
                        var l = j + 1
                        while l < k {
                            let a = rp[j * k + l], b = w[l]
                            rp[j * k + l] = c * a + s * b
                            w[l] = c * b - s * a
                            l += 1
                        }
                        let a = zp[j]
                        zp[j] = c * a + s * yy
                        yy = c * yy - s * a
                    }
                }
            }
        }
        rss += yy * yy
        count += 1
        return yy
    }

    /// Smallest absolute diagonal element of `R` relative to the largest: 0 when the
    /// rows seen so far do not identify all coefficients.
    var conditionIndicator: Double {
        var lo = Double.infinity, hi = 0.0
        for j in 0..<k { let d = abs(r[j * k + j]); lo = min(lo, d); hi = max(hi, d) }
        return hi > 0 ? lo / hi : 0
    }

    /// The least-squares coefficients `R⁻¹z` of the rows seen so far (back substitution;
    /// coefficients of columns without information are set to 0, as R's `coef0`).
    func coefficients() -> [Double] {
        var b = [Double](repeating: 0, count: k)
        var j = k - 1
        while j >= 0 {
            var s = z[j]
            for l in (j + 1)..<max(j + 1, k) { s -= r[j * k + l] * b[l] }
            let d = r[j * k + j]
            b[j] = d != 0 ? s / d : 0
            j -= 1
        }
        return b
    }
}
