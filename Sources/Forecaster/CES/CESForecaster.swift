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

extension CESModel: FittedForecast {
    public static var fileKey: String { "ces" }

    /// `forecast(horizon:levels:)`; the covariance is always computed.
    public func forecast(horizon: Int, levels: [Double], covariance: Bool) throws -> Forecast {
        var fc = try forecast(horizon: horizon, levels: levels)
        if !covariance { fc.errorCovariance = nil }
        return fc
    }

    public var fittedValues: [Double]? { fitted }
    public var fitResiduals: [Double]? { residuals }
    public var informationCriteria: InformationCriteria? {
        InformationCriteria(logLikelihood: logLikelihood, aic: aic, aicc: aicc, bic: bic)
    }
    public var asFittedModel: FittedModel { .ces(self) }
}
