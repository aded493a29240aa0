/// The ML objective's data side for a complete series: the differenced series
/// `Δy = (1−B)ᵈ(1−Bᵐ)ᴰ y` and differenced regressors `ΔX`, computed once per fit, so that
/// an evaluation only forms `w = Δy − ΔX β` (differencing is linear) and runs the
/// r-dimensional ARMA filter (`ARMAKalmanWorkspace`) from the stationary Q0, of which the
/// filter needs the first column only.
///
/// That column is cached for the last (φ, θ): finite-difference steps in a regression
/// coefficient reuse it.
///
/// - Complexity: O(m·k) to form w (m = n − d − m·D, k regressors) plus the filter; no
///   allocation after construction.
final class DifferencedLikelihood {
    let m: Int
    let k: Int
    let p: Int
    let q: Int
    let r: Int
    private let dx: UnsafeMutablePointer<Double>
    private let dxreg: UnsafeMutablePointer<Double>
    private let w: UnsafeMutablePointer<Double>
    /// First column of Q0 (what the filter needs), and a full r×r scratch for Gardner's.
    private let column: UnsafeMutablePointer<Double>
    private let q0: UnsafeMutablePointer<Double>
    private let cachePhi: UnsafeMutablePointer<Double>
    private let cacheTheta: UnsafeMutablePointer<Double>
    private var cacheKind = 0
    let filter: ARMAKalmanWorkspace
    let autocovariance: AutocovarianceQ0Workspace

    /// - Parameters: `x` the (Box–Cox transformed) series, no NaN; `xreg` n×k column-major,
    ///   no NaN; `delta` R's `Delta` (`yₜ = Σ Δᵢ yₜ₋ᵢ + wₜ`), n > delta.count.
    init(x: [Double], xreg: [Double], ncxreg: Int, delta: [Double], p: Int, q: Int) {
        let n = x.count, nd = delta.count
        m = n - nd
        k = ncxreg
        self.p = p
        self.q = q
        r = max(p, q + 1)
        dx = .allocate(capacity: m)
        dxreg = .allocate(capacity: max(m * k, 1))
        w = .allocate(capacity: m)
        column = .allocate(capacity: r)
        q0 = .allocate(capacity: r * r)
        cachePhi = .allocate(capacity: max(p, 1))
        cacheTheta = .allocate(capacity: max(q, 1))
        filter = ARMAKalmanWorkspace(p: p, q: q)
        autocovariance = AutocovarianceQ0Workspace(p: p, q: q)
        let nonZero = (0..<nd).filter { delta[$0] != 0 }
        func difference(_ v: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>) {
            for t in nd..<n {
                var s = v[t]
                for i in nonZero { s -= delta[i] * v[t - i - 1] }
                out[t - nd] = s
            }
        }
        x.withUnsafeBufferPointer { difference($0.baseAddress!, into: dx) }
        xreg.withUnsafeBufferPointer { xb in
            for j in 0..<k { difference(xb.baseAddress! + n * j, into: dxreg + m * j) }
        }
    }

    deinit {
        dx.deallocate(); dxreg.deallocate(); w.deallocate(); column.deallocate(); q0.deallocate()
        cachePhi.deallocate(); cacheTheta.deallocate()
    }

    /// The likelihood sums at expanded `phi`/`theta` and regression coefficients `beta`
    /// (k values), with Q0 from the autocovariances or from Gardner's method.
    func sums(phi: UnsafePointer<Double>, theta: UnsafePointer<Double>, beta: UnsafePointer<Double>,
              autocovarianceQ0: Bool, gardner: GardnerQ0Workspace) -> KalmanSums {
        for t in 0..<m { w[t] = dx[t] }
        for j in 0..<k {
            let b = beta[j]
            let col = dxreg + m * j
            for t in 0..<m { w[t] -= col[t] * b }
        }
        let kind = autocovarianceQ0 ? 1 : 2
        var same = cacheKind == kind
        if same { for i in 0..<p where cachePhi[i] != phi[i] { same = false; break } }
        if same { for i in 0..<q where cacheTheta[i] != theta[i] { same = false; break } }
        if !same {
            if r == 1 {
                column[0] = p > 0 ? 1.0 / (1.0 - phi[0] * phi[0]) : 1.0
            } else if autocovarianceQ0 {
                if !autocovariance.firstColumn(phi: phi, theta: theta, into: column) {
                    for i in 0..<r { column[i] = .nan }
                }
            } else {
                gardner.compute(phi: phi, p: p, theta: theta, q: q, into: q0)
                for i in 0..<r { column[i] = q0[i] }
            }
            for i in 0..<p { cachePhi[i] = phi[i] }
            for i in 0..<q { cacheTheta[i] = theta[i] }
            cacheKind = kind
        }
        return filter.run(w: w, m: m, phi: phi, column: column)
    }
}
