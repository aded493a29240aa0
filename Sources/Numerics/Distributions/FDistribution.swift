import Foundation

/// Fisher's F distribution with `df1`, `df2` degrees of freedom (real, > 0; `df1` finite,
/// `df2` may be ∞).
///
/// With `u = d₁x/(d₁x + d₂)` and `1 − u = d₂/(d₁x + d₂)` formed directly,
/// `P(X ≤ x) = I_u(d₁/2, d₂/2)` and `P(X > x) = I_{1−u}(d₂/2, d₁/2)`, each tail from the
/// incomplete beta without cancellation; the difference `u·b − (1−u)·a` that drives the far
/// tails is formed from `x − 1` exactly. The density is `uᵃ(1−u)ᵇ/B(a,b) / x` with the
/// Stirling-form prefactor. Checked against mpmath to 1e-12 for df from 0.5 to 1e10
/// (tails down to 1e-300). Beyond df = 1e25 the limiting forms are used (`limitDF`).
///
/// `cdf` and `sf` take O(1) continued-fraction terms in the tails, O(√df) at the centre for
/// large df (see `SpecialFunctions`).
public struct FDistribution: ContinuousDistribution, Codable, Equatable {
    public static let _name = "F"
    public let df1: Double
    public let df2: Double

    /// - Throws: `NumericsError.invalidArgument` unless `0 < df1 < ∞` and `df2 > 0` (NaN rejected).
    public init(df1: Double, df2: Double) throws {
        guard df1 > 0, df1.isFinite, df2 > 0 else {
            throw NumericsError.invalidArgument("F needs finite df1 > 0 and df2 > 0, got (\(df1), \(df2))")
        }
        self.df1 = df1
        self.df2 = df2
    }

    // Codable goes through the validating initialiser, so a decoded value can never carry
    // invalid degrees of freedom (or, for t, a stale normalising constant).
    private enum CodingKeys: String, CodingKey { case df1, df2 }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(df1: try c.decode(Double.self, forKey: .df1), df2: try c.decode(Double.self, forKey: .df2))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(df1, forKey: .df1)
        try c.encode(df2, forKey: .df2)
    }

    /// Beyond this df the finite-df corrections are below double precision (O(x²/df)) and the
    /// limiting forms are used: df2 → ∞ gives χ²(df1)/df1; df1 → ∞ gives the reciprocal of
    /// F(df2, df1); both → ∞ gives log X ~ N(0, 2/df1 + 2/df2).
    static let limitDF = 1e25

    /// χ²(df1)/df1 when df2 is beyond `limitDF` (and df1 is not).
    var chiLimit: ChiSquared? {
        df2 > Self.limitDF && df1 <= Self.limitDF ? try? ChiSquared(df: df1) : nil
    }

    /// F(df2, df1), whose reciprocal this is, when df1 is beyond `limitDF` (and df2 is not).
    var reciprocal: FDistribution? {
        df1 > Self.limitDF && df2 <= Self.limitDF ? try? FDistribution(df1: df2, df2: df1) : nil
    }

    /// The standard deviation of log X when both df are beyond `limitDF`.
    var logNormalScale: Double? {
        df1 > Self.limitDF && df2 > Self.limitDF ? (2 / df1 + 2 / df2).squareRoot() : nil
    }

    public func _tails(_ x: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if let chi = chiLimit { return (chi.cdf(x * df1), chi.sf(x * df1)) }
        if let r = reciprocal { return (r.sf(1 / x), r.cdf(1 / x)) }
        if let s = logNormalScale { return (Normal.cdf(log(x) / s), Normal.sf(log(x) / s)) }
        let (u, v) = beta(x)
        guard let t = try? SpecialFunctions.betaTails(a: 0.5 * df1, b: 0.5 * df2, x: u, y: v,
                                                      delta: delta(x)) else {
            return (.nan, .nan)
        }
        return (t.lower, t.upper)
    }

    /// `u·b − v·a = (d₁d₂/2)(x − 1)/(d₁x + d₂)`: `x − 1` is exact near 1, so the difference
    /// that drives the far tails carries no cancellation error.
    func delta(_ x: Double) -> Double {
        let d1x = df1 * x
        if d1x > df2 { return 0.5 * df2 * ((x - 1) / x) / (1 + df2 / d1x) }
        return 0.5 * df1 * df2 * (x - 1) / (d1x + df2)
    }

    /// f(x) = uᵃ(1−u)ᵇ / (B(a, b)·x), a = d₁/2, b = d₂/2.
    public func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x == .infinity { return 0 }
        if x == 0 { return df1 < 2 ? .infinity : (df1 == 2 ? 1 : 0) }
        if let chi = chiLimit { return chi.pdf(x * df1) * df1 }
        if let r = reciprocal { return exp(r.logPDF(1 / x) - 2 * log(x)) }  // x² may underflow
        if let s = logNormalScale { return exp(Normal.logPDF(log(x) / s) - log(s) - log(x)) }
        let (u, v) = beta(x)
        return SpecialFunctions.betaPowerTerm(a: 0.5 * df1, b: 0.5 * df2, x: u, y: v, delta: delta(x)) / x
    }

    /// log f(x), finite where `pdf` underflows.
    public func logPDF(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x == .infinity { return -.infinity }
        if x == 0 { return df1 < 2 ? .infinity : (df1 == 2 ? 0 : -.infinity) }
        let p = pdf(x)
        if p.isNormal { return log(p) }
        if let chi = chiLimit { return chi.logPDF(x * df1) + log(df1) }
        if let r = reciprocal { return r.logPDF(1 / x) - 2 * log(x) }
        if let s = logNormalScale { return Normal.logPDF(log(x) / s) - log(s * x) }
        let (u, v) = beta(x)
        return SpecialFunctions.logBetaPowerTerm(a: 0.5 * df1, b: 0.5 * df2, x: u, y: v, delta: delta(x)) - log(x)
    }

    /// The beta variable `u = d₁x/(d₁x + d₂)` and its complement, each formed directly.
    func beta(_ x: Double) -> (u: Double, v: Double) {
        let d1x = df1 * x
        if d1x > df2 {
            let r = df2 / d1x  // avoids overflow of d1x + df2 for huge x
            return (1 / (1 + r), r / (1 + r))
        }
        return (d1x / (d1x + df2), df2 / (d1x + df2))
    }

    public func _invert(_ target: Double, upper: Bool) -> Double {
        if target == 0 { return upper ? .infinity : 0 }
        if let chi = chiLimit {
            let x = (try? upper ? chi.inverseSurvival(target) : chi.quantile(target)) ?? .nan
            return x / df1
        }
        if let r = reciprocal {  // P(X > x) = P(1/X < 1/x)
            let y = (try? upper ? r.quantile(target) : r.inverseSurvival(target)) ?? .nan
            return 1 / y
        }
        if let s = logNormalScale {
            return exp(s * (upper ? -Normal.ppnd16(target) : Normal.ppnd16(target)))
        }
        // log F is roughly normal with variance 2/d₁ + 2/d₂; tails are power laws, which the
        // log-space Newton iteration handles from this start.
        let z = upper ? -Normal.ppnd16(target) : Normal.ppnd16(target)
        var guess = exp(z * (2 / df1 + 2 / df2).squareRoot())
        if !(guess > 0) || !guess.isFinite { guess = 1 }
        return QuantileSolver.solve(target: target, upper: upper, guess: guess,
                                    tail: { upper ? sf($0) : cdf($0) }, logDensity: { logPDF($0) })
    }
}
