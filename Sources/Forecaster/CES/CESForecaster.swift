/// `--model ces`: Complex Exponential Smoothing, season type by AICc
/// (`ComplexExponentialSmoothing`, statsforecast `AutoCES`).
public struct CESForecaster: ForecastModel {
    /// A fixed season type, or nil to choose by AICc.
    public var seasonType: CESSeasonType?

    public init(seasonType: CESSeasonType? = nil) { self.seasonType = seasonType }

    public func fit(_ y: [Double], period: Int) throws -> CESModel {
        try ComplexExponentialSmoothing.fit(y, period: period, seasonType: seasonType)
    }
}

extension CESModel: FittedForecast, LikelihoodFit {
    public static var fileKey: String { "ces" }
    public var asFittedModel: FittedModel { .ces(self) }
}
