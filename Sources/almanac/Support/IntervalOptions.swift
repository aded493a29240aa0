import ArgumentParser
import Forecaster

extension IntervalMethod: ExpressibleByArgument {}

/// `--intervals model|conformal` and the conformal calibration's options, shared by
/// `forecast` (in-memory and streaming) and `benchmark`.
struct IntervalOptions: ParsableArguments {
    @Option(help: "Prediction intervals: model (the model's own), conformal (the model's width calibrated on the series' own rolling-origin errors; refits the model at up to --conformal-origins origins; see docs/conformal.md) or calibrated (the conformal factor shrunk towards one pooled over the batch of series, or towards a constant for one series; see docs/calibration.md).")
    var intervals: IntervalMethod = .model

    @Option(name: .customLong("conformal-origins"), parsing: .unconditional, help: "Conformal: most rolling origins, each a refit (default: 8).")
    var origins: Int = 8

    @Option(name: .customLong("conformal-step"), parsing: .unconditional, help: "Conformal: periods between origins (default: the larger of the seasonal period and half the horizon).")
    var step: Int?

    func validate() throws {
        guard (1...1000).contains(origins) else { throw ValidationError("--conformal-origins must be between 1 and 1000") }
        if let step, !(1...10_000).contains(step) { throw ValidationError("--conformal-step must be between 1 and 10000") }
    }

    /// The parsed choice, a plain value to hand to worker threads.
    var choice: IntervalChoice { IntervalChoice(method: intervals, options: .init(origins: origins, step: step)) }

    /// The options that cannot go with conformal intervals, as a refusal.
    func checkForecast(annual: Bool, load: String?, save: String?) throws {
        guard intervals != .model else { return }
        if annual {
            throw ValidationError("--annual with --intervals \(intervals.rawValue): conformal factors calibrate each month's interval, not a sum over months; the annual totals need the model's error covariance (use --intervals model)")
        }
        if load != nil { throw ValidationError("--intervals \(intervals.rawValue) refits the model at rolling origins, so it needs the history: give FILE, not --load") }
        if save != nil { throw ValidationError("--save stores the fitted model, not a conformal calibration; drop --intervals \(intervals.rawValue) to save") }
    }
}

/// The interval method and the conformal options (`IntervalOptions` parsed).
struct IntervalChoice: Sendable {
    var method: IntervalMethod = .model
    var options = ConformalCalibration.Options()

    /// Runs `method` with the chosen intervals (conformal: the calibrated result, with a
    /// warning when the series is too short and the model's intervals are kept; calibrated:
    /// the series alone, so its factor is shrunk towards `ShrunkCalibration.prior`).
    /// `ForecastCommand` pools over a batch with `runScored` and `ShrunkCalibration` instead.
    func run(_ forecaster: ForecastMethod, _ y: [Double], period: Int, horizon: Int, levels: [Double],
             covariance: Bool) throws -> AutoResult {
        switch method {
        case .model:
            return try forecaster.run(y, period: period, horizon: horizon, levels: levels, covariance: covariance)
        case .conformal:
            return try forecaster.runConformal(y, period: period, horizon: horizon, levels: levels, options: options).conformal
        case .calibrated:
            let r = try forecaster.runConformal(y, period: period, horizon: horizon, levels: levels, options: options)
            return Self.calibrated(r, targets: ShrunkCalibration.targets(levels: r.model.forecast.levels))
        }
    }

    /// The model result of `r` with its intervals stretched by the shrunk factors towards `targets`.
    static func calibrated(_ r: ConformalResult, targets: [Double]) -> AutoResult {
        var out = r.model
        out.forecast = ShrunkCalibration.apply(r.model.forecast, scores: r.scores, targets: targets)
        out.forecast.errorCovariance = nil
        out.forecast.model = "\(r.model.forecast.model) with calibrated intervals"
        return out
    }
}
