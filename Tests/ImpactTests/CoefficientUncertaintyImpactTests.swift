import Foundation
import Forecaster
import AlmanacNumerics
import Testing
import TestSupport
@testable import Impact

/// One case of `Tests/Fixtures/impact/make_parameter_uncertainty.R` (forecast 8.20).
struct CoefficientUncertaintyCase: Decodable {
    var name: String
    var y: [String]
    var period: Int
    var order: [Int]
    var seasonal: [Int]
    var drift: Bool
    var horizon: Int
    var coef: [Double]
    var covariance: [String]

    var series: [Double] { y.map { Double($0) ?? .nan } }
    var spec: ARIMA {
        ARIMA(p: order[0], d: order[1], q: order[2], P: seasonal[0], D: seasonal[1], Q: seasonal[2], period: period,
              includeDrift: drift)
    }
}

@Suite struct CoefficientUncertaintyImpactTests {
    static let cases: [CoefficientUncertaintyCase] =
        (try? Fixtures.json([CoefficientUncertaintyCase].self, Fixtures.url("impact/parameter_uncertainty.json"))) ?? []

    @Test func fixtureLoads() { #expect(Self.cases.count == 3) }

    /// G V Gᵀ against R's: the same delta method with R's own filter and forecasts refitted at
    /// fixed coefficients. Tolerance 1e-3 of the largest entry: both sides difference forecasts
    /// at ±0.01 s.e., and the fits agree with R to about 1e-6 in the coefficients.
    @Test(arguments: 0..<3) func deltaMethodCovarianceMatchesR(_ i: Int) throws {
        guard i < Self.cases.count else { Issue.record("fixture missing"); return }
        let c = Self.cases[i]
        let m = try c.spec.fit(c.series)
        for (a, b) in zip(m.coefficients, c.coef) { #expect(abs(a - b) < 1e-4 * max(1, abs(b)), "\(c.name) coef") }
        let s = try #require(m.coefficientForecastCovariance(horizon: c.horizon))
        let r = c.covariance.map { Double($0)! }
        let scale = r.map(abs).max() ?? 1
        #expect(s.rows == c.horizon && s.columns == c.horizon)
        for j in 0..<c.horizon {
            for i in 0..<c.horizon {
                #expect(abs(s[i, j] - r[i + j * c.horizon]) < 1e-3 * scale, "\(c.name) [\(i), \(j)]")
            }
        }
    }

    /// The counterfactual's intervals widen by exactly that term: the cumulative standard error
    /// squared grows by 1ᵀ(G V Gᵀ)1 over R's covariance.
    @Test func impactAddsTheTermToTheCumulativeVariance() throws {
        let c = try #require(Self.cases.first)
        let at = c.series.count - c.horizon
        let pre = Array(c.series[..<at])
        let plain = try CounterfactualImpact.estimate(c.series, period: 1, eventIndex: at, model: .arima(c.spec),
                                                      coefficientUncertainty: false)
        let wide = try CounterfactualImpact.estimate(c.series, period: 1, eventIndex: at, model: .arima(c.spec))
        let added = try #require(try c.spec.fit(pre).coefficientForecastCovariance(horizon: c.horizon))
        let extra = added.storage.reduce(0, +)
        #expect(extra > 0)
        let expected = plain.modelScaleCumulativeSE * plain.modelScaleCumulativeSE + extra
        #expect(isClose(wide.modelScaleCumulativeSE * wide.modelScaleCumulativeSE, expected, rel: 1e-9))
        #expect(abs(wide.z) < abs(plain.z))
    }
}
