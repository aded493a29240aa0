/// Dense linear-system conveniences on `Matrix`, through the LU factorisation.
extension Matrix {
    /// Solves `A x = b` for square `A` (LU with partial pivoting).
    ///
    /// - Throws: `.singular` when `A` is singular or its reciprocal condition number is
    ///   below machine epsilon (as R's `solve`), `.dimensionMismatch`, `.nonFinite`.
    /// - Complexity: O(n³).
    public func solve(_ b: [Double]) throws -> [Double] {
        try LU(self).solve(try Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }

    /// Solves `A X = B` for square `A`.
    public func solve(_ b: Matrix) throws -> Matrix {
        try LU(self).solve(b)
    }

    /// `A⁻¹` for square `A`.
    ///
    /// - Throws: `.singular` (as `solve`), `.dimensionMismatch`, `.nonFinite`.
    /// - Complexity: O(n³).
    public func inverse() throws -> Matrix {
        try LU(self).inverse()
    }

    /// `log |det A|` for square `A` (use `LU(A).determinantSign` for the sign).
    ///
    /// - Throws: `.singular` for an exactly singular matrix, `.dimensionMismatch`, `.nonFinite`.
    /// - Complexity: O(n³).
    public func logDeterminant() throws -> Double {
        try LU(self).logAbsDeterminant()
    }
}
