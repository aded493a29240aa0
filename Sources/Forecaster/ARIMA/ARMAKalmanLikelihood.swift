import Foundation

/// The exact Gaussian likelihood of a stationary ARMA model for the differenced series
/// `wₜ = (1−B)ᵈ(1−Bᵐ)ᴰ (yₜ − xₜᵀβ)`, by the Kalman filter on the ARMA state alone
/// (dimension `r = max(p, q+1)` instead of R's `r + d + m·D`) with the covariance recursion
/// in Chandrasekhar form — O(r) per step instead of O(r²).
///
/// Differencing: this is the exact diffuse likelihood (Kohn & Ansley 1986; Durbin & Koopman
/// §5.7): the d* = d + m·D diffuse states are resolved by the first d* observations and
/// what is left is the ARMA likelihood of the n − d* differences. R's `ARIMA_Like` puts the
/// differencing in the state with a κ = 10⁶ prior and drops the d* innovations with
/// `Fₜ ≥ 10⁴`, which approximates the same quantity up to O((level/σ)²/κ) — 1.2e-5
/// relative on log AirPassengers, ≤ 4e-10 where the level is small against σ (Nile,
/// UKDriverDeaths); measured on the parity fixtures, Benchmarks/arima/RESULTS.md.
///
/// Chandrasekhar recursions (Morf, Sidhu & Kailath 1974; for ARMA, Mélard 1984, AS 197):
/// started from the stationary covariance `P₁ = Q0` (`Q0 = T Q0 Tᵀ + R Rᵀ`), the change
/// `P_{t+1} − P_t` has rank one, `Sₜ Wₜ Wₜᵀ`, and with `Gₜ = T Pₜ Z`, `Fₜ = Zᵀ Pₜ Z`
/// (`Z = e₁`):
///
///     F_{t+1} = Fₜ + Sₜ (Wₜ)₀²          G_{t+1} = Gₜ + Sₜ (Wₜ)₀ · T Wₜ
///     W_{t+1} = T Wₜ − Gₜ (Wₜ)₀ / Fₜ      S_{t+1} = Sₜ Fₜ / F_{t+1}
///
/// from `W₁ = G₁`, `S₁ = −1/F₁`. The state follows `a_{t+1} = T aₜ + Gₜ vₜ/Fₜ`,
/// `vₜ = wₜ − (aₜ)₀`. When the remaining change `|Sₜ|·‖Wₜ‖²` falls below
/// `steadyTolerance · Fₜ` the gain is frozen (Gardner et al.'s switch to quick
/// recursions, AS 154), which changes the likelihood by less than ~1e-12 relative (tested).
///
/// Innovations with `Fₜ ≥ 10⁴` are left out of the sums, as R does. Needs a complete
/// series; `KalmanWorkspace` serves series with missing values and the final state used
/// for forecasting.
///
/// - Complexity: O(m·(r + nnz(φ))) for m observations, no allocation.
final class ARMAKalmanWorkspace {
    let r: Int
    let p: Int
    let q: Int
    /// Relative size of the remaining covariance change below which the gain is frozen;
    /// 0 freezes only when the change is exactly zero.
    var steadyTolerance = 1e-14
    /// The step from which the last run used the frozen gain (m when it never froze).
    private(set) var steadyFrom = 0
    private let a: UnsafeMutablePointer<Double>
    private let G: UnsafeMutablePointer<Double>
    private let W: UnsafeMutablePointer<Double>
    /// Indices i < p with φᵢ ≠ 0 (expanded seasonal AR polynomials are mostly zeros).
    private let arIndex: UnsafeMutablePointer<Int>

    init(p: Int, q: Int) {
        self.p = p
        self.q = q
        r = max(p, q + 1)
        a = .allocate(capacity: r)
        G = .allocate(capacity: r)
        W = .allocate(capacity: r)
        arIndex = .allocate(capacity: max(p, 1))
    }

    deinit { a.deallocate(); G.deallocate(); W.deallocate(); arIndex.deallocate() }

    /// Runs the filter over the differenced series `w` (length m, no missing values) from
    /// `a₁ = 0`, `P₁ = Q0`, given only the first column `c` of Q0 (r values: the
    /// recursions need `F₁ = c₀` and `G₁ = T c`, never the rest of Q0).
    ///
    /// - Complexity: O(m·(r + nnz(φ))), no allocation.
    func run(w: UnsafePointer<Double>, m: Int, phi: UnsafePointer<Double>, column c: UnsafePointer<Double>) -> KalmanSums {
        let r = self.r, p = self.p
        let a = self.a, G = self.G, W = self.W, arIndex = self.arIndex
        var nar = 0
        for i in 0..<p where phi[i] != 0 { arIndex[nar] = i; nar += 1 }
        // G₁ = T c; W₁ = G₁, S₁ = −1/F₁.
        var F = c[0]
        for i in 0..<r {
            G[i] = i < r - 1 ? c[i + 1] : 0
            a[i] = 0
        }
        for t in 0..<nar { let i = arIndex[t]; G[i] += phi[i] * c[0] }
        for i in 0..<r { W[i] = G[i] }
        var S = -1 / F
        var ssq = 0.0
        // Σ log Fₜ as the log of a running product (flushed before it can overflow or
        // underflow): one log per ~100 steps instead of one per step.
        var logSum = 0.0, product = 1.0
        var nu = 0
        var steady = false
        var invF = 1 / F
        let tol = steadyTolerance
        steadyFrom = m
        for l in 0..<m {
            let v = w[l] - a[0]
            if F < 1e4 {
                nu += 1
                ssq += v * v * invF
                product *= F
                if !(product < 1e200 && product > 1e-200) { logSum += log(product); product = 1 }
            }
            let k = v * invF
            let a0 = a[0]
            if steady {
                // a ← T a + G v/F.
                for i in 0..<(r - 1) { a[i] = a[i + 1] + G[i] * k }
                a[r - 1] = G[r - 1] * k
                for t in 0..<nar { let i = arIndex[t]; a[i] += phi[i] * a0 }
                continue
            }
            // a ← T a + G v/F, then with u = T W: W ← u − G w₀/F, G ← G + S w₀ u, using
            // T x = (x_{i+1}) + φ x₀ (the φ part added over the non-zeros afterwards).
            let w0 = W[0]
            let sw = S * w0
            let gw = w0 * invF
            for i in 0..<(r - 1) {
                let gi = G[i]
                let ui = W[i + 1]
                a[i] = a[i + 1] + gi * k
                W[i] = ui - gi * gw
                G[i] = gi + sw * ui
            }
            let gl = G[r - 1]
            a[r - 1] = gl * k
            W[r - 1] = -gl * gw
            for t in 0..<nar {
                let i = arIndex[t]
                let f = phi[i]
                a[i] += f * a0
                W[i] += f * w0
                G[i] += sw * (f * w0)
            }
            let Fnew = F + sw * w0
            S *= F / Fnew
            F = Fnew
            invF = 1 / F
            // Convergence test every 4th step (it costs as much as the update): freeze when
            // |S|·‖W‖² — a bound on every entry of the next covariance change — is tiny.
            if l & 3 == 3 {
                var ww = 0.0
                for i in 0..<r { ww += W[i] * W[i] }
                steady = abs(S) * ww <= tol * F
                if steady { steadyFrom = l + 1 }
            }
        }
        logSum += log(product)
        return KalmanSums(ssq: ssq, sumlog: logSum, nu: nu)
    }
}
