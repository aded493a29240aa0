import Foundation
import Forecaster

/// `almanac benchmark --intervals conformal`: each series forecast once with
/// `ForecastMethod.runConformal`, scored twice, with the model's intervals and with the
/// conformal ones (same point forecast, so only coverage and MSIS differ).
enum BenchmarkConformal {
    /// A series whose forecast failed (scored as `AccuracyBenchmark.score` scores failures).
    enum BenchmarkFailure: Error { case notForecast }

    /// Scores of the model-interval and the conformal forecasts, in input order. A series whose
    /// forecast fails is scored as `AccuracyBenchmark.score` scores failures (seasonal naive).
    /// `records` also returns every calibration origin's forecast (`CalibrationRecords`), and
    /// `calibrated` the scores with `ShrunkCalibration` intervals pooled over all `series`.
    static func scores(_ series: [BenchmarkSeries], method: ForecastMethod, options: ConformalCalibration.Options,
                       jobs: Int) -> (model: [SeriesScore], conformal: [SeriesScore], records: [CalibrationRecords],
                                      calibrated: [SeriesScore]) {
        let all = ParallelBatch.map(count: series.count, jobs: jobs, label: method.rawValue + "+conformal") { i in
            let s = series[i]
            var records = CalibrationRecords(series: s.id, history: s.train)
            let r = Result { try method.runConformal(s.train, period: s.period, horizon: s.test.count, levels: [80, 95],
                                                     options: options) { records.add(origin: $0, forecast: $1) } }
            let a = AccuracyBenchmark.score(s) { _, _, _ in try r.get().model.forecast }
            let b = AccuracyBenchmark.score(s) { _, _, _ in try r.get().conformal.forecast }
            return (a, b, (try? r.get().calibration) == nil, records, try? r.get())
        }
        let fallbacks = all.filter(\.2).count
        if fallbacks > 0 {
            StandardStreams.error("almanac: warning: \(method.rawValue)+conformal: \(fallbacks) of \(series.count) series too short (or failing) to calibrate; their intervals are the model's own\n")
        }
        let done = all.compactMap(\.4)
        let levels: [Double] = [80, 95]
        let targets = ShrunkCalibration.targets(levels: levels, pooled: CalibrationScores.pooled(done.map(\.scores), levels: levels))
        let calibrated = zip(series, all).map { s, r in
            AccuracyBenchmark.score(s) { _, _, _ in
                guard let c = r.4 else { throw BenchmarkFailure.notForecast }
                return ShrunkCalibration.apply(c.model.forecast, scores: c.scores, targets: targets)
            }
        }
        return (all.map(\.0), all.map(\.1), all.map(\.3), calibrated)
    }
}
