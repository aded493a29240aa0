/// The outcome of automatic forecasting: the forecast, what produced it, and every
/// departure from the normal path (cleaned data, dropped members, fallbacks).
public struct AutoResult: Sendable, Codable, Equatable {
    public var forecast: Forecast
    /// The method that produced `forecast`, e.g. "combo(ets+arima+theta)" or "naive2".
    public var chosen: String
    /// Human-readable notes; empty when the series was forecast as designed.
    public var warnings: [String]

    public init(forecast: Forecast, chosen: String, warnings: [String]) {
        self.forecast = forecast
        self.chosen = chosen
        self.warnings = warnings
    }
}
