import Foundation

/// One entry of `ModelRegistry`: a `ForecastModel` under the name the CLI (`--model NAME`),
/// combinations (`CombinationMember`) and model files know it by.
public struct RegisteredModel: Sendable {
    /// The `--model` name and the combination-member name on the original scale.
    public let name: String
    /// One line for `--help` and the docs.
    public let summary: String
    /// The member name on the log scale (default `NAME(log)`).
    public let logName: String
    /// Whether `--model` offers it (false for models that only serve as combination members).
    public let listed: Bool
    /// The fitted type, for reading model files.
    public let fittedType: any FittedForecast.Type
    private let fitOriginal: @Sendable ([Double], Int) throws -> FittedModel
    private let fitLog: @Sendable ([Double], Int) throws -> FittedModel?

    /// Registers `model` under `name`.
    public init<M: ForecastModel>(_ name: String, _ model: M, summary: String, logName: String? = nil,
                                  listed: Bool = true) {
        self.name = name
        self.summary = summary
        self.logName = logName ?? "\(name)(log)"
        self.listed = listed
        self.fittedType = M.Fitted.self
        self.fitOriginal = { y, period in try model.fit(y, period: period).asFittedModel }
        self.fitLog = { y, period in try model.fitLogScale(y, period: period) }
    }

    /// Fits the model to clean data on `scale`. On the log scale the model's own
    /// `fitLogScale` is used when it has one, otherwise the model fitted to `log y`
    /// (positive data only) and wrapped in `FittedModel.logScale`.
    /// - Throws: `ForecasterError` when the model cannot fit the series.
    public func fit(_ y: [Double], period: Int, scale: ModelScale = .original) throws -> FittedModel {
        switch scale {
        case .original:
            return try fitOriginal(y, period)
        case .log:
            if let own = try fitLog(y, period) { return own }
            guard y.allSatisfy({ $0 > 0 }) else {
                throw ForecasterError.invalidData(model: logName, detail: "a log-scale fit needs positive data")
            }
            return .logScale(try fitOriginal(y.map { log($0) }, period))
        }
    }
}

extension ForecastModel {
    /// No model-specific log-scale fit: `RegisteredModel.fit` transforms the data itself.
    public func fitLogScale(_ y: [Double], period: Int) throws -> FittedModel? { nil }
}

/// Every model Almanac can fit, by name: the single source of `--model`, of the combination
/// members, of the model-file types and of the CI accuracy gate (`almanac benchmark
/// --models all`).
///
/// To add a model, put it in a folder of its own (a `ForecastModel` and its `FittedForecast`)
/// and add one line to `builtIn`; see `docs/guides/adding-a-model.md`. Programs that use
/// Almanac as a library can add theirs at run time with `register(_:)`.
public enum ModelRegistry {
    /// The models that ship with Almanac, in the order `--help` lists them.
    public static let builtIn: [RegisteredModel] = [
        RegisteredModel("arima", ARIMAForecaster(), summary: "automatic ARIMA (R auto.arima)"),
        RegisteredModel("ets", ETSForecaster(), summary: "automatic exponential smoothing (R ets)"),
        RegisteredModel("theta", ThetaForecaster(), summary: "the Theta method (R thetaf)"),
        RegisteredModel("dotm", DOTMForecaster(), summary: "the Dynamic Optimised Theta Method"),
        RegisteredModel("ces", CESForecaster(), summary: "Complex Exponential Smoothing (statsforecast AutoCES)"),
        RegisteredModel("naive", NaiveForecaster(), summary: "the last value carried forward"),
        RegisteredModel("snaive", SeasonalNaiveForecaster(), summary: "the value one season earlier"),
        RegisteredModel("drift", DriftForecaster(), summary: "random walk with drift"),
        RegisteredModel("naive2", Naive2Forecaster(), summary: "naive on seasonally adjusted data (M4 benchmark)"),
        RegisteredModel("mean", MeanForecaster(), summary: "the mean of the series"),
        RegisteredModel("ets(akaike)", AkaikeETSForecaster(), summary: "all ETS candidates with Akaike weights",
                        logName: "ets(akaike,log)", listed: false),
        RegisteredModel("sdrift", SeasonalDriftForecaster(), summary: "seasonal random walk with drift"),
    ]

    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var added: [RegisteredModel] = []
    }
    private static let store = Store()

    /// The built-in models followed by those added with `register(_:)`.
    public static var models: [RegisteredModel] {
        store.lock.lock()
        defer { store.lock.unlock() }
        return builtIn + store.added
    }

    /// Adds a model at run time (a program's own model, for `ForecastMethod`, combinations and
    /// model files read by that program).
    /// - Throws: `ForecasterError.invalidOption` if the name or the file key is taken.
    public static func register(_ model: RegisteredModel) throws {
        let current = models
        guard !["auto", "combo"].contains(model.name), !current.contains(where: { $0.name == model.name }) else {
            throw ForecasterError.invalidOption("a model named '\(model.name)' is already registered")
        }
        guard fittedType(forKey: model.fittedType.fileKey) == nil || current.contains(where: { ObjectIdentifier($0.fittedType) == ObjectIdentifier(model.fittedType) }) else {
            throw ForecasterError.invalidOption("the model-file key '\(model.fittedType.fileKey)' is already taken")
        }
        store.lock.lock()
        defer { store.lock.unlock() }
        store.added.append(model)
    }

    /// The registered model called `name` (its `--model` name or member name), nil if none.
    public static func model(named name: String) -> RegisteredModel? {
        models.first { $0.name == name }
    }

    /// The fitted type stored under `key` in model files, nil if none.
    static func fittedType(forKey key: String) -> (any FittedForecast.Type)? {
        models.lazy.map(\.fittedType).first { $0.fileKey == key }
    }
}
