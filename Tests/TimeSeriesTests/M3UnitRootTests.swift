import Testing
import TestSupport
@testable import TimeSeries

/// ndiffs and OCSB on all 1428 M3 monthly training series against forecast 8.20
/// (Tests/Fixtures/diagnostics/m3_all.csv, made by make_m3_all.R).
@Suite struct M3UnitRootTests {
    @Test func allMonthlySeriesMatchForecast() throws {
        let table = try Fixtures.csvStrings(Fixtures.url("diagnostics/m3_all.csv"))
        let m3 = try Fixtures.csvStrings(Fixtures.shared("m3-monthly.csv"))
        let names = m3["series"] ?? [], splits = m3["split"] ?? [], ts = m3["t"] ?? [], vs = m3["value"] ?? []
        var train: [String: [(Int, Double)]] = [:]
        for i in names.indices where splits[i] == "train" {
            train[names[i], default: []].append((Int(ts[i]) ?? 0, Double(vs[i]) ?? .nan))
        }
        let ids = table["series"] ?? []
        #expect(ids.count == 1428)
        var kpss = 0, adf = 0, ocsbDecision = 0, ocsbClose = 0, ocsbBothFailed = 0
        for (row, id) in ids.enumerated() {
            let x = (train[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1)
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
