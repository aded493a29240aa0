import Forecaster
import Reports
import TimeSeries

extension ForecastCommand {
    /// `forecast --intervals calibrated` on a batch of at least `ShrunkCalibration.minimumBatch`
    /// series held in memory: every series is forecast and scored at its rolling origins
    /// (`ForecastMethod.runConformal`), the factor per level is pooled over the scores of all
    /// series (`CalibrationScores.pooled`), and each series' own factor is shrunk towards it
    /// (`ShrunkCalibration`). A series that fails stops the run, as in the other modes.
    static func calibratedBatch(_ all: [TimeSeries], model: ForecastMethod, horizon: Int?, levels: [Double],
                                options: ConformalCalibration.Options, jobs: Int,
                                name: (TimeSeries) -> String) throws -> [SeriesForecast] {
        let slots = ParallelBatch.map(count: all.count, jobs: jobs, label: "forecast") { i in
            let s = all[i]
            let h = horizon ?? defaultHorizon(s, annual: false)
            return Result { try model.runConformal(s.values, period: s.period, horizon: h, levels: levels, options: options) }
        }
        var results: [ConformalResult] = []
        for (i, r) in slots.enumerated() {
            do { results.append(try r.get()) } catch { throw CLIError("\(name(all[i])): \(error)", code: 65) }
        }
        let used = results.first?.model.forecast.levels ?? levels
        let targets = ShrunkCalibration.targets(levels: used, pooled: CalibrationScores.pooled(results.map(\.scores), levels: used))
        return zip(all, results).map { s, r in
            let out = IntervalChoice.calibrated(r, targets: targets)
            return SeriesForecast(history: s, forecast: out.forecast, warnings: out.warnings)
        }
    }
}
