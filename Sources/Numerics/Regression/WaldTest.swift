/// Wald test of the linear hypothesis `R β = q` for a fitted regression.
///
/// `W = (R β̂ − q)ᵀ (R V Rᵀ)⁻¹ (R β̂ − q)` with `V` any coefficient covariance. Under the
/// null `W` is asymptotically χ² on `m = rows(R)` degrees of freedom; the F form
/// `W / m` is referred to `F(m, n − rank)` (as `lmtest::waldtest` / `car::linearHypothesis`
/// with `test = "F"`; with the classical covariance it is the exact F test).
public struct WaldTest: Sendable, Codable, Equatable {
    /// `W`.
    public let statistic: Double
    /// Number of restrictions `m`.
    public let df: Int
    /// Residual degrees of freedom of the regression (the F form's denominator).
    public let residualDF: Int
    /// `P(χ²_m > W)`.
    public let chiSquaredPValue: Double
    /// `W / m`.
    public var fStatistic: Double { statistic / Double(df) }
    /// `P(F(m, n − rank) > W/m)`; NaN without residual degrees of freedom.
    public let fPValue: Double
}

extension LinearRegression {
    /// Tests `R β = q` with the covariance `covariance` (default classical).
    ///
    /// - Parameters:
    ///   - r: `m × p` restriction matrix (`p` = design columns). Entries on aliased
    ///     coefficients must be 0 (those coefficients are not estimated).
    ///   - q: `m` right-hand sides.
    ///   - estimator: the covariance of `β̂` to test with (classical by default).
    /// - Throws: `.dimensionMismatch` for shapes, `.nonFinite`, `.invalidArgument` when
    ///   a restriction involves an aliased coefficient, `.singular` when `R V Rᵀ` is
    ///   singular (redundant restrictions).
    /// - Complexity: O(m·p² + m³).
    public func waldTest(r: Matrix, q: [Double], covariance estimator: CovarianceEstimator = .classical) throws -> WaldTest {
        let p = design.columns
        guard r.columns == p, q.count == r.rows, r.rows > 0 else {
            throw NumericsError.dimensionMismatch("R is \(r.rows)×\(r.columns), q has \(q.count) values, β has \(p)")
        }
        try LAPACKCall.requireFinite(r, "R")
        try LAPACKCall.requireFinite(q, "q")
        for j in aliased {
            for i in 0..<r.rows where r[i, j] != 0 {
                throw NumericsError.invalidArgument("restriction \(i) involves aliased coefficient \(names[j])")
            }
        }
        let kept = estimated
        let rk = r.selecting(columns: kept)
        let v = try covariance(estimator).selecting(columns: kept).selecting(rows: kept)
        let beta = kept.map { coefficients[$0] }
        var d = try rk.multiply(beta)
        for i in d.indices { d[i] -= q[i] }
        let middle = try Matrix.multiply(try rk * v, rk, transposeB: true)
        let w = Vector.dot(d, try middle.solve(d))
        let m = r.rows
        let chi = try ChiSquared(df: Double(m))
        let fP: Double
        if residualDF > 0 {
            fP = try FDistribution(df1: Double(m), df2: Double(residualDF)).sf(w / Double(m))
        } else {
            fP = .nan
        }
        return WaldTest(statistic: w, df: m, residualDF: residualDF,
                        chiSquaredPValue: chi.sf(w), fPValue: fP)
    }
}
