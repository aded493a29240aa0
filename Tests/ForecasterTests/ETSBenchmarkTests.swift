import Foundation
import Testing
import TestSupport
import TimeSeries
@testable import Forecaster

/// The scoring functions and the M3 reader behind `ETSBenchmark.run`.
@Suite struct ETSBenchmarkTests {
    @Test func scoresMatchHandComputedValues() {
        // python3: mean(200|a−f|/(|a|+|f|)) for a = [10, 12, 14], f = [11, 11, 15] = 8.372004473953497;
        // MASE with train 1…7, lag 2: in-sample MAE 2, forecast MAE 1 → 0.5.
        #expect(isClose(ETSBenchmark.smape(actual: [10, 12, 14], forecast: [11, 11, 15]), 8.372004473953497, rel: 1e-14))
        #expect(ETSBenchmark.mase(actual: [10, 12, 14], forecast: [11, 11, 15], train: [1, 2, 3, 4, 5, 6, 7], period: 2) == 0.5)
        #expect(ETSBenchmark.coverage(actual: [1, 2, 3, 4], lower: [0, 2.5, 3, 0], upper: [2, 3, 3, 3]) == 0.5)
    }

    @Test func readerSplitsAndOrdersSeriesAndReportsBadRows() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ets-bench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let good = dir.appendingPathComponent("m3.csv")
        try "series,split,t,value\r\nB,train,2,20\r\nB,train,1,10\r\nA,train,1,5\r\nB,test,3,30\r\n"
            .write(to: good, atomically: true, encoding: .utf8)
        let series = try ETSBenchmark.loadM3(good.path)
        #expect(series.map(\.id) == ["B", "A"])
        #expect(series[0].train == [10, 20])
        #expect(series[0].test == [30])
        let bad = dir.appendingPathComponent("bad.csv")
        try "series,split,t,value\nB,validation,1,2\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: InputError(file: bad.path, line: 2, column: 2, "split must be train or test")) {
            try ETSBenchmark.loadM3(bad.path)
        }
    }
}
