/// Estimation and selection options, mirroring R `ets()` arguments.
public struct ETSOptions: Sendable, Codable, Equatable {
    /// Information criterion used to choose among candidate models.
    public enum Criterion: String, Sendable, Codable { case aicc, aic, bic }

    /// Consider multiplicative trends in automatic selection (R default FALSE).
    public var allowMultiplicativeTrend: Bool
    /// Exclude models with infinite forecast variance (R `restrict = TRUE`).
    public var restrict: Bool
    /// Only additive components (R `additive.only`).
    public var additiveOnly: Bool
    /// nil: try both damped and undamped trends (R default); otherwise only this choice.
    public var damped: Bool?
    public var criterion: Criterion
    /// Nelder–Mead evaluation limit (R `maxit = 2000`).
    public var maxEvaluations: Int

    public init(allowMultiplicativeTrend: Bool = false, restrict: Bool = true, additiveOnly: Bool = false,
                damped: Bool? = nil, criterion: Criterion = .aicc, maxEvaluations: Int = 2000) {
        self.allowMultiplicativeTrend = allowMultiplicativeTrend
        self.restrict = restrict
        self.additiveOnly = additiveOnly
        self.damped = damped
        self.criterion = criterion
        self.maxEvaluations = maxEvaluations
    }
}
