import Foundation
import Forecaster
import Testing
import TestSupport
@testable import Breaks

/// The likelihood-ratio test of a fixed seasonal pattern (Θ = −1) against R's `stats::arima`
/// (Tests/Fixtures/breaks/seasonal-lr/make_seasonal_lr.R): residuals of a regression on
/// monthly dummies, two airline-model series and one AR(1) series.
@Suite struct SeasonalUnitRootLRTests {
    static func residuals(_ name: String) throws -> [Double] {
        let t = try Fixtures.csvStrings(Fixtures.url("breaks/seasonal-lr/\(name).csv"))
        return try #require(t["residual"]).map { Double($0) ?? .nan }
    }

    @Test(arguments: ["airline", "airline201", "ar05"])
    func statisticMatchesR(_ name: String) throws {
        let t = try Fixtures.csvStrings(Fixtures.url("breaks/seasonal-lr/expected.csv"))
        let i = try #require(t["case"]?.firstIndex(of: name))
        func v(_ k: String) -> Double { Double(t[k]![i])! }
        let spec = ARIMA(p: Int(v("p")), d: Int(v("d")), q: Int(v("q")), includeMean: false)
        let lr = try #require(SeasonalUnitRootLR.statistic(try Self.residuals(name), nonSeasonal: spec, period: 12))
        // R's κ = 10⁶ filter against our exact diffuse likelihood: O(1/κ) apart, plus the
        // optimisers' tolerance in the two fits (an LR of 0 in R can be −2e-8).
        #expect(abs(lr - max(0, v("lr"))) < 0.02 + 1e-3 * v("lr"), "\(name): \(lr) vs R \(v("lr"))")
        #expect((lr > SeasonalUnitRootLR.criticalValue) == (v("lr") > SeasonalUnitRootLR.criticalValue))
    }

    @Test func tooShortGivesNoStatistic() {
        let short = (0..<40).map { sin(Double($0)) }
        #expect(SeasonalUnitRootLR.statistic(short, nonSeasonal: ARIMA(includeMean: false), period: 12) == nil)
    }
}

/// The generic test refuses a coefficient that is not a moving average.
@Suite struct MovingAverageUnitRootTestArgumentTests {
    @Test func onlyMovingAverageCoefficients() throws {
        let y = try SeasonalUnitRootLRTests.residuals("airline")
        let spec = ARIMA(p: 1, d: 1, q: 1, P: 1, D: 1, Q: 1, period: 12, includeMean: false, method: .ml)
        #expect(MovingAverageUnitRootTest.statistic(y, spec: spec, coefficient: 0) == nil)   // ar1
        #expect(MovingAverageUnitRootTest.statistic(y, spec: spec, coefficient: 2) == nil)   // sar1
        #expect(MovingAverageUnitRootTest.statistic(y, spec: spec, coefficient: 4) == nil)   // out of range
        #expect(MovingAverageUnitRootTest.statistic(y, spec: spec, coefficient: 3) != nil)   // sma1
    }
}
