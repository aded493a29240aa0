import Foundation
import Testing

/// `almanac benchmark --models pooled-ar|auto-batch`: models fitted across the batch.
@Suite struct GlobalModelCommandTests {
    @Test func globalModelsRefuseOneSeriesRollingWindows() throws {
        // The windows of one series overlap: a model fitted across them would see the values
        // it is scored on.
        for model in ["auto-batch", "pooled-ar"] {
            let r = try CLIRun.run(["benchmark", "Datasets/reference/airpassengers.csv", "--windows", "6", "--step", "6",
                                    "--horizon", "12", "--models", "theta,\(model)"])
            #expect(r.status != 0)
            #expect(r.stderr.contains("--models \(model) is fitted across a batch of distinct series"), "\(r.stderr)")
        }
    }

    @Test func aBatchTooSmallForAutoBatchIsForecastByAutoAndSaysSo() throws {
        // 5 series: fewer than the 20 the choice needs, so every series gets `auto`'s forecast.
        let r = try CLIRun.run(["benchmark", "Datasets/m3/m3-other.csv", "--models", "auto,auto-batch", "--limit", "5",
                                "--format", "csv", "--jobs", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("auto-batch: 5 series forecast by auto"))
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let header = try #require(lines.first)
        let auto = try #require(lines.first { $0.first == "auto" })
        let batch = try #require(lines.first { $0.first == "auto-batch" })
        for metric in ["sMAPE", "MASE", "OWA", "cov95", "MSIS"] {
            let i = try #require(header.firstIndex(of: metric))
            #expect(auto[i] == batch[i], "\(metric)")
        }
    }
}
