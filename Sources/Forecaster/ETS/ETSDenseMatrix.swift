/// A tiny column-major dense matrix for the class-3 recursions (at most 48 × 48).
struct ETSDenseMatrix {
    var rows: Int, columns: Int
    var storage: [Double]
    init(rows: Int, columns: Int, fill: Double) {
        self.rows = rows; self.columns = columns
        storage = [Double](repeating: fill, count: rows * columns)
    }
    init(rows: Int, columns: Int, storage: [Double]) {
        self.rows = rows; self.columns = columns; self.storage = storage
    }
    subscript(i: Int, j: Int) -> Double {
        get { storage[i + j * rows] }
        set { storage[i + j * rows] = newValue }
    }
    var transposed: ETSDenseMatrix {
        var t = ETSDenseMatrix(rows: columns, columns: rows, fill: 0)
        for i in 0..<rows { for j in 0..<columns { t[j, i] = self[i, j] } }
        return t
    }
    /// Kronecker product `self ⊗ b`.
    func kron(_ b: ETSDenseMatrix) -> ETSDenseMatrix {
        var out = ETSDenseMatrix(rows: rows * b.rows, columns: columns * b.columns, fill: 0)
        for i in 0..<rows { for j in 0..<columns {
            let s = self[i, j]
            if s == 0 { continue }
            for k in 0..<b.rows { for l in 0..<b.columns { out[i * b.rows + k, j * b.columns + l] = s * b[k, l] } }
        } }
        return out
    }
    static func * (a: ETSDenseMatrix, b: ETSDenseMatrix) -> ETSDenseMatrix {
        var out = ETSDenseMatrix(rows: a.rows, columns: b.columns, fill: 0)
        for j in 0..<b.columns {
            for k in 0..<a.columns {
                let bk = b[k, j]
                if bk == 0 { continue }
                for i in 0..<a.rows { out.storage[i + j * a.rows] += a.storage[i + k * a.rows] * bk }
            }
        }
        return out
    }
    static func + (a: ETSDenseMatrix, b: ETSDenseMatrix) -> ETSDenseMatrix {
        var out = a
        for i in 0..<out.storage.count { out.storage[i] += b.storage[i] }
        return out
    }
    static func * (s: Double, a: ETSDenseMatrix) -> ETSDenseMatrix {
        var out = a
        for i in 0..<out.storage.count { out.storage[i] *= s }
        return out
    }
}
