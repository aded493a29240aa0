import Foundation
import AlmanacNumerics
import Testing
import TestSupport
@testable import Forecaster

/// One reference fit from `Tests/Fixtures/arima/make_parity.R` (forecast 8.20).
struct ARIMAParityCase: Decodable {
    var name: String
    var y: [String]
    var period: Int
    var order: [Int]
    var seasonal: [Int]
    var method: String
    var includeMean: Bool
    var includeDrift: Bool
    var lambda: Double?
    var biasadj: Bool
    var xreg: [[Double]]?
    var newxreg: [[Double]]?
    var h: Int
    var coefNames: [String]
    var coef: [Double]
    var se: [Double?]
    var loglik: Double
    var aic: Double?
    var aicc: Double?
    var bic: Double?
    var sigma2: Double
    var mean: [Double]
    var lower80: [Double]
    var upper80: [Double]
    var lower95: [Double]
    var upper95: [Double]

    var series: [Double] { y.map { Double($0) ?? .nan } }

    func fit() throws -> ARIMAModel {
        let spec = ARIMA(p: order[0], d: order[1], q: order[2], P: seasonal[0], D: seasonal[1], Q: seasonal[2],
                         period: period, includeMean: includeMean, includeDrift: includeDrift,
                         method: ARIMAMethod(rawValue: method) ?? .cssML, lambda: lambda, biasAdjust: biasadj)
        let x = try xreg.map { try Matrix(columns: $0) }
        let k = xreg?.count ?? 0
        let names = k > 0 ? Array(coefNames.suffix(k)) : nil
        return try spec.fit(series, xreg: x, xregNames: names)
    }
}

@Suite struct ARIMAParityTests {
    static let cases: [ARIMAParityCase] = (try? Fixtures.json([ARIMAParityCase].self,
                                                                Fixtures.url("arima/parity.json"))) ?? []

    @Test func fixtureLoaded() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: 0..<33)
    func matchesR(_ index: Int) throws {
        try #require(index < Self.cases.count)
        let c = Self.cases[index]
        let m = try c.fit()
        #expect(m.coefficientNames == c.coefNames, "\(c.name)")
        for (k, b) in c.coef.enumerated() {
            #expect(isClose(m.coefficients[k], b, rel: 1e-3, abs: 1e-4), "\(c.name) \(c.coefNames[k]): \(m.coefficients[k]) vs R \(b)")
        }
        #expect(isClose(m.logLikelihood, c.loglik, rel: 1e-4), "\(c.name) loglik \(m.logLikelihood) vs \(c.loglik)")
        if let aicc = c.aicc { #expect(isClose(m.aicc, aicc, rel: 1e-4), "\(c.name) aicc \(m.aicc) vs \(aicc)") }
        if let bic = c.bic { #expect(isClose(m.bic, bic, rel: 1e-4), "\(c.name) bic") }
        #expect(isClose(m.sigma2, c.sigma2, rel: 1e-3), "\(c.name) sigma2 \(m.sigma2) vs \(c.sigma2)")
        let se = m.standardErrors
        for (k, s) in c.se.enumerated() {
            if let s { #expect(isClose(se[k], s, rel: 1e-3, abs: 1e-5), "\(c.name) se \(c.coefNames[k]): \(se[k]) vs \(s)") }
        }
        let newx = try c.newxreg.map { try Matrix(columns: $0) }
        let f = try m.forecast(horizon: c.h, levels: [80, 95], xreg: newx)
        #expect(f.mean.count == c.mean.count)
        for t in 0..<min(f.mean.count, c.mean.count) {
            #expect(isClose(f.mean[t], c.mean[t], rel: 1e-4), "\(c.name) mean[\(t)] \(f.mean[t]) vs \(c.mean[t])")
            #expect(isClose(f.lower[1][t], c.lower95[t], rel: 1e-4), "\(c.name) lo95[\(t)] \(f.lower[1][t]) vs \(c.lower95[t])")
            #expect(isClose(f.upper[1][t], c.upper95[t], rel: 1e-4), "\(c.name) hi95[\(t)] \(f.upper[1][t]) vs \(c.upper95[t])")
            #expect(isClose(f.lower[0][t], c.lower80[t], rel: 1e-4), "\(c.name) lo80[\(t)]")
        }
    }
}
