import Foundation

/// Sums the exact Gaussian likelihood of an ARIMA model needs: `ssq = Σ vₜ²/Fₜ`,
/// `sumlog = Σ log Fₜ` and `nu`, the number of innovations used.
struct KalmanSums {
    var ssq: Double
    var sumlog: Double
    var nu: Int
}

/// The Kalman filter on R's state-space form of an ARIMA model (Durbin & Koopman; R's
/// `ARIMA_Like`), with the differencing carried in the state.
///
/// State `αₜ = (ARMA part of length r = max(p, q+1); last d* undifferenced values)` with
/// `d* = d + m·D`, observation `yₜ = Zᵀαₜ`, `Z = (1, 0…0, Δ₁…Δ_{d*})` where `Δ` are the
/// coefficients of the differencing polynomial, transition `T` = companion of `φ` in the
/// ARMA block plus the integration rows, and disturbance `R = (1, θ₁…θ_{r−1}, 0…0)`.
///
/// The prediction step exploits that structure: `T P Tᵀ` is formed from shifted rows
/// and columns plus rank-one `φ` terms, never by dense products, so one step costs
/// O(rd²·(1 + d*/rd)) rather than O(rd³). Innovations with variance `Fₜ ≥ 10⁴` (the
/// diffuse start, κ = 10⁶) are excluded from the sums, as R does. Missing values
/// (NaN) skip the update step.
///
/// All buffers are allocated once per model structure; `run` allocates nothing.
final class KalmanWorkspace {
    let r: Int
    let d: Int
    let rd: Int
    let p: Int
    let q: Int
    let a: UnsafeMutablePointer<Double>
    let P: UnsafeMutablePointer<Double>
    let Pnew: UnsafeMutablePointer<Double>
    private let anew: UnsafeMutablePointer<Double>
    private let M: UnsafeMutablePointer<Double>
    private let mm: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>
    let q0: GardnerQ0Workspace

    /// - Parameters: `p`, `q` lengths of the expanded φ and θ; `delta` the differencing
    ///   coefficients (R's `Delta`).
    init(p: Int, q: Int, delta: [Double]) {
        self.p = p
        self.q = q
        r = max(p, q + 1)
        d = delta.count
        rd = r + d
        a = .allocate(capacity: rd)
        P = .allocate(capacity: rd * rd)
        Pnew = .allocate(capacity: rd * rd)
        anew = .allocate(capacity: rd)
        M = .allocate(capacity: rd)
        mm = .allocate(capacity: rd * rd)
        self.delta = .allocate(capacity: max(d, 1))
        for i in 0..<d { self.delta[i] = delta[i] }
        q0 = GardnerQ0Workspace(r: r)
    }

    deinit {
        a.deallocate(); P.deallocate(); Pnew.deallocate(); anew.deallocate()
        M.deallocate(); mm.deallocate(); delta.deallocate()
    }

    /// R's `makeARIMA` initial state: `a = 0`, `P = 0`, `Pn` = Q0 in the ARMA block and κ
    /// on the diagonal of the differencing block.
    func initialise(phi: UnsafePointer<Double>, theta: UnsafePointer<Double>, kappa: Double) {
        for i in 0..<rd { a[i] = 0 }
        for i in 0..<(rd * rd) { P[i] = 0; Pnew[i] = 0 }
        if r > 1 {
            // Q0 is r×r; written into mm (scratch) then copied into the rd×rd Pnew.
            q0.compute(phi: phi, p: p, theta: theta, q: q, into: mm)
            for j in 0..<r { for i in 0..<r { Pnew[i + rd * j] = mm[i + r * j] } }
        } else {
            Pnew[0] = p > 0 ? 1.0 / (1.0 - phi[0] * phi[0]) : 1.0
        }
        for i in 0..<d { Pnew[(r + i) + rd * (r + i)] = kappa }
    }

    /// Runs the filter over `y` (length n, NaN = missing) from the initial state.
    /// When `residuals` is given it receives the standardised innovations `vₜ/√Fₜ`
    /// (NaN where `y` is missing).
    ///
    /// - Complexity: O(n·rd²) time, no allocation.
    func run(y: UnsafePointer<Double>, n: Int, phi: UnsafePointer<Double>, theta: UnsafePointer<Double>,
             residuals: UnsafeMutablePointer<Double>?) -> KalmanSums {
        let r = self.r, d = self.d, rd = self.rd, p = self.p, q = self.q
        var ssq = 0.0, sumlog = 0.0
        var nu = 0
        for l in 0..<n {
            for i in 0..<r {
                var tmp = i < r - 1 ? a[i + 1] : 0
                if i < p { tmp += phi[i] * a[0] }
                anew[i] = tmp
            }
            if d > 0 {
                var i = r + 1
                while i < rd { anew[i] = a[i - 1]; i += 1 }
                var tmp = a[0]
                for k in 0..<d { tmp += delta[k] * a[r + k] }
                anew[r] = tmp
            }
            if l > 0 { predictCovariance(phi: phi, theta: theta) }
            let yl = y[l]
            if !yl.isNaN {
                var resid0 = yl - anew[0]
                for i in 0..<d { resid0 -= delta[i] * anew[r + i] }
                var gain = Pnew[0]
                for i in 0..<d { gain += delta[i] * Pnew[r + i] }
                for i in 0..<rd {
                    var tmp = Pnew[i]
                    for k in 0..<d { tmp += Pnew[i + rd * (r + k)] * delta[k] }
                    M[i] = tmp
                }
                for i in 0..<d { gain += delta[i] * M[r + i] }
                if gain < 1e4 {
                    nu += 1
                    ssq += resid0 * resid0 / gain
                    sumlog += log(gain)
                }
                if let res = residuals { res[l] = resid0 / gain.squareRoot() }
                let scale = resid0 / gain
                for i in 0..<rd { a[i] = anew[i] + M[i] * scale }
                let inv = 1 / gain
                for j in 0..<rd {
                    let mj = M[j] * inv
                    let col = rd * j
                    for i in 0..<rd { P[i + col] = Pnew[i + col] - M[i] * mj }
                }
            } else {
                for i in 0..<rd { a[i] = anew[i] }
                for i in 0..<(rd * rd) { P[i] = Pnew[i] }
                if let res = residuals { res[l] = .nan }
            }
        }
        return KalmanSums(ssq: ssq, sumlog: sumlog, nu: nu)
    }

    /// `Pnew = T P Tᵀ + R Rᵀ` using the sparse structure of `T`.
    @inline(__always)
    private func predictCovariance(phi: UnsafePointer<Double>, theta: UnsafePointer<Double>) {
        let r = self.r, d = self.d, rd = self.rd, p = self.p, q = self.q
        if d == 0 {
            let p0 = P[0]
            for j in 0..<r {
                let vj = j == 0 ? 1.0 : (j - 1 < q ? theta[j - 1] : 0)
                let phij = j < p ? phi[j] : 0
                let pj1 = j < r - 1 ? P[j + 1] : 0
                for i in 0..<r {
                    let vi = i == 0 ? 1.0 : (i - 1 < q ? theta[i - 1] : 0)
                    var tmp = vi * vj
                    let phii = i < p ? phi[i] : 0
                    tmp += phii * phij * p0
                    if i < r - 1 && j < r - 1 { tmp += P[i + 1 + r * (j + 1)] }
                    tmp += phii * pj1
                    if i < r - 1 { tmp += phij * P[i + 1] }
                    Pnew[i + r * j] = tmp
                }
            }
            return
        }
        // mm = T P
        for j in 0..<rd {
            let col = rd * j
            let pj0 = P[col]
            for i in 0..<r {
                var tmp = i < p ? phi[i] * pj0 : 0
                if i < r - 1 { tmp += P[i + 1 + col] }
                mm[i + col] = tmp
            }
            var tmp = pj0
            for k in 0..<d { tmp += delta[k] * P[r + k + col] }
            mm[r + col] = tmp
            var i = 1
            while i < d { mm[r + i + col] = P[r + i - 1 + col]; i += 1 }
        }
        // Pnew = mm Tᵀ
        for i in 0..<r {
            let phii = i < p ? phi[i] : 0
            let next = rd * (i + 1)
            let out = rd * i
            if i < r - 1 {
                for j in 0..<rd { Pnew[j + out] = phii * mm[j] + mm[next + j] }
            } else {
                for j in 0..<rd { Pnew[j + out] = phii * mm[j] }
            }
        }
        let outr = rd * r
        for j in 0..<rd { Pnew[j + outr] = mm[j] }
        for k in 0..<d {
            let dk = delta[k]
            let src = rd * (r + k)
            for j in 0..<rd { Pnew[j + outr] += dk * mm[src + j] }
        }
        var i = 1
        while i < d {
            let out = rd * (r + i)
            let src = rd * (r + i - 1)
            for j in 0..<rd { Pnew[j + out] = mm[src + j] }
            i += 1
        }
        for i in 0...q {
            let vi = i == 0 ? 1.0 : theta[i - 1]
            for j in 0...q {
                Pnew[i + rd * j] += vi * (j == 0 ? 1.0 : theta[j - 1])
            }
        }
    }
}
