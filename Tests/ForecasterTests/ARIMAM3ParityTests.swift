import Foundation
import Testing
import TestSupport
@testable import Forecaster

struct M3ParityCase: Decodable {
    var series: String
    var order: [Int]
    var seasonal: [Int]
    var mean: Bool
    var drift: Bool
    var coefNames: [String]
    var coef: [Double]
    var loglik: Double
    var aicc: Double
    var fmean: [Double]
    var lower95: [Double]
    var upper95: [Double]
}

@Suite struct ARIMAM3ParityTests {
    /// The models R's auto.arima chose on the first 50 M3 monthly series, refitted by
    /// `Arima` in R (make_m3_parity.R) and here: coefficients, log-likelihood, AICc and
    /// 18-step forecasts with 95% bounds.
    @Test func fiftySeriesMatchR() throws {
        let cases = try Fixtures.json([M3ParityCase].self, Fixtures.url("arima/m3_parity.json"))
        #expect(cases.count == 50)
        let train = M3Monthly.shared.train
        var mismatches: [String] = []
        for c in cases {
            let y = try #require(train[c.series])
            let spec = ARIMA(p: c.order[0], d: c.order[1], q: c.order[2], P: c.seasonal[0], D: c.seasonal[1],
                             Q: c.seasonal[2], period: 12, includeMean: c.mean, includeDrift: c.drift)
            let m = try spec.fit(y)
            #expect(m.coefficientNames == c.coefNames, "\(c.series)")
            var ok = m.coefficientNames == c.coefNames
            for (k, b) in c.coef.enumerated() where k < m.coefficients.count {
                if !isClose(m.coefficients[k], b, rel: 1e-3, abs: 1e-4) { ok = false }
            }
            if !isClose(m.logLikelihood, c.loglik, rel: 1e-4) { ok = false }
            if !isClose(m.aicc, c.aicc, rel: 1e-4) { ok = false }
            let f = try m.forecast(horizon: 18, levels: [95])
            for t in 0..<18 {
                if !isClose(f.mean[t], c.fmean[t], rel: 1e-4) { ok = false }
                if !isClose(f.lower[0][t], c.lower95[t], rel: 1e-4, abs: 1e-6) { ok = false }
                if !isClose(f.upper[0][t], c.upper95[t], rel: 1e-4) { ok = false }
            }
            if !ok {
                var worst = 0.0
                for t in 0..<18 {
                    worst = max(worst, relativeDifference(f.mean[t], c.fmean[t]), relativeDifference(f.upper[0][t], c.upper95[t]))
                }
                mismatches.append("\(c.series) \(m.coefficients) vs \(c.coef) ll \(m.logLikelihood) vs \(c.loglik) "
                                  + "aicc \(m.aicc) vs \(c.aicc), forecast rel \(worst)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of 50: \(mismatches.joined(separator: "\n"))")
    }
}
