/// The stationary covariance `Q0` of the ARMA state from the autocovariances of the ARMA
/// process (as `RossignolQ0`), with preallocated buffers and loops over the non-zero
/// coefficients only: the kernel the exact diffuse likelihood uses during optimisation
/// instead of Gardner et al.'s least-squares solve.
///
/// With the state `αᵢ = Σ_{k>i} φₖ y_{t+i−k} + Σ_{k≥i} θₖ ε_{t+i−k}` (0-based i, θ₀ = 1,
/// σ² = 1), the first column is `Q0[i,0] = Cov(αᵢ, yₜ) = Σ_{k>i} φₖγ(k−i) + Σ_{k≥i} θₖψ_{k−i}`
/// with `γ` the autocovariances and `ψ` the MA(∞) weights; `γ(0…p)` solve the (p+1)×(p+1)
/// system `γ(h) − Σφₖγ(|h−k|) = Σ_{j≥h} θⱼψ_{j−h}` (Gaussian elimination, partial pivoting).
/// The other entries follow from the Lyapunov equation `Q0 = T Q0 Tᵀ + R Rᵀ` itself, which
/// for the companion `T` reads `Q[i,j] = Q[i+1,j+1] + φᵢ₊₁c_{j+1} + φⱼ₊₁c_{i+1} +
/// φᵢ₊₁φⱼ₊₁c₀ + RᵢRⱼ` and is filled from the bottom-right corner.
///
/// Why not Gardner: Gardner's method solves a system in r(r+1)/2 unknowns by Givens
/// rotations (O(r⁶) worst case) and was a third of auto-ARIMA's CPU time on M3 (seasonal
/// AR, r = 13…26). Both solve the same equations; on well-conditioned models they agree
/// to ~1e-14 (tested against R's `getQ0`); close to non-stationarity this one is the more
/// accurate (R's reason for offering `SSinit = "Rossignol2011"`).
///
/// - Complexity: O(p³ + r·(nnz(φ) + nnz(θ)) + r²), no allocation.
final class AutocovarianceQ0Workspace {
    let r: Int
    let p: Int
    let q: Int
    private let maxLag: Int
    private let psi: UnsafeMutablePointer<Double>
    private let gamma: UnsafeMutablePointer<Double>
    private let th: UnsafeMutablePointer<Double>
    private let sys: UnsafeMutablePointer<Double>
    private let rhs: UnsafeMutablePointer<Double>
    private let col: UnsafeMutablePointer<Double>
    /// 1-based lags k with φₖ ≠ 0, ascending.
    private let arIndex: UnsafeMutablePointer<Int>
    /// Lags k (0-based, θ₀ = 1 included) with θₖ ≠ 0, ascending.
    private let maIndex: UnsafeMutablePointer<Int>

    init(p: Int, q: Int) {
        self.p = p
        self.q = q
        r = max(p, q + 1)
        maxLag = p + q + 2
        psi = .allocate(capacity: maxLag + 1)
        gamma = .allocate(capacity: maxLag + 1)
        th = .allocate(capacity: q + 1)
        sys = .allocate(capacity: (p + 1) * (p + 1))
        rhs = .allocate(capacity: p + 1)
        col = .allocate(capacity: r)
        arIndex = .allocate(capacity: max(p, 1))
        maIndex = .allocate(capacity: q + 1)
    }

    deinit {
        psi.deallocate(); gamma.deallocate(); th.deallocate(); sys.deallocate(); rhs.deallocate(); col.deallocate()
        arIndex.deallocate(); maIndex.deallocate()
    }

    /// Writes Q0 (r×r, column-major, both triangles) into `out`. Returns false (and
    /// leaves `out` NaN) when the autocovariance system is singular (AR unit root).
    @discardableResult
    func compute(phi: UnsafePointer<Double>, theta: UnsafePointer<Double>,
                 into out: UnsafeMutablePointer<Double>) -> Bool {
        let p = self.p, q = self.q, r = self.r, maxLag = self.maxLag
        var nar = 0
        for k in 1...max(p, 1) where k <= p && phi[k - 1] != 0 { arIndex[nar] = k; nar += 1 }
        th[0] = 1
        var nma = 1
        maIndex[0] = 0
        for j in 0..<q {
            th[j + 1] = theta[j]
            if theta[j] != 0 { maIndex[nma] = j + 1; nma += 1 }
        }
        // ψ: MA(∞) weights.
        for j in 0...maxLag {
            var v = j <= q ? th[j] : 0
            for t in 0..<nar {
                let k = arIndex[t]
                if k > j { break }
                v += phi[k - 1] * psi[j - k]
            }
            psi[j] = v
        }
        // γ(0…p) from the (p+1)×(p+1) system, column-major.
        let m = p + 1
        for i in 0..<(m * m) { sys[i] = 0 }
        for h in 0...p {
            sys[h + m * h] += 1
            for t in 0..<nar {
                let k = arIndex[t]
                sys[h + m * abs(h - k)] -= phi[k - 1]
            }
            var b = 0.0
            if h <= q { for j in h...q { b += th[j] * psi[j - h] } }
            rhs[h] = b
        }
        guard solveInPlace(m) else {
            for i in 0..<(r * r) { out[i] = .nan }
            return false
        }
        for h in 0...p { gamma[h] = rhs[h] }
        if p + 1 <= maxLag {
            for h in (p + 1)...maxLag {
                var v = 0.0
                for t in 0..<nar { let k = arIndex[t]; v += phi[k - 1] * gamma[h - k] }
                if h <= q { for j in h...q { v += th[j] * psi[j - h] } }
                gamma[h] = v
            }
        }
        // First column: c[i] = Cov(αᵢ, yₜ) = Σ_{k≥i} φ_{k+1} γ(k+1−i) + Σ_{k≥i} θₖ ψ_{k−i}
        // (0-based state index i; φ_{k+1} = phi[k]).
        let c = col
        for i in 0..<r {
            var s = 0.0
            for t in 0..<nar {
                let k = arIndex[t] - 1
                if k >= i { s += phi[k] * gamma[k + 1 - i] }
            }
            for t in 0..<nma {
                let k = maIndex[t]
                if k >= i { s += th[k] * psi[k - i] }
            }
            c[i] = s
        }
        // The rest from Q0 = T Q0 Tᵀ + R Rᵀ entry by entry, from the bottom-right corner:
        // Q[i,j] = Q[i+1,j+1] + φᵢc[j+1] + φⱼc[i+1] + φᵢφⱼc[0] + RᵢRⱼ (terms beyond r are 0).
        let c0 = c[0]
        var j = r - 1
        while j >= 0 {
            let phij = j < p ? phi[j] : 0
            let cj1 = j + 1 < r ? c[j + 1] : 0
            let rj = j <= q ? th[j] : 0
            var i = r - 1
            while i >= j {
                let phii = i < p ? phi[i] : 0
                let ci1 = i + 1 < r ? c[i + 1] : 0
                let ri = i <= q ? th[i] : 0
                var v = phii * cj1 + phij * ci1 + phii * phij * c0 + ri * rj
                if i + 1 < r { v += out[(i + 1) + r * (j + 1)] }
                out[i + r * j] = v
                out[j + r * i] = v
                i -= 1
            }
            j -= 1
        }
        return true
    }

    /// Solves `sys · x = rhs` in place (x in `rhs`) by Gaussian elimination with partial
    /// pivoting; false when a pivot is zero or not finite.
    private func solveInPlace(_ m: Int) -> Bool {
        let a = sys, b = rhs
        for c in 0..<m {
            var piv = c
            var best = abs(a[c + m * c])
            for i in (c + 1)..<max(m, c + 1) where abs(a[i + m * c]) > best { best = abs(a[i + m * c]); piv = i }
            guard best > 0, best.isFinite else { return false }
            if piv != c {
                for j in c..<m { let t = a[c + m * j]; a[c + m * j] = a[piv + m * j]; a[piv + m * j] = t }
                let t = b[c]; b[c] = b[piv]; b[piv] = t
            }
            let inv = 1 / a[c + m * c]
            for i in (c + 1)..<max(m, c + 1) {
                let f = a[i + m * c] * inv
                if f == 0 { continue }
                for j in (c + 1)..<m { a[i + m * j] -= f * a[c + m * j] }
                b[i] -= f * b[c]
            }
        }
        var c = m - 1
        while c >= 0 {
            var s = b[c]
            for j in (c + 1)..<max(m, c + 1) { s -= a[c + m * j] * b[j] }
            b[c] = s / a[c + m * c]
            c -= 1
        }
        return true
    }
}
