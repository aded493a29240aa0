import Testing
import TestSupport
@testable import TimeSeries

/// Parity with forecast 8.20's `seas.heuristic` and `nsdiffs(test = "seas")`
/// (fixtures: Tests/Fixtures/decomposition/make_seasonality.R).
@Suite struct NsdiffsTests {
    struct Row { var id: String; var strength: Double; var d: Int; var d2: Int; var ocsb: Int }

    static func rows(_ file: String) throws -> [Row] {
        let t = try Fixtures.csvStrings(Fixtures.url("decomposition/\(file)"))
        let ids = t["series"] ?? [], s = t["strength"] ?? [], d = t["nsdiffs_seas"] ?? [], d2 = t["nsdiffs_seas_maxD2"] ?? []
        let ocsb = t["nsdiffs_ocsb"] ?? []
        return ids.indices.map {
            Row(id: ids[$0], strength: Double(s[$0]) ?? .nan, d: Int(d[$0]) ?? -1, d2: Int(d2[$0]) ?? -1,
                ocsb: Int(ocsb[$0]) ?? -1)
        }
    }

    @Test func matchesROnFirstHundredM3Monthly() throws {
        let rows = try Self.rows("seasonality_m3.csv")
        #expect(rows.count == 100)
        var agree = 0
        for row in rows {
            let x = try #require(DecompositionFixtures.m3Train[row.id])
            let strength = try SeasonalStrength.of(x, period: 12)
            #expect(isClose(strength, row.strength, rel: 1e-9, abs: 1e-12), "\(row.id): \(strength) vs R \(row.strength)")
            let d = UnitRoot.nsdiffs(x, period: 12)
            if d == row.d { agree += 1 }
            #expect(d == row.d, "\(row.id)")
            #expect(UnitRoot.nsdiffs(x, period: 12, maxD: 2) == row.d2, "\(row.id) maxD 2")
            #expect(UnitRoot.nsdiffs(x, period: 12, test: .ocsb) == row.ocsb, "\(row.id) ocsb")
        }
        #expect(agree == 100)
    }

    @Test func matchesROnReferenceSeries() throws {
        for row in try Self.rows("seasonality_reference.csv") {
            let x = try DecompositionFixtures.referenceVariant(row.id)
            let strength = try SeasonalStrength.of(x, period: 12)
            #expect(isClose(strength, row.strength, rel: 1e-9), "\(row.id): \(strength) vs R \(row.strength)")
            #expect(UnitRoot.nsdiffs(x, period: 12) == row.d, "\(row.id)")
            #expect(UnitRoot.nsdiffs(x, period: 12, maxD: 2) == row.d2, "\(row.id) maxD 2")
            #expect(UnitRoot.nsdiffs(x, period: 12, test: .ocsb) == row.ocsb, "\(row.id) ocsb")
        }
    }

    @Test func degenerateInputNeedsNoDifference() throws {
        let seasonal = (0..<48).map { [1.0, 5, 9, 2, 7, 3, 8, 4, 6, 0, 2, 9][$0 % 12] + 0.01 * Double($0) }
        #expect(UnitRoot.nsdiffs(seasonal, period: 12) == 1)
        // R: nsdiffs(ts(s, frequency = 12), test = "ocsb") for the full series and its first
        // 30 values is 1 (OCSB needs no STL, so shorter series are tested too).
        #expect(UnitRoot.nsdiffs(seasonal, period: 12, test: .ocsb) == 1)
        #expect(UnitRoot.nsdiffs(Array(seasonal.prefix(30)), period: 12, test: .ocsb) == 1)
        // With 20 values R also says 1, but from an exact fit (residuals ~1e-16, the t-ratio
        // 0.84 is rounding noise); OCSB refuses such a sample, so the test cannot run: D = 0.
        #expect(UnitRoot.nsdiffs(Array(seasonal.prefix(20)), period: 12, test: .ocsb) == 0)
        // Constant series, period ≥ n, period < 2: no test, D = 0 (R: 0, 0, error).
        #expect(UnitRoot.nsdiffs(Array(repeating: 2.0, count: 48), period: 12) == 0)
        #expect(UnitRoot.nsdiffs(Array(seasonal.prefix(12)), period: 12) == 0)
        #expect(UnitRoot.nsdiffs(seasonal, period: 1) == 0)
        // n ≤ 2·period: STL cannot run, R's tryCatch turns that into D = 0.
        #expect(UnitRoot.nsdiffs(Array(seasonal.prefix(24)), period: 12) == 0)
        // NaN: not interpolated, the test cannot run, D = 0.
        var gap = seasonal
        gap[3] = .nan
        #expect(UnitRoot.nsdiffs(gap, period: 12) == 0)
        #expect(throws: InputError.self) { try SeasonalStrength.of(gap, period: 12) }
        // A purely periodic series differences to a constant: D = 1 without a second test.
        let periodic = (0..<48).map { [1.0, 5, 9, 2, 7, 3, 8, 4, 6, 0, 2, 9][$0 % 12] }
        #expect(UnitRoot.nsdiffs(periodic, period: 12, maxD: 2) == 1)
        // A purely periodic series is all seasonal: R's seas.heuristic gives exactly 1.
        #expect(try SeasonalStrength.of(periodic, period: 12) == 1)
    }
}
