/// The stationary covariance `Q0` of the ARMA state from the autocovariances of the ARMA
/// process (the idea of `RossignolQ0`), with preallocated buffers and loops over the
/// non-zero coefficients only: the kernel of the exact diffuse likelihood used during
/// auto-ARIMA's search, instead of Gardner et al.'s least-squares solve.
///
/// With the state `αᵢ = Σ_{k>i} φₖ y_{t+i−k} + Σ_{k≥i} θₖ ε_{t+i−k}` (0-based i, θ₀ = 1,
/// σ² = 1) the first column is
/// `Q0[i,0] = Cov(αᵢ, yₜ) = Σ_{k>i} φₖ γ(k−i) + Σ_{k≥i} θₖ ψ_{k−i}`
/// with `ψ` the MA(∞) weights and `γ` the autocovariances of y. These come from the pure
/// AR part `xₜ = yₜ/θ(B)`: its partial autocorrelations by the Levinson–Durbin step-down
/// recursion, then `γₓ(0) = 1/Π(1 − κₖ²)` and `γₓ(1…p)` by the step-up recursion (O(p²),
/// stable for a stationary φ, where a dense (p+1)² solve would cost O(p³)), higher lags
/// by the AR recursion, and finally `γ(h) = Σ_d ρ(d) γₓ(h + d)` over the (few) non-zero
/// autocovariances `ρ(d) = Σⱼ θⱼθⱼ₊d` of the MA polynomial.
/// The other entries follow from the Lyapunov equation `Q0 = T Q0 Tᵀ + R Rᵀ` itself, which
/// for the companion `T` reads `Q[i,j] = Q[i+1,j+1] + φᵢ₊₁c_{j+1} + φⱼ₊₁c_{i+1} +
/// φᵢ₊₁φⱼ₊₁c₀ + RᵢRⱼ`, filled from the bottom-right corner. The Chandrasekhar recursions
/// of `ARMAKalmanWorkspace` need the first column only (`firstColumn`).
///
/// Why not Gardner: Gardner's method solves a system in r(r+1)/2 unknowns by Givens
/// rotations (O(r⁶) worst case) and was a third of auto-ARIMA's CPU time on M3 (seasonal
/// AR, r = 13…26). Both solve the same equations; on well-conditioned models they agree
/// to ~1e-14 (tested against R's `getQ0`); close to non-stationarity this one is the more
/// accurate (R's reason for offering `SSinit = "Rossignol2011"`).
///
/// - Complexity: first column O(p² + (p + q)·nnz(φ) + q·nnz(θ) + p·nnz(ρ) + r·(nnz(φ) + nnz(θ)));
///   full Q0 another O(r²); no allocation.
final class AutocovarianceQ0Workspace {
    let r: Int
    let p: Int
    let q: Int
    private let psi: UnsafeMutablePointer<Double>
    /// Autocovariances of the AR part, lags 0…p+q.
    private let gammaAR: UnsafeMutablePointer<Double>
    /// Autocovariances of y, lags 0…p.
    private let gamma: UnsafeMutablePointer<Double>
    private let kappa: UnsafeMutablePointer<Double>
    private let coef: UnsafeMutablePointer<Double>
    private let scratch: UnsafeMutablePointer<Double>
    private let th: UnsafeMutablePointer<Double>
    /// Non-zero MA autocovariances ρ(d) and their lags d.
    private let rho: UnsafeMutablePointer<Double>
    private let rhoLag: UnsafeMutablePointer<Int>
    private let col: UnsafeMutablePointer<Double>
    /// 1-based lags k with φₖ ≠ 0, ascending.
    private let arIndex: UnsafeMutablePointer<Int>
    /// Lags k (0-based, θ₀ = 1 included) with θₖ ≠ 0, ascending.
    private let maIndex: UnsafeMutablePointer<Int>

    init(p: Int, q: Int) {
        self.p = p
        self.q = q
        r = max(p, q + 1)
        psi = .allocate(capacity: q + 1)
        gammaAR = .allocate(capacity: p + q + 1)
        gamma = .allocate(capacity: p + 1)
        kappa = .allocate(capacity: max(p, 1))
        coef = .allocate(capacity: max(p, 1))
        scratch = .allocate(capacity: max(p, 1))
        th = .allocate(capacity: q + 1)
        rho = .allocate(capacity: q + 1)
        rhoLag = .allocate(capacity: q + 1)
        col = .allocate(capacity: r)
        arIndex = .allocate(capacity: max(p, 1))
        maIndex = .allocate(capacity: q + 1)
    }

    deinit {
        psi.deallocate(); gammaAR.deallocate(); gamma.deallocate(); kappa.deallocate(); coef.deallocate()
        scratch.deallocate(); th.deallocate(); rho.deallocate(); rhoLag.deallocate(); col.deallocate(); arIndex.deallocate(); maIndex.deallocate()
    }

    /// Writes Q0 (r×r, column-major, both triangles) into `out`. Returns false (and
    /// leaves `out` NaN) when the AR part is not stationary.
    @discardableResult
    func compute(phi: UnsafePointer<Double>, theta: UnsafePointer<Double>,
                 into out: UnsafeMutablePointer<Double>) -> Bool {
        let r = self.r, p = self.p, q = self.q
        let c = col
        guard firstColumn(phi: phi, theta: theta, into: c) else {
            for i in 0..<(r * r) { out[i] = .nan }
            return false
        }
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

    /// Writes the first column of Q0 (r values, `Cov(αᵢ, yₜ)`) into `c`. False when the
    /// AR part is not stationary (a partial autocorrelation of modulus ≥ 1).
    ///
    /// - Complexity: see the type; no allocation.
    func firstColumn(phi: UnsafePointer<Double>, theta: UnsafePointer<Double>,
                     into c: UnsafeMutablePointer<Double>) -> Bool {
        let p = self.p, q = self.q, r = self.r
        var nar = 0
        for k in 1...max(p, 1) where k <= p && phi[k - 1] != 0 { arIndex[nar] = k; nar += 1 }
        th[0] = 1
        var nma = 1
        maIndex[0] = 0
        for j in 0..<q {
            th[j + 1] = theta[j]
            if theta[j] != 0 { maIndex[nma] = j + 1; nma += 1 }
        }
        // ψ₀…ψ_q: MA(∞) weights.
        for j in 0...q {
            var v = th[j]
            for t in 0..<nar {
                let k = arIndex[t]
                if k > j { break }
                v += phi[k - 1] * psi[j - k]
            }
            psi[j] = v
        }
        // AR part: step-down to the partial autocorrelations κ₁…κ_p.
        for j in 0..<p { coef[j] = phi[j] }
        var k = p
        var prod = 1.0
        while k >= 1 {
            let kk = coef[k - 1]
            guard abs(kk) < 1 else { return false }
            kappa[k - 1] = kk
            let denom = 1 - kk * kk
            prod *= denom
            if kk != 0 {
                let inv = 1 / denom
                for j in 0..<(k - 1) { scratch[j] = (coef[j] + kk * coef[k - 2 - j]) * inv }
                for j in 0..<(k - 1) { coef[j] = scratch[j] }
            }
            k -= 1
        }
        // Step-up: φ^(k) from φ^(k−1) and γₓ(k) = Σⱼ φ^(k)ⱼ γₓ(k−j).
        gammaAR[0] = 1 / prod
        k = 1
        while k <= p {
            let kk = kappa[k - 1]
            if kk != 0 {
                for j in 0..<(k - 1) { scratch[j] = coef[j] - kk * coef[k - 2 - j] }
                for j in 0..<(k - 1) { coef[j] = scratch[j] }
            }
            coef[k - 1] = kk
            var g = 0.0
            for j in 0..<k { g += coef[j] * gammaAR[k - 1 - j] }
            gammaAR[k] = g
            k += 1
        }
        if q > 0 {
            for h in (p + 1)...(p + q) {
                var g = 0.0
                for t in 0..<nar { let l = arIndex[t]; g += phi[l - 1] * gammaAR[h - l] }
                gammaAR[h] = g
            }
        }
        // γ(h) = Σⱼₖ θⱼθₖ γₓ(|h + k − j|) = Σ_d ρ(|d|) γₓ(|h + d|), h = 0…p, with the MA
        // autocovariances ρ(d) = Σⱼ θⱼθⱼ₊d at their few non-zero lags.
        var nrho = 0
        for d in 0...q {
            var v = 0.0
            for a in 0..<nma {
                let j = maIndex[a]
                if j + d > q { break }
                v += th[j] * th[j + d]
            }
            if v != 0 { rho[nrho] = v; rhoLag[nrho] = d; nrho += 1 }
        }
        for h in 0...p {
            var g = 0.0
            for t in 0..<nrho {
                let d = rhoLag[t]
                g += d == 0 ? rho[t] * gammaAR[h] : rho[t] * (gammaAR[h + d] + gammaAR[abs(h - d)])
            }
            gamma[h] = g
        }
        // c[i] = Σ_{k≥i} φ_{k+1} γ(k+1−i) + Σ_{k≥i} θₖ ψ_{k−i} (φ_{k+1} = phi[k]).
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
        return true
    }
}
