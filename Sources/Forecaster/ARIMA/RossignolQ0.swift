/// The stationary covariance `Q0` of the ARMA block of the state, computed directly from
/// the autocovariances of the ARMA process (the idea of Rossignol 2011, R's
/// `SSinit = "Rossignol2011"`), which stays accurate close to non-stationarity where
/// Gardner et al.'s least-squares solve loses precision.
///
/// With the state `αᵢ = Σ_{k≥i} φₖ y_{t+i−1−k} + Σ_{k≥i−1} θₖ ε_{t+i−1−k}` (θ₀ = 1, σ² = 1),
/// `Q0[i,j] = Cov(αᵢ, αⱼ)` follows from `γ(h) = Cov(yₜ, yₜ₋ₕ)`, `Cov(yₐ, ε_b) = ψ_{a−b}`
/// (ψ the MA(∞) weights) and `Cov(ε_b, ε_b') = [b = b']`. `γ(0…p)` solve the (p+1)×(p+1)
/// Yule–Walker-type system `γ(h) − Σφₖγ(|h−k|) = Σ_{j≥h} θⱼψ_{j−h}`; higher lags follow by
/// recursion.
///
/// - Complexity: O(p³ + r⁴) with small constants (r ≤ 350), allocation per call (it is
///   the optional initialisation, not the default kernel).
enum RossignolQ0 {
    /// Q0 (r×r column-major) or nil when the AR part is not stationary (singular system).
    static func compute(phi: [Double], theta: [Double]) -> [Double]? {
        let p = phi.count, q = theta.count
        let r = max(p, q + 1)
        let th = [1.0] + theta  // θ₀…θ_q
        let maxLag = 2 * r + q + p + 2
        var psi = [Double](repeating: 0, count: maxLag + 1)
        for j in 0...maxLag {
            var v = j <= q ? th[j] : 0
            for k in 1...max(1, min(j, p)) where k <= p && k <= j { v += phi[k - 1] * psi[j - k] }
            psi[j] = v
        }
        // γ(0…p): Σ over the system rows h = 0…p.
        var gamma = [Double](repeating: 0, count: maxLag + 1)
        let m = p + 1
        var a = [Double](repeating: 0, count: m * m)
        var b = [Double](repeating: 0, count: m)
        for h in 0...p {
            a[h + m * h] += 1
            for k in 1...max(1, p) where k <= p { a[h + m * abs(h - k)] -= phi[k - 1] }
            var rhs = 0.0
            if h <= q { for j in h...q { rhs += th[j] * psi[j - h] } }
            b[h] = rhs
        }
        guard let g = ARIMALinearAlgebra.solve(a, n: m, b, nrhs: 1) else { return nil }
        for h in 0...p { gamma[h] = g[h] }
        if p + 1 <= maxLag {
            for h in (p + 1)...maxLag {
                var v = 0.0
                for k in 1...max(1, p) where k <= p { v += phi[k - 1] * gamma[h - k] }
                if h <= q { for j in h...q { v += th[j] * psi[j - h] } }
                gamma[h] = v
            }
        }
        func cyy(_ x: Int, _ y: Int) -> Double { gamma[abs(x - y)] }
        func cye(_ x: Int, _ y: Int) -> Double { x >= y ? psi[x - y] : 0 }
        var out = [Double](repeating: 0, count: r * r)
        for i in 1...r {
            for j in i...r {
                var s = 0.0
                // AR–AR
                if i <= p && j <= p {
                    for k in i...p { for l in j...p { s += phi[k - 1] * phi[l - 1] * cyy(i - 1 - k, j - 1 - l) } }
                }
                // AR(i)–MA(j) and MA(i)–AR(j)
                if i <= p && j - 1 <= q {
                    for k in i...p { for l in (j - 1)...q { s += phi[k - 1] * th[l] * cye(i - 1 - k, j - 1 - l) } }
                }
                if j <= p && i - 1 <= q {
                    for l in j...p { for k in (i - 1)...q { s += phi[l - 1] * th[k] * cye(j - 1 - l, i - 1 - k) } }
                }
                // MA–MA: equal time indices i−1−k = j−1−l.
                if i - 1 <= q && j - 1 <= q {
                    for k in (i - 1)...q {
                        let l = j - i + k
                        if l >= j - 1 && l <= q { s += th[k] * th[l] }
                    }
                }
                out[(i - 1) + r * (j - 1)] = s
                out[(j - 1) + r * (i - 1)] = s
            }
        }
        return out
    }
}
