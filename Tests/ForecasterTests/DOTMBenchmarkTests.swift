import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// DOTM and log-scale DOTM on the 1428 M3 monthly series. Runs only when
/// `ALMANAC_DOTM_DUMP` names an output folder (release build, under a second):
///
///     swift build -c release --build-tests -Xswiftc -enable-testing
///     ALMANAC_DOTM_DUMP=/work/scratch/pool \
///       swift test -c release -Xswiftc -enable-testing --skip-build --filter DOTMBenchmarkTests
///
/// Result (2026-11-29, test setup): DOTM sMAPE 13.733, MASE 0.8505, coverage 73.6% / 88.1%
/// (statsforecast 2.1.1: 13.725, 0.8501, 73.2% / 86.6%); log-scale DOTM 13.488, 0.8439,
/// 76.1% / 90.9% (statsforecast 13.501, 0.8520, 73.3% / 87.5%).
///
/// Writes `dotmA_<setup>.csv` and `logdotmA_<setup>.csv` (`series,h,mean,lo80,hi80,lo95,hi95`)
/// for the setups `holdout` (each training series minus its last 18 values, forecasting
/// those) and `test` (the full training series, forecasting the 18 test values), and
/// `dotmA_summary.csv` (sMAPE, MASE, OWA against Naive2, coverage, MSIS per setup and model).
/// Asserts that no series fails or gives a non-finite or exploding forecast.
@Suite struct DOTMBenchmarkTests {
    static let output = ProcessInfo.processInfo.environment["ALMANAC_DOTM_DUMP"]

    @Test(.enabled(if: output != nil))
    func dumpM3() throws {
        let dir = try #require(Self.output)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let full = try AutoBenchmarkTests.load()
        let holdout = full.map { s in
            BenchmarkSeries(id: s.id, train: Array(s.train.dropLast(18)), test: Array(s.train.suffix(18)), period: 12)
        }
        var summary = ""
        for (setup, series) in [("holdout", holdout), ("test", full)] {
            let naive2 = AccuracyBenchmark.run(series) { y, period, h in
                try ForecastMethod.naive2.forecast(y, period: period, horizon: h, levels: [80, 95])
            }
            for (name, logScale) in [("dotmA", false), ("logdotmA", true)] {
                let start = Date()
                let scores = AccuracyBenchmark.run(series) { y, period, h in
                    try DynamicOptimisedTheta.fit(y, period: period, logScale: logScale).forecast(horizon: h, levels: [80, 95])
                }
                let seconds = Date().timeIntervalSince(start)
                var rows = ["series,h,mean,lo80,hi80,lo95,hi95"]
                for (s, sc) in zip(series, scores) {
                    let fc = try #require(sc.forecast)
                    let limit = 100 * (s.train.map(abs).max() ?? 0)
                    #expect(sc.failure == nil && fc.isSane(limit: limit), "\(name) \(s.id): \(sc.failure ?? "insane")")
                    for h in 0..<fc.horizon {
                        rows.append("\(s.id),\(h + 1),\(fc.mean[h]),\(fc.lower[0][h]),\(fc.upper[0][h]),\(fc.lower[1][h]),\(fc.upper[1][h])")
                    }
                }
                try (rows.joined(separator: "\n") + "\n").write(toFile: "\(dir)/\(name)_\(setup).csv",
                                                                atomically: true, encoding: .utf8)
                let sum = AccuracyBenchmark.summarize(model: name, scores, naive2: naive2, seconds: seconds)
                let line = String(format: "%@,%@,%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.1f\n", setup, name,
                                  sum.series, sum.failures, sum.sMAPE, sum.MASE, sum.OWA ?? .nan,
                                  sum.coverage80, sum.coverage95, sum.MSIS, seconds)
                summary += line
                print(line, terminator: "")
            }
        }
        try ("setup,model,series,failures,sMAPE,MASE,OWA,coverage80,coverage95,MSIS,seconds\n" + summary)
            .write(toFile: "\(dir)/dotmA_summary.csv", atomically: true, encoding: .utf8)
    }
}
