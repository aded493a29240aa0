import Foundation
import Forecaster
import AlmanacNumerics
import TimeSeries

/// Everything `almanac impact` reports for one event, as one dated value: the counterfactual
/// impact (`CounterfactualImpact`, the model fitted before the event) and, alongside it, the
/// intervention analysis of the whole series (`InterventionAnalysis`, regression with ARIMA
/// errors on step/pulse/ramp regressors at the event). The two answer the same question from
/// different sides: the first makes no assumption about the shape of the effect; the second
/// assumes a shape and uses the post-event data to estimate the noise model as well.
public struct ImpactAnalysis: Sendable {
    /// The shape of an intervention regressor at the event date.
    public enum Shape: String, Sendable, CaseIterable {
        case step, pulse, ramp
    }

    public var series: TimeSeries
    /// The first period of the new regime.
    public var event: Period
    public var eventIndex: Int
    public var controlNames: [String]
    public var impact: CounterfactualImpact
    /// Nil when no shapes were requested or the counterfactual model is ETS (no ARIMA errors).
    public var intervention: InterventionAnalysis?

    /// - Parameters:
    ///   - series: the outcome.
    ///   - event: first affected period.
    ///   - controls: unaffected series, on the same dates (they must cover the whole span).
    ///   - model: the counterfactual model (see ``ImpactModel``); with `.ets` no intervention
    ///     analysis is run.
    ///   - logScale: model `log y` (requires y > 0); the controls are logged too (the effects
    ///     of controls become elasticities).
    ///   - level: interval level, a fraction.
    ///   - shapes: the intervention regressors at the event (empty: no intervention analysis).
    ///   - simulations: joint draws for log-scale aggregates (see ``CounterfactualImpact``).
    ///   - seed: the seed of those draws and of the bootstrap replicates.
    ///   - coefficientUncertainty: widen an ARIMA counterfactual's covariance by its
    ///     coefficients' sampling error (``CounterfactualImpact/estimate(_:period:eventIndex:controls:controlNames:model:logScale:level:simulations:seed:coefficientUncertainty:bootstrap:)``).
    ///   - bootstrap: replicates of the counterfactual's parametric bootstrap (p-values and
    ///     cumulative interval; 0: the normal and F references), see ``CounterfactualImpact``,
    ///     and of the intervention LR test's (0: χ²), see ``InterventionAnalysis``.
    /// - Throws: `ImpactError` (event outside the sample, controls not covering the series,
    ///   non-positive values on the log scale, …) or `ForecasterError` when a model fails.
    /// - Complexity: one or two model searches plus the `CounterfactualImpact` work.
    public init(series: TimeSeries, event: Period, controls: [TimeSeries] = [], model: ImpactModel = .auto,
                logScale: Bool = false, level: Double = 0.95, shapes: [Shape] = [.step],
                simulations: Int = 4000, seed: UInt64 = 20_240_601, coefficientUncertainty: Bool = true,
                bootstrap: Int = 0) throws {
        guard let at = series.index(of: event) else {
            throw ImpactError.dateOutsideSample("\(event) is not within \(series.start)…\(series.end)")
        }
        var columns: [[Double]] = []
        for c in controls {
            var col: [Double] = []
            for d in series.dates {
                guard let j = c.index(of: d) else {
                    throw ImpactError.invalidInput("control \(c.name) has no value for \(d)")
                }
                col.append(c.values[j])
            }
            if logScale {
                if let bad = col.firstIndex(where: { $0.isFinite && $0 <= 0 }) {
                    throw ImpactError.invalidInput("log scale needs positive controls; \(c.name) is \(col[bad]) at \(series.date(at: bad))")
                }
                col = col.map { $0.isFinite ? log($0) : .nan }
            }
            columns.append(col)
        }
        let x = columns.isEmpty ? nil : try Matrix(columns: columns)
        let names = controls.map(\.name)
        let period = max(1, series.period)
        impact = try CounterfactualImpact.estimate(series.values, period: period, eventIndex: at, controls: x,
                                                   controlNames: names, model: model, logScale: logScale,
                                                   level: level, simulations: simulations, seed: seed,
                                                   coefficientUncertainty: coefficientUncertainty, bootstrap: bootstrap)
        if shapes.isEmpty || model == .ets {
            intervention = nil
        } else {
            let y = logScale ? series.values.map { $0.isFinite ? log($0) : .nan } : series.values
            let list: [Intervention] = shapes.map {
                switch $0 {
                case .step: return .step(at: at)
                case .pulse: return .pulse(at: at)
                case .ramp: return .ramp(at: at)
                }
            }
            var orders: ARIMA? = nil
            if case .arima(let spec) = model { orders = spec }
            intervention = try InterventionAnalysis.fit(y, period: period, interventions: list, orders: orders,
                                                        regressors: x, regressorNames: names, level: level,
                                                        bootstrap: bootstrap, seed: seed)
        }
        self.series = series
        self.event = event
        self.eventIndex = at
        self.controlNames = names
    }

    /// The date of post-event step `h` (0-based).
    public func date(ofStep h: Int) -> Period { series.date(at: eventIndex + h) }
}
