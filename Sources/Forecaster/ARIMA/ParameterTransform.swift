import Foundation

/// Jones (1980) reparameterisation that keeps AR polynomials stationary during
/// optimisation, and the expansion of multiplicative seasonal polynomials, as in R's
/// `stats` arima (`partrans`, `ARIMA_transPars`, `ARIMA_Invtrans`, `ARIMA_Gradtrans`).
///
/// The unconstrained values `u` are mapped to partial autocorrelations `tanh(u) ∈ (−1, 1)`
/// and then, by the Durbin–Levinson recursion, to AR coefficients of a stationary process.
enum ParameterTransform {
    /// `raw[0..<p]` (unconstrained) → `out[0..<p]` (stationary AR coefficients).
    /// `work` must hold `p` values.
    ///
    /// - Complexity: O(p²).
    @inline(__always)
    static func partrans(_ p: Int, _ raw: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>,
                         _ work: UnsafeMutablePointer<Double>) {
        for j in 0..<p {
            let v = tanh(raw[j])
            work[j] = v
            out[j] = v
        }
        if p < 2 { return }
        for j in 1..<p {
            let a = out[j]
            for k in 0..<j { work[k] -= a * out[j - k - 1] }
            for k in 0..<j { out[k] = work[k] }
        }
    }

    /// Inverse of `partrans`: Durbin–Levinson run backwards, then `atanh`.
    /// Yields NaN when the AR part is not stationary (a partial autocorrelation ≥ 1).
    static func invpartrans(_ phi: [Double]) -> [Double] {
        let p = phi.count
        var new = phi
        var work = phi
        if p > 1 {
            for j in stride(from: p - 1, through: 1, by: -1) {
                let a = new[j]
                for k in 0..<j { work[k] = (new[k] + a * new[j - k - 1]) / (1 - a * a) }
                for k in 0..<j { new[k] = work[k] }
            }
        }
        return new.map { atanh($0) }
    }

    /// `ARIMA_Invtrans`: inverse-transforms the non-seasonal and seasonal AR blocks.
    static func invtrans(_ par: [Double], _ arma: ARMAOrders) -> [Double] {
        var out = par
        if arma.p > 0 {
            let v = invpartrans(Array(par[0..<arma.p]))
            for i in 0..<arma.p { out[i] = v[i] }
        }
        if arma.P > 0 {
            let o = arma.p + arma.q
            let v = invpartrans(Array(par[o..<(o + arma.P)]))
            for i in 0..<arma.P { out[o + i] = v[i] }
        }
        return out
    }

    /// `ARIMA_undoPars`: applies `partrans` to the AR blocks, leaving the rest.
    static func undoPars(_ par: [Double], _ arma: ARMAOrders) -> [Double] {
        var out = par
        var work = [Double](repeating: 0, count: max(arma.p, arma.P, 1))
        par.withUnsafeBufferPointer { pin in
            out.withUnsafeMutableBufferPointer { pout in
                work.withUnsafeMutableBufferPointer { w in
                    guard let i = pin.baseAddress, let o = pout.baseAddress, let wb = w.baseAddress else { return }
                    if arma.p > 0 { partrans(arma.p, i, o, wb) }
                    let v = arma.p + arma.q
                    if arma.P > 0 { partrans(arma.P, i + v, o + v, wb) }
                }
            }
        }
        return out
    }

    /// `ARIMA_Gradtrans`: the Jacobian of `undoPars` by forward differences (step 1e-3),
    /// row `i` = parameter perturbed, column `j` = transformed output (column-major n×n).
    static func gradtrans(_ x: [Double], _ arma: ARMAOrders) -> [Double] {
        let n = x.count
        let eps = 1e-3
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n { a[i + i * n] = 1 }
        func block(_ offset: Int, _ m: Int) {
            guard m > 0 else { return }
            var w1 = Array(x[offset..<(offset + m)])
            var w2 = [Double](repeating: 0, count: m)
            var w3 = [Double](repeating: 0, count: m)
            var work = [Double](repeating: 0, count: m)
            w1.withUnsafeBufferPointer { p in if let b = p.baseAddress { partrans(m, b, &w2, &work) } }
            for i in 0..<m {
                w1[i] += eps
                w1.withUnsafeBufferPointer { p in if let b = p.baseAddress { partrans(m, b, &w3, &work) } }
                for j in 0..<m { a[(i + offset) + (j + offset) * n] = (w3[j] - w2[j]) / eps }
                w1[i] -= eps
            }
        }
        block(0, arma.p)
        block(arma.p + arma.q, arma.P)
        return a
    }

    /// `ARIMA_transPars`: (optionally transformed) parameters → expanded `phi`
    /// (length p + m·P) and `theta` (length q + m·Q) of the multiplicative model
    /// `φ(B)Φ(Bᵐ)` and `θ(B)Θ(Bᵐ)`. `params` and `work` hold at least `p+q+P+Q` values.
    ///
    /// - Complexity: O(p² + P² + p·P + q·Q).
    @inline(__always)
    static func transPars(_ input: UnsafePointer<Double>, _ arma: ARMAOrders, transform: Bool,
                          phi: UnsafeMutablePointer<Double>, theta: UnsafeMutablePointer<Double>,
                          params: UnsafeMutablePointer<Double>, work: UnsafeMutablePointer<Double>) {
        let mp = arma.p, mq = arma.q, msp = arma.P, msq = arma.Q, ns = arma.period
        let np = mp + mq + msp + msq
        for i in 0..<np { params[i] = input[i] }
        if transform {
            if mp > 0 { partrans(mp, input, params, work) }
            let v = mp + mq
            if msp > 0 { partrans(msp, input + v, params + v, work) }
        }
        let pTot = mp + ns * msp, qTot = mq + ns * msq
        for i in 0..<pTot { phi[i] = i < mp ? params[i] : 0 }
        for i in 0..<qTot { theta[i] = i < mq ? params[i + mp] : 0 }
        for j in 0..<msp {
            phi[(j + 1) * ns - 1] += params[j + mp + mq]
            for i in 0..<mp { phi[(j + 1) * ns + i] -= params[i] * params[j + mp + mq] }
        }
        for j in 0..<msq {
            theta[(j + 1) * ns - 1] += params[j + mp + mq + msp]
            for i in 0..<mq { theta[(j + 1) * ns + i] += params[i + mp] * params[j + mp + mq + msp] }
        }
    }

    /// Array convenience around `transPars`.
    static func expand(_ par: [Double], _ arma: ARMAOrders, transform: Bool) -> (phi: [Double], theta: [Double]) {
        let np = arma.p + arma.q + arma.P + arma.Q
        var phi = [Double](repeating: 0, count: arma.p + arma.period * arma.P)
        var theta = [Double](repeating: 0, count: arma.q + arma.period * arma.Q)
        var params = [Double](repeating: 0, count: max(np, 1))
        var work = [Double](repeating: 0, count: max(np, 1))
        var input = par
        if input.count < 1 { input = [0] }
        // phi/theta may be empty: give transPars a one-slot scratch in their place.
        var scratch = [Double](repeating: 0, count: 1)
        input.withUnsafeBufferPointer { pin in
            phi.withUnsafeMutableBufferPointer { pphi in
                theta.withUnsafeMutableBufferPointer { pth in
                    params.withUnsafeMutableBufferPointer { pp in
                        work.withUnsafeMutableBufferPointer { pw in
                            scratch.withUnsafeMutableBufferPointer { sc in
                                guard let i = pin.baseAddress, let a = pp.baseAddress, let w = pw.baseAddress,
                                      let z = sc.baseAddress else { return }
                                transPars(i, arma, transform: transform, phi: pphi.baseAddress ?? z,
                                          theta: pth.baseAddress ?? z, params: a, work: w)
                            }
                        }
                    }
                }
            }
        }
        return (phi, theta)
    }
}

/// The integer layout R calls `arma`: (p, q, P, Q, m, d, D).
struct ARMAOrders: Sendable, Codable, Equatable {
    var p: Int, q: Int, P: Int, Q: Int, period: Int, d: Int, D: Int
    /// Number of ARMA coefficients before any regression coefficient.
    var count: Int { p + q + P + Q }
}
