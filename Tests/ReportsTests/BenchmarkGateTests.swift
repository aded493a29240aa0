import Foundation
import Forecaster
import Testing
import TestSupport
@testable import Reports

/// The `almanac benchmark --baseline` gate on a real scoring run: automatic ETS on the first
/// 20 M3 monthly series (horizon 18) is the baseline; the same model must reproduce it with
/// no regression (scoring is deterministic), and a deliberately worse model — the seasonal
/// naive forecast relabelled "ets" — must be flagged at 1% tolerance.
///
/// The scoring the gate relies on is itself checked against an independent implementation:
/// the seasonal naive forecasts scored here must equal Benchmarks/rescore.py's scores of the
/// seasonal naive built in Python (Tests/Fixtures/benchmark/make_snaive_reference.py).
@Suite struct BenchmarkGateTests {
    static let count = 20
    static let model = "ets"

    /// The first `count` series of Datasets/m3-monthly.csv (`series,split,t,value`, rows of a
    /// series contiguous and ordered by `t`; CRLF line ends), in file order.
    static func firstSeries() throws -> [BenchmarkSeries] {
        let text = try String(contentsOf: Fixtures.dataset("m3-monthly.csv"), encoding: .utf8)
        var out: [BenchmarkSeries] = []
        var id = "", train: [Double] = [], test: [Double] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",")
            guard cells.count == 4, let value = Double(cells[3]) else { continue }
            if cells[0] != id {
                if !id.isEmpty { out.append(BenchmarkSeries(id: id, train: train, test: test, period: 12)) }
                if out.count == count { break }
                id = String(cells[0]); train = []; test = []
            }
            if cells[1] == "train" { train.append(value) } else { test.append(value) }
        }
        if out.count < count, !id.isEmpty { out.append(BenchmarkSeries(id: id, train: train, test: test, period: 12)) }
        return out
    }

    static func scores(_ series: [BenchmarkSeries], _ method: ForecastMethod) -> [SeriesScore] {
        AccuracyBenchmark.run(series, jobs: 2) { y, m, h in
            try method.forecast(y, period: m, horizon: h, levels: [80, 95])
        }
    }

    /// A report as `almanac benchmark` builds it, with time zeroed (time is not gated and
    /// differs between runs).
    static func report(_ series: [BenchmarkSeries], model: String, _ scores: [SeriesScore],
                       naive2: [SeriesScore]) -> BenchmarkReport {
        var summary = AccuracyBenchmark.summarize(model: model, scores, naive2: naive2, seconds: 0)
        summary.seriesPerSecond = 0
        return BenchmarkReport(file: "Datasets/m3-monthly.csv", series: series.count,
                               horizon: series.map(\.test.count).max() ?? 0, summaries: [summary])
    }

    /// One scoring run shared by the tests (automatic ETS on 20 series is the slow part).
    struct Run: Sendable {
        var series: [BenchmarkSeries]
        var naive2: [SeriesScore]
        var ets: [SeriesScore]
        var snaive: [SeriesScore]
        init() throws {
            series = try BenchmarkGateTests.firstSeries()
            naive2 = BenchmarkGateTests.scores(series, .naive2)
            ets = BenchmarkGateTests.scores(series, .ets)
            snaive = BenchmarkGateTests.scores(series, .snaive)
        }
    }
    static let shared = Result { try Run() }

    /// Baseline → JSON file → `BenchmarkReport.load`, as a user's CI reads it back.
    static func roundTrip(_ report: BenchmarkReport) throws -> BenchmarkReport {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("almanac-baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try AtomicFile.write(report.json(), to: url.path)
        return try BenchmarkReport.load(url.path)
    }

    @Test func sameModelReproducesTheBaseline() throws {
        let run = try Self.shared.get()
        let series = run.series, naive2 = run.naive2
        #expect(series.count == Self.count)
        #expect(series.allSatisfy { $0.test.count == 18 })
        let baseline = try Self.roundTrip(Self.report(series, model: Self.model, run.ets, naive2: naive2))
        // A second, independent scoring run of the same model.
        let again = Self.report(series, model: Self.model, Self.scores(series, .ets), naive2: naive2)
        #expect(again.regressions(against: baseline, tolerance: 0.01).isEmpty)
        #expect(again.regressions(against: baseline, tolerance: 0).isEmpty)
        // Byte-for-byte determinism, not merely within tolerance.
        #expect(again == baseline)
        #expect(again.json() == baseline.json())
        let s = try #require(baseline.summaries.first)
        #expect(s.failures == 0)
        // A good model: ETS beats Naive2 on these series (OWA < 1).
        #expect(try #require(s.OWA) < 1)
    }

    @Test func degradedModelUnderTheSameNameIsFlagged() throws {
        let run = try Self.shared.get()
        let series = run.series, naive2 = run.naive2
        let baseline = try Self.roundTrip(Self.report(series, model: Self.model, run.ets, naive2: naive2))
        let degraded = Self.report(series, model: Self.model, run.snaive, naive2: naive2)
        let problems = degraded.regressions(against: baseline, tolerance: 0.01)
        #expect(!problems.isEmpty)
        #expect(problems.contains { $0.hasPrefix("ets sMAPE:") })
        #expect(problems.contains { $0.hasPrefix("ets MASE:") })
        #expect(problems.contains { $0.hasPrefix("ets OWA:") })
        // The gate is one-sided: the baseline is no regression of the degraded run.
        let reverse = baseline.regressions(against: degraded, tolerance: 0.01)
        #expect(!reverse.contains { $0.hasPrefix("ets sMAPE:") || $0.hasPrefix("ets MASE:") })
        // A run on fewer series than the baseline is reported too.
        let fewer = Self.report(Array(series.prefix(10)), model: Self.model,
                                Array(run.ets.prefix(10)), naive2: Array(naive2.prefix(10)))
        #expect(fewer.regressions(against: baseline, tolerance: 0.01).contains { $0.hasPrefix("series:") })
    }

    /// A model run without a line in the baseline (a newly registered model) fails the gate
    /// until its accuracy is recorded.
    @Test func modelMissingFromTheBaselineIsFlagged() throws {
        let run = try Self.shared.get()
        let baseline = try Self.roundTrip(Self.report(run.series, model: Self.model, run.ets, naive2: run.naive2))
        var both = Self.report(run.series, model: Self.model, run.ets, naive2: run.naive2)
        both.summaries += Self.report(run.series, model: "snaive", run.snaive, naive2: run.naive2).summaries
        #expect(both.regressions(against: baseline, tolerance: 0.01)
                == ["snaive: run but not in the baseline (record it with --write-baseline)"])
    }

    struct Reference: Decodable {
        var sMAPE, MASE, MAE, RMSE, MSIS, coverage80, coverage95: Double
        var series: Int
        var series_ids: [String]
    }

    @Test func seasonalNaiveScoresMatchTheIndependentRescorer() throws {
        let ref = try Fixtures.json(Reference.self, Fixtures.url("benchmark/snaive-m3-first20.json"))
        let run = try Self.shared.get()
        #expect(run.series.map(\.id) == ref.series_ids)
        let s = AccuracyBenchmark.summarize(model: "snaive", run.snaive, seconds: 0)
        #expect(s.series == ref.series)
        for (name, ours, theirs) in [("sMAPE", s.sMAPE, ref.sMAPE), ("MASE", s.MASE, ref.MASE), ("MAE", s.MAE, ref.MAE),
                                     ("RMSE", s.RMSE, ref.RMSE), ("MSIS", s.MSIS, ref.MSIS),
                                     ("coverage80", s.coverage80, ref.coverage80),
                                     ("coverage95", s.coverage95, ref.coverage95)] {
            #expect(isClose(ours, theirs, rel: 1e-9), "\(name): \(ours) vs rescore.py \(theirs)")
        }
    }
}
