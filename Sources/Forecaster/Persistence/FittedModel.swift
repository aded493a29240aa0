import Foundation
import Numerics

/// A fitted forecasting model, as saved to and loaded from a model file: the estimated
/// parameters and states of one model, or an ensemble of fitted members.
///
/// Every forecast Almanac prints comes from the members' `forecast(horizon:levels:)` and, for
/// ensembles, `Ensemble.combined` (which `auto` and `combo` also call directly on the
/// forecasts they have already checked), so a model reloaded from JSON (Swift's shortest
/// round-trip decimal text restores every `Double` exactly) gives byte-identical forecasts.
public indirect enum FittedModel: Sendable, Codable, Equatable {
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
        case .ets(let m):
            do { return try m.forecast(horizon: horizon, levels: levels, covariance: covariance) } catch let e as ETSError {
                throw ForecasterError.fitFailed(model: "ets", detail: e.description)
            }
        case .arima(let m): return try m.forecast(horizon: horizon, levels: levels, covariance: covariance)
        case .theta(let m): return try m.forecast(horizon: horizon, levels: levels, covariance: covariance)
        case .dotm(let m): return try m.forecast(horizon: horizon, levels: levels, covariance: covariance)
        case .ces(let m): return try m.forecast(horizon: horizon, levels: levels, covariance: covariance)
        case .lagWalk(let m): return try m.forecast(horizon: horizon, levels: levels, covariance: covariance)
        case .mean(let m): return try m.forecast(horizon: horizon, levels: levels, covariance: covariance)
        case .naive2(let m): return try m.forecast(horizon: horizon, levels: levels, covariance: covariance)
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
