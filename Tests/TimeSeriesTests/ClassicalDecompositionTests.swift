import Testing
import TestSupport
@testable import TimeSeries

/// Parity with R `stats::decompose` (fixtures: Tests/Fixtures/decomposition/make_decompose.R).
@Suite struct ClassicalDecompositionTests {
    static let cases: [(String, Int, ClassicalDecomposition.Kind)] = [
        ("airpassengers_additive", 12, .additive), ("airpassengers_multiplicative", 12, .multiplicative),
        ("co2_additive", 12, .additive), ("co2_multiplicative", 12, .multiplicative),
        ("usaccdeaths_additive", 12, .additive), ("usaccdeaths_multiplicative", 12, .multiplicative),
        ("ukdriverdeaths_additive", 12, .additive), ("ukdriverdeaths_multiplicative", 12, .multiplicative),
        ("airpassengers_p5_additive", 5, .additive), ("usaccdeaths_na_multiplicative", 12, .multiplicative),
    ]

    @Test(arguments: cases)
    func matchesR(name: String, period: Int, kind: ClassicalDecomposition.Kind) throws {
        let ref = try Fixtures.csv(Fixtures.url("decomposition/decompose_\(name).csv"))
        let x = try #require(ref["x"])
        let d = try ClassicalDecomposition.decompose(x, period: period, type: kind)
        for (ours, column) in [(d.trend, "trend"), (d.seasonal, "seasonal"), (d.random, "random")] {
            let want = try #require(ref[column])
            #expect(ours.count == want.count)
            for i in want.indices {
                #expect(isClose(ours[i], want[i], rel: 1e-10), "\(name) \(column)[\(i)]: \(ours[i]) vs R \(want[i])")
                #expect(ours[i].isNaN == want[i].isNaN)
            }
        }
        if let figure = try? Fixtures.csv(Fixtures.url("decomposition/decompose_\(name)_figure.csv"))["figure"] {
            for j in figure.indices { #expect(isClose(d.figure[j], figure[j], rel: 1e-10)) }
        }
    }

    @Test func seasonallyAdjustedRemovesTheFigure() throws {
        let ref = try Fixtures.csv(Fixtures.url("decomposition/decompose_airpassengers_multiplicative.csv"))
        let x = try #require(ref["x"]), s = try #require(ref["seasonal"])
        let d = try ClassicalDecomposition.decompose(x, period: 12, type: .multiplicative)
        let adjusted = d.seasonallyAdjusted
        for i in x.indices { #expect(isClose(adjusted[i], x[i] / s[i], rel: 1e-12)) }
    }

    @Test func rejectsDegenerateInput() {
        // Fewer than two full periods of data.
        #expect(throws: InputError.self) {
            try ClassicalDecomposition.decompose(Array(repeating: 1.0, count: 23), period: 12)
        }
        // Period below 2.
        #expect(throws: InputError.self) { try ClassicalDecomposition.decompose([1, 2, 3, 4], period: 1) }
        // Internal gap, as R's na.omit.ts.
        var gap = (0..<36).map { Double($0 % 12) }
        gap[10] = .nan
        #expect(throws: InputError.self) { try ClassicalDecomposition.decompose(gap, period: 12) }
    }

    @Test func constantSeriesHasZeroFigure() throws {
        let d = try ClassicalDecomposition.decompose(Array(repeating: 5.0, count: 36), period: 12)
        #expect(d.figure.allSatisfy { abs($0) < 1e-14 })
        #expect(d.trend[0..<6].allSatisfy(\.isNaN) && d.trend[30...].allSatisfy(\.isNaN))
        #expect(d.trend[6...29].allSatisfy { isClose($0, 5, rel: 1e-15) })
        // Multiplicative with zeros: R divides by a zero trend and gets NaN, no trap.
        let z = try ClassicalDecomposition.decompose(Array(repeating: 0.0, count: 36), period: 12, type: .multiplicative)
        #expect(z.figure.allSatisfy { $0.isNaN })
    }
}
