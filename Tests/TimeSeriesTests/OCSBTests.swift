import Testing
import TestSupport
import AlmanacNumerics
@testable import TimeSeries

@Suite struct OCSBTests {
    @Test func referenceSeriesMatchForecast() throws {
        let ref = try DiagnosticsReference.load()
        var checked = 0
        for s in ref.series {
            guard let r = s.ocsb else { continue }
            let x = try s.values()
            let test = try OCSB(x, period: s.period)
            #expect(test.lagOrder == r.lagOrder, "\(s.name)")
            #expect(isClose(test.statistic, r.statistic, rel: 1e-6), "\(s.name) \(test.statistic) vs R \(r.statistic)")
            #expect(isClose(test.criticalValue, r.critical, rel: 1e-12), "\(s.name)")
            #expect((test.needsSeasonalDifference ? 1 : 0) == r.nsdiffs, "\(s.name)")
            let fixed = try OCSB(x, period: s.period, maxLag: 0, selection: .fixed)
            #expect(fixed.lagOrder == 0)
            #expect(isClose(fixed.statistic, r.fixed0, rel: 1e-6), "\(s.name) fixed lag 0")
            checked += 1
        }
        #expect(checked == 7)
    }

    @Test func firstHundredM3MonthlyMatchForecast() throws {
        let table = try Fixtures.csvStrings(Fixtures.url("diagnostics/m3_ndiffs.csv"))
        let train = M3Monthly.shared.train
        var sameDecision = 0
        for (row, id) in table["series"]!.enumerated() {
            let x = train[id] ?? []
            let expected = Double(table["ocsbStatistic"]![row]) ?? .nan
            let test = try? OCSB(x, period: 12)
            if expected.isNaN {
                #expect(test == nil, "\(id): R failed, we gave \(String(describing: test))")
                continue
            }
            guard let test else { Issue.record("\(id): OCSB threw, R gave \(expected)"); continue }
            #expect(test.lagOrder == Int(table["ocsbLag"]![row]), "\(id)")
            #expect(isClose(test.statistic, expected, rel: 1e-6), "\(id) \(test.statistic) vs R \(expected)")
            if (test.needsSeasonalDifference ? 1 : 0) == Int(table["nsdiffsOcsb"]![row]) { sameDecision += 1 }
        }
        #expect(sameDecision == 100)
    }

    @Test func shortSeriesMatchForecast() throws {
        let ref = try DiagnosticsReference.load()
        #expect(ref.ocsbShort.count == 4)
        for c in ref.ocsbShort {
            let x = Array(DiagnosticsReference.ocsbBase.prefix(c.n))
            if let expected = c.statistic {
                let test = try OCSB(x, period: 12)
                #expect(test.lagOrder == c.lagOrder, "n=\(c.n)")
                #expect(isClose(test.statistic, expected, rel: 1e-6), "n=\(c.n): \(test.statistic) vs R \(expected)")
            } else {
                #expect(throws: NumericsError.self, "n=\(c.n)") { try OCSB(x, period: 12) }
            }
        }
        // 20…24 points: R's fit is exact and its statistic rounding noise (±1e13); we throw.
        for n in 20...24 {
            #expect(throws: NumericsError.self, "n=\(n)") {
                try OCSB(Array(DiagnosticsReference.ocsbBase.prefix(n)), period: 12)
            }
        }
    }

    @Test func criticalValueResponseSurface() {
        // forecast:::calcOCSBCritVal(12) and (4), printed by R to 15 digits.
        #expect(abs(OCSB.criticalValue(period: 12) - (-1.80296279118157)) < 1e-13)
        #expect(abs(OCSB.criticalValue(period: 4) - (-1.89269992465577)) < 1e-13)
    }

    @Test func invalidInputsThrow() {
        let x = (0..<60).map { Double($0 % 12) + Double($0) / 10 }
        #expect(throws: NumericsError.self) { try OCSB(x, period: 1) }
        #expect(throws: NumericsError.self) { try OCSB(x, period: 12, maxLag: -1) }
        var gapped = x
        gapped[30] = .nan
        #expect(throws: NumericsError.self) { try OCSB(gapped, period: 12) }
        #expect(throws: NumericsError.self) { try OCSB(Array(x.prefix(16)), period: 12) }
    }
}
