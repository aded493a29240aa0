import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// Without the error covariance a long horizon costs linear memory: no model builds the H×H
/// matrix (10 000 steps would be 800 MB per matrix, and auto's members and correlations made
/// it gigabytes), and the means and bounds are the same as with it.
@Suite struct LongHorizonTests {
    static let air: [Double] = try! Fixtures.csv(Fixtures.dataset("reference/airpassengers.csv"))["value"]!

    @Test(arguments: [ForecastMethod.ets, .arima, .theta, .dotm, .ces, .naive, .snaive, .drift, .naive2, .mean, .combo, .auto])
    func boundsWithoutCovarianceMatchAndNoMatrixIsBuilt(method: ForecastMethod) throws {
        let model = try ForecastMethod.fit(method == .auto || method == .combo ? .theta : method, Self.air, period: 12)
        let with = try model.forecast(horizon: 40, levels: [80, 95], covariance: true)
        let without = try model.forecast(horizon: 40, levels: [80, 95], covariance: false)
        #expect(without.errorCovariance == nil)
        #expect(without.mean == with.mean && without.lower == with.lower && without.upper == with.upper)
        let long = try method.forecast(Self.air, period: 12, horizon: 10_000, levels: [80, 95], covariance: false)
        #expect(long.horizon == 10_000 && long.errorCovariance == nil)
        #expect(long.mean.allSatisfy { $0.isFinite })
    }

    @Test func combinationWithoutCovarianceHasTheSameBounds() throws {
        let members = try [ForecastMethod.ets, .theta, .naive2].map {
            try ForecastMethod.fit($0, Self.air, period: 12).forecast(horizon: 30, levels: [80, 95])
        }
        for intervals in [CombinationIntervals.pooledStandardError, .mixture, .trimmedQuantiles] {
            let a = try ForecastCombination.combine(members, intervals: intervals, covariance: true)
            let b = try ForecastCombination.combine(members, intervals: intervals, covariance: false)
            #expect(b.errorCovariance == nil)
            #expect(a.mean == b.mean && a.lower == b.lower && a.upper == b.upper, "\(intervals)")
        }
    }

    @Test func horizonsBeyondTheLimitsAreRefused() {
        #expect(throws: ForecasterError.self) {
            try ForecastMethod.naive.forecast(Self.air, period: 12, horizon: ForecastLimits.maxHorizon + 1, levels: [95], covariance: false)
        }
        #expect(throws: ForecasterError.self) {
            try ForecastMethod.naive.forecast(Self.air, period: 12, horizon: ForecastLimits.maxCovarianceHorizon + 1, levels: [95])
        }
        #expect(throws: ForecasterError.self) {
            try ForecastMethod.naive.forecast(Self.air, period: 12, horizon: Int.max, levels: [95], covariance: false)
        }
    }
}
