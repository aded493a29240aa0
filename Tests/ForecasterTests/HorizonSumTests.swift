import Testing
import TestSupport
@testable import Forecaster
@testable import AlmanacNumerics
import TimeSeries

@Suite struct HorizonSumTests {
    /// For the naive forecast, e_h = ε_1 + … + ε_h, so the error of the sum of steps 1…k is
    /// Σ_{h} (k − h + 1) ε_h with variance σ² Σ_{h=1}^{k} h² = σ² k(k+1)(2k+1)/6.
    @Test func naiveTotalVarianceIsSumOfSquares() throws {
        let y: [Double] = [10, 12, 11, 14, 13, 15, 14, 17]
        let walk = try LagWalk.naive(y)
        let fc = try walk.forecast(horizon: 12, levels: [95])
        let total = try HorizonSum(fc, steps: Array(0..<12), known: 100)
        let k = 12.0
        #expect(isClose(total.standardError * total.standardError, walk.sigma2 * k * (k + 1) * (2 * k + 1) / 6, rel: 1e-12))
        #expect(isClose(total.total, 100 + 12 * 17, rel: 1e-15))
        // The honest interval is wider than √(Σ monthly variances) would give.
        let naiveSE = (0..<12).map { fc.errorCovariance![$0, $0] }.reduce(0, +).squareRoot()
        #expect(total.standardError > naiveSE)
        let z = try Normal.quantile(0.975)
        #expect(isClose(total.upper[0], total.total + z * total.standardError, rel: 1e-15))
    }

    @Test func refusesStepsOutsideHorizon() throws {
        let fc = try LagWalk.naive([1, 2, 3]).forecast(horizon: 3)
        #expect(throws: ForecasterError.self) { try HorizonSum(fc, steps: [3]) }
    }
}

@Suite struct AnnualTotalTests {
    @Test func completesTheCurrentYearAndTheNext() throws {
        // Monthly data ending 2026-09: the forecast completes 2026 (3 months) and 2027 (12).
        let values = (0..<21).map { 100 + Double($0) }
        let ts = try TimeSeries(name: "x", start: .month(2025, 1), frequency: .monthly, values: values)
        #expect(AnnualTotal.horizonCovering(years: 2, after: ts) == 15)
        let fc = try LagWalk.naive(values).forecast(horizon: 15, levels: [95])
        let totals = try AnnualTotal.totals(history: ts, forecast: fc)
        #expect(totals.map(\.year) == [2026, 2027])
        let observed2026 = values[12...].reduce(0, +)
        #expect(totals[0].observedPeriods == 9 && totals[0].forecastPeriods == 3)
        #expect(isClose(totals[0].sum.total, observed2026 + 3 * 120, rel: 1e-15))
        #expect(totals[1].observedPeriods == 0 && totals[1].sum.total == 12 * 120)
        // Year ends at December: a 14-step horizon leaves 2027 incomplete.
        let short = try LagWalk.naive(values).forecast(horizon: 14)
        #expect(try AnnualTotal.totals(history: ts, forecast: short).map(\.year) == [2026])
    }
}
