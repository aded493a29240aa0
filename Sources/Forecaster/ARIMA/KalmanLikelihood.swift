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
/// The prediction step exploits that structure: each entry of `T P Tᵀ` is a shifted entry
/// of `P` plus `φ` terms (the companion rows) or a sparse `Δ` combination (the
/// integration row, `Δ` of `(1−B)(1−B¹²)` has 3 non-zeros of 13), computed once for the
/// lower triangle and mirrored; `R Rᵀ` is added over the non-zero `θ` only. One step
/// costs O(rd²) with a small constant instead of the O(rd³) of dense products. Innovations with variance `Fₜ ≥ 10⁴` (the
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
    private let u: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>
    /// Indices k with Δₖ ≠ 0.
    private let deltaIndex: UnsafeMutablePointer<Int>
    private let deltaCount: Int
    /// Indices i ≤ q with Rᵢ ≠ 0 (R = (1, θ)), refreshed per parameter vector.
    private let rIndex: UnsafeMutablePointer<Int>
    private var rCount = 0
    private let rValue: UnsafeMutablePointer<Double>
    let q0: GardnerQ0Workspace
    /// Q0 of the last (φ, θ), reused when a finite-difference step moves only regression
    /// coefficients.
    private let q0Cache: UnsafeMutablePointer<Double>
    private let cachePhi: UnsafeMutablePointer<Double>
    private let cacheTheta: UnsafeMutablePointer<Double>
    private var cacheValid = false
    /// Use `RossignolQ0` instead of Gardner's method (R's `SSinit = "Rossignol2011"`).
    var rossignol = false

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
        u = .allocate(capacity: rd)
        self.delta = .allocate(capacity: max(d, 1))
        deltaIndex = .allocate(capacity: max(d, 1))
        var count = 0
        for i in 0..<d {
            self.delta[i] = delta[i]
            if delta[i] != 0 { deltaIndex[count] = i; count += 1 }
        }
        deltaCount = count
        rIndex = .allocate(capacity: q + 1)
        rValue = .allocate(capacity: q + 1)
        q0 = GardnerQ0Workspace(r: r)
        q0Cache = .allocate(capacity: r * r)
        cachePhi = .allocate(capacity: max(p, 1))
        cacheTheta = .allocate(capacity: max(q, 1))
    }

    deinit {
        a.deallocate(); P.deallocate(); Pnew.deallocate(); anew.deallocate()
        M.deallocate(); u.deallocate(); delta.deallocate(); deltaIndex.deallocate()
        rIndex.deallocate(); rValue.deallocate(); q0Cache.deallocate()
        cachePhi.deallocate(); cacheTheta.deallocate()
    }

    /// R's `makeARIMA` initial state: `a = 0`, `P = 0`, `Pn` = Q0 in the ARMA block and κ
    /// on the diagonal of the differencing block.
    func initialise(phi: UnsafePointer<Double>, theta: UnsafePointer<Double>, kappa: Double) {
        for i in 0..<rd { a[i] = 0 }
        for i in 0..<(rd * rd) { P[i] = 0; Pnew[i] = 0 }
        rCount = 0
        rIndex[0] = 0; rValue[0] = 1; rCount = 1
        for i in 0..<q where theta[i] != 0 { rIndex[rCount] = i + 1; rValue[rCount] = theta[i]; rCount += 1 }
        if r > 1 {
            var same = cacheValid
            if same { for i in 0..<p where cachePhi[i] != phi[i] { same = false; break } }
            if same { for i in 0..<q where cacheTheta[i] != theta[i] { same = false; break } }
            if !same && rossignol {
                let ph = (0..<p).map { phi[$0] }, th = (0..<q).map { theta[$0] }
                if let v = RossignolQ0.compute(phi: ph, theta: th) {
                    for i in 0..<(r * r) { q0Cache[i] = v[i] }
                } else {
                    for i in 0..<(r * r) { q0Cache[i] = .nan }
                }
                for i in 0..<p { cachePhi[i] = phi[i] }
                for i in 0..<q { cacheTheta[i] = theta[i] }
                cacheValid = true
            } else if !same {
                q0.compute(phi: phi, p: p, theta: theta, q: q, into: q0Cache)
                for i in 0..<p { cachePhi[i] = phi[i] }
                for i in 0..<q { cacheTheta[i] = theta[i] }
                cacheValid = true
            }
            for j in 0..<r { for i in 0..<r { Pnew[i + rd * j] = q0Cache[i + r * j] } }
        } else {
            Pnew[0] = p > 0 ? 1.0 / (1.0 - phi[0] * phi[0]) : 1.0
        }
        for i in 0..<d { Pnew[(r + i) + rd * (r + i)] = kappa }
    }

    /// Runs the filter over `y` (length n, NaN = missing) from the initial state.
    /// When `residuals` is given it receives the standardised innovations `vₜ/√Fₜ`
    /// (NaN where `y` is missing), and `gains` the innovation variances `Fₜ` in units of σ²
    /// (NaN where `y` is missing).
    ///
    /// - Complexity: O(n·rd²) time, no allocation.
    func run(y: UnsafePointer<Double>, n: Int, phi: UnsafePointer<Double>, theta: UnsafePointer<Double>,
             residuals: UnsafeMutablePointer<Double>?, gains: UnsafeMutablePointer<Double>? = nil) -> KalmanSums {
        let r = self.r, d = self.d, rd = self.rd, p = self.p
        var ssq = 0.0, sumlog = 0.0
        var nu = 0
        var gain = 0.0
        // Once an update leaves P bitwise unchanged, every later step with an observation
        // reproduces the same Pnew, M and gain (the recursion for P does not depend on the
        // data), so they are reused: bit-identical to running the full recursion.
        var steady = false
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
                for t in 0..<deltaCount { let k = deltaIndex[t]; tmp += delta[k] * a[r + k] }
                anew[r] = tmp
            }
            if l > 0 && !steady { predictCovariance(phi: phi) }
            let yl = y[l]
            if !yl.isNaN {
                var resid0 = yl - anew[0]
                for t in 0..<deltaCount { let k = deltaIndex[t]; resid0 -= delta[k] * anew[r + k] }
                if !steady {
                    // M = Pnew Z, gain = Zᵀ Pnew Z.
                    for i in 0..<rd {
                        var tmp = Pnew[i]
                        for t in 0..<deltaCount {
                            let c = r + deltaIndex[t]
                            tmp += (i >= c ? Pnew[i + rd * c] : Pnew[c + rd * i]) * delta[deltaIndex[t]]
                        }
                        M[i] = tmp
                    }
                    gain = M[0]
                    for t in 0..<deltaCount { let k = deltaIndex[t]; gain += delta[k] * M[r + k] }
                }
                if gain < 1e4 {
                    nu += 1
                    ssq += resid0 * resid0 / gain
                    sumlog += log(gain)
                }
                if let res = residuals { res[l] = resid0 / gain.squareRoot() }
                if let g = gains { g[l] = gain }
                let scale = resid0 / gain
                for i in 0..<rd { a[i] = anew[i] + M[i] * scale }
                if !steady {
                    let inv = 1 / gain
                    var changed = false
                    for j in 0..<rd {
                        let mj = M[j] * inv
                        let col = rd * j
                        for i in j..<rd {
                            let v = Pnew[i + col] - M[i] * mj
                            changed = changed || v != P[i + col]
                            P[i + col] = v
                        }
                    }
                    steady = !changed && l > 0
                }
            } else {
                for i in 0..<rd { a[i] = anew[i] }
                for i in 0..<(rd * rd) { P[i] = Pnew[i] }
                steady = false
                if let res = residuals { res[l] = .nan }
                if let g = gains { g[l] = .nan }
            }
        }
        // Only the lower triangle was maintained: mirror it for the final state.
        for j in 0..<rd { for i in (j + 1)..<max(rd, j + 1) { P[j + rd * i] = P[i + rd * j] } }
        return KalmanSums(ssq: ssq, sumlog: sumlog, nu: nu)
    }

    /// `Pnew = T P Tᵀ + R Rᵀ` entry by entry, reading and writing the lower triangle only
    /// (both matrices are symmetric; `run` mirrors P at the end), using
    /// `Tx = (φᵢx₀ + xᵢ₊₁ | x₀ + Σδₖx_{r+k} | x_{r+k−1})`.
    @inline(__always)
    private func predictCovariance(phi: UnsafePointer<Double>) {
        let r = self.r, d = self.d, rd = self.rd, p = self.p
        let P = self.P, Pn = self.Pnew
        let p00 = P[0]
        // ARMA block: P[i+1,j+1] + φᵢP[0,j+1] + φⱼP[i+1,0] + φᵢφⱼP[0,0].
        for j in 0..<r {
            let phij = j < p ? phi[j] : 0
            let pj1 = j < r - 1 ? P[j + 1] : 0
            let colJ1 = rd * (j + 1)
            for i in j..<r {
                let phii = i < p ? phi[i] : 0
                var tmp = phii * phij * p00 + phii * pj1
                if i < r - 1 {
                    tmp += phij * P[i + 1]
                    if j < r - 1 { tmp += P[i + 1 + colJ1] }
                }
                Pn[i + rd * j] = tmp
            }
        }
        if d > 0 {
            // u = row r of T P: P[0,·] + Σ δₖ P[r+k,·].
            for c in 0..<rd {
                var s = P[c]
                for t in 0..<deltaCount {
                    let k = deltaIndex[t], rk = r + k
                    s += delta[k] * (rk >= c ? P[rk + rd * c] : P[c + rd * rk])
                }
                u[c] = s
            }
            for j in 0..<r {
                let phij = j < p ? phi[j] : 0
                let v = (j < r - 1 ? u[j + 1] : 0) + phij * u[0]
                Pn[r + rd * j] = v
            }
            var urr = u[0]
            for t in 0..<deltaCount { let k = deltaIndex[t]; urr += delta[k] * u[r + k] }
            Pn[r + rd * r] = urr
            var k = 1
            while k < d {
                let row = r + k - 1
                let out = r + k
                for j in 0..<r {
                    let phij = j < p ? phi[j] : 0
                    let v = (j < r - 1 ? P[row + rd * (j + 1)] : 0) + phij * P[row]
                    Pn[out + rd * j] = v
                }
                let vr = u[row]
                Pn[out + rd * r] = vr
                for l in 1...k {
                    let v = P[row + rd * (r + l - 1)]
                    Pn[out + rd * (r + l)] = v
                }
                k += 1
            }
        }
        for x in 0..<rCount {
            let ix = rIndex[x], vx = rValue[x]
            for y in 0...x {
                Pn[ix + rd * rIndex[y]] += vx * rValue[y]
            }
        }
    }
}
