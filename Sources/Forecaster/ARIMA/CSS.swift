/// Conditional sum of squares of an ARIMA model (R's `ARIMA_CSS`).
///
/// The series is differenced (`d` times at lag 1, `D` times at lag m), then the ARMA
/// innovations `eₜ = wₜ − Σφⱼwₜ₋ⱼ − Σθⱼeₜ₋ⱼ` are computed for `t ≥ ncond`, treating
/// earlier innovations as zero. Returns `Σeₜ²/ν` over the ν non-missing innovations.
///
/// Expanded seasonal polynomials are mostly zeros (θ of (1+θB)(1+ΘB¹²) has 3 non-zeros
/// of 13), so when the differenced series is finite the sums run over the non-zero
/// coefficients only: bit-identical to R's dense loops, since `x − 0·w = x` for finite w.
/// With missing values every coefficient is kept (there `0·NaN` propagates, as in R).
///
/// - Complexity: O(n·(d + D)) to difference (skipped when the series is unchanged since
///   the last call, see `difference(_:arma:)`) plus O(n·(nnz(φ) + nnz(θ))); no allocation.
final class CSSWorkspace {
    let n: Int
    let w: UnsafeMutablePointer<Double>
    let resid: UnsafeMutablePointer<Double>
    private let arIndex: UnsafeMutablePointer<Int>
    private let maIndex: UnsafeMutablePointer<Int>
    /// Whether every differenced value is finite (allows the sparse loops).
    private var finite = false

    init(n: Int, p: Int, q: Int) {
        self.n = n
        w = .allocate(capacity: max(n, 1))
        resid = .allocate(capacity: max(n, 1))
        arIndex = .allocate(capacity: max(p, 1))
        maIndex = .allocate(capacity: max(q, 1))
    }

    deinit { w.deallocate(); resid.deallocate(); arIndex.deallocate(); maIndex.deallocate() }

    /// Differences `y` into `w` (R's in-place loops).
    func difference(_ y: UnsafePointer<Double>, arma: ARMAOrders) {
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
        finite = true
        for i in 0..<n where !w[i].isFinite { finite = false; break }
    }

    /// Differences `y` and returns the conditional mean square.
    func run(y: UnsafePointer<Double>, arma: ARMAOrders, phi: UnsafePointer<Double>, p: Int,
             theta: UnsafePointer<Double>, q: Int, ncond: Int) -> Double {
        difference(y, arma: arma)
        return runDifferenced(phi: phi, p: p, theta: theta, q: q, ncond: ncond)
    }

    /// The conditional mean square of the series last passed to `difference`.
    func runDifferenced(phi: UnsafePointer<Double>, p: Int, theta: UnsafePointer<Double>, q: Int,
                        ncond: Int) -> Double {
        for i in 0..<min(ncond, n) { resid[i] = 0 }
        var ssq = 0.0
        var nu = 0
        var l = ncond
        // The coefficients the sums run over: the non-zero ones for a finite series, all of
        // them otherwise (so that 0·NaN propagates as in R's dense loops).
        var nar = 0, nma = 0
        for j in 0..<p where !finite || phi[j] != 0 { arIndex[nar] = j; nar += 1 }
        for j in 0..<q where !finite || theta[j] != 0 { maIndex[nma] = j; nma += 1 }
        while l < n {
            var tmp = w[l]
            for t in 0..<nar { let j = arIndex[t]; tmp -= phi[j] * w[l - j - 1] }
            let jmax = min(l - ncond, q)
            for t in 0..<nma {
                let j = maIndex[t]
                if j >= jmax { break }
                tmp -= theta[j] * resid[l - j - 1]
            }
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
