import Testing
import TestSupport
@testable import TimeSeries

/// Beyond the first-100 acceptance set: thetaf's seasonality decision, the seasonal
/// strength and nsdiffs (seas and ocsb) on all 1428 M3 monthly training series
/// (fixture: Tests/Fixtures/decomposition/make_seasonality_m3_all.R).
@Suite struct SeasonalityM3AllTests {
    @Test func matchesRForAllM3Monthly() throws {
        let t = try Fixtures.csvStrings(Fixtures.url("decomposition/seasonality_m3_all.csv"))
        let ids = t["series"] ?? [], stats = t["theta_stat"] ?? [], theta = t["theta_seasonal"] ?? []
        let strengths = t["strength"] ?? [], nsd = t["nsdiffs_seas"] ?? [], ocsb = t["nsdiffs_ocsb"] ?? []
        #expect(ids.count == 1428)
        var thetaAgree = 0, nsdiffsAgree = 0, ocsbAgree = 0, worstStrength = 0.0, worstStat = 0.0
        for (k, id) in ids.enumerated() {
            let x = try #require(DecompositionFixtures.m3Train[id])
            if SeasonalityTest.isSeasonal(x, period: 12) == (theta[k] == "1") { thetaAgree += 1 }
            if let s = SeasonalityTest.statistic(x, period: 12), let r = Double(stats[k]) {
                worstStat = max(worstStat, relativeDifference(s, r))
            }
            if let r = Double(strengths[k]) {
                let s = try SeasonalStrength.of(x, period: 12)
                worstStrength = max(worstStrength, abs(s - r) / max(abs(r), 1e-3))
            }
            if UnitRoot.nsdiffs(x, period: 12) == Int(nsd[k]) { nsdiffsAgree += 1 }
            if UnitRoot.nsdiffs(x, period: 12, test: .ocsb) == Int(ocsb[k]) { ocsbAgree += 1 }
        }
        print("M3 monthly (1428): thetaf decision \(thetaAgree)/1428, nsdiffs \(nsdiffsAgree)/1428, nsdiffs ocsb \(ocsbAgree)/1428, worst statistic rel. error \(worstStat), worst strength error \(worstStrength)")
        #expect(thetaAgree == 1428)
        #expect(nsdiffsAgree == 1428)
        #expect(ocsbAgree == 1428)
        #expect(worstStat <= 1e-10)
        #expect(worstStrength <= 1e-9)
    }
}
