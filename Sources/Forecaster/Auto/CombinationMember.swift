/// The models `combo` and `auto` combine.
enum CombinationMember: String, Sendable, Codable, CaseIterable {
    /// Automatic ETS (`AutoETS`, R `ets`).
    case ets
    /// Automatic ARIMA (`AutoARIMA`, R `auto.arima`).
    case arima
    /// The Theta method (R `thetaf`).
    case theta
    /// The Theta method on `log y` (positive data only), back-transformed.
    case logTheta = "theta(log)"

    /// Fits the member to clean data and forecasts.
    /// - Throws: `ForecasterError` when the member cannot fit the series.
    func forecast(_ y: [Double], period: Int, horizon: Int, levels: [Double]) throws -> Forecast {
        switch self {
        case .ets:
            return try ForecastMethod.single(.ets, y, period: period, horizon: horizon, levels: levels)
        case .arima:
            return try ForecastMethod.single(.arima, y, period: period, horizon: horizon, levels: levels)
        case .theta:
            return try Theta.fit(y, period: period).forecast(horizon: horizon, levels: levels)
        case .logTheta:
            return try Theta.fit(y, period: period, logScale: true).forecast(horizon: horizon, levels: levels)
        }
    }
}
