import CLAPACK

/// Eigen-decomposition `A = V diag(λ) Vᵀ` of a real symmetric matrix through LAPACK
/// `dsyevd` (divide and conquer). Eigenvalues ascending; `vectors` has the matching
/// orthonormal eigenvectors as columns. Only the lower triangle of `A` is read.
public struct SymmetricEigen: Sendable {
    /// Eigenvalues in ascending order.
    public let values: [Double]
    /// Orthonormal eigenvectors, column `j` for `values[j]`.
    public let vectors: Matrix

    /// - Throws: `.dimensionMismatch` (not square), `.nonFinite`, `.noConvergence`
    ///   (`dsyevd` `info > 0`), `.lapack` (`info < 0`).
    /// - Complexity: O(n³).
    public init(_ a: Matrix) throws {
        try LAPACKCall.requireSquare(a, "symmetric eigen input")
        try LAPACKCall.requireFinite(a, "A")
        let n = a.rows
        var v = a
        var w = [Double](repeating: 0, count: n)
        if n > 0 {
            BLASThreads.ensureConfigured()
            var nn = try LAPACKCall.int32(n, "n")
            var lda = nn
            var info: Int32 = 0
            var query = 0.0
            var iquery: Int32 = 0
            var lwork: Int32 = -1, liwork: Int32 = -1
            dsyevd_("V", "L", &nn, &v.storage, &lda, &w, &query, &lwork, &iquery, &liwork, &info, 1, 1)
            try LAPACKCall.check(info, "dsyevd")
            let size = LAPACKCall.workspaceSize(query, minimum: 1 + 6 * n + 2 * n * n)
            let isize = max(Int(iquery), 3 + 5 * n)
            var work = [Double](repeating: 0, count: size)
            var iwork = [Int32](repeating: 0, count: isize)
            lwork = try LAPACKCall.int32(size, "lwork")
            liwork = try LAPACKCall.int32(isize, "liwork")
            dsyevd_("V", "L", &nn, &v.storage, &lda, &w, &work, &lwork, &iwork, &liwork, &info, 1, 1)
            if try LAPACKCall.check(info, "dsyevd") > 0 {
                throw NumericsError.noConvergence("dsyevd: \(info) off-diagonal elements did not converge")
            }
        }
        values = w
        vectors = v
    }
}
