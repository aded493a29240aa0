import Foundation

/// Forecast means and variances for the ETS classes with closed forms (Hyndman et al.
/// 2008, ch. 6; R `forecast:::class1`, `class2`, `class3`).
enum ETSVariance {
    struct Moments {
        var mean: [Double]
        var variance: [Double]
        /// ψ-weights `c_j = H F^{j−1} G`, j = 1 … h−1 (class 1 and 2).
        var psi: [Double]
    }

    /// Class 1, linear homoscedastic models ETS(A, N/A/Ad, N/A):
    /// `μ_h = H F^{h−1} x_n`, `v_h = σ²(1 + Σ_{j<h} c_j²)`.
    ///
    /// Deliberate difference from R 8.20: R's `class1` writes γ into the *third* entry of G
    /// (`G[3, 1] <- gamma`) whatever the trend, so for models without trend (ETS(A,N,A),
    /// ETS(M,N,A)) it lands on s₂ instead of s₁ and the ψ-weights at lags ≥ m are shifted.
    /// The recursion `s_t = s_{t−m} + γε_t` puts γ on s₁, which we use; the resulting
    /// interval bounds differ from R's by ≤ 2·10⁻⁴ relative on the fixtures. Passing
    /// `gammaSlotAsR: true` reproduces R exactly (used by the parity test).
    /// - Complexity: O(h·p).
    static func class1(_ model: ETSModel, horizon h: Int, gammaSlotAsR: Bool = false) -> Moments {
        let hasTrend = model.spec.trend != .none
        let seasonal = model.spec.season != .none
        let p = model.finalState.count
        let phiT = model.spec.damped ? (model.phi ?? 1) : 1
        let sigma2 = model.sigma2
        let sStart = hasTrend ? 2 : 1
        // Apply the transition F in place (R's class1 matrix): level gets φb, growth φb,
        // the first seasonal slot takes the last one, the others shift down.
        func transition(_ v: inout [Double]) {
            if hasTrend {
                v[0] = v[0] + phiT * v[1]
                v[1] = phiT * v[1]
            }
            if seasonal {
                let last = v[p - 1]
                var k = p - 1
                while k > sStart { v[k] = v[k - 1]; k -= 1 }
                v[sStart] = last
            }
        }
        func observe(_ v: [Double]) -> Double {
            var r = v[0]
            if hasTrend { r += phiT * v[1] }
            if seasonal { r += v[p - 1] }
            return r
        }
        var state = model.finalState
        var g = [Double](repeating: 0, count: p)
        g[0] = model.alpha
        if hasTrend { g[1] = model.beta ?? 0 }
        if seasonal { g[gammaSlotAsR ? 2 : sStart] = model.gamma ?? 0 }
        var mean = [Double](repeating: 0, count: h)
        var psi = [Double](repeating: 0, count: max(h - 1, 0))
        for i in 0..<h {
            mean[i] = observe(state)
            transition(&state)
            if i < h - 1 {
                psi[i] = observe(g)
                transition(&g)
            }
        }
        var variance = [Double](repeating: sigma2, count: h)
        var cum = 0.0
        for i in 1..<max(h, 1) {
            cum += psi[i - 1] * psi[i - 1]
            variance[i] = sigma2 * (1 + cum)
        }
        return Moments(mean: mean, variance: variance, psi: psi)
    }

    /// Class 2, ETS(M, N/A/Ad, N/A): the linear means of class 1 with
    /// `θ₁ = μ₁²`, `θ_h = μ_h² + σ² Σ_{j<h} c_j² θ_{h−j}`, `v_h = (1 + σ²) θ_h − μ_h²`.
    /// - Complexity: O(h²).
    static func class2(_ model: ETSModel, horizon h: Int, gammaSlotAsR: Bool = false) -> Moments {
        let base = class1(model, horizon: h, gammaSlotAsR: gammaSlotAsR)
        let sigma2 = model.sigma2
        var theta = [Double](repeating: 0, count: h)
        theta[0] = base.mean[0] * base.mean[0]
        if h > 1 {
            for j in 1..<h {
                var s = 0.0
                for k in 0..<j { s += base.psi[k] * base.psi[k] * theta[j - 1 - k] }
                theta[j] = base.mean[j] * base.mean[j] + sigma2 * s
            }
        }
        let variance = (0..<h).map { (1 + sigma2) * theta[$0] - base.mean[$0] * base.mean[$0] }
        return Moments(mean: base.mean, variance: variance, psi: base.psi)
    }

    /// Class 3, ETS(M, N/A/Ad, M): the exact first two moments from the Kronecker-product
    /// recursions for `M_h = E[x_h^{(1)} x_h^{(2)ᵀ}]` and its covariance `V_h` (level/trend
    /// block ⊗ seasonal block). The mean includes the σ² correction, as R's forecasts do.
    /// - Complexity: O(h·(p₁m)³), p₁ ≤ 2, m ≤ 24.
    static func class3(_ model: ETSModel, horizon h: Int) -> Moments {
        let m = model.period
        let hasTrend = model.spec.trend != .none
        let p1 = hasTrend ? 2 : 1
        let sigma2 = model.sigma2
        let a = model.alpha, b = model.beta ?? 0, g = model.gamma ?? 0
        let phiT = model.spec.damped ? (model.phi ?? 1) : 1
        let x = model.finalState
        let H1 = ETSDenseMatrix(rows: 1, columns: p1, fill: 1)
        var H2 = ETSDenseMatrix(rows: 1, columns: m, fill: 0)
        H2[0, m - 1] = 1
        var F1 = ETSDenseMatrix(rows: p1, columns: p1, fill: 0)
        var G1 = ETSDenseMatrix(rows: p1, columns: p1, fill: 0)
        if hasTrend {
            F1[0, 0] = 1; F1[0, 1] = 1; F1[1, 1] = phiT
            G1[0, 0] = a; G1[0, 1] = a; G1[1, 0] = b; G1[1, 1] = b
        } else {
            F1[0, 0] = 1
            G1[0, 0] = a
        }
        var F2 = ETSDenseMatrix(rows: m, columns: m, fill: 0)
        F2[0, m - 1] = 1
        for i in 1..<m { F2[i, i - 1] = 1 }
        var G2 = ETSDenseMatrix(rows: m, columns: m, fill: 0)
        G2[0, m - 1] = g
        var Mh = ETSDenseMatrix(rows: p1, columns: m, fill: 0)
        for i in 0..<p1 { for j in 0..<m { Mh[i, j] = x[i] * x[p1 + j] } }
        let q = p1 * m
        var Vh = ETSDenseMatrix(rows: q, columns: q, fill: 0)
        let H21 = H2.kron(H1), F21 = F2.kron(F1), G21 = G2.kron(G1)
        let K = G2.kron(F1) + F2.kron(G1)
        let F21t = F21.transposed, G21t = G21.transposed, Kt = K.transposed, H21t = H21.transposed
        let F2t = F2.transposed, G2t = G2.transposed
        var mean = [Double](repeating: 0, count: h)
        var variance = [Double](repeating: 0, count: h)
        for i in 0..<h {
            mean[i] = (H1 * Mh * H2.transposed)[0, 0]
            variance[i] = (1 + sigma2) * (H21 * Vh * H21t)[0, 0] + sigma2 * mean[i] * mean[i]
            let vec = ETSDenseMatrix(rows: q, columns: 1, storage: Mh.storage)
            let outer = vec * vec.transposed
            let term = F21 * Vh * G21t + G21 * Vh * F21t + K * (Vh + outer) * Kt
                + sigma2 * (G21 * (3 * Vh + 2 * outer) * G21t)
            Vh = F21 * Vh * F21t + sigma2 * term
            Mh = F1 * Mh * F2t + sigma2 * (G1 * Mh * G2t)
        }
        return Moments(mean: mean, variance: variance, psi: [])
    }
}
