import Foundation
import CLAPACK

/// LU factorisation with partial pivoting `P A = L U` through LAPACK `dgetrf`, with the
/// reciprocal condition number (1-norm, `dgecon`) used to refuse numerically singular
/// solves and inverses as R's `solve` does (`rcond < ε` is singular).
public struct LU: Sendable {
    /// `dgetrf` output: unit-lower `L` below the diagonal, `U` on and above.
    public let factors: Matrix
    /// 1-based LAPACK row interchanges.
    public let pivots: [Int32]
    /// True when `dgetrf` met an exactly zero pivot (`info > 0`).
    public let isExactlySingular: Bool
    /// Estimated reciprocal 1-norm condition number (0 when exactly singular).
    public let reciprocalCondition: Double

    /// - Throws: `.dimensionMismatch` (not square), `.nonFinite`, `.lapack`.
    /// - Complexity: O(2n³/3).
    public init(_ a: Matrix) throws {
        try LAPACKCall.requireSquare(a, "LU input")
        try LAPACKCall.requireFinite(a, "A")
        let n = a.rows
        var f = a
        var ipiv = [Int32](repeating: 0, count: n)
        var singular = false
        var rcond = 1.0
        if n > 0 {
            BLASThreads.ensureConfigured()
            var nn = try LAPACKCall.int32(n, "n")
            var lda = nn
            var info: Int32 = 0
            var work = [Double](repeating: 0, count: 4 * n)
            var iwork = [Int32](repeating: 0, count: n)
            let anorm = dlange_("1", &nn, &nn, a.storage, &lda, &work, 1)
            dgetrf_(&nn, &nn, &f.storage, &lda, &ipiv, &info)
            if try LAPACKCall.check(info, "dgetrf") > 0 {
                singular = true
                rcond = 0
            } else {
                var anormCopy = anorm
                dgecon_("1", &nn, f.storage, &lda, &anormCopy, &rcond, &work, &iwork, &info, 1)
                try LAPACKCall.check(info, "dgecon")
            }
        }
        factors = f
        pivots = ipiv
        isExactlySingular = singular
        reciprocalCondition = rcond
    }

    public var dimension: Int { factors.rows }

    /// Throws `.singular` unless the matrix is safely invertible (`rcond ≥ ε`).
    func requireInvertible() throws {
        if isExactlySingular || reciprocalCondition < Double.ulpOfOne {
            throw NumericsError.singular(
                "reciprocal condition number \(reciprocalCondition) is below machine epsilon")
        }
    }

    /// Solves `A X = B` through `dgetrs`.
    ///
    /// - Throws: `.singular` when `rcond < ε`, `.dimensionMismatch`, `.nonFinite`.
    /// - Complexity: O(n²·nrhs).
    public func solve(_ b: Matrix) throws -> Matrix {
        guard b.rows == dimension else {
            throw NumericsError.dimensionMismatch("B has \(b.rows) rows, A is \(dimension)×\(dimension)")
        }
        try LAPACKCall.requireFinite(b, "B")
        try requireInvertible()
        var x = b
        if dimension == 0 || b.columns == 0 { return x }
        var n = Int32(dimension), nrhs = Int32(b.columns)
        var lda = n, ldb = n
        var info: Int32 = 0
        dgetrs_("N", &n, &nrhs, factors.storage, &lda, pivots, &x.storage, &ldb, &info, 1)
        try LAPACKCall.check(info, "dgetrs")
        return x
    }

    /// `A⁻¹` through `dgetri` (workspace queried).
    ///
    /// - Throws: `.singular` when `rcond < ε`.
    /// - Complexity: O(n³).
    public func inverse() throws -> Matrix {
        try requireInvertible()
        var inv = factors
        let n = dimension
        if n == 0 { return inv }
        var nn = Int32(n), lda = Int32(n)
        var info: Int32 = 0
        var query = 0.0
        var lwork: Int32 = -1
        dgetri_(&nn, &inv.storage, &lda, pivots, &query, &lwork, &info)
        try LAPACKCall.check(info, "dgetri")
        let size = LAPACKCall.workspaceSize(query, minimum: n)
        var work = [Double](repeating: 0, count: size)
        lwork = Int32(size)
        dgetri_(&nn, &inv.storage, &lda, pivots, &work, &lwork, &info)
        if try LAPACKCall.check(info, "dgetri") > 0 {
            throw NumericsError.singular("U[\(info - 1), \(info - 1)] is zero")
        }
        return inv
    }

    /// `log |det A| = Σ log |U_ii|` (no overflow). Defined for ill-conditioned matrices;
    /// only an exactly zero pivot throws `.singular` (the log-determinant would be −∞).
    public func logAbsDeterminant() throws -> Double {
        if isExactlySingular { throw NumericsError.singular("zero pivot: determinant is 0") }
        var s = 0.0
        for i in 0..<dimension { s += log(abs(factors[i, i])) }
        return s
    }

    /// The sign of `det A`: `±1`, or 0 when exactly singular.
    public var determinantSign: Double {
        if isExactlySingular { return 0 }
        var sign = 1.0
        for i in 0..<dimension {
            if factors[i, i] < 0 { sign = -sign }
            if Int(pivots[i]) != i + 1 { sign = -sign }
        }
        return sign
    }
}
