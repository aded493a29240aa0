import Testing
import TestSupport
@testable import TimeSeries

@Suite struct KPSSTests {
    @Test func urcaStatisticsAndForecastPValuesMatchR() throws {
        let ref = try DiagnosticsReference.load()
        for s in ref.series {
            let x = try s.values()
            let level = KPSS(x, type: .level)
            let trend = KPSS(x, type: .trend)
            #expect(level.lag == s.kpss.lag, "\(s.name)")
            #expect(trend.lag == s.kpss.lag, "\(s.name)")
            #expect(isClose(level.statistic, s.kpss.level, rel: 1e-6), "\(s.name) level \(level.statistic) vs \(s.kpss.level)")
            #expect(isClose(trend.statistic, s.kpss.trend, rel: 1e-6), "\(s.name) trend \(trend.statistic) vs \(s.kpss.trend)")
            #expect(isClose(level.pValue, s.kpss.levelP, rel: 1e-6), "\(s.name) level p")
            #expect(isClose(trend.pValue, s.kpss.trendP, rel: 1e-6), "\(s.name) trend p")
        }
    }

    @Test func tseriesKpssTestMatchesR() throws {
        let ref = try DiagnosticsReference.load()
        for s in ref.series {
            let x = try s.values()
            let level = KPSS(x, type: .level, lag: .short)
            let trend = KPSS(x, type: .trend, lag: .short)
            #expect(level.lag == s.kpss.tseriesLevelLag, "\(s.name)")
            #expect(isClose(level.statistic, s.kpss.tseriesLevel, rel: 1e-6), "\(s.name)")
            #expect(isClose(trend.statistic, s.kpss.tseriesTrend, rel: 1e-6), "\(s.name)")
            #expect(isClose(level.pValue, s.kpss.tseriesLevelP, rel: 1e-6), "\(s.name)")
            #expect(isClose(trend.pValue, s.kpss.tseriesTrendP, rel: 1e-6), "\(s.name)")
        }
    }

    @Test func lagRules() {
        #expect(KPSS.LagRule.forecast.lag(count: 144) == 2)
        #expect(KPSS.LagRule.short.lag(count: 144) == 4)
        #expect(KPSS.LagRule.long.lag(count: 144) == 13)
        #expect(KPSS.LagRule.fixed(7).lag(count: 144) == 7)
        // urca: a negative use.lag falls back to the short rule.
        #expect(KPSS.LagRule.fixed(-1).lag(count: 144) == 4)
    }

    @Test func degenerateInputs() {
        // Constant: zero long-run variance, 0/0 as in R → NaN statistic and p-value.
        let constant = KPSS([Double](repeating: 2, count: 30))
        #expect(constant.statistic.isNaN)
        #expect(constant.pValue.isNaN)
        #expect(KPSS([]).statistic.isNaN)
        // NaN values are dropped first (urca's na.omit): same as the gap-free series.
        let withGap = KPSS([1, .nan, 4, 2, 8, 5, 7], type: .level)
        let without = KPSS([1, 4, 2, 8, 5, 7], type: .level)
        #expect(withGap == without)
        #expect(withGap.count == 6)
        // Two points on a line: trend residuals vanish → NaN, never a trap.
        #expect(KPSS([1, 3], type: .trend).statistic.isNaN)
        // An exact line: R's statistic is a ratio of rounding noise; ours is NaN (documented).
        #expect(KPSS((1...30).map { 2 * Double($0) + 1 }, type: .trend).statistic.isNaN)
    }

    @Test func pValueIsClampedToTheTable() {
        // Statistic far above the 1% value → 0.01; far below the 10% value → 0.10.
        let trending = KPSS((1...100).map { Double($0) + Double($0 % 3) }, type: .level)
        #expect(trending.pValue == 0.01)
    }
}
