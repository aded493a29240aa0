import Foundation
import Testing
import TestSupport
@testable import Forecaster
import AlmanacNumerics

/// The H × H forecast-error covariance and determinism of the batch and simulation paths.
@Suite struct ETSCovarianceTests {
    /// R's 95% half-width divided by z₀.₉₇₅ gives R's forecast standard deviation.
    static func rVariance(_ row: [Double]) -> Double {
        let z = 1.959963984540054
        let half = (row[4] - row[0]) / z
        return half * half
    }

    @Test func covarianceDiagonalMatchesRVariances() throws {
        let expected = try ETSFixtureData.forecasts()
        var checked = Set<Int>()
        for c in try ETSFixtureData.cases() where ["AAdA", "MAM", "MAdN", "ANN"].contains(c.request) {
            let model = try ETSParityTests.fit(c)
            guard let rows = expected[c.id] else { continue }
            let f = try model.forecast(horizon: c.horizon, levels: [80, 95], paths: 2000, seed: 7,
                                       covariance: true, gammaSlotAsR: true)
            let cov = try #require(f.errorCovariance)
            for i in 0..<c.horizon {
                #expect(isClose(cov[i, i], Self.rVariance(rows[i]), rel: 1e-7))
                for j in 0..<c.horizon { #expect(cov[i, j] == cov[j, i]) }
            }
            // Correlations are proper (|r| ≤ 1).
            for i in 1..<c.horizon {
                let r = cov[i - 1, i] / (cov[i - 1, i - 1] * cov[i, i]).squareRoot()
                #expect(abs(r) <= 1 + 1e-12)
            }
            checked.insert(model.spec.varianceClass ?? 0)
        }
        #expect(checked.isSuperset(of: [1, 2, 3]))
    }

    @Test func classOneCovarianceIsExactPsiWeightForm() throws {
        // ETS(A,N,N): c₀ = 1, c_j = α, so with 0-based i < j: Σ_ii = σ²(1 + iα²) and
        // Σ_ij = σ²(α + iα²).
        let nile = try ETSFixtureData.series("nile").values
        let model = try ETS.fit(nile, period: 1, spec: ETSSpec(error: .additive, trend: .none, season: .none))
        let f = try model.forecast(horizon: 5)
        let cov = try #require(f.errorCovariance)
        let a = model.alpha, s2 = model.sigma2
        for i in 0..<5 {
            #expect(isClose(cov[i, i], s2 * (1 + Double(i) * a * a), rel: 1e-12))
            for j in (i + 1)..<5 { #expect(isClose(cov[i, j], s2 * (a + Double(i) * a * a), rel: 1e-12)) }
        }
    }

    @Test func simulationAndBatchAreDeterministic() throws {
        let air = try ETSFixtureData.series("airpassengers").values
        let model = try ETS.fit(air, period: 12, spec: ETSSpec(error: .multiplicative, trend: .multiplicative,
                                                                 season: .multiplicative),
                                options: ETSOptions(allowMultiplicativeTrend: true))
        let a = try model.forecast(horizon: 12, paths: 1000, seed: 3)
        let b = try model.forecast(horizon: 12, paths: 1000, seed: 3)
        #expect(a == b)
        let m3 = try ETSFixtureData.m3Train()
        let ids = m3.keys.sorted().prefix(6)
        let batch = AutoETS.fitMany(ids.map { m3[$0]! }, period: 12)
        for (k, id) in ids.enumerated() {
            let serial = try AutoETS.fit(m3[id]!, period: 12)
            #expect((try? batch[k].get()) == serial)
        }
    }
}
