import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// Parity of `Naive2` with the M4 organisers' R code (Tests/Fixtures/theta/make_theta.R).
@Suite struct Naive2Tests {
    @Test(arguments: ThetaFixture.names)
    func matchesM4Code(name: String) throws {
        let (y, period, h) = try ThetaFixture.series(name)
        let model = try Naive2(y, period: period)
        #expect(model.isSeasonal == (ThetaFixture.param(name, "naive2seasonal") == 1))
        let fc = try model.forecast(horizon: h, levels: [80, 95])
        let err = ThetaFixture.maxRelativeError(fc, ThetaFixture.reference(name, "naive2"))
        #expect(err < 1e-12, "\(name): max relative difference \(err)")
    }

    @Test func covarianceIsScaledByTheIndices() throws {
        let (y, period, _) = try ThetaFixture.series("usaccdeaths")
        let model = try Naive2(y, period: period)
        let fc = try model.forecast(horizon: 3, levels: [95])
        let plain = try model.walk.forecast(horizon: 3, levels: [95])
        let s = try #require(model.seasonalIndices)
        for i in 0..<3 {
            for j in 0..<3 {
                #expect(isClose(fc.errorCovariance![i, j], plain.errorCovariance![i, j] * s[i] * s[j], rel: 1e-14))
            }
        }
    }

    @Test func shortSeriesIsNotDeseasonalised() throws {
        // 35 < 3·12 observations: the M4 rule does not test, so Naive2 is naive.
        let y = (0..<35).map { 100 + 10 * sin(Double($0) * .pi / 6) }
        let model = try Naive2(y, period: 12)
        #expect(!model.isSeasonal)
        #expect(try model.forecast(horizon: 2).mean == [y[34], y[34]])
    }
}
