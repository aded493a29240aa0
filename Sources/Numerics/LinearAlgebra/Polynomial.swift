/// Real polynomials in ascending-power form `c[0] + c[1] z + … + c[n] zⁿ`.
public enum Polynomial {
    /// All complex roots, as eigenvalues of the companion matrix (LAPACK `dgeev`, which
    /// balances the matrix first).
    ///
    /// Trailing zero coefficients (a degree lower than the array suggests) are dropped;
    /// a constant non-zero polynomial has no roots. Roots are sorted by modulus, then by
    /// real and imaginary part, so the order is deterministic.
    ///
    /// For an ARMA AR polynomial `1 − φ₁ z − … − φ_p z^p` pass `[1, -φ₁, …, -φ_p]`;
    /// stationarity requires every root modulus to exceed 1 (see `minimumRootModulus`).
    ///
    /// - Throws: `.invalidArgument` for the zero polynomial, `.nonFinite`,
    ///   `.noConvergence` if the eigenvalue iteration fails.
    /// - Complexity: O(n³) for degree n.
    public static func roots(_ c: [Double]) throws -> [Complex] {
        try LAPACKCall.requireFinite(c, "polynomial coefficients")
        guard let last = c.lastIndex(where: { $0 != 0 }) else {
            throw NumericsError.invalidArgument("the zero polynomial has no finite set of roots")
        }
        let n = last
        if n == 0 { return [] }
        // Companion matrix: ones on the subdiagonal, last column −c[i]/c[n]; its
        // characteristic polynomial is the monic c(z)/c[n].
        var companion = Matrix(rows: n, columns: n)
        for i in 1..<max(n, 1) { companion[i, i - 1] = 1 }
        for i in 0..<n { companion[i, n - 1] = -c[i] / c[n] }
        guard companion.isFinite else {
            throw NumericsError.nonFinite("companion matrix overflowed: leading coefficient \(c[n]) too small")
        }
        let roots = try Eigen.general(companion)
        return roots.sorted {
            let (ma, mb) = ($0.modulus, $1.modulus)
            if ma != mb { return ma < mb }
            if $0.re != $1.re { return $0.re < $1.re }
            return $0.im < $1.im
        }
    }

    /// `c(z)` by Horner's rule.
    public static func evaluate(_ c: [Double], at z: Complex) -> Complex {
        var acc = Complex(0, 0)
        for coefficient in c.reversed() { acc = acc * z + Complex(coefficient) }
        return acc
    }

    /// The smallest root modulus (+∞ for a constant polynomial). ARMA stationarity /
    /// invertibility holds when this exceeds 1.
    public static func minimumRootModulus(_ c: [Double]) throws -> Double {
        try roots(c).map(\.modulus).min() ?? .infinity
    }
}
