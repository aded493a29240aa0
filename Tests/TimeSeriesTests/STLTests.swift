import Testing
import TestSupport
@testable import TimeSeries

/// Parity with R `stats::stl` (fixtures: Tests/Fixtures/decomposition/make_stl.R).
@Suite struct STLTests {
    struct Case: Sendable, CustomStringConvertible {
        var series: String
        var name: String
        var description: String { "\(series)/\(name)" }
    }

    static let cases: [Case] = ["airpassengers", "co2", "usaccdeaths", "ukdriverdeaths"].flatMap { s in
        ["periodic", "periodic_robust", "s7", "s7_robust", "s13", "s13_robust"].map { Case(series: s, name: $0) }
    } + [Case(series: "co2", name: "custom"), Case(series: "usaccdeaths", name: "custom")]

    static func fit(_ c: Case, _ x: [Double]) throws -> STLDecomposition {
        switch c.name {
        case "periodic": return try STL.decompose(x, period: 12, seasonalWindow: .periodic)
        case "periodic_robust": return try STL.decompose(x, period: 12, seasonalWindow: .periodic, robust: true)
        case "s7": return try STL.decompose(x, period: 12, seasonalWindow: .span(7))
        case "s7_robust": return try STL.decompose(x, period: 12, seasonalWindow: .span(7), robust: true)
        case "s13": return try STL.decompose(x, period: 12, seasonalWindow: .span(13))
        case "s13_robust": return try STL.decompose(x, period: 12, seasonalWindow: .span(13), robust: true)
        default:
            return try STL.decompose(x, period: 12, seasonalWindow: .span(35), seasonalDegree: 1, trendWindow: 25,
                                     trendDegree: 0, lowPassWindow: 13, lowPassDegree: 1, seasonalJump: 1,
                                     trendJump: 4, lowPassJump: 2, inner: 3, outer: 2)
        }
    }

    @Test(arguments: cases)
    func matchesR(_ c: Case) throws {
        let ref = try Fixtures.csv(Fixtures.url("decomposition/stl_\(c.series).csv"))
        let x = try #require(ref["x"])
        let d = try Self.fit(c, x)
        var worst = 0.0
        for (ours, part) in [(d.seasonal, "seasonal"), (d.trend, "trend"), (d.remainder, "remainder"), (d.weights, "weights")] {
            let want = try #require(ref["\(c.name)_\(part)"])
            try #require(ours.count == want.count)
            var partWorst = 0.0, at = 0
            for i in want.indices {
                // Relative error, with the remainder (which crosses zero) measured against
                // 1e-3 of the series' magnitude.
                let scale = max(abs(want[i]), 1e-3 * (x.map(abs).max() ?? 1))
                let err = abs(ours[i] - want[i]) / scale
                if !(err <= partWorst) { partWorst = err; at = i }
            }
            worst = max(worst, partWorst)
            #expect(partWorst <= 1e-6, "\(c) \(part)[\(at)]: \(ours[at]) vs R \(want[at])")
        }
        print("stl parity \(c): worst relative error \(worst)")
    }

    @Test(arguments: ["even_s12", "short_s7_robust", "quarterly_s5"])
    func matchesRExtraCases(_ name: String) throws {
        let ref = try Fixtures.csv(Fixtures.url("decomposition/stl_extra.csv"))
        let x = try #require(ref["\(name)_x"]).filter { !$0.isNaN }
        let d: STLDecomposition
        switch name {
        case "even_s12":
            d = try STL.decompose(x, period: 12, seasonalWindow: .span(12))
            // R keeps the even window in `win` (the Fortran smooths with 13) and derives
            // the defaults from 12: t.window 21, s.jump 2.
            #expect([d.seasonalWindow, d.trendWindow, d.seasonalJump] == [12, 21, 2])
        case "short_s7_robust": d = try STL.decompose(x, period: 12, seasonalWindow: .span(7), robust: true)
        default: d = try STL.decompose(x, period: 4, seasonalWindow: .span(5), robust: true)
        }
        for (ours, part) in [(d.seasonal, "seasonal"), (d.trend, "trend"), (d.remainder, "remainder"), (d.weights, "weights")] {
            let want = Array(try #require(ref["\(name)_\(part)"]).prefix(x.count))
            let scale = 1e-3 * (x.map(abs).max() ?? 1)
            let worst = zip(ours, want).map { abs($0 - $1) / max(abs($1), scale) }.max() ?? .nan
            #expect(worst <= 1e-6, "\(name) \(part): worst relative error \(worst)")
        }
    }

    @Test func reportsRDefaults() throws {
        let x = try DecompositionFixtures.reference("airpassengers")
        // R: stl(x, "periodic")$win = (1441, 19, 13), jumps (145, 2, 2), inner 2, outer 0.
        let p = try STL.decompose(x, period: 12)
        #expect([p.seasonalWindow, p.trendWindow, p.lowPassWindow] == [1441, 19, 13])
        #expect([p.seasonalJump, p.trendJump, p.lowPassJump] == [145, 2, 2])
        #expect(p.inner == 2 && p.outer == 0 && p.seasonalDegree == 0)
        // R: stl(x, 7, robust = TRUE)$win = (7, 23, 13), jumps (1, 3, 2), inner 1, outer 15.
        let r = try STL.decompose(x, period: 12, seasonalWindow: .span(7), robust: true)
        #expect([r.seasonalWindow, r.trendWindow, r.lowPassWindow] == [7, 23, 13])
        #expect([r.seasonalJump, r.trendJump, r.lowPassJump] == [1, 3, 2])
        #expect(r.inner == 1 && r.outer == 15)
        for i in x.indices { #expect(isClose(r.seasonal[i] + r.trend[i] + r.remainder[i], x[i], rel: 1e-12)) }
    }

    @Test func rejectsDegenerateInput() throws {
        let x = (0..<24).map { Double($0 % 12) }
        // R: "series is not periodic or has less than two periods" needs n > 2·period.
        #expect(throws: InputError.self) { try STL.decompose(x, period: 12) }
        #expect(throws: InputError.self) { try STL.decompose(x + [1], period: 1) }
        var gap = x + x
        gap[5] = .nan
        #expect(throws: InputError.self) { try STL.decompose(gap, period: 12) }
        #expect(throws: InputError.self) { try STL.decompose(x + x, period: 12, seasonalWindow: .span(7), seasonalDegree: 2) }
        #expect(throws: InputError.self) { try STL.decompose(x + x, period: 12, seasonalWindow: .span(1)) }
        #expect(throws: InputError.self) { try STL.decompose(x + x, period: 12, seasonalWindow: .span(0), trendWindow: 13) }
        // With an explicit trend window s = 1 is fine (the Fortran widens it to 3).
        #expect(try STL.decompose(x + x, period: 12, seasonalWindow: .span(1), trendWindow: 13).seasonalWindow == 1)
        #expect(throws: InputError.self) { try STL.decompose(x + x, period: 12, trendJump: 0) }
        #expect(throws: InputError.self) { try STL.decompose(x + x, period: 12, outer: -1) }
        // As R, "periodic" forces seasonal degree 0, so an out-of-range degree is ignored there.
        #expect(try STL.decompose(x + x, period: 12, seasonalDegree: 2).seasonalDegree == 0)
        // A constant series decomposes into a flat trend and zero seasonal, no trap.
        let flat = try STL.decompose(Array(repeating: 4.0, count: 40), period: 12, robust: true)
        #expect(flat.trend.allSatisfy { isClose($0, 4, rel: 1e-12) })
        #expect(flat.seasonal.allSatisfy { abs($0) < 1e-12 })
    }
}
