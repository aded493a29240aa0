import Foundation
import Testing
import TestSupport

/// `almanac forecast --intervals conformal` and `almanac benchmark --intervals conformal`.
@Suite struct ConformalCommandTests {
    /// CSV rows (date,mean,lo80,hi80,lo95,hi95) as numbers.
    func rows(_ csv: String) -> [[Double]] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst().map { Double($0)! } }
    }

    @Test func conformalKeepsThePointAndScalesTheModelIntervalByOneFactorPerLevel() throws {
        let args = ["forecast", "Datasets/reference/airpassengers.csv", "--model", "theta", "--horizon", "12", "--format", "csv"]
        let model = try CLIRun.run(args)
        let conformal = try CLIRun.run(args + ["--intervals", "conformal"])
        #expect(model.status == 0 && conformal.status == 0)
        let a = rows(model.stdout), b = rows(conformal.stdout)
        #expect(a.count == 12 && b.count == 12)
        // Same means; each bound stretched about the mean by one factor per level and side-free:
        // (bound' − mean) / (bound − mean) is the same at every step and for both sides.
        for (col, partner) in [(1, 2), (3, 4)] {
            let f = (b[0][col] - b[0][0]) / (a[0][col] - a[0][0])
            #expect(f > 0 && abs(f - 1) > 1e-3)
            for (x, y) in zip(a, b) {
                #expect(x[0] == y[0])
                #expect(abs((y[col] - y[0]) / (x[col] - x[0]) - f) < 1e-9)
                #expect(abs((y[partner] - y[0]) / (x[partner] - x[0]) - f) < 1e-9)
            }
        }
    }

    @Test func aShortSeriesKeepsTheModelIntervalsWithAWarning() throws {
        let csv = "date,value\n" + (2001...2015).map { "\($0),\(10 + ($0 * 3) % 7)" }.joined(separator: "\n") + "\n"
        let r = try CLIRun.run(["forecast", "-", "--model", "theta", "--horizon", "6", "--intervals", "conformal", "--format", "csv"], stdin: csv)
        let m = try CLIRun.run(["forecast", "-", "--model", "theta", "--horizon", "6", "--format", "csv"], stdin: csv)
        #expect(r.status == 0)
        #expect(r.stdout == m.stdout)
        #expect(r.stderr.contains("conformal intervals need at least 25 values for horizon 6 (this series has 15): the intervals are the model's own"))
    }

    @Test func annualLoadAndSaveAreRefused() throws {
        let annual = try CLIRun.run(["forecast", "Datasets/reference/airpassengers.csv", "--annual", "--intervals", "conformal"])
        #expect(annual.status == 64)
        #expect(annual.stderr.contains("--annual with --intervals conformal"))
        let load = try CLIRun.run(["forecast", "--load", "x.json", "--intervals", "conformal"])
        #expect(load.status == 64 && load.stderr.contains("needs the history"))
    }

    @Test func streamingReportsTheFallbackAsAnErrorLine() throws {
        let long = "unique_id,ds,y\n" + (1...15).map { "a,\($0),\(10 + ($0 * 3) % 7)" }.joined(separator: "\n") + "\n"
            + (1...40).map { "b,\($0),\(20 + ($0 * 5) % 11)" }.joined(separator: "\n") + "\n"
        let r = try CLIRun.run(["forecast", "-", "--model", "theta", "--horizon", "6", "--intervals", "conformal"], stdin: long)
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 1 + 12)
        #expect(r.stderr.contains("series 'a', theta: conformal intervals need at least 25 values"))
        #expect(!r.stderr.contains("series 'b'"))
    }

    @Test func benchmarkScoresBothIntervalsFromOneRun() throws {
        let r = try CLIRun.run(["benchmark", "Datasets/m3/m3-other.csv", "--models", "theta", "--limit", "5",
                                "--intervals", "conformal", "--format", "csv", "--jobs", "1"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let theta = try #require(lines.first { $0.first == "theta" })
        let conformal = try #require(lines.first { $0.first == "theta+conformal" })
        // Same point forecasts (sMAPE, MASE, OWA), different intervals.
        let header = lines[0]
        for metric in ["sMAPE", "MASE", "OWA"] {
            let i = try #require(header.firstIndex(of: metric))
            #expect(theta[i] == conformal[i])
        }
    }
}
