import Foundation
import AlmanacNumerics
import Testing
import TestSupport
@testable import Forecaster

struct AutoReferenceCase: Decodable {
    var name: String
    var y: [String]
    var period: Int
    var stepwise: Bool
    var lambda: Double?
    var order: [Int]
    var seasonal: [Int]
    var mean: Bool
    var drift: Bool
    var coef: [Double]
    var aicc: Double
    var loglik: Double
    var series: [Double] { y.map { Double($0) ?? .nan } }
}

struct AutoM3Row {
    var series: String
    var orders: [Int]  // p d q P D Q mean drift
    var aicc: Double
}

@Suite struct ARIMAAutoTests {
    /// auto.arima on R datasets (make_auto_reference.R): stepwise with and without the
    /// CSS approximation, the exhaustive search (run concurrently), Box–Cox and NAs.
    @Test func referenceSeriesMatchR() throws {
        let cases = try Fixtures.json([AutoReferenceCase].self, Fixtures.url("arima/auto_reference.json"))
        #expect(cases.count >= 10)
        for c in cases {
            var auto = AutoARIMA()
            auto.stepwise = c.stepwise
            auto.parallel = !c.stepwise
            auto.lambda = c.lambda
            if c.series.contains(where: { $0.isNaN }) {
                // TimeSeries' nsdiffs does not interpolate NaN as R's mstl (na.interp) does
                // and returns D = 0 there (documented in UnitRootNsdiffs.swift): give R's
                // D so that the rest of the search is compared.
                auto.D = c.seasonal[1]
            }
            let m = try auto.fit(c.series, period: c.period)
            let s = m.spec
            let got = [s.p, s.d, s.q, s.P, s.D, s.Q]
            #expect(got == c.order + c.seasonal, "\(c.name): \(m.description) vs R \(c.order)\(c.seasonal)")
            #expect(m.coefficientNames.contains("intercept") == c.mean, "\(c.name) mean")
            #expect(m.coefficientNames.contains("drift") == c.drift, "\(c.name) drift")
            #expect(isClose(m.aicc, c.aicc, rel: 1e-4), "\(c.name) AICc \(m.aicc) vs \(c.aicc)")
            #expect(isClose(m.logLikelihood, c.loglik, rel: 1e-4), "\(c.name) loglik")
        }
    }

    /// The first 40 M3 monthly series against R's choices (auto_arima_m3.csv): at least
    /// 90% identical models, and no other model with an AICc worse than R's by > 0.1.
    @Test func m3FirstFortyMatchR() throws {
        let table = try Fixtures.csvStrings(Fixtures.url("arima/auto_arima_m3.csv"))
        let ids = try #require(table["series"])
        let train = M3Monthly.shared.train
        var same = 0, worse: [String] = []
        let count = 40
        for i in 0..<count {
            let keys = ["p", "d", "q", "P", "D", "Q", "mean", "drift"]
            let r = keys.map { Int(table[$0]?[i] ?? "") ?? -1 }
            let rAICc = Double(table["aicc"]?[i] ?? "") ?? .nan
            let y = try #require(train[ids[i]])
            let m = try AutoARIMA().fit(y, period: 12)
            let s = m.spec
            let got = [s.p, s.d, s.q, s.P, s.D, s.Q, m.coefficientNames.contains("intercept") ? 1 : 0,
                       m.coefficientNames.contains("drift") ? 1 : 0]
            if got == r { same += 1 } else if m.aicc > rAICc + 0.1 { worse.append("\(ids[i]) \(got) vs \(r)") }
        }
        #expect(Double(same) >= 0.9 * Double(count), "\(same)/\(count) identical")
        #expect(worse.isEmpty, "\(worse)")
    }

    /// Degenerate inputs give R's fallbacks or a typed error, never a trap.
    @Test func degenerateSeries() throws {
        // Constant: mean model forecasting the value with zero-width intervals.
        let c = try AutoARIMA().fit([Double](repeating: 5, count: 30), period: 12)
        let f = try c.forecast(horizon: 3, levels: [95])
        #expect(f.mean == [5, 5, 5])
        #expect(f.lower[0] == [5, 5, 5] && f.upper[0] == [5, 5, 5])
        // All missing.
        #expect(throws: ForecasterError.self) { try AutoARIMA().fit([.nan, .nan, .nan], period: 1) }
        // Empty.
        #expect(throws: ForecasterError.self) { try AutoARIMA().fit([], period: 1) }
        // Linear trend: constant first difference → random walk with fixed drift (R).
        let trend = (0..<20).map { 3.0 + 2.0 * Double($0) }
        let t = try AutoARIMA().fit(trend, period: 1)
        #expect(t.spec.d == 1 && t.coefficientNames == ["drift"] && t.coefficients == [2])
        let tf = try t.forecast(horizon: 2)
        #expect(isClose(tf.mean[0], 43, rel: 1e-12) && isClose(tf.mean[1], 45, rel: 1e-12))
        // Very short series: fits something admissible or throws a typed error.
        do { _ = try AutoARIMA().fit([1, 3, 2], period: 1) } catch let e as ForecasterError { _ = e }
        // Invalid specification.
        #expect(throws: ForecasterError.self) { try ARIMA(p: -1).fit([1, 2, 3, 4]) }
        #expect(throws: ForecasterError.self) { try ARIMA(d: 1, D: 1, period: 12).fit([1, 2, 3]) }
    }

    /// The exhaustive search gives the same model serially and concurrently.
    @Test func exhaustiveSearchIsDeterministic() throws {
        let cases = try Fixtures.json([ARIMAParityCase].self, Fixtures.url("arima/parity.json"))
        let nile = try #require(cases.first { $0.name == "Nile (1,0,1) mean CSS-ML" }).series
        var a = AutoARIMA(); a.stepwise = false; a.parallel = false
        var b = a; b.parallel = true
        let ma = try a.fit(nile, period: 1), mb = try b.fit(nile, period: 1)
        #expect(ma == mb)
    }

    /// A fitted model survives a JSON round trip and forecasts identically.
    @Test func codableRoundTrip() throws {
        let cases = try Fixtures.json([ARIMAParityCase].self, Fixtures.url("arima/parity.json"))
        let m = try cases[1].fit()
        let data = try JSONEncoder().encode(m)
        let back = try JSONDecoder().decode(ARIMAModel.self, from: data)
        #expect(back == m)
        #expect(try back.forecast(horizon: 12) == m.forecast(horizon: 12))
    }
}
