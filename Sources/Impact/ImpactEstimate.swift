/// A summary effect of `CounterfactualImpact` (cumulative, average or relative) with its
/// interval at the analysis level.
///
/// Coded with non-finite numbers (a simulated interval has no standard error; a relative
/// interval is unbounded when the counterfactual total can be ≤ 0) written as absent keys, so
/// a default `JSONEncoder` works.
public struct ImpactEstimate: Sendable, Codable, Equatable {
    public var estimate: Double
    /// Standard error on the original scale when the interval is normal (level-scale
    /// cumulative and average effects); NaN when the interval comes from simulated quantiles
    /// (log-scale models) or from mapping another interval (the relative effect).
    public var standardError: Double
    /// NaN when unbounded.
    public var lower: Double
    public var upper: Double

    public init(estimate: Double, standardError: Double, lower: Double, upper: Double) {
        self.estimate = estimate
        self.standardError = standardError
        self.lower = lower
        self.upper = upper
    }

    enum CodingKeys: String, CodingKey { case estimate, standardError, lower, upper }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        estimate = try c.decodeIfPresent(Double.self, forKey: .estimate) ?? .nan
        standardError = try c.decodeIfPresent(Double.self, forKey: .standardError) ?? .nan
        lower = try c.decodeIfPresent(Double.self, forKey: .lower) ?? .nan
        upper = try c.decodeIfPresent(Double.self, forKey: .upper) ?? .nan
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        for (v, k) in [(estimate, CodingKeys.estimate), (standardError, .standardError), (lower, .lower), (upper, .upper)]
            where v.isFinite {
            try c.encode(v, forKey: k)
        }
    }
}
