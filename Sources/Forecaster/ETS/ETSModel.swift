/// A fitted ETS model: the estimated smoothing parameters, states and fit statistics.
/// `Codable` so the CLI can save it and forecast later without refitting.
public struct ETSModel: Sendable, Codable, Equatable {
    public var spec: ETSSpec
    /// The seasonal period the model was fitted with (1 for non-seasonal models).
    public var period: Int
    public var alpha: Double
    /// Growth smoothing, nil without trend.
    public var beta: Double?
    /// Seasonal smoothing, nil without season.
    public var gamma: Double?
    /// Damping, nil for undamped models.
    public var phi: Double?
    /// `[ℓ₀, b₀?, s₁ … s_m]` at time 0, including the seasonal index implied by normalisation.
    public var initialState: [Double]
    /// The state after the last observation, the origin of forecasts.
    public var finalState: [Double]
    /// The log-likelihood as R reports it: −½·(n log Σe² + 2 Σ log|μ| for M errors).
    /// nil for the constant-series fallback, which (as in R) is not a likelihood fit.
    public var logLikelihood: Double?
    public var aic: Double?
    public var aicc: Double?
    public var bic: Double?
    /// `Σe² / (n − k)` with k the number of estimated parameters and initial states (R `sigma2`).
    public var sigma2: Double
    /// Number of estimated parameters plus initial states (R `length(par)`).
    public var parameterCount: Int
    /// The observations the model was estimated on (after R's `na.contiguous`).
    public var observations: [Double]
    public var fitted: [Double]
    /// Innovations: `y − μ` (additive error) or `(y − μ)/μ` (multiplicative error).
    public var residuals: [Double]

    /// R's `method` string, e.g. "ETS(M,Ad,M)".
    public var method: String { spec.description }

    /// The parameters in the kernel's form (φ = 1, β = γ = 0 when absent).
    var smoothing: ETSRecursion.Smoothing {
        ETSRecursion.Smoothing(alpha: alpha, beta: beta ?? 0, gamma: gamma ?? 0, phi: phi ?? 1)
    }
}
