import CLAPACK

/// Eigenvalues of a general (nonsymmetric) real matrix.
public enum Eigen {
    /// The `n` eigenvalues of `a` through LAPACK `dgeev` (no eigenvectors), in LAPACK's
    /// order; complex conjugate pairs are adjacent with the positive imaginary part first.
    ///
    /// - Throws: `.dimensionMismatch` (not square), `.nonFinite`, `.noConvergence` when
    ///   the QR algorithm failed (`dgeev` `info > 0`), `.lapack` for `info < 0`.
    /// - Complexity: O(n³).
    public static func general(_ a: Matrix) throws -> [Complex] {
        try LAPACKCall.requireSquare(a, "eigenvalue input")
        try LAPACKCall.requireFinite(a, "A")
        let n = a.rows
        if n == 0 { return [] }
        BLASThreads.ensureConfigured()
        var h = a
        var nn = try LAPACKCall.int32(n, "n")
        var lda = nn, one: Int32 = 1
        var wr = [Double](repeating: 0, count: n)
        var wi = [Double](repeating: 0, count: n)
        var dummy = [Double](repeating: 0, count: 1)
        var dummy2 = [Double](repeating: 0, count: 1)
        var info: Int32 = 0
        var query = 0.0
        var lwork: Int32 = -1
        dgeev_("N", "N", &nn, &h.storage, &lda, &wr, &wi, &dummy, &one, &dummy2, &one,
               &query, &lwork, &info, 1, 1)
        try LAPACKCall.check(info, "dgeev")
        let size = LAPACKCall.workspaceSize(query, minimum: 3 * n)
        var work = [Double](repeating: 0, count: size)
        lwork = try LAPACKCall.int32(size, "lwork")
        dgeev_("N", "N", &nn, &h.storage, &lda, &wr, &wi, &dummy, &one, &dummy2, &one,
               &work, &lwork, &info, 1, 1)
        if try LAPACKCall.check(info, "dgeev") > 0 {
            throw NumericsError.noConvergence("dgeev: the QR algorithm failed to compute all eigenvalues")
        }
        return (0..<n).map { Complex(wr[$0], wi[$0]) }
    }
}
