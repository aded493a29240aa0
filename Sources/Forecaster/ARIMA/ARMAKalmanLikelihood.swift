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
/// `Fₜ ≥ 10⁴`, which approximates the same quantity to O(1/κ) (measured on the parity
/// fixtures; Benchmarks/arima/RESULTS.md).
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
/// `vₜ = wₜ − (aₜ)₀`. When the remaining change `|Sₜ|·max|Wₜ|²` falls below
/// `steadyTolerance · Fₜ` the gain is frozen (Gardner et al.'s switch to quick
/// recursions, AS 154), which changes the likelihood by less than ~1e-12 relative (tested).
///
/// Innovations with `Fₜ ≥ 10⁴` are left out of the sums, as R does. Needs a complete
/// series; `KalmanWorkspace` serves series with missing values and the final state used
/// for forecasting.
///
/// - Complexity: O(m·(r + p)) for m observations, no allocation.
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
    private let u: UnsafeMutablePointer<Double>

    init(p: Int, q: Int) {
        self.p = p
        self.q = q
        r = max(p, q + 1)
        a = .allocate(capacity: r)
        G = .allocate(capacity: r)
        W = .allocate(capacity: r)
        u = .allocate(capacity: r)
    }

    deinit { a.deallocate(); G.deallocate(); W.deallocate(); u.deallocate() }

    /// Runs the filter over the differenced series `w` (length m, no missing values) from
    /// `a₁ = 0`, `P₁ = q0` (r×r column-major, the stationary covariance of the ARMA state).
    ///
    /// - Complexity: O(m·(r + p)), no allocation.
    func run(w: UnsafePointer<Double>, m: Int, phi: UnsafePointer<Double>, q0: UnsafePointer<Double>) -> KalmanSums {
        let r = self.r, p = self.p
        let a = self.a, G = self.G, W = self.W, u = self.u
        // G₁ = T Q0 e₁ = T (first column of Q0); W₁ = G₁, S₁ = −1/F₁.
        var F = q0[0]
        let c0 = q0[0]
        for i in 0..<r {
            var g = i < r - 1 ? q0[i + 1] : 0
            if i < p { g += phi[i] * c0 }
            G[i] = g
            W[i] = g
            a[i] = 0
        }
        var S = -1 / F
        var ssq = 0.0, sumlog = 0.0
        var nu = 0
        var steady = false
        var invF = 1 / F, logF = log(F)
        let tol = steadyTolerance
        steadyFrom = m
        for l in 0..<m {
            let v = w[l] - a[0]
            if F < 1e4 {
                nu += 1
                ssq += v * v * invF
                sumlog += logF
            }
            // a ← T a + G v/F.
            let k = v * invF
            let a0 = a[0]
            for i in 0..<(r - 1) { a[i] = a[i + 1] + G[i] * k }
            a[r - 1] = G[r - 1] * k
            for i in 0..<p { a[i] += phi[i] * a0 }
            if steady { continue }
            // u = T W.
            let w0 = W[0]
            for i in 0..<(r - 1) { u[i] = W[i + 1] }
            u[r - 1] = 0
            for i in 0..<p { u[i] += phi[i] * w0 }
            let sw = S * w0
            let gw = w0 * invF
            var wmax = 0.0
            for i in 0..<r {
                let ui = u[i]
                let wi = ui - G[i] * gw
                G[i] += sw * ui
                W[i] = wi
                wmax = max(wmax, abs(wi))
            }
            let Fnew = F + sw * w0
            S *= F / Fnew
            F = Fnew
            invF = 1 / F
            logF = log(F)
            steady = abs(S) * wmax * wmax <= tol * F
            if steady { steadyFrom = l + 1 }
        }
        return KalmanSums(ssq: ssq, sumlog: sumlog, nu: nu)
    }
}
