import CLAPACK
import Foundation
import AlmanacNumerics

/// Roots of real polynomials through the eigenvalues of the companion matrix (LAPACK
/// `dgeev`), used where R calls `polyroot`: AR stationarity (`arCheck`), MA
/// invertibility (`maInvert`) and auto-ARIMA's unit-root margin. R uses Jenkins–Traub;
/// the moduli agree to ~1e-12, far inside the 1.01 margin and the unit-circle tests.
enum PolynomialRoots {
    /// Roots of `c[0] + c[1] z + … + c[n] zⁿ`, trailing zero coefficients dropped (as
    /// `polyroot`). Returns (re, im) pairs; throws when LAPACK fails.
    static func roots(_ cIn: [Double]) throws -> [(re: Double, im: Double)] {
        var n = cIn.count - 1
        while n > 0 && cIn[n] == 0 { n -= 1 }
        guard n >= 1 else { return [] }
        guard cIn[0...n].allSatisfy({ $0.isFinite }) else {
            throw ForecasterError.estimationFailed("non-finite polynomial coefficient")
        }
        if n == 1 { return [(-cIn[0] / cIn[1], 0)] }
        // Companion matrix (column-major): first row −c[n−1−j]/c[n], sub-diagonal ones.
        var a = [Double](repeating: 0, count: n * n)
        for j in 0..<n { a[0 + n * j] = -cIn[n - 1 - j] / cIn[n] }
        for i in 1..<n { a[i + n * (i - 1)] = 1 }
        var nn = Int32(n), lda = Int32(n), ldv = Int32(1)
        var wr = [Double](repeating: 0, count: n), wi = [Double](repeating: 0, count: n)
        var vl = [Double](repeating: 0, count: 1), vr = [Double](repeating: 0, count: 1)
        var lwork = Int32(8 * n)
        var work = [Double](repeating: 0, count: 8 * n)
        var info: Int32 = 0
        var jobv: CChar = 78  // "N"
        BLASThreads.ensureConfigured()
        dgeev_(&jobv, &jobv, &nn, &a, &lda, &wr, &wi, &vl, &ldv, &vr, &ldv, &work, &lwork, &info, 1, 1)
        guard info == 0 else {
            throw ForecasterError.estimationFailed("dgeev failed (info \(info)) finding polynomial roots")
        }
        return (0..<n).map { (wr[$0], wi[$0]) }
    }

    /// R's `arCheck`: true when all roots of `1 − φ₁z − … − φ_pzᵖ` lie outside the unit circle.
    static func arIsStationary(_ ar: [Double]) -> Bool {
        var p = ar.count
        while p > 0 && ar[p - 1] == 0 { p -= 1 }
        if p == 0 { return true }
        guard let rts = try? roots([1] + ar[0..<p].map { -$0 }) else { return false }
        return rts.allSatisfy { hypot($0.re, $0.im) > 1 }
    }

    /// R's `maInvert`: reflects the roots of `1 + θ₁z + … + θ_qz^q` that lie inside the
    /// unit circle to their reciprocals, giving the invertible MA with the same
    /// autocovariances.
    static func maInvert(_ ma: [Double]) -> [Double] {
        let q = ma.count
        var q0 = q
        while q0 > 0 && ma[q0 - 1] == 0 { q0 -= 1 }
        if q0 == 0 { return ma }
        guard var rts = try? roots([1] + Array(ma[0..<q0])) else { return ma }
        let inside = rts.map { hypot($0.re, $0.im) < 1 }
        if !inside.contains(true) { return ma }
        if q0 == 1 { return [1 / ma[0]] + [Double](repeating: 0, count: q - q0) }
        for k in 0..<rts.count where inside[k] {
            let (re, im) = rts[k]
            let m2 = re * re + im * im
            rts[k] = (re / m2, -im / m2)
        }
        // x ← (x, 0) − (0, x)/root, accumulated in complex arithmetic.
        var xr: [Double] = [1], xi: [Double] = [0]
        for (re, im) in rts {
            let m2 = re * re + im * im
            var nr = xr + [0], ni = xi + [0]
            for k in 0..<xr.count {
                // x[k] / root
                let dr = (xr[k] * re + xi[k] * im) / m2
                let di = (xi[k] * re - xr[k] * im) / m2
                nr[k + 1] -= dr
                ni[k + 1] -= di
            }
            xr = nr; xi = ni
        }
        return Array(xr[1...]) + [Double](repeating: 0, count: q - q0)
    }

    /// Smallest root modulus of `1 − φ₁z − …` (sign −1) or `1 + θ₁z + …` (sign +1),
    /// ignoring trailing coefficients with |c| ≤ 1e-8 as `forecast:::myarima` does; 2 when
    /// there is nothing to test, −∞ (i.e. reject) when root finding fails.
    static func minimumRootModulus(_ coefs: [Double], sign: Double) -> Double {
        var last = -1
        for (k, v) in coefs.enumerated() where abs(v) > 1e-8 { last = k }
        if last < 0 { return 2 }
        guard let rts = try? roots([1] + coefs[0...last].map { sign * $0 }) else { return -.infinity }
        return min(2, rts.map { hypot($0.re, $0.im) }.min() ?? 2)
    }
}
