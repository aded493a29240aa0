import CLAPACK
import Foundation
import AlmanacNumerics

/// The few dense linear-algebra steps of `stats::arima` outside the filter: the OLS
/// start for regression coefficients (`lm`), R's `solve()` with its condition-number
/// guard, and the right singular vectors used to rotate several regressors.
enum ARIMALinearAlgebra {
    /// Least squares `y ~ X − 1` on the complete rows: coefficients, their standard
    /// errors (`summary(lm)`), and the rank. `x` is column-major n×k.
    ///
    /// - Complexity: O(n·k²) (modified Gram–Schmidt QR).
    static func ols(y: [Double], x: [Double], n: Int, k: Int) -> (coef: [Double], se: [Double], rank: Int)? {
        var rows: [Int] = []
        for i in 0..<n where !y[i].isNaN && (0..<k).allSatisfy({ !x[i + n * $0].isNaN }) { rows.append(i) }
        let m = rows.count
        guard m > 0, k > 0 else { return nil }
        var q = [Double](repeating: 0, count: m * k)
        for j in 0..<k { for (r, i) in rows.enumerated() { q[r + m * j] = x[i + n * j] } }
        var rr = [Double](repeating: 0, count: k * k)
        var rank = 0
        var colNorm0 = [Double](repeating: 0, count: k)
        for j in 0..<k {
            var s = 0.0
            for r in 0..<m { s += q[r + m * j] * q[r + m * j] }
            colNorm0[j] = s.squareRoot()
        }
        for j in 0..<k {
            for i in 0..<j {
                var s = 0.0
                for r in 0..<m { s += q[r + m * i] * q[r + m * j] }
                rr[i + k * j] = s
                for r in 0..<m { q[r + m * j] -= s * q[r + m * i] }
            }
            var s = 0.0
            for r in 0..<m { s += q[r + m * j] * q[r + m * j] }
            let nrm = s.squareRoot()
            // lm's pivoting tolerance: a column whose residual norm is tiny relative to
            // its original norm is aliased.
            if nrm <= 1e-7 * max(colNorm0[j], .leastNormalMagnitude) { return (coef: [], se: [], rank: rank) }
            rank += 1
            rr[j + k * j] = nrm
            for r in 0..<m { q[r + m * j] /= nrm }
        }
        let yy = rows.map { y[$0] }
        var qty = [Double](repeating: 0, count: k)
        for j in 0..<k { var s = 0.0; for r in 0..<m { s += q[r + m * j] * yy[r] }; qty[j] = s }
        var coef = [Double](repeating: 0, count: k)
        for j in stride(from: k - 1, through: 0, by: -1) {
            var s = qty[j]
            for i in (j + 1)..<k where i < k { s -= rr[j + k * i] * coef[i] }
            coef[j] = s / rr[j + k * j]
        }
        var rss = 0.0
        for (r, i) in rows.enumerated() {
            var fit = 0.0
            for j in 0..<k { fit += x[i + n * j] * coef[j] }
            let e = yy[r] - fit
            rss += e * e
        }
        let dfResid = m - k
        let s2 = dfResid > 0 ? rss / Double(dfResid) : .nan
        // (RᵀR)⁻¹ diagonal = row norms² of R⁻¹.
        var rinv = [Double](repeating: 0, count: k * k)
        for j in 0..<k {
            rinv[j + k * j] = 1 / rr[j + k * j]
            for i in stride(from: j - 1, through: 0, by: -1) {
                var s = 0.0
                for l in (i + 1)...j { s += rr[i + k * l] * rinv[l + k * j] }
                rinv[i + k * j] = -s / rr[i + k * i]
            }
        }
        var se = [Double](repeating: 0, count: k)
        for i in 0..<k {
            var s = 0.0
            for j in i..<k { s += rinv[i + k * j] * rinv[i + k * j] }
            se[i] = (s * s2).squareRoot()
        }
        return (coef, se, rank)
    }

    /// R's `solve(a, b)`: LU solve, refusing (nil) exactly singular systems and those
    /// whose reciprocal 1-norm condition number is below machine epsilon, as R does.
    /// `a` is column-major n×n, `b` n×nrhs.
    static func solve(_ aIn: [Double], n: Int, _ bIn: [Double], nrhs: Int) -> [Double]? {
        guard n > 0 else { return [] }
        guard aIn.allSatisfy({ $0.isFinite }) else { return nil }
        var a = aIn, b = bIn
        var nn = Int32(n), nr = Int32(nrhs), lda = Int32(n), ldb = Int32(n), info: Int32 = 0
        var ipiv = [Int32](repeating: 0, count: n)
        var norm: CChar = 49  // "1"
        var work = [Double](repeating: 0, count: 4 * n)
        BLASThreads.ensureConfigured()
        let anorm = dlange_(&norm, &nn, &nn, &a, &lda, &work, 1)
        dgesv_(&nn, &nr, &a, &lda, &ipiv, &b, &ldb, &info)
        guard info == 0 else { return nil }
        var rcond = 0.0
        var anormV = anorm
        var iwork = [Int32](repeating: 0, count: n)
        dgecon_(&norm, &nn, &a, &lda, &anormV, &rcond, &work, &iwork, &info, 1)
        guard info == 0, rcond >= Double.ulpOfOne else { return nil }
        return b
    }

    /// Right singular vectors `V` (k×k, column-major, columns by decreasing singular
    /// value) of the complete rows of the n×k matrix `x`, via LAPACK `dgesvd` as R's `svd`.
    static func rightSingularVectors(_ x: [Double], n: Int, k: Int) -> [Double]? {
        var rows: [Int] = []
        for i in 0..<n where (0..<k).allSatisfy({ !x[i + n * $0].isNaN }) { rows.append(i) }
        let m = rows.count
        guard m > 0 else { return nil }
        var a = [Double](repeating: 0, count: m * k)
        for j in 0..<k { for (r, i) in rows.enumerated() { a[r + m * j] = x[i + n * j] } }
        var mm = Int32(m), kk = Int32(k), lda = Int32(m), ldu = Int32(1), ldvt = Int32(k), info: Int32 = 0
        var s = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: 1)
        var vt = [Double](repeating: 0, count: k * k)
        var jobu: CChar = 78, jobvt: CChar = 65  // "N", "A"
        var lwork: Int32 = -1
        var wq = [Double](repeating: 0, count: 1)
        BLASThreads.ensureConfigured()
        dgesvd_(&jobu, &jobvt, &mm, &kk, &a, &lda, &s, &u, &ldu, &vt, &ldvt, &wq, &lwork, &info, 1, 1)
        lwork = Int32(max(1, Int(wq[0])))
        var work = [Double](repeating: 0, count: Int(lwork))
        dgesvd_(&jobu, &jobvt, &mm, &kk, &a, &lda, &s, &u, &ldu, &vt, &ldvt, &work, &lwork, &info, 1, 1)
        guard info == 0 else { return nil }
        var v = [Double](repeating: 0, count: k * k)
        for i in 0..<k { for j in 0..<k { v[i + k * j] = vt[j + k * i] } }
        return v
    }
}
