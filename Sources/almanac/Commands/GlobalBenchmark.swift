import Foundation
import Forecaster

/// `almanac benchmark --models pooled-ar`: global models (`GlobalForecastModel`) are fitted
/// once on all the series read (after `--limit`), by seasonal period, and scored like the
/// others. A batch the model refuses (fewer than its `minimumSeries`, e.g. one series) or a
/// series it cannot forecast falls back to `auto`, with a note on standard error.
enum GlobalBenchmark {
    static func isGlobal(_ name: String) -> Bool { GlobalModels.model(named: name) != nil }

    static func scores(_ model: any GlobalForecastModel, series: [BenchmarkSeries]) -> [SeriesScore] {
        var scores = [SeriesScore?](repeating: nil, count: series.count)
        var fallbacks = 0
        // One batch per (period, horizon): a global model pools series of one frequency.
        var groups: [String: [Int]] = [:]
        for (i, s) in series.enumerated() { groups["\(s.period)/\(s.test.count)", default: []].append(i) }
        for key in groups.keys.sorted() {
            let idx = groups[key]!
            let first = series[idx[0]]
            let result = GlobalModels.forecast(model, series: idx.map { series[$0].train }, period: first.period,
                                               horizon: first.test.count, levels: [80, 95])
            fallbacks += result.fallbacks
            if let d = result.description { StandardStreams.error("almanac: \(model.name): \(d)\n") }
            for (k, i) in idx.enumerated() {
                let fc = result.forecasts[k]
                scores[i] = AccuracyBenchmark.score(series[i]) { _, _, _ in try fc.get() }
            }
        }
        if fallbacks > 0 {
            StandardStreams.error("almanac: \(model.name): \(fallbacks) series forecast by auto (batch too small or series too short)\n")
        }
        return scores.map { $0! }
    }
}
