import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// The M3 monthly benchmark behind Benchmarks/m3/RESULTS.md. Runs only when
/// `ALMANAC_M3_DUMP` names an output folder (use a release build:
/// `ALMANAC_M3_DUMP=/tmp/m3 ALMANAC_M3_METHODS=naive2,theta swift test -c release --filter AutoBenchmarkTests`).
///
/// For each method and each of two setups (`ALMANAC_M3_SETUPS`, default both) it writes the forecasts and a summary line:
/// `holdout` (each training series minus its last 18 values, forecast those 18 — the data
/// the `auto` rule is chosen on) and `test` (the full training series, forecast the 18
/// test values). It asserts that no method gives a non-finite value or a mean beyond
/// 100 × max|history| on any series.
///
/// `ALMANAC_M3_MEMBERS` (e.g. `ets(akaike),arima(log),dotm`) dumps single combination
/// members instead, as `<member>_<setup>.csv` with the name's parentheses and commas turned
/// into dashes (`ets-akaike_test.csv`, `arima-log_holdout.csv`): the inputs of
/// Benchmarks/m3/choose_auto.py, which scores the candidate `auto` rules.
@Suite struct AutoBenchmarkTests {
    static let output = ProcessInfo.processInfo.environment["ALMANAC_M3_DUMP"]

    static func load() throws -> [BenchmarkSeries] {
        M3Monthly.shared.series.map { BenchmarkSeries(id: $0.id, train: $0.train, test: $0.test, period: 12) }
    }

    /// Writes `series,h,mean,lo80,hi80,lo95,hi95` rows (the format analyze.py reads).
    static func writeDump(_ series: [BenchmarkSeries], _ forecasts: [Forecast], to path: String) throws {
        var rows = ["series,h,mean,lo80,hi80,lo95,hi95"]
        for (s, fc) in zip(series, forecasts) {
            for h in 0..<fc.horizon {
                rows.append("\(s.id),\(h + 1),\(fc.mean[h]),\(fc.lower[0][h]),\(fc.upper[0][h]),\(fc.lower[1][h]),\(fc.upper[1][h])")
            }
        }
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The dump file stem of a member: "ets(akaike,log)" → "ets-akaike-log".
    static func stem(_ m: CombinationMember) -> String {
        m.rawValue.replacingOccurrences(of: "(", with: "-").replacingOccurrences(of: ",", with: "-")
            .replacingOccurrences(of: ")", with: "")
    }

    @Test(.enabled(if: output != nil && ProcessInfo.processInfo.environment["ALMANAC_M3_MEMBERS"] != nil))
    func dumpMembers() throws {
        let dir = try #require(Self.output)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // "ets(akaike,log)" contains a comma: protect it from the split.
        let names = (ProcessInfo.processInfo.environment["ALMANAC_M3_MEMBERS"] ?? "")
            .replacingOccurrences(of: "ets(akaike,log)", with: "ETSAKAIKELOG")
            .split(separator: ",").map { $0 == "ETSAKAIKELOG" ? "ets(akaike,log)" : String($0) }
        let full = try Self.load()
        let setups = (ProcessInfo.processInfo.environment["ALMANAC_M3_SETUPS"] ?? "holdout,test").split(separator: ",")
        for name in names {
            let member = try #require(CombinationMember(rawValue: name), "unknown member \(name)")
            for setup in setups {
                let series = setup == "holdout" ? full.map { s in
                    BenchmarkSeries(id: s.id, train: Array(s.train.dropLast(18)), test: Array(s.train.suffix(18)), period: 12)
                } : full
                let scores = AccuracyBenchmark.run(series) { y, period, h in
                    try member.fit(y, period: period).forecast(horizon: h, levels: [80, 95], covariance: false)
                }
                // A member that cannot fit a series (e.g. log scale on non-positive data) is
                // written as Naive2 there, so choose_auto.py sees a full table. `auto` instead
                // drops such a member; the count printed says how far the two can differ (0
                // for every member on M3, whose values are all positive).
                let replaced = scores.filter { $0.forecast == nil }.count
                print("\(name) \(setup): \(replaced) of \(series.count) series replaced by Naive2")
                let forecasts = try zip(series, scores).map { s, sc in
                    try sc.forecast ?? ForecastMethod.naive2.forecast(s.train, period: 12, horizon: 18, levels: [80, 95])
                }
                try Self.writeDump(series, forecasts, to: "\(dir)/\(Self.stem(member))_\(setup).csv")
            }
        }
    }

    @Test(.enabled(if: output != nil))
    func dumpM3() throws {
        let dir = try #require(Self.output)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let methods = (ProcessInfo.processInfo.environment["ALMANAC_M3_METHODS"] ?? "naive2,theta")
            .split(separator: ",").compactMap { ForecastMethod(rawValue: String($0)) }
        let full = try Self.load()
        let holdout = full.map { s in
            BenchmarkSeries(id: s.id, train: Array(s.train.dropLast(18)), test: Array(s.train.suffix(18)), period: 12)
        }
        let setups = (ProcessInfo.processInfo.environment["ALMANAC_M3_SETUPS"] ?? "holdout,test").split(separator: ",")
        for (setup, series) in [("holdout", holdout), ("test", full)] where setups.contains(Substring(setup)) {
            var naive2: [SeriesScore]? = nil
            for method in [ForecastMethod.naive2] + methods.filter({ $0 != .naive2 }) {
                let start = Date()
                let scores = AccuracyBenchmark.run(series) { y, period, h in
                    try method.forecast(y, period: period, horizon: h, levels: [80, 95], covariance: false)
                }
                let seconds = Date().timeIntervalSince(start)
                if method == .naive2 { naive2 = scores }
                var forecasts: [Forecast] = []
                for (s, sc) in zip(series, scores) {
                    let fc = try #require(sc.forecast)
                    let limit = 100 * (s.train.map(abs).max() ?? 0)
                    #expect(sc.failure == nil && fc.isSane(limit: limit), "\(method) \(s.id): \(sc.failure ?? "insane")")
                    forecasts.append(fc)
                }
                try Self.writeDump(series, forecasts, to: "\(dir)/\(method.rawValue)_\(setup).csv")
                let sum = AccuracyBenchmark.summarize(model: method.rawValue, scores, naive2: naive2, seconds: seconds)
                let line = String(format: "%@,%@,%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.1f\n", setup, method.rawValue,
                                  sum.series, sum.failures, sum.sMAPE, sum.MASE, sum.OWA ?? .nan,
                                  sum.coverage80, sum.coverage95, sum.MSIS, seconds)
                let handle = FileHandle(forWritingAtPath: "\(dir)/summary.csv")
                    ?? { _ = FileManager.default.createFile(atPath: "\(dir)/summary.csv", contents: nil)
                         return FileHandle(forWritingAtPath: "\(dir)/summary.csv")! }()
                handle.seekToEndOfFile()
                handle.write(line.data(using: .utf8)!)
                handle.closeFile()
                print(line, terminator: "")
            }
        }
    }
}
