/// Conditional sum of squares of an ARIMA model (R's `ARIMA_CSS`).
///
/// The series is differenced (`d` times at lag 1, `D` times at lag m), then the ARMA
/// innovations `eₜ = wₜ − Σφⱼwₜ₋ⱼ − Σθⱼeₜ₋ⱼ` are computed for `t ≥ ncond`, treating
/// earlier innovations as zero. Returns `Σeₜ²/ν` over the ν non-missing innovations.
///
/// - Complexity: O(n·(p + q)) with preallocated buffers (no allocation).
final class CSSWorkspace {
    let n: Int
    let w: UnsafeMutablePointer<Double>
    let resid: UnsafeMutablePointer<Double>

    init(n: Int) {
        self.n = n
        w = .allocate(capacity: max(n, 1))
        resid = .allocate(capacity: max(n, 1))
    }

    deinit { w.deallocate(); resid.deallocate() }

    func run(y: UnsafePointer<Double>, arma: ARMAOrders, phi: UnsafePointer<Double>, p: Int,
             theta: UnsafePointer<Double>, q: Int, ncond: Int) -> Double {
        for i in 0..<n { w[i] = y[i] }
        for _ in 0..<arma.d {
            var l = n - 1
            while l > 0 { w[l] -= w[l - 1]; l -= 1 }
        }
        let ns = arma.period
        for _ in 0..<arma.D {
            var l = n - 1
            while l >= ns { w[l] -= w[l - ns]; l -= 1 }
        }
        for i in 0..<min(ncond, n) { resid[i] = 0 }
        var ssq = 0.0
        var nu = 0
        var l = ncond
        while l < n {
            var tmp = w[l]
            for j in 0..<p { tmp -= phi[j] * w[l - j - 1] }
            let jmax = min(l - ncond, q)
            for j in 0..<jmax { tmp -= theta[j] * resid[l - j - 1] }
            resid[l] = tmp
            if !tmp.isNaN {
                nu += 1
                ssq += tmp * tmp
            }
            l += 1
        }
        return ssq / Double(nu)
    }
}
