/// The outcome of automatic forecasting: the forecast, what produced it, and every
/// departure from the normal path (cleaned data, dropped members, fallbacks).
public struct AutoResult: Sendable, Codable, Equatable {
    public var forecast: Forecast
    /// The method that produced `forecast`, e.g. "combo(ets+arima+theta)" or "naive2".
    public var chosen: String
    /// Human-readable notes; empty when the series was forecast as designed.
    public var warnings: [String]
    /// The fitted model behind `forecast` (what `--save` writes).
    public var model: FittedModel
    /// Trailing missing periods the model forecasts over before the requested horizon.
    public var skipped: Int

    public init(forecast: Forecast, chosen: String, warnings: [String], model: FittedModel, skipped: Int = 0) {
        self.forecast = forecast
        self.chosen = chosen
        self.warnings = warnings
        self.model = model
        self.skipped = skipped
    }
}
