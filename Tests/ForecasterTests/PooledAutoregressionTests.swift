import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// The pooled (global) linear autoregression against an independent numpy computation
/// (Tests/Fixtures/global/make_pooled_ar.py: `np.linalg.lstsq` on the stacked normalised
/// windows of a 5-series batch).
@Suite struct PooledAutoregressionTests {
    struct Reference: Decodable {
        var order: Int
        var period: Int
        var horizon: Int
        var batch: [[Double]]
        var scales: [Double]
        var intercept: Double
        var coefficients: [Double]
        var windows: Int
        var forecasts: [[Double]]
    }

    static let reference = try! Fixtures.json(Reference.self, Fixtures.url("global/pooled_ar.json"))
    var model: PooledAutoregression { PooledAutoregression(order: Self.reference.order, minimumSeries: 3) }

    @Test func pooledCoefficientsMatchNumpyLeastSquares() throws {
        let r = Self.reference
        let fit = try model.fit(r.batch, period: r.period)
        #expect(fit.order == r.order)
        #expect(fit.windows == r.windows)
        for (a, b) in zip(fit.scales, r.scales) { #expect(relativeDifference(a!, b) < 1e-14) }
        #expect(relativeDifference(fit.intercept, r.intercept) < 1e-9)
        #expect(fit.coefficients.count == r.coefficients.count)
        for (a, b) in zip(fit.coefficients, r.coefficients) { #expect(abs(a - b) < 1e-9) }
    }

    @Test func recursiveForecastsMatchTheReference() throws {
        let r = Self.reference
        let fcs = try model.forecastBatch(r.batch, period: r.period, horizon: r.horizon, levels: [80, 95])
        #expect(fcs.count == r.batch.count)
        for (fc, ref) in zip(fcs, r.forecasts) {
            let f = try #require(fc)
            for (a, b) in zip(f.mean, ref) { #expect(relativeDifference(a, b) < 1e-9) }
            // Bounds bracket the mean, the 95% interval contains the 80% one.
            for h in 0..<r.horizon {
                #expect(f.lower[1][h] <= f.lower[0][h] && f.lower[0][h] <= f.mean[h])
                #expect(f.mean[h] <= f.upper[0][h] && f.upper[0][h] <= f.upper[1][h])
            }
        }
    }

    @Test func intervalQuantilesAreRType7() {
        // R: quantile(c(1, 2, 4, 8), c(0.1, 0.5, 0.975)) = 1.3, 3.0, 7.7
        let x: [Double] = [1, 2, 4, 8]
        #expect(abs(PooledAutoregression.quantile(x, 0.1) - 1.3) < 1e-12)
        #expect(abs(PooledAutoregression.quantile(x, 0.5) - 3.0) < 1e-12)
        #expect(abs(PooledAutoregression.quantile(x, 0.975) - 7.7) < 1e-12)
    }

    @Test func aSmallBatchIsRefusedSoCallersFallBack() {
        let r = Self.reference
        #expect(throws: ForecasterError.self) {
            _ = try PooledAutoregression().forecastBatch([r.batch[0]], period: 12, horizon: 3, levels: [95])
        }
    }

    @Test func theDefaultOrderIsTwoCyclesCappedByTheShortestSeries() {
        #expect(PooledAutoregression().order(period: 12, shortest: 126) == 24)
        #expect(PooledAutoregression().order(period: 12, shortest: 40) == 20)
        #expect(PooledAutoregression().order(period: 1, shortest: 40) == 2)
    }

    @Test func forecastsAreDeterministic() throws {
        let r = Self.reference
        let a = try model.forecastBatch(r.batch, period: r.period, horizon: r.horizon, levels: [80, 95])
        let b = try model.forecastBatch(r.batch, period: r.period, horizon: r.horizon, levels: [80, 95])
        #expect(a == b)
    }
}
