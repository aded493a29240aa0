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

    /// `forecast(horizon:levels:)` (no regressors). Without `covariance` the H×H error
    /// covariance is not built at all: it costs O(H²) memory and O(H²·r) time, which a long
    /// horizon without annual totals must not pay. Means and bounds are the same either way.
    public func forecast(horizon: Int, levels: [Double], covariance: Bool) throws -> Forecast {
        try forecast(horizon: horizon, levels: levels, xreg: nil, covariance: covariance)
    }

    public var asFittedModel: FittedModel { .arima(self) }
}
