/// A continuous distribution whose distribution function and survival function are each
/// computed directly, neither as one minus the other, so that both keep relative precision
/// far into their tails: ``ChiSquared``, ``FDistribution`` and ``StudentT``.
///
/// A conforming type supplies its two tails at a point and the inverse of either tail (the
/// underscored requirements); `cdf`, `sf`, `quantile` and `inverseSurvival` are written once,
/// here, on top of them.
public protocol ContinuousDistribution: Sendable {
    /// The distribution's name in error messages: "chi-squared" gives "chi-squared quantile
    /// needs 0 ≤ p ≤ 1, got 1.5".
    static var _name: String { get }
    /// `(P(X ≤ x), P(X > x))` at an `x` that is not NaN.
    func _tails(_ x: Double) -> (lower: Double, upper: Double)
    /// The `x` whose lower tail (`upper == false`) or upper tail is `target`, 0 ≤ target ≤ ½.
    func _invert(_ target: Double, upper: Bool) -> Double
    /// The density f(x).
    func pdf(_ x: Double) -> Double
    /// log f(x), finite where `pdf` underflows.
    func logPDF(_ x: Double) -> Double
}

extension ContinuousDistribution {
    /// P(X ≤ x); NaN for NaN.
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return _tails(x).lower
    }

    /// P(X > x), computed directly in the upper tail; NaN for NaN.
    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return _tails(x).upper
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
        try QuantileSolver.check(p, "\(Self._name) quantile", "p")
        return p <= 0.5 ? _invert(p, upper: false) : _invert(1 - p, upper: true)
    }

    /// The x with `sf(x) = q`, accurate for tiny q (critical values at small α).
    ///
    /// - Throws: `NumericsError.invalidArgument` for q outside [0, 1] or NaN.
    public func inverseSurvival(_ q: Double) throws -> Double {
        try QuantileSolver.check(q, "\(Self._name) inverse survival", "q")
        return q <= 0.5 ? _invert(q, upper: true) : _invert(1 - q, upper: false)
    }
}

/// The `Codable` form `{"df": ν}` shared by the one-parameter distributions, decoded through
/// their validating initialisers so that a decoded value never carries invalid degrees of
/// freedom (or, for t, a stale normalising constant).
enum DegreesOfFreedomCoding {
    private enum CodingKeys: String, CodingKey { case df }

    static func decode(from decoder: Decoder) throws -> Double {
        try decoder.container(keyedBy: CodingKeys.self).decode(Double.self, forKey: .df)
    }

    static func encode(_ df: Double, to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(df, forKey: .df)
    }
}
