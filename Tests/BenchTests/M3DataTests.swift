import Foundation
import Testing
import TestSupport
import TimeSeries
@testable import almanac_bench

/// The harnesses' one M3 reader and the streaming counter, both on `LongCSVReader`.
@Suite struct M3DataTests {
    func write(_ text: String, _ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-bench-\(getpid())-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func readsSeriesInFileOrderWithTheirTestParts() throws {
        let path = try write("series,split,t,value\nB,train,1,10\nB,train,2,20\nB,test,3,30\nA,train,1,5\nA,train,2,6\nA,test,3,7\n",
                             "m3.csv")
        let series = try M3Data.load(path)
        #expect(series.map(\.id) == ["B", "A"])
        #expect(series[0].train == [10, 20] && series[0].test == [30] && series[0].period == 12)
        #expect(try M3Data.load(path, limit: 1).map(\.id) == ["B"])
        let bad = try write("series,split,t,value\nB,validation,1,2\n", "bad.csv")
        #expect(throws: InputError.self) { try M3Data.load(bad) }
    }

    @Test func streamingCountsSeriesAndRows() throws {
        // 37 series of 5…41 observations (train) plus 3 test rows each.
        var text = "series,split,t,value\n"
        var expectedRows = 0
        for i in 0..<37 {
            for t in 1...(5 + i) { text += "S\(i),train,\(t),\(Double(t) * 1.5)\n" }
            for t in 1...3 { text += "S\(i),test,\(t),\(t)\n" }
            expectedRows += 5 + i + 3
        }
        let result = try StreamBench.run(path: try write(text, "stream.csv"))
        #expect(result.series == 37 && result.rows == expectedRows)
    }

    @Test func aBenchmarkRunIsScoredByAccuracy() throws {
        let series = try M3Data.load(Fixtures.dataset("m3-monthly.csv").path, limit: 3)
        #expect(series.count == 3 && series.allSatisfy { $0.test.count == 18 })
    }
}
