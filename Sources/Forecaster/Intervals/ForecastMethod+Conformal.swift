/// How a forecast's prediction intervals are made.
public enum IntervalMethod: String, Sendable, Codable, CaseIterable {
    /// The model's own intervals (analytic or simulated; for `auto` the members' combined
    /// quantiles).
    case model
    /// The model's intervals with their width calibrated on the series' own rolling-origin
    /// errors (`ConformalCalibration`).
    case conformal
    /// The conformal factor of each series shrunk towards a factor pooled over the batch, or
    /// towards a constant for a series forecast alone (`ShrunkCalibration`).
    case calibrated
}

/// A forecast with conformal intervals and the model-based forecast it was calibrated from.
public struct ConformalResult: Sendable {
    /// The method's forecast with its own intervals.
    public var model: AutoResult
    /// The same point forecast with conformal intervals, or with the model's intervals and a
    /// warning saying why when the series is too short to calibrate.
    public var conformal: AutoResult
    /// The calibration, nil when it was not possible.
    public var calibration: ConformalCalibration?
    /// The calibration scores of every usable origin (also when there were too few for a
    /// conformal factor), for `ShrunkCalibration`.
    public var scores: CalibrationScores
}

extension ForecastMethod {
    /// Forecasts as `run` and calibrates the interval width on the series' own rolling-origin
    /// errors: the method is refitted at up to `options.origins` origins (`ConformalCalibration`)
    /// and each level's model interval is stretched about the point forecast by its conformal
    /// factor. Works for every method, `auto` and `combo` included. The calibrated forecast has
    /// no error covariance (the factors calibrate marginal intervals only).
    /// `observe` sees each calibration origin's forecast (`ConformalCalibration.calibrate`).
    /// - Complexity: `1 + options.origins` runs of the method.
    /// - Throws: as `run`.
    public func runConformal(_ y: [Double], period: Int, horizon: Int, levels: [Double] = [80, 95],
                             options: ConformalCalibration.Options = .init(),
                             observe: (_ origin: Int, _ forecast: Forecast) -> Void = { _, _ in }) throws -> ConformalResult {
        let base = try run(y, period: period, horizon: horizon, levels: levels, covariance: false)
        let levels = base.forecast.levels
        var out = base
        let clean = SeriesPreparation(y)?.values ?? []
        var scores = CalibrationScores(levels: levels)
        let calibration = ConformalCalibration.calibrate(clean, period: period, horizon: horizon, levels: levels,
                                                         options: options, observe: { origin, fc in
            scores.add(fc, actual: clean[origin..<min(clean.count, origin + horizon)])
            observe(origin, fc)
        }) { yy, h, lv in
            try self.run(yy, period: period, horizon: h, levels: lv, covariance: false).forecast
        }
        if let calibration {
            out.forecast = ConformalIntervals.apply(factors: calibration.factors, to: base.forecast)
            out.forecast.model = "\(base.forecast.model) with conformal intervals"
        } else {
            let needed = ConformalCalibration.neededHistory(period: period, horizon: horizon, levels: levels, options: options)
            let usable = options.origins(n: clean.count, period: period, horizon: horizon).count
            let why = clean.count < needed
                ? "conformal intervals need at least \(needed) values for horizon \(horizon) (this series has \(clean.count))"
                : "conformal calibration failed at \(usable) rolling origins (too few fits or unbounded errors)"
            out.warnings.append("\(why): the intervals are the model's own")
        }
        return ConformalResult(model: base, conformal: out, calibration: calibration, scores: scores)
    }
}
