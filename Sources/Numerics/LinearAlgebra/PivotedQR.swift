import CLAPACK

/// Householder QR with column pivoting, `A P = Q R`, through LAPACK `dgeqp3`, with
/// numerical rank detection.
///
/// `dgeqp3` moves the column of largest remaining norm to the front at each step, so
/// `|R₁₁| ≥ |R₂₂| ≥ …` (up to rounding). The numerical rank is the number of leading
/// diagonal entries with `|R_jj| ≥ tolerance · |R₁₁|`; the default `1e-7` is R's `lm`
/// tolerance. The columns of `A` beyond the rank (in pivot order) are *aliased*:
/// numerically linear combinations of the leading ones. A zero matrix has rank 0.
///
/// - Note: R's `lm` (LINPACK `dqrdc2`) keeps columns in their original order and only
///   moves near-dependent ones to the end; `dgeqp3` pivots by norm, so *which* member
///   of a dependent set is reported as aliased can differ. `LinearRegression` restores
///   R's choice (earliest columns win); see `LinearRegression.RankPolicy`.
public struct PivotedQR: Sendable {
    /// Shape of the factored matrix.
    public let rows: Int
    public let columns: Int
    /// `dgeqp3`'s output: `R` on and above the diagonal, Householder vectors below.
    public let factors: Matrix
    /// Householder scalars, `min(rows, columns)` of them.
    public let tau: [Double]
    /// 0-based pivot: column `k` of `A P` is column `pivot[k]` of `A`.
    public let pivot: [Int]
    /// Numerical rank under `tolerance`.
    public let rank: Int
    /// Relative tolerance on `|R_jj| / |R₁₁|` used for the rank.
    public let tolerance: Double

    /// Factors `a`.
    ///
    /// - Throws: `.nonFinite` for NaN/Inf entries, `.invalidArgument` for a negative or
    ///   non-finite tolerance, `.lapack` if LAPACK rejects an argument.
    /// - Complexity: O(m·n·min(m, n)).
    public init(_ a: Matrix, tolerance: Double = 1e-7) throws {
        guard tolerance.isFinite, tolerance >= 0 else {
            throw NumericsError.invalidArgument("QR rank tolerance \(tolerance)")
        }
        try LAPACKCall.requireFinite(a, "A")
        rows = a.rows
        columns = a.columns
        self.tolerance = tolerance
        let k = min(rows, columns)
        var f = a
        var jpvt = [Int32](repeating: 0, count: columns)  // 0 = free column
        var t = [Double](repeating: 0, count: k)
        if k > 0 {
            BLASThreads.ensureConfigured()
            var m = try LAPACKCall.int32(rows, "rows")
            var n = try LAPACKCall.int32(columns, "columns")
            var lda = max(1, m)
            var info: Int32 = 0
            var query = 0.0
            var lwork: Int32 = -1
            dgeqp3_(&m, &n, &f.storage, &lda, &jpvt, &t, &query, &lwork, &info)
            try LAPACKCall.check(info, "dgeqp3")
            let size = LAPACKCall.workspaceSize(query, minimum: 3 * columns + 1)
            var work = [Double](repeating: 0, count: size)
            lwork = try LAPACKCall.int32(size, "lwork")
            dgeqp3_(&m, &n, &f.storage, &lda, &jpvt, &t, &work, &lwork, &info)
            try LAPACKCall.check(info, "dgeqp3")
            pivot = jpvt.map { Int($0) - 1 }
        } else {
            pivot = Array(0..<columns)
        }
        factors = f
        tau = t
        var r = 0
        if k > 0 {
            let r11 = abs(f[0, 0])
            if r11 > 0 {
                while r < k && abs(f[r, r]) >= tolerance * r11 { r += 1 }
            }
        }
        rank = r
    }

    /// Original indices of the aliased columns (pivot positions beyond the rank), ascending.
    public var aliased: [Int] { pivot[rank...].sorted() }

    /// True when every column is linearly independent (numerically).
    public var isFullRank: Bool { rank == columns }

    /// The `min(m, n) × n` upper-triangular factor `R` (columns in pivot order).
    public var r: Matrix {
        let k = min(rows, columns)
        var out = Matrix(rows: k, columns: columns)
        if k == 0 { return out }
        for j in 0..<columns { for i in 0...min(j, k - 1) { out[i, j] = factors[i, j] } }
        return out
    }

    /// `Qᵀ b` through `dormqr` (the full `m`-vector).
    ///
    /// - Complexity: O(m·min(m, n)).
    public func applyQTranspose(_ b: [Double]) throws -> [Double] {
        try applyQ(b, transpose: true)
    }

    /// `Q c` for an `m`-vector `c` through `dormqr`.
    public func applyQ(_ c: [Double], transpose: Bool = false) throws -> [Double] {
        guard c.count == rows else {
            throw NumericsError.dimensionMismatch("vector has \(c.count) values, Q is \(rows)×\(rows)")
        }
        var out = c
        let k = min(rows, columns)
        if k == 0 { return out }
        var m = Int32(rows), one: Int32 = 1, kk = Int32(k)
        var lda = max(1, m), ldc = max(1, m)
        var info: Int32 = 0
        var query = 0.0
        var lwork: Int32 = -1
        let trans = transpose ? "T" : "N"
        try factors.storage.withUnsafeBufferPointer { pa in
            try tau.withUnsafeBufferPointer { pt in
                dormqr_("L", trans, &m, &one, &kk, pa.baseAddress, &lda, pt.baseAddress,
                        &out, &ldc, &query, &lwork, &info, 1, 1)
                try LAPACKCall.check(info, "dormqr")
                let size = LAPACKCall.workspaceSize(query, minimum: 1)
                var work = [Double](repeating: 0, count: size)
                lwork = Int32(size)
                dormqr_("L", trans, &m, &one, &kk, pa.baseAddress, &lda, pt.baseAddress,
                        &out, &ldc, &work, &lwork, &info, 1, 1)
                try LAPACKCall.check(info, "dormqr")
            }
        }
        return out
    }

    /// The first `count` columns of `Q` (default `min(m, n)`), through `dorgqr`.
    ///
    /// - Complexity: O(m·count·min(m, n)).
    public func thinQ(columns count: Int? = nil) throws -> Matrix {
        let k = min(rows, columns)
        let c = count ?? k
        guard c >= 0, c <= k else {
            throw NumericsError.invalidArgument("thin Q with \(c) columns of at most \(k)")
        }
        if c == 0 { return Matrix(rows: rows, columns: 0) }
        var q = try Matrix(rows: rows, columns: c,
                           columnMajor: Array(factors.storage[0..<(rows * c)]))
        var m = Int32(rows), n = Int32(c), kk = Int32(c)
        var lda = max(1, m)
        var info: Int32 = 0
        var query = 0.0
        var lwork: Int32 = -1
        let t = Array(tau[0..<c])
        dorgqr_(&m, &n, &kk, &q.storage, &lda, t, &query, &lwork, &info)
        try LAPACKCall.check(info, "dorgqr")
        let size = LAPACKCall.workspaceSize(query, minimum: c)
        var work = [Double](repeating: 0, count: size)
        lwork = Int32(size)
        dorgqr_(&m, &n, &kk, &q.storage, &lda, t, &work, &lwork, &info)
        try LAPACKCall.check(info, "dorgqr")
        return q
    }

    /// Solves `R₁₁ z = c` for the leading `rank × rank` block through `dtrtrs`, for
    /// `nrhs` right-hand sides stored column-major with leading dimension `rank`.
    func solveR11(_ c: inout [Double], nrhs: Int) throws {
        if rank == 0 || nrhs == 0 { return }
        var n = Int32(rank), nr = Int32(nrhs)
        var lda = Int32(max(1, rows)), ldb = Int32(rank)
        var info: Int32 = 0
        dtrtrs_("U", "N", "N", &n, &nr, factors.storage, &lda, &c, &ldb, &info, 1, 1, 1)
        if try LAPACKCall.check(info, "dtrtrs") > 0 {
            throw NumericsError.singular("R[\(info - 1), \(info - 1)] is zero")
        }
    }

    /// Solves the semi-normal equations `R₁₁ᵀ R₁₁ z = c` (pivot order in and out) for
    /// `c = P₁ᵀ Aᵀ r`: the correction step of corrected semi-normal-equation refinement,
    /// which never forms `AᵀA`.
    ///
    /// - Complexity: O(rank²).
    public func solveSemiNormal(_ c: [Double]) throws -> [Double] {
        guard c.count == rank else {
            throw NumericsError.dimensionMismatch("\(c.count) values for rank \(rank)")
        }
        if rank == 0 { return [] }
        var z = c
        var n = Int32(rank), one: Int32 = 1
        var lda = Int32(max(1, rows)), ldb = Int32(rank)
        var info: Int32 = 0
        dtrtrs_("U", "T", "N", &n, &one, factors.storage, &lda, &z, &ldb, &info, 1, 1, 1)
        if try LAPACKCall.check(info, "dtrtrs") > 0 {
            throw NumericsError.singular("R[\(info - 1), \(info - 1)] is zero")
        }
        try solveR11(&z, nrhs: 1)
        return z
    }

    /// The least-squares *basic* solution of `A x ≈ b`: minimises `‖A x − b‖₂` using
    /// only the `rank` leading pivot columns; the coefficients of aliased columns are 0.
    /// For a full-rank `A` this is the unique least-squares solution.
    ///
    /// - Throws: `.dimensionMismatch` when `b` has the wrong length, `.nonFinite`.
    /// - Complexity: O(m·n + rank²).
    public func solve(_ b: [Double]) throws -> [Double] {
        try LAPACKCall.requireFinite(b, "b")
        let qtb = try applyQTranspose(b)
        var z = Array(qtb[0..<rank])
        try solveR11(&z, nrhs: 1)
        var x = [Double](repeating: 0, count: columns)
        for i in 0..<rank { x[pivot[i]] = z[i] }
        return x
    }

    /// Column-by-column `solve` for a matrix right-hand side.
    public func solve(_ b: Matrix) throws -> Matrix {
        guard b.rows == rows else {
            throw NumericsError.dimensionMismatch("B has \(b.rows) rows, A has \(rows)")
        }
        var out = Matrix(rows: columns, columns: b.columns)
        for j in 0..<b.columns {
            let x = try solve(b.column(j))
            for i in 0..<columns { out[i, j] = x[i] }
        }
        return out
    }

    /// `(R₁₁ᵀ R₁₁)⁻¹` for the leading `rank` pivot columns, in pivot order: the
    /// unscaled covariance `(A₁ᵀ A₁)⁻¹` of the non-aliased columns `A₁ = A P[:, :rank]`.
    /// Computed as `R₁₁⁻¹ R₁₁⁻ᵀ` (`dtrtri` then a triangular product), never by forming `AᵀA`.
    ///
    /// - Complexity: O(rank³).
    public func inverseGramOfLeadingColumns() throws -> Matrix {
        let r = rank
        if r == 0 { return Matrix(rows: 0, columns: 0) }
        var rinv = Matrix(rows: r, columns: r)
        for j in 0..<r { for i in 0...j { rinv[i, j] = factors[i, j] } }
        var n = Int32(r), lda = Int32(r)
        var info: Int32 = 0
        dtrtri_("U", "N", &n, &rinv.storage, &lda, &info, 1, 1)
        if try LAPACKCall.check(info, "dtrtri") > 0 {
            throw NumericsError.singular("R[\(info - 1), \(info - 1)] is zero")
        }
        // R⁻¹ R⁻ᵀ: rows of the upper-triangular R⁻¹ dotted pairwise.
        var out = Matrix(rows: r, columns: r)
        for i in 0..<r {
            for j in i..<r {
                var s = 0.0
                for l in j..<r { s += rinv[i, l] * rinv[j, l] }
                out[i, j] = s
                out[j, i] = s
            }
        }
        return out
    }
}
