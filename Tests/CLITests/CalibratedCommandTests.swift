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

    @Test func annualIsRefused() throws {
        let annual = try CLIRun.run(["forecast", "Datasets/reference/airpassengers.csv", "--annual", "--intervals", "calibrated"])
        #expect(annual.status == 64)
        #expect(annual.stderr.contains("--annual with --intervals calibrated"))
    }
}
