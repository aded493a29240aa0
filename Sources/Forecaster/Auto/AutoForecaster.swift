import AlmanacNumerics

/// The `combo` and `auto` methods and their fallbacks for degenerate series.
///
/// Members are fitted independently; a member that throws, returns non-finite values or a
/// mean beyond `100 × max|y|` is dropped with a warning. Degenerate series skip the models:
/// a single observation is carried forward with zero-width intervals, a constant series
/// gets the naive forecast (zero-width intervals), and a series too short for the models
/// (n < 7) gets the naive forecast. Whatever survives is combined by `ForecastCombination`.
enum AutoForecaster {
    /// The members of `combo`, in the order they are listed.
    static let comboMembers: [CombinationMember] = [.ets, .arima, .theta]

    /// `combo`: the mean of the members' point forecasts, pooled standard errors.
    static func combination(_ y: [Double], period: Int, horizon: Int, levels: [Double],
                            members: [CombinationMember] = comboMembers, covariance: Bool = true) -> AutoResult {
        ensemble(y, period: period, horizon: horizon, levels: levels, members: members,
                 rule: .mean, intervals: .pooledStandardError, widthFactor: 1, label: "combo",
                 covariance: covariance)
    }

    /// `auto`: see `AutoPolicy` for the rule and the benchmark evidence behind it.
    static func auto(_ y: [Double], period: Int, horizon: Int, levels: [Double], covariance: Bool = true) -> AutoResult {
        let p = AutoPolicy.default
        return ensemble(y, period: period, horizon: horizon, levels: levels, members: p.members,
                        rule: p.rule, intervals: p.intervals, widthFactor: p.widthFactor, label: "auto",
                        covariance: covariance)
    }

    static func ensemble(_ y: [Double], period: Int, horizon: Int, levels: [Double], members: [CombinationMember],
                         rule: CombinationRule, intervals: CombinationIntervals, widthFactor: Double,
                         label: String, covariance: Bool = true) -> AutoResult {
        if let degenerate = degenerateFallback(y, period: period, horizon: horizon, levels: levels,
                                               covariance: covariance) {
            return degenerate
        }
        var warnings: [String] = []
        let limit = 100 * (y.map(abs).max() ?? 0)
        var fitted: [FittedModel] = []
        var forecasts: [Forecast] = []  // each member forecast once: checked, then combined
        for m in members {
            do {
                let model = try m.fit(y, period: period)
                // Without levels a member's standard errors come from its covariance alone.
                let fc = try model.forecast(horizon: horizon, levels: levels, covariance: covariance || levels.isEmpty)
                if fc.isSane(limit: limit) {
                    fitted.append(model)
                    forecasts.append(fc)
                } else {
                    warnings.append("\(m.rawValue) dropped: non-finite or exploding forecast")
                }
            } catch {
                warnings.append("\(m.rawValue) dropped: \(error)")
            }
        }
        let ensemble = FittedModel.Ensemble(members: fitted, rule: rule, intervals: intervals,
                                            widthFactor: widthFactor, label: label)
        if !fitted.isEmpty, let fc = try? ensemble.combined(forecasts, levels: levels, covariance: covariance),
           fc.isSane(limit: limit) {
            return AutoResult(forecast: fc, chosen: fc.model, warnings: warnings, model: .ensemble(ensemble))
        }
        warnings.append("no model could be combined; falling back to naive2")
        return baseline(y, period: period, horizon: horizon, levels: levels, covariance: covariance, warnings: warnings)
    }

    /// The answers for series the models cannot or should not fit, nil otherwise.
    static func degenerateFallback(_ y: [Double], period: Int, horizon: Int, levels: [Double],
                                   covariance: Bool = true) -> AutoResult? {
        if y.count == 1 {
            return flat(y[0], horizon: horizon, levels: levels, covariance: covariance,
                        warnings: ["a single observation: carried forward, no interval width can be estimated"])
        }
        if y.allSatisfy({ $0 == y[0] }) {
            return flat(y[0], horizon: horizon, levels: levels, covariance: covariance,
                        warnings: ["constant series: naive forecast"])
        }
        if y.count < 7 {
            return baseline(y, period: period, horizon: horizon, levels: levels, covariance: covariance,
                            warnings: ["only \(y.count) observations: naive forecast"])
        }
        return nil
    }

    /// Naive2, or naive if even that fails, or the last value carried flat.
    static func baseline(_ y: [Double], period: Int, horizon: Int, levels: [Double], covariance: Bool = true,
                         warnings: [String]) -> AutoResult {
        let limit = 100 * (y.map(abs).max() ?? 0)
        for m in [ForecastMethod.naive2, .naive] {
            if let model = try? ForecastMethod.fit(m, y, period: period),
               let fc = try? model.forecast(horizon: horizon, levels: levels, covariance: covariance),
               fc.isSane(limit: max(limit, 1)) {
                return AutoResult(forecast: fc, chosen: m.rawValue, warnings: warnings, model: model)
            }
        }
        return flat(y[y.count - 1], horizon: horizon, levels: levels, covariance: covariance, warnings: warnings)
    }

    /// A flat forecast with zero-width intervals and zero error covariance.
    static func flat(_ value: Double, horizon: Int, levels: [Double], covariance: Bool = true,
                     warnings: [String]) -> AutoResult {
        let model = FittedModel.flat(value)
        let mean = [Double](repeating: value, count: horizon)
        let bounds = [[Double]](repeating: mean, count: levels.count)
        let fc = (try? model.forecast(horizon: horizon, levels: levels, covariance: covariance))
            ?? Forecast(model: "naive", mean: mean, levels: levels, lower: bounds, upper: bounds,
                        errorCovariance: covariance ? Matrix(rows: horizon, columns: horizon) : nil)
        return AutoResult(forecast: fc, chosen: "naive", warnings: warnings, model: model)
    }
}
