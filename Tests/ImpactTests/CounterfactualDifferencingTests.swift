import Foundation
import AlmanacNumerics
import Forecaster
import Testing
import TestSupport
import TimeSeries
@testable import Impact

/// `impact`'s auto-ARIMA counterfactual re-examines a `d = 0` choice by the likelihood ratio of
/// the MA unit root it implies, against R (Tests/Fixtures/impact/make_counterfactual_differencing.R):
/// log turnover of the bundled series before 2022-03, where auto.arima chooses
/// ARIMA(1,0,1)(0,1,1)[12] with drift.
@Suite struct CounterfactualDifferencingTests {
    static func preEvent() throws -> [Double] {
        let s = try WideCSVReader.readSeries(path: Fixtures.dataset("russia-serbia-turnover.csv").path,
                                             column: "turnover")
        return s.values.prefix(146).map { log($0) }
    }

    static func reference() throws -> [String: String] {
        let t = try Fixtures.csvStrings(Fixtures.url("impact/counterfactual-differencing.csv"))
        return t.mapValues { $0[0] }
    }

    @Test func likelihoodRatioMatchesR() throws {
        let y = try Self.preEvent(), ref = try Self.reference()
        let chosen = try AutoARIMA().fit(y, period: 12)
        #expect(chosen.spec.orderString == "ARIMA(1,0,1)(0,1,1)[12]" && chosen.spec.includeDrift,
                "R: \(ref["chosen"] ?? "")")
        let vehicle = ARIMA(p: 1, d: 1, q: 1, P: 0, D: 1, Q: 1, period: 12, includeMean: false, method: .ml)
        let lr = try #require(MovingAverageUnitRootTest.statistic(y, spec: vehicle, coefficient: 1))
        let r = try #require(Double(ref["lr"] ?? ""))
        // Exact diffuse likelihood against R's κ = 10⁶ filter, and two optimisers.
        #expect(abs(lr - r) < 0.02, "LR \(lr), R \(r)")
        #expect(lr > MovingAverageUnitRootTest.criticalValue)
    }

    @Test func rejectedUnitRootRefitsWithRegularDifference() throws {
        let ref = try Self.reference()
        let m = try CounterfactualDifferencing.autoARIMA(try Self.preEvent(), period: 12, xreg: nil)
        let order = [m.spec.p, m.spec.d, m.spec.q, m.spec.P, m.spec.D, m.spec.Q, m.spec.period].map(String.init).joined(separator: " ")
        #expect(order == ref["refit"], "R auto.arima(d = 1): \(ref["refit"] ?? "")")
    }

    /// A stationary series keeps auto-ARIMA's choice: the LR of the MA unit root piles up at 0.
    @Test func stationarySeriesKeepsItsChoice() throws {
        var rng = RandomSource(seed: 7)
        var u = 0.0
        let y = (0..<146).map { t -> Double in
            u = 0.5 * u + 0.05 * rng.normal()
            return 5 + 0.1 * sin(Double(t) * .pi / 6) + u
        }
        let chosen = try AutoARIMA().fit(y, period: 12)
        #expect(chosen.spec.d == 0, "the case exercises the re-examination only with d = 0")
        let vehicle = ARIMA(p: 1, d: 1, q: 1, P: chosen.spec.P, D: chosen.spec.D, Q: chosen.spec.Q, period: 12,
                            includeMean: false, method: .ml)
        let lr = try #require(MovingAverageUnitRootTest.statistic(y, spec: vehicle, coefficient: 1))
        #expect(lr < 1, "LR \(lr)")
        let m = try CounterfactualDifferencing.autoARIMA(y, period: 12, xreg: nil)
        #expect(m.spec.orderString == chosen.spec.orderString)
    }
}
