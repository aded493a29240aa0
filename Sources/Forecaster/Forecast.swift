import AlmanacNumerics

/// Point forecasts with prediction intervals, the common output of every model.
///
/// `lower[k][h]` and `upper[k][h]` are the bounds at `levels[k]` percent for step
/// `h + 1`. `errorCovariance`, when the model provides it, is the `H × H` covariance
/// of the forecast errors across horizons on the scale of `mean` (before any
/// back-transformation), which sums over horizons need: the variance of a
/// next-year total is `1ᵀ Σ 1`, not the sum of monthly variances.
public struct Forecast: Sendable, Codable, Equatable {
    public var model: String
    public var mean: [Double]
    public var levels: [Double]
    public var lower: [[Double]]
    public var upper: [[Double]]
    public var errorCovariance: Matrix?

    public init(model: String, mean: [Double], levels: [Double], lower: [[Double]],
                upper: [[Double]], errorCovariance: Matrix? = nil) {
        self.model = model
        self.mean = mean
        self.levels = levels
        self.lower = lower
        self.upper = upper
        self.errorCovariance = errorCovariance
    }

    /// The number of steps ahead.
    public var horizon: Int { mean.count }
}
