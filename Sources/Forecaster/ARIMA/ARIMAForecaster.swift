/// `--model arima`: automatic ARIMA (`AutoARIMA`, R `auto.arima`).
public struct ARIMAForecaster: ForecastModel {
    /// The search's settings (fixed differencing orders, criterion, …).
    public var search: AutoARIMA

    public init(search: AutoARIMA = AutoARIMA()) { self.search = search }

    public func fit(_ y: [Double], period: Int) throws -> ARIMAModel {
        try search.fit(y, period: period)
    }
}

extension ARIMAModel: LikelihoodFit {
    public static var fileKey: String { "arima" }

    /// `forecast(horizon:levels:)` (no regressors); the covariance is always computed.
    public func forecast(horizon: Int, levels: [Double], covariance: Bool) throws -> Forecast {
        var fc = try forecast(horizon: horizon, levels: levels)
        if !covariance { fc.errorCovariance = nil }
        return fc
    }

    public var asFittedModel: FittedModel { .arima(self) }
}
