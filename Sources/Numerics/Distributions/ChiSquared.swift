import Foundation

/// The χ² distribution with `df` degrees of freedom (`df > 0`, real):
/// `P(X ≤ x) = P(ν/2, x/2)`, `P(X > x) = Q(ν/2, x/2)` (regularized incomplete gamma), each
/// tail computed directly so upper-tail p-values down to 1e-300 keep relative precision.
///
/// `cdf` and `sf` take O(1) work in the tails; at the centre O(√df) series terms for
/// df < 2e5 and O(1) (Temme's uniform expansion) above.
public struct ChiSquared: ContinuousDistribution, Codable, Equatable {
    public static let _name = "chi-squared"
    public let df: Double

    /// - Throws: `NumericsError.invalidArgument` unless `0 < df < ∞` (NaN rejected).
    public init(df: Double) throws {
        guard df > 0, df.isFinite else {
            throw NumericsError.invalidArgument("chi-squared needs finite df > 0, got \(df)")
        }
        self.df = df
    }

    public init(from decoder: Decoder) throws {
        try self.init(df: DegreesOfFreedomCoding.decode(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try DegreesOfFreedomCoding.encode(df, to: encoder)
    }

    public func _tails(_ x: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        guard let t = try? SpecialFunctions.gammaTails(a: 0.5 * df, x: 0.5 * x) else { return (.nan, .nan) }
        return (t.p, t.q)
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

    public func _invert(_ target: Double, upper: Bool) -> Double {
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
