/// A summary effect of `CounterfactualImpact` (cumulative, average or relative) with its
/// interval at the analysis level.
public struct ImpactEstimate: Sendable, Codable, Equatable {
    public var estimate: Double
    /// Standard error on the original scale when the interval is normal (level-scale
    /// models); NaN when the interval comes from simulated quantiles (log-scale models).
    public var standardError: Double
    public var lower: Double
    public var upper: Double

    public init(estimate: Double, standardError: Double, lower: Double, upper: Double) {
        self.estimate = estimate
        self.standardError = standardError
        self.lower = lower
        self.upper = upper
    }
}
