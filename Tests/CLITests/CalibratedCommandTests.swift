import Foundation
import Testing
import TestSupport

/// `almanac forecast --intervals calibrated` and `almanac benchmark --intervals calibrated`.
@Suite struct CalibratedCommandTests {
    func rows(_ csv: String) -> [[Double]] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst().map { Double($0)! } }
    }

    /// One series: the model's means, each level's bounds stretched about them by one factor
    /// per level, which differs from the series' own conformal factor (it is shrunk towards the prior).
    @Test func oneSeriesShrinksItsConformalFactorTowardsThePrior() throws {
        let args = ["forecast", "Datasets/reference/airpassengers.csv", "--model", "theta", "--horizon", "12", "--format", "csv"]
        let model = rows(try CLIRun.run(args).stdout)
        let conformal = rows(try CLIRun.run(args + ["--intervals", "conformal"]).stdout)
        let calibrated = rows(try CLIRun.run(args + ["--intervals", "calibrated"]).stdout)
        #expect(model.count == 12 && calibrated.count == 12)
        for col in [1, 3] {
            let own = (conformal[0][col] - conformal[0][0]) / (model[0][col] - model[0][0])
            let f = (calibrated[0][col] - calibrated[0][0]) / (model[0][col] - model[0][0])
            for (x, y) in zip(model, calibrated) {
                #expect(x[0] == y[0])
                #expect(abs((y[col] - y[0]) / (x[col] - x[0]) - f) < 1e-9)
            }
            #expect(abs(f - own) > 1e-6)
        }
    }

    @Test func benchmarkScoresThreeIntervalsFromOneRun() throws {
        let r = try CLIRun.run(["benchmark", "Datasets/m3/m3-other.csv", "--models", "theta", "--limit", "5",
                                "--intervals", "calibrated", "--format", "csv", "--jobs", "1"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let theta = try #require(lines.first { $0.first == "theta" })
        let calibrated = try #require(lines.first { $0.first == "theta+calibrated" })
        _ = try #require(lines.first { $0.first == "theta+conformal" })
        let header = lines[0]
        for metric in ["sMAPE", "MASE", "OWA"] {
            let i = try #require(header.firstIndex(of: metric))
            #expect(theta[i] == calibrated[i])
        }
        let msis = try #require(header.firstIndex(of: "MSIS"))
        #expect(theta[msis] != calibrated[msis])
    }

    /// A long CSV file of 11 series is one batch: series s0's factor is shrunk towards the
    /// pooled factor of the 11, so its intervals differ from those of s0 forecast alone (prior);
    /// the means are the same.
    @Test func aBatchPoolsAndASingleSeriesUsesThePrior() throws {
        func long(_ n: Int) -> String {
            "series,split,t,value\n" + (0..<n).flatMap { i in
                (1...60).map { t in "s\(i),train,\(t),\(100 + 5 * i + (t * (i + 3)) % 7 + (t % 12) * 2)" }
            }.joined(separator: "\n") + "\n"
        }
        let dir = FileManager.default.temporaryDirectory
        let batch = dir.appendingPathComponent("calibrated-batch-\(getpid()).csv").path
        let single = dir.appendingPathComponent("calibrated-single-\(getpid()).csv").path
        try long(11).write(toFile: batch, atomically: true, encoding: .utf8)
        try long(1).write(toFile: single, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: batch); try? FileManager.default.removeItem(atPath: single) }
        let args = ["--frequency", "12", "--model", "theta", "--horizon", "6", "--intervals", "calibrated", "--format", "csv"]
        let b = try CLIRun.run(["forecast", batch] + args), s = try CLIRun.run(["forecast", single] + args)
        #expect(b.status == 0 && s.status == 0)
        // Batch rows: series,date,mean,lo80,…; single rows: date,mean,lo80,….
        let inBatch = b.stdout.split(separator: "\n").dropFirst().filter { $0.hasPrefix("s0,") }
            .map { $0.split(separator: ",").dropFirst(2).map { Double($0)! } }
        let alone = s.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst().map { Double($0)! } }
        #expect(inBatch.count == 6 && alone.count == 6)
        for (x, y) in zip(inBatch, alone) {
            #expect(x[0] == y[0])
            #expect(abs(x[4] - y[4]) > 1e-6)
        }
    }

    @Test func annualIsRefused() throws {
        let annual = try CLIRun.run(["forecast", "Datasets/reference/airpassengers.csv", "--annual", "--intervals", "calibrated"])
        #expect(annual.status == 64)
        #expect(annual.stderr.contains("--annual with --intervals calibrated"))
    }
}
