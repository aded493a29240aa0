import Foundation
import Forecaster
import AlmanacNumerics
import Testing
import TestSupport
@testable import Impact

/// One case of `Tests/Fixtures/impact/make_intervention.R` (forecast 8.20).
struct InterventionCase: Decodable {
    var name: String
    var y: [String]
    var period: Int
    var auto: Bool
    var columns: [String]
    var kinds: [String]
    var at: [Int]
    var order: [Int]
    var seasonal: [Int]
    var includeMean: Bool
    var includeDrift: Bool
    var coefNames: [String]
    var coef: [Double]
    var se: [Double]
    var loglik: Double
    var aicc: Double
    var nullLoglik: Double
    var lr: Double
    var lrP: Double
    /// Further regressors kept in both models (columns).
    var extra: [[Double]]?

    var series: [Double] { y.map { Double($0) ?? .nan } }
    var interventions: [Intervention] {
        zip(kinds, at).map { kind, i in kind == "pulse" ? .pulse(at: i) : kind == "ramp" ? .ramp(at: i) : .step(at: i) }
    }
    var spec: ARIMA {
        ARIMA(p: order[0], d: order[1], q: order[2], P: seasonal[0], D: seasonal[1], Q: seasonal[2],
              period: period, includeMean: includeMean, includeDrift: includeDrift)
    }
}

@Suite struct InterventionTests {
    static let cases: [InterventionCase] = (try? Fixtures.json([InterventionCase].self, Fixtures.url("impact/intervention.json"))) ?? []

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 6)
    }

    /// Coefficients (1e-3), standard errors (1e-3), log-likelihoods (1e-4 relative) and the LR
    /// test against R, for given orders, for orders chosen by auto.arima(y, xreg = X), and with a
    /// control regressor kept in the null model.
    @Test(arguments: 0..<6) func parityWithR(_ i: Int) throws {
        guard i < Self.cases.count else { Issue.record("fixture missing"); return }
        let c = Self.cases[i]
        let z = try c.extra.map { try Matrix(columns: $0) }
        let a = try InterventionAnalysis.fit(c.series, period: c.period, interventions: c.interventions,
                                             orders: c.auto ? nil : c.spec, regressors: z, regressorNames: z == nil ? nil : ["rear"])
        #expect(a.model.spec.p == c.order[0] && a.model.spec.d == c.order[1] && a.model.spec.q == c.order[2], "\(c.name)")
        #expect(a.model.spec.P == c.seasonal[0] && a.model.spec.D == c.seasonal[1] && a.model.spec.Q == c.seasonal[2], "\(c.name)")
        #expect(a.model.coefficients.count == c.coef.count)
        let se = a.model.standardErrors
        for k in 0..<min(c.coef.count, a.model.coefficients.count) {
            #expect(abs(a.model.coefficients[k] - c.coef[k]) < 1e-3, "\(c.name) \(c.coefNames[k]): \(a.model.coefficients[k]) vs \(c.coef[k])")
            #expect(abs(se[k] - c.se[k]) < 1e-3, "\(c.name) se \(c.coefNames[k]): \(se[k]) vs \(c.se[k])")
        }
        #expect(isClose(a.model.logLikelihood, c.loglik, rel: 1e-4), "\(c.name) loglik \(a.model.logLikelihood) vs \(c.loglik)")
        #expect(isClose(a.nullModel.logLikelihood, c.nullLoglik, rel: 1e-4), "\(c.name) null loglik")
        #expect(abs(a.likelihoodRatio - c.lr) < 0.02, "\(c.name) LR \(a.likelihoodRatio) vs \(c.lr)")
        #expect(isClose(a.pValue, c.lrP, rel: 0.02), "\(c.name) LR p \(a.pValue) vs \(c.lrP)")
        #expect(a.degreesOfFreedom == c.at.count)
        // Effects are the trailing regressor coefficients, with Wald z and normal intervals.
        let offset = c.coef.count - c.at.count - (c.extra?.count ?? 0)
        for (j, e) in a.effects.enumerated() {
            #expect(abs(e.estimate - c.coef[offset + j]) < 1e-3)
            let q = 1.959963984540054
            #expect(isClose(e.lower, c.coef[offset + j] - q * c.se[offset + j], rel: 0, abs: 3e-3))
            #expect(isClose(e.upper, c.coef[offset + j] + q * c.se[offset + j], rel: 0, abs: 3e-3))
            #expect(isClose(e.z, c.coef[offset + j] / c.se[offset + j], rel: 0.01))
        }
    }

    /// The seat-belt law cut deaths of drivers by about a fifth: e^−0.2327 − 1 = −20.8%.
    @Test func seatbeltPercentChange() throws {
        let c = Self.cases[1]
        let a = try InterventionAnalysis.fit(c.series, period: 12, interventions: c.interventions, orders: c.spec)
        #expect(abs(a.effects[0].percentChange - 100 * (exp(c.coef[3]) - 1)) < 0.1)
        #expect(a.effects[0].pValue < 0.001)
    }

    @Test func refusesBadInput() {
        let y = (0..<40).map { Double($0 % 7) }
        #expect(throws: ImpactError.self) { try InterventionAnalysis.fit(y, period: 1, interventions: []) }
        #expect(throws: ImpactError.self) { try InterventionAnalysis.fit(y, period: 1, interventions: [.step(at: 40)]) }
        #expect(throws: ImpactError.self) {
            try InterventionAnalysis.fit(y, period: 1, interventions: [.step(at: 20)], orders: ARIMA(p: 1), level: 1.5)
        }
    }
}
