import Testing
import TestSupport
@testable import Breaks

@Suite struct BreaksBenchmarkTests {
    struct Ref: Decodable { let n: Int, y: [Double], x1: [Double], x2: [Double] }

    /// The Swift benchmark and Benchmarks/breaks/bench.R must time the same series.
    @Test func syntheticSeriesMatchesTheRScript() throws {
        let ref = try BreaksData.load(Ref.self, "benchdata")
        let d = BreaksBenchmark.data(ref.n)
        for i in 0..<ref.n {
            #expect(close(d.y[i], ref.y[i], rel: 1e-12))
            #expect(close(d.x1[i], ref.x1[i], rel: 1e-12, abs: 1e-12))
            #expect(close(d.x2[i], ref.x2[i], rel: 1e-14, abs: 1e-15))
        }
    }
}
