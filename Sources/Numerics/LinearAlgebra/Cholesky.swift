import Foundation
import CLAPACK

/// Cholesky factorisation `A = L Lᵀ` of a symmetric positive-definite matrix through
/// LAPACK `dpotrf`, with solves, inverse and log-determinant.
///
/// Only the lower triangle of `A` is read (LAPACK convention); the upper triangle is
/// assumed to mirror it.
public struct Cholesky: Sendable {
    /// The lower-triangular factor `L` (upper triangle zero).
    public let lower: Matrix

    /// Factors `a`.
    ///
    /// - Throws: `.dimensionMismatch` (not square), `.nonFinite`,
    ///   `.notPositiveDefinite` when the leading minor of order `info` is not positive
    ///   (`dpotrf` `info > 0`), `.lapack` for `info < 0`.
    /// - Complexity: O(n³/3).
    public init(_ a: Matrix) throws {
        try LAPACKCall.requireSquare(a, "Cholesky input")
        try LAPACKCall.requireFinite(a, "A")
        var l = a
        let n = a.rows
        if n > 0 {
            BLASThreads.ensureConfigured()
            var nn = try LAPACKCall.int32(n, "n")
            var lda = nn
            var info: Int32 = 0
            dpotrf_("L", &nn, &l.storage, &lda, &info, 1)
            if try LAPACKCall.check(info, "dpotrf") > 0 {
                throw NumericsError.notPositiveDefinite(
                    "leading minor of order \(info) is not positive")
            }
            for j in 1..<max(1, n) { for i in 0..<j { l[i, j] = 0 } }
        }
        lower = l
    }

    public var dimension: Int { lower.rows }

    /// Solves `A X = B` through `dpotrs`.
    ///
    /// - Complexity: O(n²·nrhs).
    public func solve(_ b: Matrix) throws -> Matrix {
        guard b.rows == dimension else {
            throw NumericsError.dimensionMismatch("B has \(b.rows) rows, A is \(dimension)×\(dimension)")
        }
        try LAPACKCall.requireFinite(b, "B")
        var x = b
        if dimension == 0 || b.columns == 0 { return x }
        var n = Int32(dimension), nrhs = Int32(b.columns)
        var lda = n, ldb = n
        var info: Int32 = 0
        dpotrs_("L", &n, &nrhs, lower.storage, &lda, &x.storage, &ldb, &info, 1)
        try LAPACKCall.check(info, "dpotrs")
        return x
    }

    /// Solves `A x = b`.
    public func solve(_ b: [Double]) throws -> [Double] {
        try solve(try Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }

    /// `A⁻¹` through `dpotri`, symmetrised.
    ///
    /// - Complexity: O(n³).
    public func inverse() throws -> Matrix {
        var inv = lower
        let n = dimension
        if n == 0 { return inv }
        var nn = Int32(n), lda = Int32(n)
        var info: Int32 = 0
        dpotri_("L", &nn, &inv.storage, &lda, &info, 1)
        if try LAPACKCall.check(info, "dpotri") > 0 {
            throw NumericsError.singular("L[\(info - 1), \(info - 1)] is zero")
        }
        for j in 0..<n { for i in 0..<j { inv[i, j] = inv[j, i] } }
        return inv
    }

    /// `log det A = 2 Σ log L_ii` (computed as a sum of logs, so it neither overflows
    /// nor underflows for large matrices).
    public var logDeterminant: Double {
        var s = 0.0
        for i in 0..<dimension { s += log(lower[i, i]) }
        return 2 * s
    }
}
