/// The seasonal variants of Complex Exponential Smoothing (Svetunkov & Kourentzes 2015;
/// statsforecast `AutoCES` `model` letters).
///
/// - `none` ("N"): one complex level `ℓ + i c` updated every period.
/// - `simple` ("S"): a lagged CES: `m` interleaved complex levels, each updated once a
///   season (the level at `t − m` forecasts `t`).
/// - `partial` ("P"): the non-seasonal complex level plus an additive real seasonal
///   component `s_{t−m}` (smoothing `β₀`).
/// - `full` ("F"): the non-seasonal complex level plus a lagged complex seasonal pair
///   `s + i s′` (smoothing `β₀ + i β₁`).
public enum CESSeasonType: String, Sendable, Codable, Equatable, CaseIterable {
    case none = "N"
    case simple = "S"
    case partial = "P"
    case full = "F"

    /// State components per row: 2 (complex level), 3 with the real seasonal, 4 with the
    /// complex seasonal.
    public var components: Int {
        switch self {
        case .none, .simple: return 2
        case .partial: return 3
        case .full: return 4
        }
    }

    /// Whether the type needs a seasonal period `m > 1` and at least `2m` observations.
    public var isSeasonal: Bool { self != .none }

    /// The number of parameters statsforecast counts for the information criteria: the
    /// components plus one (the innovation variance).
    var informationCriterionParameters: Int { components + 1 }
}

/// The smoothing parameters of a CES model: the complex level smoothing `α₀ + i α₁` and,
/// for the seasonal types, `β₀` (partial) or `β₀ + i β₁` (full). Unused ones are nil.
public struct CESParameters: Sendable, Codable, Equatable {
    public var alpha0: Double
    public var alpha1: Double
    public var beta0: Double?
    public var beta1: Double?

    public init(alpha0: Double, alpha1: Double, beta0: Double? = nil, beta1: Double? = nil) {
        self.alpha0 = alpha0
        self.alpha1 = alpha1
        self.beta0 = beta0
        self.beta1 = beta1
    }
}
