import Testing
import TestSupport
@testable import TimeSeries

/// ndiffs and OCSB on all 1428 M3 monthly training series against forecast 8.20
/// (Tests/Fixtures/diagnostics/m3_all.csv, made by make_m3_all.R).
@Suite struct M3UnitRootTests {
    @Test func allMonthlySeriesMatchForecast() throws {
        let table = try Fixtures.csvStrings(Fixtures.url("diagnostics/m3_all.csv"))
        let train = M3Monthly.shared.train
        let ids = table["series"] ?? []
        #expect(ids.count == 1428)
        var kpss = 0, adf = 0, ocsbDecision = 0, ocsbClose = 0, ocsbBothFailed = 0
        for (row, id) in ids.enumerated() {
            let x = train[id] ?? []
            if UnitRoot.ndiffs(x) == Int(table["kpssLevel"]![row]) { kpss += 1 }
            if UnitRoot.ndiffs(x, test: .adf) == Int(table["adfLevel"]![row]) { adf += 1 }
            let expected = Double(table["ocsbStatistic"]![row]) ?? .nan
            let test = try? OCSB(x, period: 12)
            let decision = test.map { $0.needsSeasonalDifference ? 1 : 0 } ?? 0
            if decision == Int(table["nsdiffsOcsb"]![row]) { ocsbDecision += 1 }
            if let test, isClose(test.statistic, expected, rel: 1e-6) { ocsbClose += 1 }
            if test == nil && expected.isNaN { ocsbBothFailed += 1 }
        }
        #expect(kpss == 1428, "ndiffs kpss agreement \(kpss)/1428")
        #expect(adf == 1428, "ndiffs adf agreement \(adf)/1428")
        #expect(ocsbDecision == 1428, "OCSB decision agreement \(ocsbDecision)/1428")
        #expect(ocsbClose + ocsbBothFailed == 1428, "OCSB statistic within 1e-6: \(ocsbClose), both failed: \(ocsbBothFailed)")
    }
}
