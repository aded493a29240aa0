import Foundation

/// Fisher's F distribution with `df1`, `df2` degrees of freedom (real, > 0; `df2 = ∞` gives
/// χ²(df1)/df1).
///
/// With `u = d₁x/(d₁x + d₂)` and `1 − u = d₂/(d₁x + d₂)` formed directly,
/// `P(X ≤ x) = I_u(d₁/2, d₂/2)` and `P(X > x) = I_{1−u}(d₂/2, d₁/2)`, each tail from the
/// incomplete beta without cancellation. The density is `xᵃ(1−u)ᵇ/B(a,b) / x` evaluated by
/// the Stirling-form prefactor, so it is accurate for df up to ~1e10.
public struct FDistribution: Sendable, Codable, Equatable {
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

    private var chiLimit: ChiSquared? {
        df2.isFinite ? nil : try? ChiSquared(df: df1)
    }

    private func tails(_ x: Double) -> (p: Double, q: Double) {
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if let chi = chiLimit { return (chi.cdf(x * df1), chi.sf(x * df1)) }
        let d1x = df1 * x
        let u: Double, v: Double
        if d1x > df2 {
            let r = df2 / d1x  // avoids overflow of d1x + df2 for huge x
            u = 1 / (1 + r)
            v = r / (1 + r)
        } else {
            u = d1x / (d1x + df2)
            v = df2 / (d1x + df2)
        }
        guard let t = try? SpecialFunctions.betaTails(a: 0.5 * df1, b: 0.5 * df2, x: u, y: v,
                                                      delta: delta(x)) else {
            return (.nan, .nan)
        }
        return (t.lower, t.upper)
    }

    /// `u·b − v·a = (d₁d₂/2)(x − 1)/(d₁x + d₂)`: `x − 1` is exact near 1, so the difference
    /// that drives the far tails carries no cancellation error.
    private func delta(_ x: Double) -> Double {
        let d1x = df1 * x
        if d1x > df2 { return 0.5 * df2 * ((x - 1) / x) / (1 + df2 / d1x) }
        return 0.5 * df1 * df2 * (x - 1) / (d1x + df2)
    }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return tails(x).p
    }

    /// P(X > x), computed directly in the upper tail.
    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return tails(x).q
    }

    /// f(x) = uᵃ(1−u)ᵇ / (B(a, b)·x), a = d₁/2, b = d₂/2.
    public func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x == .infinity { return 0 }
        if x == 0 { return df1 < 2 ? .infinity : (df1 == 2 ? 1 : 0) }
        if let chi = chiLimit { return chi.pdf(x * df1) * df1 }
        let d1x = df1 * x
        let u: Double, v: Double
        if d1x > df2 {
            let r = df2 / d1x
            u = 1 / (1 + r)
            v = r / (1 + r)
        } else {
            u = d1x / (d1x + df2)
            v = df2 / (d1x + df2)
        }
        return SpecialFunctions.betaPowerTerm(a: 0.5 * df1, b: 0.5 * df2, x: u, y: v, delta: delta(x)) / x
    }

    /// The x with `cdf(x) = p`.
    ///
    /// - Throws: `NumericsError.invalidArgument` for p outside [0, 1] or NaN.
    public func quantile(_ p: Double) throws -> Double {
        guard p >= 0, p <= 1 else {
            throw NumericsError.invalidArgument("F quantile needs 0 ≤ p ≤ 1, got \(p)")
        }
        return p <= 0.5 ? invert(p, upper: false) : invert(1 - p, upper: true)
    }

    /// The x with `sf(x) = q`, accurate for tiny q (critical values at small α).
    ///
    /// - Throws: `NumericsError.invalidArgument` for q outside [0, 1] or NaN.
    public func inverseSurvival(_ q: Double) throws -> Double {
        guard q >= 0, q <= 1 else {
            throw NumericsError.invalidArgument("F inverse survival needs 0 ≤ q ≤ 1, got \(q)")
        }
        return q <= 0.5 ? invert(q, upper: true) : invert(1 - q, upper: false)
    }

    private func invert(_ target: Double, upper: Bool) -> Double {
        if target == 0 { return upper ? .infinity : 0 }
        if let chi = chiLimit {
            let x = (try? upper ? chi.inverseSurvival(target) : chi.quantile(target)) ?? .nan
            return x / df1
        }
        // log F is roughly normal with variance 2/d₁ + 2/d₂; tails are power laws, which the
        // log-space Newton iteration handles from this start.
        let z = upper ? -Normal.ppnd16(target) : Normal.ppnd16(target)
        var guess = exp(z * (2 / df1 + 2 / df2).squareRoot())
        if !(guess > 0) || !guess.isFinite { guess = 1 }
        return QuantileSolver.solve(target: target, upper: upper, guess: guess,
                                    tail: { upper ? sf($0) : cdf($0) }, density: { pdf($0) })
    }
}
