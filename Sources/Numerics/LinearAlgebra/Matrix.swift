/// A dense matrix of `Double` stored column-major (Fortran order), with value semantics.
///
/// Element `(i, j)` lives at `storage[i + j * rows]`, which is the layout BLAS and
/// LAPACK expect, so wrappers hand `storage` to them without copying.
public struct Matrix: Equatable, Sendable, Codable, CustomStringConvertible {
    public let rows: Int
    public let columns: Int
    /// Column-major elements, `rows * columns` of them.
    public var storage: [Double]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "negative matrix dimension")
        self.rows = rows
        self.columns = columns
        self.storage = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major storage.
    /// - Throws: `NumericsError.dimensionMismatch` when `storage.count != rows * columns`.
    public init(rows: Int, columns: Int, columnMajor storage: [Double]) throws {
        guard rows >= 0, columns >= 0, storage.count == rows * columns else {
            throw NumericsError.dimensionMismatch(
                "\(storage.count) values for a \(rows)×\(columns) matrix")
        }
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from its rows, as written on paper.
    /// - Throws: `NumericsError.dimensionMismatch` for ragged input.
    public init(rowMajor rowsOfValues: [[Double]]) throws {
        let r = rowsOfValues.count
        let c = rowsOfValues.first?.count ?? 0
        var s = [Double](repeating: 0, count: r * c)
        for (i, row) in rowsOfValues.enumerated() {
            guard row.count == c else {
                throw NumericsError.dimensionMismatch("row \(i) has \(row.count) values, expected \(c)")
            }
            for j in 0..<c { s[i + j * r] = row[j] }
        }
        self.rows = r
        self.columns = c
        self.storage = s
    }

    /// A matrix whose columns are the given vectors (a design matrix from regressors).
    /// - Throws: `NumericsError.dimensionMismatch` when the columns differ in length.
    public init(columns cols: [[Double]]) throws {
        let r = cols.first?.count ?? 0
        var s: [Double] = []
        s.reserveCapacity(r * cols.count)
        for (j, col) in cols.enumerated() {
            guard col.count == r else {
                throw NumericsError.dimensionMismatch("column \(j) has \(col.count) values, expected \(r)")
            }
            s.append(contentsOf: col)
        }
        self.rows = r
        self.columns = cols.count
        self.storage = s
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i + i * n] = 1 }
        return m
    }

    /// A square matrix with `d` on the diagonal.
    public static func diagonal(_ d: [Double]) -> Matrix {
        var m = Matrix(rows: d.count, columns: d.count)
        for i in d.indices { m.storage[i + i * d.count] = d[i] }
        return m
    }

    @inline(__always)
    public subscript(i: Int, j: Int) -> Double {
        get { storage[i + j * rows] }
        set { storage[i + j * rows] = newValue }
    }

    /// Column `j` as a vector.
    public func column(_ j: Int) -> [Double] {
        Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// Row `i` as a vector.
    public func row(_ i: Int) -> [Double] {
        (0..<columns).map { storage[i + $0 * rows] }
    }

    /// The main diagonal.
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { storage[$0 + $0 * rows] }
    }

    public var isSquare: Bool { rows == columns }

    /// True when every element is finite.
    public var isFinite: Bool { storage.allSatisfy { $0.isFinite } }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t.storage[j + i * columns] = storage[i + j * rows] }
        }
        return t
    }

    /// The sub-matrix of the given columns, in that order.
    public func selecting(columns idx: [Int]) -> Matrix {
        var s: [Double] = []
        s.reserveCapacity(rows * idx.count)
        for j in idx { s.append(contentsOf: storage[(j * rows)..<((j + 1) * rows)]) }
        return try! Matrix(rows: rows, columns: idx.count, columnMajor: s)
    }

    /// The sub-matrix of the given rows, in that order.
    public func selecting(rows idx: [Int]) -> Matrix {
        var m = Matrix(rows: idx.count, columns: columns)
        for j in 0..<columns {
            for (k, i) in idx.enumerated() { m.storage[k + j * idx.count] = storage[i + j * rows] }
        }
        return m
    }

    public var description: String {
        (0..<rows).map { i in row(i).map { String($0) }.joined(separator: "\t") }
            .joined(separator: "\n")
    }
}
