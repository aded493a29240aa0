import Foundation

/// Student's t distribution with `df` degrees of freedom (`df > 0`, real; `df = ∞` is the
/// standard normal).
///
/// With `x = ν/(ν + t²)` and `y = t²/(ν + t²)` (both formed directly, never as 1 − the
/// other), `P(|T| > |t|) = I_x(ν/2, ½)`, so each tail is `½·I_x(ν/2, ½)` computed by the
/// incomplete beta without cancellation. Large ν (1e10) is handled by the same formula: the
/// beta prefactor is evaluated in Stirling form, so no log-gamma differences of size 1e10
/// are formed. `cdf` and `sf` take O(1) continued-fraction terms for any df (the fraction for
/// `I_x(ν/2, ½)` converges in a few dozen steps even at ν = 1e10).
public struct StudentT: ContinuousDistribution, Codable, Equatable {
    public static let _name = "t"
    public let df: Double
    /// Beyond this df the t distribution equals the normal to double precision (the leading
    /// difference, (t³ + t)φ(t)/(4ν), is below 1e-16 relative even at t = 38) and the normal
    /// formulas are used.
    static let normalLimitDF = 1e25
    /// log of the density's normalising constant, `−½ log ν − log B(ν/2, ½)`.
    private let logNormalizer: Double

    /// - Throws: `NumericsError.invalidArgument` unless `df > 0` (NaN rejected).
    public init(df: Double) throws {
        guard df > 0 else {
            throw NumericsError.invalidArgument("Student t needs df > 0, got \(df)")
        }
        self.df = df
        logNormalizer = df > Self.normalLimitDF ? -Normal.logSqrt2Pi : -0.5 * log(df) - SpecialFunctions.logBeta(0.5 * df, 0.5)
    }

    public init(from decoder: Decoder) throws {
        try self.init(df: DegreesOfFreedomCoding.decode(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try DegreesOfFreedomCoding.encode(df, to: encoder)
    }

    /// P(T > |t|) for t ≠ 0 (the one-sided tail beyond |t|).
    private func tailBeyond(_ t: Double) -> Double {
        let at = abs(t)
        if at == 0 { return 0.5 }
        if at == .infinity { return 0 }
        if df > Self.normalLimitDF { return Normal.upperTail(at) }
        let logX = log(df) - 2 * log(at)
        if logX < -460 {
            // x = ν/(ν+t²) < 1e-200 (and may underflow): I_x(a, ½) = xᵃ/(a·B(a, ½))·(1 + O(x)).
            let a = 0.5 * df
            // xᵃ = νᵃ·|t|^{−2a} by `pow` (an ulp each) rather than exp(a·log x), which would
            // lose |a·log x|·ε ≈ 7e-14 at tail probabilities of 1e-300.
            let direct = pow(df, a) * pow(at, -2 * a)
            if direct.isNormal {
                return 0.5 * direct / (a * exp(SpecialFunctions.logBeta(a, 0.5)))
            }
            return 0.5 * exp(a * logX - log(a) - SpecialFunctions.logBeta(a, 0.5))
        }
        let t2 = at * at
        let x = df / (df + t2)
        let y = t2 / (df + t2)
        // x·b − y·a = ν(1 − t²)/(2(ν + t²)), with 1 − t² = (1 − t)(1 + t) free of cancellation.
        let delta = 0.5 * df * ((1 - at) * (1 + at)) / (df + t2)
        let i = (try? SpecialFunctions.betaTails(a: 0.5 * df, b: 0.5, x: x, y: y, delta: delta).lower) ?? .nan
        return 0.5 * i
    }

    /// `(P(T ≤ t), P(T > t))`: the tail beyond |t| on the side of t, its complement on the other.
    public func _tails(_ t: Double) -> (lower: Double, upper: Double) {
        let beyond = tailBeyond(t)
        if t == 0 { return (beyond, beyond) }
        return t < 0 ? (beyond, 1 - beyond) : (1 - beyond, beyond)
    }

    /// f(t) = (1 + t²/ν)^{−(ν+1)/2} / (√ν · B(ν/2, ½)).
    public func pdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if df > Self.normalLimitDF { return Normal.pdf(t) }
        if !t.isFinite { return 0 }
        return exp(logPDF(t))
    }

    /// log f(t) = −½ log ν − log B(ν/2, ½) − (ν+1)/2 · log(1 + t²/ν).
    public func logPDF(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if df > Self.normalLimitDF { return Normal.logPDF(t) }
        if !t.isFinite { return -.infinity }
        let at = abs(t)
        // log(1 + t²/ν), written to avoid overflowing t² for |t| > 1e150.
        let l = at > 1e100 ? 2 * log(at) - log(df) + log1p((df / at) / at) : log1p((at / df) * at)
        return logNormalizer - 0.5 * (df + 1) * l
    }

    /// By symmetry, ±|t| with the tail beyond |t| equal to `target`.
    public func _invert(_ target: Double, upper: Bool) -> Double {
        upper ? magnitude(forTail: target) : -magnitude(forTail: target)
    }

    /// |t| with P(T > |t|) = q for 0 ≤ q ≤ ½.
    private func magnitude(forTail q: Double) -> Double {
        if q == 0.5 { return 0 }
        if q == 0 { return .infinity }
        if df > Self.normalLimitDF { return -Normal.ppnd16(q) }
        let z = -Normal.ppnd16(q)
        var guess: Double
        if df >= 3 {
            // Cornish–Fisher expansion around the normal quantile.
            let z2 = z * z
            guess = z + z * (z2 + 1) / (4 * df) + z * ((5 * z2 + 16) * z2 + 3) / (96 * df * df)
        } else {
            // Power-law tail: P(T > t) ≈ ν^{ν/2 − 1} t^{−ν} / B(ν/2, ½).
            let logB = SpecialFunctions.logBeta(0.5 * df, 0.5)
            guess = exp(((0.5 * df - 1) * log(df) - logB - log(q)) / df)
        }
        if !(guess > 0) || !guess.isFinite { guess = max(z, 1) }
        return QuantileSolver.solve(target: q, upper: true, guess: guess,
                                    tail: { tailBeyond($0) }, logDensity: { logPDF($0) })
    }
}
