import AlmanacNumerics

/// The two forms of a forecast's error covariance `Σ` (h × h) that `impact`'s no-effect tests
/// use, on the data and on every bootstrap replicate alike.
enum ErrorCovarianceForms {
    /// `1ᵀΣ1 = Σᵢⱼ Σᵢⱼ`, the variance of the cumulative forecast error.
    ///
    /// - Complexity: O(h²).
    static func total(_ sigma: Matrix) -> Double {
        var total = 0.0
        for j in 0..<sigma.columns { for i in 0..<sigma.rows { total += sigma[i, j] } }
        return total
    }

    /// `eᵀΣ⁻¹e`, the omnibus statistic, by Cholesky; NaN when `Σ` is not positive definite
    /// (a degenerate covariance supports no omnibus test).
    ///
    /// - Complexity: O(h³).
    static func quadratic(_ e: [Double], _ sigma: Matrix) -> Double {
        guard let chol = try? Cholesky(sigma), let w = try? chol.solve(e) else { return .nan }
        return zip(e, w).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
