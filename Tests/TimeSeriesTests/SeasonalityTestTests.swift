import Foundation
import Testing
import TestSupport
@testable import TimeSeries

/// Parity with the seasonality decision inside forecast::thetaf
/// (fixtures: Tests/Fixtures/decomposition/make_seasonality.R).
@Suite struct SeasonalityTestTests {
    static func rows(_ file: String) throws -> [(id: String, stat: Double, seasonal: Bool)] {
        let t = try Fixtures.csvStrings(Fixtures.url("decomposition/\(file)"))
        let ids = t["series"] ?? [], stats = t["theta_stat"] ?? [], seas = t["theta_seasonal"] ?? []
        return ids.indices.map { (ids[$0], Double(stats[$0]) ?? .nan, seas[$0] == "1") }
    }

    @Test func matchesThetafOnFirstHundredM3Monthly() throws {
        let rows = try Self.rows("seasonality_m3.csv")
        #expect(rows.count == 100)
        var agree = 0
        for row in rows {
            let x = try #require(DecompositionFixtures.m3Train[row.id], "\(row.id) missing from m3-monthly.csv")
            let decision = SeasonalityTest.isSeasonal(x, period: 12)
            if decision == row.seasonal { agree += 1 }
            #expect(decision == row.seasonal, "\(row.id)")
            if let s = SeasonalityTest.statistic(x, period: 12) {
                #expect(isClose(s, row.stat, rel: 1e-10), "\(row.id): \(s) vs R \(row.stat)")
            } else {
                #expect(row.stat.isNaN, "\(row.id) untested but R tested it")
            }
        }
        #expect(agree == 100)
    }

    @Test func matchesThetafOnReferenceSeries() throws {
        for row in try Self.rows("seasonality_reference.csv") {
            let x = try DecompositionFixtures.referenceVariant(row.id)
            #expect(SeasonalityTest.isSeasonal(x, period: 12) == row.seasonal, "\(row.id)")
            let s = try #require(SeasonalityTest.statistic(x, period: 12))
            #expect(isClose(s, row.stat, rel: 1e-10), "\(row.id): \(s) vs R \(row.stat)")
        }
    }

    @Test func untestableSeriesAreNotSeasonal() {
        let seasonal = (0..<60).map { [1.0, 5, 9, 2, 7, 3, 8, 4, 6, 0, 2, 9][$0 % 12] }
        #expect(SeasonalityTest.isSeasonal(seasonal, period: 12))
        // thetaf needs n > 2m; the M4 organisers' rule needs n ≥ 3m.
        #expect(!SeasonalityTest.isSeasonal(Array(seasonal.prefix(24)), period: 12))
        #expect(SeasonalityTest.isSeasonal(Array(seasonal.prefix(30)), period: 12))
        #expect(!SeasonalityTest.isSeasonal(Array(seasonal.prefix(30)), period: 12, rule: .atLeastThreePeriods))
        #expect(!SeasonalityTest.isSeasonal(Array(repeating: 3.0, count: 60), period: 12))
        #expect(!SeasonalityTest.isSeasonal(seasonal, period: 1))
        var gap = seasonal
        gap[7] = .nan
        #expect(!SeasonalityTest.isSeasonal(gap, period: 12))
        #expect(!SeasonalityTest.isSeasonal(seasonal, period: 12, confidence: 1.5))
    }

    @Test func criticalValueIsTheNormalQuantile() {
        // R: sprintf("%.17g", qnorm(c(0.95, 0.975, 0.995, 0.8)))
        #expect(SeasonalityTest.criticalValue(confidence: 0.90) == 1.6448536269514715)
        #expect(isClose(SeasonalityTest.criticalValue(confidence: 0.95), 1.9599639845400536, rel: 1e-13))
        #expect(isClose(SeasonalityTest.criticalValue(confidence: 0.99), 2.5758293035488999, rel: 1e-13))
        #expect(isClose(SeasonalityTest.criticalValue(confidence: 0.60), 0.84162123357291441, rel: 1e-13))
    }
}
