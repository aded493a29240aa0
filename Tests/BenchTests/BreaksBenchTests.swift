import Testing
import TestSupport
@testable import almanac_bench

@Suite struct BreaksBenchTests {
    struct Ref: Decodable { let n: Int, y: [Double], x1: [Double], x2: [Double] }

    /// `almanac-bench breaks` and Benchmarks/breaks/bench.R must time the same series.
    @Test func syntheticSeriesMatchesTheRScript() throws {
        let ref = try Fixtures.json(Ref.self, Fixtures.url("breaks/benchdata.json"))
        let d = BreaksBench.data(ref.n)
        for i in 0..<ref.n {
            #expect(isClose(d.y[i], ref.y[i], rel: 1e-12))
            #expect(isClose(d.x1[i], ref.x1[i], rel: 1e-12, abs: 1e-12))
            #expect(isClose(d.x2[i], ref.x2[i], rel: 1e-14, abs: 1e-15))
        }
    }
}
