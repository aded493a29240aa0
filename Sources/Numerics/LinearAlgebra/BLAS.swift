import CLAPACK

/// BLAS-backed products. Shapes are checked and mismatches thrown, never trapped.
extension Matrix {
    /// `alpha * op(A) * op(B)` through `dgemm`, where `op` optionally transposes.
    ///
    /// - Complexity: O(m·n·k).
    public static func multiply(
        _ a: Matrix, transposeA: Bool = false,
        _ b: Matrix, transposeB: Bool = false,
        alpha: Double = 1
    ) throws -> Matrix {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows
        let n = transposeB ? b.rows : b.columns
        guard k == kb else {
            throw NumericsError.dimensionMismatch(
                "op(A) is \(m)×\(k) but op(B) is \(kb)×\(n)")
        }
        var c = Matrix(rows: m, columns: n)
        if m == 0 || n == 0 { return c }
        if k == 0 { return c }
        BLASThreads.ensureConfigured()
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(
                        CblasColMajor,
                        transposeA ? CblasTrans : CblasNoTrans,
                        transposeB ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), alpha,
                        pa.baseAddress, Int32(max(1, a.rows)),
                        pb.baseAddress, Int32(max(1, b.rows)),
                        0, pc.baseAddress, Int32(max(1, m)))
                }
            }
        }
        return c
    }

    /// `op(A) * x` through `dgemv`.
    ///
    /// - Complexity: O(m·n).
    public func multiply(_ x: [Double], transpose: Bool = false) throws -> [Double] {
        let inner = transpose ? rows : columns
        let outer = transpose ? columns : rows
        guard x.count == inner else {
            throw NumericsError.dimensionMismatch(
                "\(transpose ? "Aᵀ" : "A") is \(outer)×\(inner) but x has \(x.count) values")
        }
        var y = [Double](repeating: 0, count: outer)
        if outer == 0 || inner == 0 { return y }
        BLASThreads.ensureConfigured()
        storage.withUnsafeBufferPointer { pa in
            x.withUnsafeBufferPointer { px in
                y.withUnsafeMutableBufferPointer { py in
                    cblas_dgemv(
                        CblasColMajor, transpose ? CblasTrans : CblasNoTrans,
                        Int32(rows), Int32(columns), 1,
                        pa.baseAddress, Int32(max(1, rows)),
                        px.baseAddress, 1, 0, py.baseAddress, 1)
                }
            }
        }
        return y
    }

    /// `AᵀA` (the cross-product matrix of a design) through `dsyrk`, symmetrised.
    public var gram: Matrix {
        var c = Matrix(rows: columns, columns: columns)
        if rows == 0 || columns == 0 { return c }
        BLASThreads.ensureConfigured()
        storage.withUnsafeBufferPointer { pa in
            c.storage.withUnsafeMutableBufferPointer { pc in
                cblas_dsyrk(
                    CblasColMajor, CblasUpper, CblasTrans,
                    Int32(columns), Int32(rows), 1,
                    pa.baseAddress, Int32(rows), 0, pc.baseAddress, Int32(columns))
            }
        }
        for j in 0..<columns { for i in (j + 1)..<columns { c[i, j] = c[j, i] } }
        return c
    }

    public static func * (a: Matrix, b: Matrix) throws -> Matrix { try multiply(a, b) }

    public static func + (a: Matrix, b: Matrix) throws -> Matrix {
        guard a.rows == b.rows, a.columns == b.columns else {
            throw NumericsError.dimensionMismatch("\(a.rows)×\(a.columns) + \(b.rows)×\(b.columns)")
        }
        var c = a
        Vector.axpy(1, b.storage, &c.storage)
        return c
    }

    public static func - (a: Matrix, b: Matrix) throws -> Matrix {
        guard a.rows == b.rows, a.columns == b.columns else {
            throw NumericsError.dimensionMismatch("\(a.rows)×\(a.columns) − \(b.rows)×\(b.columns)")
        }
        var c = a
        Vector.axpy(-1, b.storage, &c.storage)
        return c
    }

    public static func * (s: Double, a: Matrix) -> Matrix {
        var c = a
        for i in c.storage.indices { c.storage[i] *= s }
        return c
    }
}

/// Small vector helpers over `[Double]`, BLAS-backed where it pays.
public enum Vector {
    /// `xᵀy` through `ddot`. Lengths must match (checked by the caller's invariant; a
    /// mismatch uses the shorter length rather than trapping).
    @inline(__always)
    public static func dot(_ x: [Double], _ y: [Double]) -> Double {
        let n = min(x.count, y.count)
        if n == 0 { return 0 }
        return x.withUnsafeBufferPointer { px in
            y.withUnsafeBufferPointer { py in
                cblas_ddot(Int32(n), px.baseAddress, 1, py.baseAddress, 1)
            }
        }
    }

    /// `y += a·x` through `daxpy`.
    @inline(__always)
    public static func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
        let n = min(x.count, y.count)
        if n == 0 { return }
        x.withUnsafeBufferPointer { px in
            y.withUnsafeMutableBufferPointer { py in
                cblas_daxpy(Int32(n), a, px.baseAddress, 1, py.baseAddress, 1)
            }
        }
    }

    /// Euclidean norm through `dnrm2` (scaled, no overflow).
    public static func norm(_ x: [Double]) -> Double {
        if x.isEmpty { return 0 }
        return x.withUnsafeBufferPointer { cblas_dnrm2(Int32(x.count), $0.baseAddress, 1) }
    }

    /// Sum with Neumaier compensation (accurate for long series).
    public static func sum(_ x: [Double]) -> Double {
        var s = 0.0, c = 0.0
        for v in x {
            let t = s + v
            if abs(s) >= abs(v) { c += (s - t) + v } else { c += (v - t) + s }
            s = t
        }
        return s + c
    }

    /// Arithmetic mean; NaN for an empty vector.
    public static func mean(_ x: [Double]) -> Double {
        x.isEmpty ? .nan : sum(x) / Double(x.count)
    }

    /// Sample variance (denominator n − 1); NaN for fewer than two values.
    public static func variance(_ x: [Double]) -> Double {
        guard x.count > 1 else { return .nan }
        let m = mean(x)
        var s = 0.0
        for v in x { s += (v - m) * (v - m) }
        return s / Double(x.count - 1)
    }

    /// Elementwise difference `x − y`.
    public static func subtract(_ x: [Double], _ y: [Double]) -> [Double] {
        zip(x, y).map { $0 - $1 }
    }
}
