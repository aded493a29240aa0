import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// Forecast means and interval bounds against R `forecast(ets_fit, h, level = c(80, 95))`.
@Suite struct ETSForecastTests {
    @Test func analyticForecastsMatchR() throws {
        let expected = try ETSFixtureData.forecasts()
        var worstMean = 0.0, worstBound = 0.0
        var failures: [String] = []
        for c in try ETSFixtureData.cases() {
            let model = try ETSParityTests.fit(c)
            guard model.spec.varianceClass != nil, let rows = expected[c.id] else { continue }
            let f = try model.forecast(horizon: c.horizon, levels: [80, 95], paths: 5000, seed: 1,
                                       covariance: false, gammaSlotAsR: true)
            let corrected = try model.forecast(horizon: c.horizon, covariance: false)
            for (i, row) in rows.enumerated() {
                let scale = max(abs(row[0]), 1)
                // Our γ placement (see ETSVariance.class1) stays within 1e-3 of R's bounds.
                #expect(abs(corrected.upper[1][i] - row[4]) <= 1e-3 * scale)
                #expect(corrected.mean[i] == f.mean[i])
                let dm = abs(f.mean[i] - row[0]) / scale
                let db = [abs(f.lower[0][i] - row[1]), abs(f.upper[0][i] - row[2]),
                          abs(f.lower[1][i] - row[3]), abs(f.upper[1][i] - row[4])].max()! / scale
                worstMean = max(worstMean, dm)
                worstBound = max(worstBound, db)
                if dm > 1e-6 || db > 1e-6 { failures.append("\(c.series) \(c.request) h=\(i + 1): \(dm) \(db)") }
            }
        }
        print("ETS analytic forecasts: worst relative mean diff \(worstMean), bound diff \(worstBound)")
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func simulatedForecastsMatchRMeansAndRoughBounds() throws {
        let expected = try ETSFixtureData.forecasts()
        var checked = 0
        var worstWidth = 0.0
        for c in try ETSFixtureData.cases() {
            let model = try ETSParityTests.fit(c)
            guard model.spec.varianceClass == nil, let rows = expected[c.id] else { continue }
            let f = try model.forecast(horizon: c.horizon, covariance: false)
            for (i, row) in rows.enumerated() {
                #expect(isClose(f.mean[i], row[0], rel: 1e-6))
                // Monte Carlo bounds: compare the 95% width within 10%.
                let width = f.upper[1][i] - f.lower[1][i], rWidth = row[4] - row[3]
                worstWidth = max(worstWidth, abs(width - rWidth) / rWidth)
                #expect(abs(width - rWidth) <= 0.1 * rWidth)
            }
            checked += 1
        }
        print("ETS simulated forecasts: \(checked) cases, worst relative 95% width diff \(worstWidth)")
        #expect(checked >= 4)
    }
}
