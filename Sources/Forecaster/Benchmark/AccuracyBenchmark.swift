import Dispatch
import Foundation

/// One series of a train/test benchmark (M3/M4 style).
public struct BenchmarkSeries: Sendable {
    public var id: String
    public var train: [Double]
    public var test: [Double]
    public var period: Int
    public init(id: String, train: [Double], test: [Double], period: Int) {
        self.id = id; self.train = train; self.test = test; self.period = period
    }
}

/// The per-series outcome: the forecast (or the failure) and its scores.
public struct SeriesScore: Sendable {
    public var id: String
    public var forecast: Forecast?
    public var failure: String?
    public var sMAPE: Double
    public var MASE: Double
    public var MAE: Double
    public var RMSE: Double
    public var MSIS: Double
    public var hits80: Int
    public var hits95: Int
    public var count: Int
}

/// Scores averaged over series, M4 style (sMAPE and MASE averaged per series; coverage
/// pooled over all forecast steps).
public struct BenchmarkSummary: Sendable, Codable, Equatable {
    public var model: String
    public var series: Int
    public var failures: Int
    public var sMAPE: Double
    public var MASE: Double
    public var OWA: Double?
    public var MAE: Double
    public var RMSE: Double
    public var coverage80: Double
    public var coverage95: Double
    public var MSIS: Double
    public var seconds: Double
    public var seriesPerSecond: Double
}

extension BenchmarkSummary {
    enum CodingKeys: String, CodingKey {
        case model, series, failures, sMAPE, MASE, OWA, MAE, RMSE, coverage80, coverage95, MSIS, seconds, seriesPerSecond
    }

    /// A metric that does not exist (NaN, or infinite: a zero scale) is JSON `null`, as in
    /// every other document (docs/json-schema.md); baselines written with "NaN" strings
    /// still load (the decoder's string strategy).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func put(_ v: Double?, _ key: CodingKeys) throws {
            if let v, v.isFinite { try c.encode(v, forKey: key) } else { try c.encodeNil(forKey: key) }
        }
        try c.encode(model, forKey: .model)
        try c.encode(series, forKey: .series)
        try c.encode(failures, forKey: .failures)
        try put(sMAPE, .sMAPE)
        try put(MASE, .MASE)
        if let OWA { try put(OWA, .OWA) }
        try put(MAE, .MAE)
        try put(RMSE, .RMSE)
        try put(coverage80, .coverage80)
        try put(coverage95, .coverage95)
        try put(MSIS, .MSIS)
        try put(seconds, .seconds)
        try put(seriesPerSecond, .seriesPerSecond)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func get(_ key: CodingKeys) throws -> Double { try c.decodeIfPresent(Double.self, forKey: key) ?? .nan }
        model = try c.decode(String.self, forKey: .model)
        series = try c.decode(Int.self, forKey: .series)
        failures = try c.decode(Int.self, forKey: .failures)
        sMAPE = try get(.sMAPE)
        MASE = try get(.MASE)
        OWA = c.contains(.OWA) ? try get(.OWA) : nil
        MAE = try get(.MAE)
        RMSE = try get(.RMSE)
        coverage80 = try get(.coverage80)
        coverage95 = try get(.coverage95)
        MSIS = try get(.MSIS)
        seconds = try get(.seconds)
        seriesPerSecond = try get(.seriesPerSecond)
    }
}

/// Runs a forecasting method over many series, in parallel, with results in input order.
///
/// A method that throws on a series is counted as a failure and replaced by the seasonal
/// naive forecast for scoring, so one bad series cannot hide behind a smaller average
/// (the failure count is reported).
public enum AccuracyBenchmark {
    public typealias Method = @Sendable (_ train: [Double], _ period: Int, _ horizon: Int) throws -> Forecast

    /// - Complexity: one fit per series, spread over `jobs` threads.
    public static func run(_ series: [BenchmarkSeries], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                           progress: (@Sendable (Int) -> Void)? = nil,
                           method: Method) -> [SeriesScore] {
        let results = OrderedResults<SeriesScore>(count: series.count)
        let counter = SharedCounter()
        let workers = max(1, min(jobs, series.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < series.count {
                results.set(i, score(series[i], method: method))
                if let progress { progress(counter.increment()) }
                i += workers
            }
        }
        return results.values
    }

    /// Scores one series.
    public static func score(_ s: BenchmarkSeries, method: Method) -> SeriesScore {
        let h = s.test.count
        var failure: String? = nil
        var fc: Forecast
        do {
            fc = try method(s.train, s.period, h)
            if fc.mean.count != h || !fc.mean.allSatisfy(\.isFinite) {
                throw ForecasterError.fitFailed(model: fc.model, detail: "non-finite or short forecast")
            }
        } catch {
            failure = String(describing: error)
            fc = (try? LagWalk.seasonalNaive(s.train, period: s.period).forecast(horizon: h))
                ?? Forecast(model: "none", mean: [Double](repeating: s.train.last ?? 0, count: h),
                            levels: [80, 95], lower: [[Double]](repeating: [Double](repeating: .nan, count: h), count: 2),
                            upper: [[Double]](repeating: [Double](repeating: .nan, count: h), count: 2))
        }
        let scale = Accuracy.scale(insample: s.train, period: s.period)
        let k80 = fc.levels.firstIndex(of: 80), k95 = fc.levels.firstIndex(of: 95)
        let c80 = k80.map { Accuracy.coverage(actual: s.test, lower: fc.lower[$0], upper: fc.upper[$0]) }
        let c95 = k95.map { Accuracy.coverage(actual: s.test, lower: fc.lower[$0], upper: fc.upper[$0]) }
        let msis = k95.map { Accuracy.MSIS(actual: s.test, lower: fc.lower[$0], upper: fc.upper[$0], alpha: 0.05, scale: scale) } ?? .nan
        return SeriesScore(id: s.id, forecast: fc, failure: failure,
                           sMAPE: Accuracy.sMAPE(actual: s.test, forecast: fc.mean),
                           MASE: Accuracy.MASE(actual: s.test, forecast: fc.mean, scale: scale),
                           MAE: Accuracy.MAE(actual: s.test, forecast: fc.mean),
                           RMSE: Accuracy.RMSE(actual: s.test, forecast: fc.mean),
                           MSIS: msis, hits80: c80?.hits ?? 0, hits95: c95?.hits ?? 0,
                           count: c95?.count ?? c80?.count ?? s.test.count)
    }

    /// Averages per-series scores; `naive2` (the same series scored for Naive2) gives OWA.
    public static func summarize(model: String, _ scores: [SeriesScore], naive2: [SeriesScore]? = nil,
                                 seconds: Double) -> BenchmarkSummary {
        func avg(_ f: (SeriesScore) -> Double) -> Double {
            let v = scores.map(f).filter(\.isFinite)
            return v.isEmpty ? .nan : v.reduce(0, +) / Double(v.count)
        }
        let smape = avg(\.sMAPE), mase = avg(\.MASE)
        var owa: Double? = nil
        if let naive2, !naive2.isEmpty {
            let n2s = naive2.map(\.sMAPE).filter(\.isFinite), n2m = naive2.map(\.MASE).filter(\.isFinite)
            let n2sMean = n2s.reduce(0, +) / Double(n2s.count), n2mMean = n2m.reduce(0, +) / Double(n2m.count)
            // Naive2 without error (a series it forecasts exactly) leaves the ratios undefined,
            // not infinite: NA rather than Inf.
            owa = n2sMean > 0 && n2mMean > 0
                ? Accuracy.OWA(sMAPE: smape, MASE: mase, naive2SMAPE: n2sMean, naive2MASE: n2mMean) : .nan
        }
        let total = scores.reduce(0) { $0 + $1.count }
        return BenchmarkSummary(
            model: model, series: scores.count, failures: scores.filter { $0.failure != nil }.count,
            sMAPE: smape, MASE: mase, OWA: owa, MAE: avg(\.MAE), RMSE: avg(\.RMSE),
            coverage80: Double(scores.reduce(0) { $0 + $1.hits80 }) / Double(max(1, total)),
            coverage95: Double(scores.reduce(0) { $0 + $1.hits95 }) / Double(max(1, total)),
            MSIS: avg(\.MSIS), seconds: seconds,
            seriesPerSecond: seconds > 0 ? Double(scores.count) / seconds : .infinity)
    }
}

