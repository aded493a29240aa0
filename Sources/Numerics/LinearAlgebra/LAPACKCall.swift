import CLAPACK

/// Shared plumbing for the LAPACK wrappers: input validation, `info` mapping and
/// workspace sizing.
///
/// LAPACK reports failure through its `info` argument: `info < 0` means argument
/// number `-info` was illegal (a bug on our side, surfaced as `.lapack` rather than a
/// trap); `info > 0` has a routine-specific meaning that each wrapper maps to the
/// fitting `NumericsError` (`.singular`, `.notPositiveDefinite`, `.noConvergence`).
enum LAPACKCall {
    /// Throws `.lapack` for an illegal-argument report; returns `info` otherwise so the
    /// caller can map its routine-specific positive codes.
    @discardableResult
    static func check(_ info: Int32, _ routine: String) throws -> Int {
        if info < 0 { throw NumericsError.lapack(routine: routine, info: Int(info)) }
        return Int(info)
    }

    /// Rejects NaN / ±Inf before LAPACK sees them (LAPACK's behaviour on them is
    /// undefined: some routines loop, some return garbage).
    static func requireFinite(_ a: Matrix, _ what: String) throws {
        for (k, v) in a.storage.enumerated() where !v.isFinite {
            let i = a.rows == 0 ? 0 : k % a.rows
            let j = a.rows == 0 ? 0 : k / a.rows
            throw NumericsError.nonFinite("\(what)[\(i), \(j)] = \(v)")
        }
    }

    static func requireFinite(_ x: [Double], _ what: String) throws {
        for (i, v) in x.enumerated() where !v.isFinite {
            throw NumericsError.nonFinite("\(what)[\(i)] = \(v)")
        }
    }

    static func requireSquare(_ a: Matrix, _ what: String) throws {
        guard a.rows == a.columns else {
            throw NumericsError.dimensionMismatch("\(what) must be square, is \(a.rows)×\(a.columns)")
        }
    }

    /// LAPACK's dimensions are 32-bit `INTEGER`s; larger matrices are refused, not wrapped.
    static func int32(_ n: Int, _ what: String) throws -> Int32 {
        guard let v = Int32(exactly: n) else {
            throw NumericsError.invalidArgument("\(what) = \(n) exceeds LAPACK's 32-bit INTEGER")
        }
        return v
    }

    /// The optimal `lwork` reported by a workspace query (`lwork = -1`) in `work[0]`,
    /// at least `minimum`. The value is rounded up because LAPACK returns it as a
    /// `Double` that may sit just below the integer it means.
    static func workspaceSize(_ query: Double, minimum: Int) -> Int {
        guard query.isFinite, query > 0 else { return max(1, minimum) }
        return max(1, minimum, Int(query.rounded(.up)))
    }
}
