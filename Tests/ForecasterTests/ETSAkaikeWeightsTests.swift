import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// Akaike-weighted ETS against R forecast 8.20 (Tests/Fixtures/ets/make_akaike.R): the same
/// candidates, AICc and weights, and the weighted forecast from R's own per-model fits.
@Suite struct ETSAkaikeWeightsTests {
    static let names = ["airpassengers", "usaccdeaths", "ukdriverdeaths", "nile", "N1402", "N2000"]

    static func series(_ name: String) throws -> (values: [Double], period: Int) {
        try ETSFixtureData.series(name.hasPrefix("N") ? "m3:\(name)" : name)
    }

    @Test func candidatesAndWeightsMatchR() throws {
        let t = try Fixtures.csvStrings(Fixtures.url("ets/akaike_candidates.csv"))
        for name in Self.names {
            let (y, m) = try Self.series(name)
            let fits = try ETSSelection.candidates(y, period: m, error: nil, trend: nil, season: nil, damped: nil,
                                                   options: ETSOptions(), automatic: true)
            // R's compact names: ETS(M,Ad,M) → "MAdM".
            let names = fits.map { f in
                let s = f.model.spec
                return s.error.rawValue + s.trend.rawValue + (s.damped ? "d" : "") + s.season.rawValue
            }
            let ours = Dictionary(uniqueKeysWithValues: zip(names, ETSAkaikeWeights.weights(fits.map(\.criterion))))
            let aicc = Dictionary(uniqueKeysWithValues: zip(names, fits.map(\.criterion)))
            let rows = (0..<(t["series"]?.count ?? 0)).filter { t["series"]![$0] == name }
            #expect(rows.count == fits.count, "\(name): \(fits.count) candidates, R has \(rows.count)")
            for i in rows {
                let spec = t["spec"]![i]
                let (ic, w) = (Double(t["aicc"]![i])!, Double(t["weight"]![i])!)
                guard let a = aicc[spec], let v = ours[spec] else {
                    Issue.record("\(name): R's candidate \(spec) missing"); continue
                }
                #expect(isClose(a, ic, rel: 1e-5), "\(name) \(spec) AICc \(a) vs R \(ic)")
                #expect(abs(v - w) < 1e-4, "\(name) \(spec) weight \(v) vs R \(w)")
            }
        }
    }

    @Test func weightedForecastMatchesR() throws {
        let t = try Fixtures.csvStrings(Fixtures.url("ets/akaike_forecasts.csv"))
        for name in Self.names {
            let (y, m) = try Self.series(name)
            let f = try ETSAkaikeWeights.fit(y, period: m).forecast(horizon: 18, levels: [95])
            let rows = (0..<(t["series"]?.count ?? 0)).filter { t["series"]![$0] == name }
            #expect(rows.count == 18)
            for (h, i) in rows.enumerated() {
                let mean = Double(t["mean"]![i])!, se = Double(t["se95"]![i])!
                #expect(isClose(f.mean[h], mean, rel: 1e-6), "\(name) h=\(h + 1): \(f.mean[h]) vs R \(mean)")
                // Bounds: R's class-1 γ placement and simulated bounds differ from ours by < 1e-3.
                let ourSE = (f.upper[0][h] - f.lower[0][h]) / (2 * 1.959963984540054)
                #expect(isClose(ourSE, se, rel: 2e-3), "\(name) h=\(h + 1): s.e. \(ourSE) vs R \(se)")
            }
        }
    }

    @Test func weightsAreNormalisedAndIgnoreNonFiniteCriteria() {
        let w = ETSAkaikeWeights.weights([10, 12, .infinity, 10])
        #expect(abs(w.reduce(0, +) - 1) < 1e-15)
        #expect(w[2] == 0)
        #expect(isClose(w[1] / w[0], exp(-1), rel: 1e-14))
        #expect(ETSAkaikeWeights.weights([.infinity]).isEmpty)
    }

    @Test func weightedCombinationRejectsBadWeights() {
        let a = Forecast(model: "a", mean: [1, 2], levels: [95], lower: [[0, 1]], upper: [[2, 3]])
        let b = Forecast(model: "b", mean: [3, 4], levels: [95], lower: [[2, 3]], upper: [[4, 5]])
        #expect(throws: ForecasterError.self) { try ForecastCombination.combine([a, b], weights: [1]) }
        #expect(throws: ForecasterError.self) { try ForecastCombination.combine([a, b], weights: [-1, 2]) }
        #expect(throws: ForecasterError.self) { try ForecastCombination.combine([a, b], rule: .median, weights: [1, 1]) }
        let c = try? ForecastCombination.combine([a, b], levels: [95], weights: [3, 1])
        #expect(c?.mean == [1.5, 2.5])
    }
}
