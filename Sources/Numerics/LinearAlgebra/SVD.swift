import CLAPACK

/// Thin singular value decomposition `A = U Σ Vᵀ` through LAPACK `dgesdd`
/// (divide and conquer), `k = min(m, n)` singular values in descending order.
public struct SVD: Sendable {
    /// `m × k` left singular vectors.
    public let u: Matrix
    /// `k` singular values, descending, non-negative.
    public let singularValues: [Double]
    /// `k × n` transposed right singular vectors.
    public let vt: Matrix

    /// Decomposes `a`.
    ///
    /// - Throws: `.nonFinite`, `.noConvergence` when `dgesdd` reports `info > 0`
    ///   (the bidiagonal iteration did not converge), `.lapack` for `info < 0`.
    /// - Complexity: O(m·n·min(m, n)).
    public init(_ a: Matrix) throws {
        try LAPACKCall.requireFinite(a, "A")
        let m = a.rows, n = a.columns, k = min(m, n)
        var uu = Matrix(rows: m, columns: k)
        var vv = Matrix(rows: k, columns: n)
        var s = [Double](repeating: 0, count: k)
        if k > 0 {
            BLASThreads.ensureConfigured()
            var work0 = a
            var mm = try LAPACKCall.int32(m, "rows"), nn = try LAPACKCall.int32(n, "columns")
            var lda = max(1, mm), ldu = max(1, mm), ldvt = max(1, Int32(k))
            var iwork = [Int32](repeating: 0, count: 8 * k)
            var info: Int32 = 0
            var query = 0.0
            var lwork: Int32 = -1
            dgesdd_("S", &mm, &nn, &work0.storage, &lda, &s, &uu.storage, &ldu,
                    &vv.storage, &ldvt, &query, &lwork, &iwork, &info, 1)
            try LAPACKCall.check(info, "dgesdd")
            let size = LAPACKCall.workspaceSize(query, minimum: 1)
            var work = [Double](repeating: 0, count: size)
            lwork = try LAPACKCall.int32(size, "lwork")
            dgesdd_("S", &mm, &nn, &work0.storage, &lda, &s, &uu.storage, &ldu,
                    &vv.storage, &ldvt, &work, &lwork, &iwork, &info, 1)
            if try LAPACKCall.check(info, "dgesdd") > 0 {
                throw NumericsError.noConvergence("dgesdd: the bidiagonal SVD did not converge")
            }
        }
        u = uu
        singularValues = s
        vt = vv
    }

    /// Numerical rank: singular values above `tolerance · σ₁`.
    public func rank(tolerance: Double = 1e-12) -> Int {
        guard let s1 = singularValues.first, s1 > 0 else { return 0 }
        return singularValues.filter { $0 > tolerance * s1 }.count
    }

    /// 2-norm condition number `σ₁ / σ_k` (+∞ when the smallest singular value is 0).
    public var conditionNumber: Double {
        guard let first = singularValues.first, let last = singularValues.last else { return 0 }
        return last == 0 ? .infinity : first / last
    }
}
