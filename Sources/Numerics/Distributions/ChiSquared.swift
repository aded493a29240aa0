import Foundation

/// The χ² distribution with `df` degrees of freedom (`df > 0`, real):
/// `P(X ≤ x) = P(ν/2, x/2)`, `P(X > x) = Q(ν/2, x/2)` (regularized incomplete gamma), each
/// tail computed directly so upper-tail p-values down to 1e-300 keep relative precision.
public struct ChiSquared: Sendable, Codable, Equatable {
    public let df: Double

    /// - Throws: `NumericsError.invalidArgument` unless `0 < df < ∞` (NaN rejected).
    public init(df: Double) throws {
        guard df > 0, df.isFinite else {
            throw NumericsError.invalidArgument("chi-squared needs finite df > 0, got \(df)")
        }
        self.df = df
    }

    // Codable goes through the validating initialiser, so a decoded value can never carry
    // invalid degrees of freedom (or, for t, a stale normalising constant).
    private enum CodingKeys: String, CodingKey { case df }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(df: try c.decode(Double.self, forKey: .df))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(df, forKey: .df)
    }

    private func tails(_ x: Double) -> (p: Double, q: Double) {
        if x <= 0 { return (0, 1) }
        return (try? SpecialFunctions.gammaTails(a: 0.5 * df, x: 0.5 * x)) ?? (.nan, .nan)
    }

    /// P(X ≤ x).
    ///
    /// - Complexity: O(1) in the tails; at the centre O(√df) series terms for df < 2e5 and
    ///   O(1) (Temme's uniform expansion) above.
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return tails(x).p
    }

    /// P(X > x).
    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return tails(x).q
    }

    /// f(x) = (x/2)^{ν/2} e^{−x/2} / (Γ(ν/2)·x); at x = 0 it is ∞ (ν < 2), ½ (ν = 2) or 0.
    public func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x == .infinity { return 0 }
        if x == 0 { return df < 2 ? .infinity : (df == 2 ? 0.5 : 0) }
        return SpecialFunctions.gammaPowerTerm(a: 0.5 * df, x: 0.5 * x) / x
    }

    /// log f(x), finite where `pdf` underflows.
    public func logPDF(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x == .infinity { return -.infinity }
        if x == 0 { return df < 2 ? .infinity : (df == 2 ? log(0.5) : -.infinity) }
        let p = pdf(x)
        if p.isNormal { return log(p) }
        return SpecialFunctions.logGammaPowerTerm(a: 0.5 * df, x: 0.5 * x) - log(x)
    }

    /// The x with `cdf(x) = p`.
    ///
    /// Newton iteration on the log tail in log x (`QuantileSolver`) from a normal-based start;
    /// accurate to a few ulps for p down to 1e-300.
    ///
    /// - Complexity: typically 3–8 evaluations of the distribution function and density.
    ///
    /// - Throws: `NumericsError.invalidArgument` for p outside [0, 1] or NaN.
    public func quantile(_ p: Double) throws -> Double {
        try QuantileSolver.check(p, "chi-squared quantile", "p")
        return p <= 0.5 ? invert(p, upper: false) : invert(1 - p, upper: true)
    }

    /// The x with `sf(x) = q`, accurate for tiny q (critical values at small α).
    ///
    /// - Throws: `NumericsError.invalidArgument` for q outside [0, 1] or NaN.
    public func inverseSurvival(_ q: Double) throws -> Double {
        try QuantileSolver.check(q, "chi-squared inverse survival", "q")
        return q <= 0.5 ? invert(q, upper: true) : invert(1 - q, upper: false)
    }

    private func invert(_ target: Double, upper: Bool) -> Double {
        if target == 0 { return upper ? .infinity : 0 }
        let a = 0.5 * df
        // Wilson–Hilferty: (X/ν)^{1/3} ≈ N(1 − 2/(9ν), 2/(9ν)).
        let z = upper ? -Normal.ppnd16(target) : Normal.ppnd16(target)
        let c = 2 / (9 * df)
        let wh = df * pow(1 - c + z * c.squareRoot(), 3)
        var guess = wh
        if !upper && (wh <= 0 || a < 1) {
            // Lower tail: P(a, x/2) ≈ (x/2)^a / Γ(a + 1).
            let series = 2 * exp((log(target) + SpecialFunctions.logGamma(a + 1)) / a)
            guess = wh > 0 ? min(wh, series) : series
        } else if upper && (wh <= 0 || a < 1) {
            // Upper tail: Q(a, x/2) ≈ (x/2)^{a−1} e^{−x/2} / Γ(a).
            var h = max(-log(target) - SpecialFunctions.logGamma(a), 1)
            h = max(-log(target) - SpecialFunctions.logGamma(a) + (a - 1) * log(h), 1e-3)
            guess = 2 * h
        }
        if !(guess > 0) || !guess.isFinite { guess = df }
        return QuantileSolver.solve(target: target, upper: upper, guess: guess,
                                    tail: { upper ? sf($0) : cdf($0) }, logDensity: { logPDF($0) })
    }
}
