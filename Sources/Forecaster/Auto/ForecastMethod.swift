/// The forecasting methods the CLI offers, with one entry point for all of them.
///
/// Every method first cleans the series (`SeriesPreparation`: leading missing values
/// dropped, trailing ones skipped over, internal gaps interpolated, each noted in the
/// warnings). Single models (`ets`, `theta`, …) then report failures as typed errors;
/// `combo` and `auto` never fail on a series with at least one finite value: they drop
/// members that fail or misbehave and fall back to a baseline, saying so in the warnings
/// (see `AutoForecaster`).
///
/// The methods are `auto`, `combo` and every listed model of `ModelRegistry`: a model added
/// there is a method with no other edit.
public struct ForecastMethod: RawRepresentable, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    public let rawValue: String

    /// The method called `rawValue`, nil if there is none.
    public init?(rawValue: String) {
        guard Self.ensembleNames.contains(rawValue) || ModelRegistry.model(named: rawValue)?.listed == true else {
            return nil
        }
        self.rawValue = rawValue
    }

    private init(_ name: String) { rawValue = name }

    public var description: String { rawValue }

    /// `auto`, `combo`, then the listed registered models in registry order.
    public static var allCases: [ForecastMethod] {
        ensembleNames.map(Self.init) + ModelRegistry.models.filter(\.listed).map { Self($0.name) }
    }

    private static let ensembleNames = ["auto", "combo"]

    /// The automatic combination (`AutoPolicy`).
    public static let auto = ForecastMethod("auto")
    /// The mean of ETS, ARIMA and Theta.
    public static let combo = ForecastMethod("combo")
    public static let arima = ForecastMethod("arima")
    public static let ets = ForecastMethod("ets")
    public static let theta = ForecastMethod("theta")
    /// The Dynamic Optimised Theta Method (statsforecast `DynamicOptimizedTheta`).
    public static let dotm = ForecastMethod("dotm")
    /// Complex Exponential Smoothing, type by AICc (statsforecast `AutoCES`).
    public static let ces = ForecastMethod("ces")
    public static let naive = ForecastMethod("naive")
    public static let snaive = ForecastMethod("snaive")
    public static let drift = ForecastMethod("drift")
    public static let naive2 = ForecastMethod("naive2")
    public static let mean = ForecastMethod("mean")

    /// Forecasts `horizon` steps of `y` (NaN = missing) with seasonal period `period` and
    /// intervals at `levels` (percent).
    /// - Throws: `ForecasterError` (invalid options, no finite value, or, for single
    ///   models, data the model cannot fit).
    /// `covariance: false` leaves `errorCovariance` nil (faster; bounds unchanged).
    public func forecast(_ y: [Double], period: Int, horizon: Int, levels: [Double],
                         covariance: Bool = true) throws -> Forecast {
        try run(y, period: period, horizon: horizon, levels: levels, covariance: covariance).forecast
    }

    /// As `forecast`, with the method actually used and the warnings.
    /// - Complexity: that of the chosen model(s); `combo` fits ETS, ARIMA and Theta, `auto`
    ///   all ETS candidates, auto-ARIMA, Theta, DOTM and CES, each on two scales (`AutoPolicy`).
    public func run(_ y: [Double], period: Int, horizon: Int, levels: [Double] = [80, 95],
                    covariance: Bool = true) throws -> AutoResult {
        try run(y, period: period, horizon: horizon, levels: levels, covariance: covariance,
                members: AutoForecaster.comboMembers)
    }

    /// `combo` with members of your choosing (any registered model on either scale): the mean
    /// of their point forecasts with pooled standard errors, members that fail dropped with
    /// a warning, as `combo` does with ETS, ARIMA and Theta.
    public static func combination(_ y: [Double], members: [CombinationMember], period: Int, horizon: Int,
                                   levels: [Double] = [80, 95], covariance: Bool = true) throws -> AutoResult {
        try ForecastMethod.combo.run(y, period: period, horizon: horizon, levels: levels, covariance: covariance,
                                     members: members)
    }

    private func run(_ y: [Double], period: Int, horizon: Int, levels: [Double], covariance: Bool,
                     members: [CombinationMember]) throws -> AutoResult {
        try ForecastLimits.check(horizon: horizon, covariance: covariance)
        guard period >= 1 else { throw ForecasterError.invalidOption("period must be at least 1, got \(period)") }
        let levels = try PredictionIntervals.validatedLevels(levels)
        guard let prep = SeriesPreparation(y) else {
            throw ForecasterError.nonFiniteData(model: rawValue, detail: "no finite observation to forecast from")
        }
        let steps = horizon + prep.skipped
        var result: AutoResult
        switch self {
        case .auto:
            result = AutoForecaster.auto(prep.values, period: period, horizon: steps, levels: levels,
                                         covariance: covariance)
        case .combo:
            result = AutoForecaster.combination(prep.values, period: period, horizon: steps, levels: levels,
                                                members: members, covariance: covariance)
        default:
            let model = try Self.fit(self, prep.values, period: period)
            let fc = try model.forecast(horizon: steps, levels: levels, covariance: covariance)
            result = AutoResult(forecast: fc, chosen: fc.model, warnings: [], model: model)
        }
        result.forecast = result.forecast.droppingFirst(prep.skipped)
        if !covariance { result.forecast.errorCovariance = nil }  // also for the baseline fallbacks
        result.warnings = prep.warnings + result.warnings + Self.explosionWarning(result.forecast, history: prep.values)
        result.skipped = prep.skipped
        return result
    }

    /// A warning when the forecast leaves the data's range by a factor of 100 (CES(P) on M3
    /// N1405 reaches 2.9 million at h = 180 from a history below 11 000): `auto` drops such
    /// members, a single model reports it rather than printing it as a plain forecast.
    static func explosionWarning(_ fc: Forecast, history: [Double]) -> [String] {
        let scale = history.filter(\.isFinite).map(abs).max() ?? 0
        guard scale > 0 else { return [] }
        if let i = fc.mean.firstIndex(where: { !$0.isFinite || abs($0) > 100 * scale }) {
            return ["the forecast leaves the range of the data: step \(i + 1) is \(fc.mean[i]), more than 100 times the largest observation \(scale) (an explosive trend; consider --model auto or a shorter horizon)"]
        }
        // Multiplicative errors compound: ETS(M,A,N) on M3 N1430 has ±3.6e9 at h = 180 for data below 10 000.
        let bounds = fc.lower + fc.upper
        if let i = (0..<fc.horizon).first(where: { h in bounds.contains { !$0[h].isFinite || abs($0[h]) > 1000 * scale } }) {
            return ["the prediction intervals exceed 1000 times the largest observation \(scale) from step \(i + 1) on (the model's errors compound over long horizons; the bounds carry no information there)"]
        }
        return []
    }

    /// Fits one model to clean data (`auto` and `combo` fit their ensemble).
    static func fit(_ method: ForecastMethod, _ y: [Double], period: Int) throws -> FittedModel {
        switch method {
        case .auto, .combo:
            // A horizon of 1 is enough to decide the members; the ensemble forecasts any horizon.
            return try method.run(y, period: period, horizon: 1).model
        default:
            guard let entry = ModelRegistry.model(named: method.rawValue) else {
                throw ForecasterError.invalidOption("no registered model '\(method.rawValue)'")
            }
            return try entry.fit(y, period: period)
        }
    }

    /// One model on clean data, fitted and forecast.
    static func single(_ method: ForecastMethod, _ y: [Double], period: Int, horizon: Int,
                       levels: [Double]) throws -> Forecast {
        switch method {
        case .auto, .combo: return try method.run(y, period: period, horizon: horizon, levels: levels).forecast
        default: return try fit(method, y, period: period).forecast(horizon: horizon, levels: levels)
        }
    }
}
