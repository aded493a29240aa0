import Foundation
import AlmanacNumerics

/// A fitted forecasting model, as saved to and loaded from a model file: the estimated
/// parameters and states of one model, or an ensemble of fitted members.
///
/// Every forecast Almanac prints comes from the members' `forecast(horizon:levels:)` and, for
/// ensembles, `Ensemble.combined` (which `auto` and `combo` also call directly on the
/// forecasts they have already checked), so a model reloaded from JSON (Swift's shortest
/// round-trip decimal text restores every `Double` exactly) gives byte-identical forecasts.
///
/// The cases name the model files' keys (`{"ets": {"_0": …}}`), so that every file written
/// since version 1 keeps loading. A model that `ModelRegistry` knows but that has no case of
/// its own is `registered`, stored under its `FittedForecast.fileKey` in the same form.
public indirect enum FittedModel: Sendable, Equatable {
    case ets(ETSModel)
    case arima(ARIMAModel)
    case theta(ThetaModel)
    /// The Dynamic Optimised Theta Method (`DynamicOptimisedTheta`).
    case dotm(DOTMModel)
    /// Complex Exponential Smoothing (`ComplexExponentialSmoothing`, statsforecast `AutoCES`).
    case ces(CESModel)
    case lagWalk(LagWalk)
    case mean(MeanForecast)
    case naive2(Naive2)
    /// A constant carried forward with zero-width intervals (single-value or constant series).
    case flat(Double)
    case ensemble(Ensemble)
    /// A model fitted to `log y`: its mean and bounds are exponentiated (the median
    /// forecast, as R `forecast` without bias adjustment); the error covariance stays on the
    /// log scale, as `Forecast` defines it for back-transformed models.
    case logScale(FittedModel)
    /// Any other registered model (`ModelRegistry`), e.g. `SeasonalDriftModel`.
    case registered(any FittedForecast)

    /// Members combined by `ForecastCombination` (the `combo` and `auto` methods).
    public struct Ensemble: Sendable, Codable, Equatable {
        public var members: [FittedModel]
        public var rule: CombinationRule
        public var intervals: CombinationIntervals
        public var widthFactor: Double
        /// The method's name, used in the model label `label(member+member…)`.
        public var label: String
        /// Member weights for the mean rule (summing to 1); nil means equal weights.
        public var weights: [Double]?

        public init(members: [FittedModel], rule: CombinationRule, intervals: CombinationIntervals,
                    widthFactor: Double, label: String, weights: [Double]? = nil) {
            self.members = members
            self.rule = rule
            self.intervals = intervals
            self.widthFactor = widthFactor
            self.label = label
            self.weights = weights
        }
    }

    /// Forecasts `horizon` steps with intervals at `levels` (percent).
    ///
    /// `covariance: false` leaves `errorCovariance` nil, which spares the ETS models whose
    /// intervals are analytic the simulated paths the covariance would need (accuracy
    /// benchmarks only score the bounds); means and bounds are the same either way.
    /// - Throws: `ForecasterError` for an invalid horizon or level, or a model that cannot forecast.
    public func forecast(horizon: Int, levels: [Double], covariance: Bool = true) throws -> Forecast {
        var fc = try forecastWithCovariance(horizon: horizon, levels: levels, covariance: covariance)
        if !covariance { fc.errorCovariance = nil }
        return fc
    }

    private func forecastWithCovariance(horizon: Int, levels: [Double], covariance: Bool) throws -> Forecast {
        switch self {
        case .flat(let value):
            guard horizon >= 1 else { throw ForecasterError.invalidOption("horizon must be at least 1") }
            let levels = try PredictionIntervals.validatedLevels(levels)
            let mean = [Double](repeating: value, count: horizon)
            let bounds = [[Double]](repeating: mean, count: levels.count)
            return Forecast(model: "naive", mean: mean, levels: levels, lower: bounds, upper: bounds,
                            errorCovariance: covariance ? Matrix(rows: horizon, columns: horizon) : nil)
        case .logScale(let inner):
            var fc = try inner.forecast(horizon: horizon, levels: levels, covariance: covariance)
            fc.mean = fc.mean.map { exp($0) }
            fc.lower = fc.lower.map { $0.map { exp($0) } }
            fc.upper = fc.upper.map { $0.map { exp($0) } }
            fc.model += "(log)"
            return fc
        case .ensemble(let e):
            // A lone surviving member is still "combined", so the width factor applies; it
            // keeps its own name.
            // Without levels a member's standard errors come from its covariance alone.
            let memberCovariance = covariance || levels.isEmpty
            let members = try e.members.map { try $0.forecast(horizon: horizon, levels: levels, covariance: memberCovariance) }
            return try e.combined(members, levels: levels, covariance: covariance)
        default:
            guard let model = single else { preconditionFailure("every other case holds one model") }
            do { return try model.forecast(horizon: horizon, levels: levels, covariance: covariance) } catch let e as ETSError {
                throw ForecasterError.fitFailed(model: "ets", detail: e.description)
            }
        }
    }

    /// The one fitted model of this case; nil for `flat`, `ensemble` and `logScale`.
    public var single: (any FittedForecast)? {
        switch self {
        case .ets(let m): return m
        case .arima(let m): return m
        case .theta(let m): return m
        case .dotm(let m): return m
        case .ces(let m): return m
        case .lagWalk(let m): return m
        case .mean(let m): return m
        case .naive2(let m): return m
        case .registered(let m): return m
        case .flat, .ensemble, .logScale: return nil
        }
    }

    public static func == (a: FittedModel, b: FittedModel) -> Bool {
        switch (a, b) {
        case (.flat(let x), .flat(let y)): return x == y
        case (.ensemble(let x), .ensemble(let y)): return x == y
        case (.logScale(let x), .logScale(let y)): return x == y
        default:
            guard let x = a.single, let y = b.single else { return false }
            return x.isEqual(to: y)
        }
    }
}

extension FittedForecast {
    /// Whether `other` is a model of the same type with equal values.
    func isEqual(to other: any FittedForecast) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}

/// `FittedModel` is itself a fitted model: ensembles and log-scale fits are combination
/// members like any other, and it is what `ETSAkaikeWeights` returns.
extension FittedModel: FittedForecast {
    /// Not a model-file key: a `FittedModel` is stored as the key of its case.
    public static var fileKey: String { "fittedModel" }
    public var asFittedModel: FittedModel { self }
    public var fittedValues: [Double]? { single?.fittedValues }
    public var fitResiduals: [Double]? { single?.fitResiduals }
    public var informationCriteria: InformationCriteria? { single?.informationCriteria }
}

/// Model files: `{"CASE": {"_0": VALUE}}`, the form Swift synthesises for enums, written out
/// by hand so that registered models are read by their `fileKey`.
extension FittedModel: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
    private static let value = Key("_0")

    /// The key of this case in model files.
    var fileKey: String {
        switch self {
        case .flat: return "flat"
        case .ensemble: return "ensemble"
        case .logScale: return "logScale"
        default: return type(of: single!).fileKey
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        guard c.allKeys.count == 1, let key = c.allKeys.first else {
            throw DecodingError.typeMismatch(FittedModel.self, DecodingError.Context(
                codingPath: c.codingPath, debugDescription: "Invalid number of keys found, expected one."))
        }
        let payload = try c.nestedContainer(keyedBy: Key.self, forKey: key)
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try payload.decode(T.self, forKey: Self.value) }
        switch key.stringValue {
        case "ets": self = .ets(try decode(ETSModel.self))
        case "arima": self = .arima(try decode(ARIMAModel.self))
        case "theta": self = .theta(try decode(ThetaModel.self))
        case "dotm": self = .dotm(try decode(DOTMModel.self))
        case "ces": self = .ces(try decode(CESModel.self))
        case "lagWalk": self = .lagWalk(try decode(LagWalk.self))
        case "mean": self = .mean(try decode(MeanForecast.self))
        case "naive2": self = .naive2(try decode(Naive2.self))
        case "flat": self = .flat(try decode(Double.self))
        case "ensemble": self = .ensemble(try decode(Ensemble.self))
        case "logScale": self = .logScale(try decode(FittedModel.self))
        default:
            guard let type = ModelRegistry.fittedType(forKey: key.stringValue) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                                                       debugDescription: "unknown model '\(key.stringValue)'")
            }
            func decodeModel<T: FittedForecast>(_ type: T.Type) throws -> FittedModel { try decode(T.self).asFittedModel }
            self = try decodeModel(type)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        var payload = c.nestedContainer(keyedBy: Key.self, forKey: Key(fileKey))
        switch self {
        case .flat(let v): try payload.encode(v, forKey: Self.value)
        case .ensemble(let e): try payload.encode(e, forKey: Self.value)
        case .logScale(let m): try payload.encode(m, forKey: Self.value)
        default: try payload.encode(single!, forKey: Self.value)
        }
    }
}

extension FittedModel.Ensemble {
    /// Combines the members' forecasts (in `members` order) by this ensemble's rule and
    /// names the result.
    func combined(_ members: [Forecast], levels: [Double], covariance: Bool = true) throws -> Forecast {
        var fc = try ForecastCombination.combine(members, rule: rule, intervals: intervals, widthFactor: widthFactor,
                                                 levels: levels, weights: weights, covariance: covariance)
        if members.count == 1 {
            fc.model = members[0].model
        } else if let w = weights {
            // e.g. "ets(akaike)[ETS(M,Ad,M) 0.82, ETS(M,A,M) 0.18]"
            fc.model = "\(label)[" + zip(w, members).map { $1.model + String(format: " %.2g", $0) }
                .joined(separator: ", ") + "]"
        } else {
            fc.model = "\(label)(" + members.map(\.model).joined(separator: "+") + ")"
        }
        return fc
    }
}
