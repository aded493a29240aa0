import Foundation
import Testing
import TestSupport
@testable import Forecaster

struct Q0Case: Decodable {
    var phi: [Double]
    var theta: [Double]
    var q0: [Double]
}

@Suite struct ARIMAKernelTests {
    /// Gardner's Q0 against R's own C routine (make_q0.R), seasonal expansions included.
    @Test func gardnerQ0MatchesR() throws {
        let cases = try Fixtures.json([Q0Case].self, Fixtures.url("arima/q0.json"))
        #expect(cases.count == 6)
        for c in cases {
            let p = c.phi.count, q = c.theta.count, r = max(p, q + 1)
            let ws = GardnerQ0Workspace(r: r)
            var out = [Double](repeating: .nan, count: r * r)
            let phi = c.phi.isEmpty ? [0] : c.phi, theta = c.theta.isEmpty ? [0] : c.theta
            phi.withUnsafeBufferPointer { ph in
                theta.withUnsafeBufferPointer { th in
                    out.withUnsafeMutableBufferPointer { o in
                        ws.compute(phi: ph.baseAddress!, p: p, theta: th.baseAddress!, q: q, into: o.baseAddress!)
                    }
                }
            }
            #expect(out.count == c.q0.count)
            for i in 0..<out.count {
                #expect(isClose(out[i], c.q0[i], rel: 1e-12, abs: 1e-14), "r=\(r) [\(i)] \(out[i]) vs \(c.q0[i])")
            }
        }
    }

    /// Jones' transformation and its inverse are inverse to each other; the expansion
    /// of (1 − φB)(1 − ΦB¹²) has the cross term φΦ at lag 13.
    @Test func parameterTransforms() {
        let arma = ARMAOrders(p: 2, q: 1, P: 1, Q: 1, period: 12, d: 0, D: 0)
        let raw = [0.3, -0.8, 0.2, 1.1, -0.5]
        let undone = ParameterTransform.undoPars(raw, arma)
        let back = ParameterTransform.invtrans(undone, arma)
        for i in [0, 1, 3] { #expect(isClose(back[i], raw[i], rel: 1e-12)) }
        let (phi, theta) = ParameterTransform.expand([0.5, 0, 0.3, 0.7, -0.4], arma, transform: false)
        #expect(phi.count == 14 && theta.count == 13)
        #expect(phi[11] == 0.7 && isClose(phi[12], -0.35, rel: 1e-15) && phi[13] == 0)
        #expect(theta[0] == 0.3 && theta[11] == -0.4 && isClose(theta[12], -0.12, rel: 1e-15))
    }

    /// maInvert reflects roots inside the unit circle to their reciprocals: θ = 2 ↦ 1/2,
    /// and 1 − 2.5z + z² (roots 0.5, 2) ↦ 1 − z + 0.25z² (roots 2, 2).
    @Test func maInversion() {
        #expect(PolynomialRoots.maInvert([2]) == [0.5])
        let inv = PolynomialRoots.maInvert([-2.5, 1])  // roots 0.5 and 2 → 2 and 2: (1 − z/2)²
        #expect(isClose(inv[0], -1, rel: 1e-12) && isClose(inv[1], 0.25, rel: 1e-12))
        #expect(PolynomialRoots.arIsStationary([0.5]) && !PolynomialRoots.arIsStationary([1.01]))
    }
}

struct RossignolFitCase: Decodable {
    var name: String
    var y: [Double]
    var period: Int
    var order: [Int]
    var seasonal: [Int]
    var includeMean: Bool
    var coef: [Double]
    var loglik: Double
}

@Suite struct ARIMARossignolTests {
    /// Q0 from autocovariances against R's makeARIMA(SSinit = "Rossignol2011").
    @Test func q0MatchesR() throws {
        let cases = try Fixtures.json([Q0Case].self, Fixtures.url("arima/q0_rossignol.json"))
        #expect(cases.count == 6)
        for c in cases where max(c.phi.count, c.theta.count + 1) > 1 {
            let q0 = try #require(RossignolQ0.compute(phi: c.phi, theta: c.theta))
            #expect(q0.count == c.q0.count)
            for i in 0..<min(q0.count, c.q0.count) {
                #expect(isClose(q0[i], c.q0[i], rel: 1e-9, abs: 1e-12), "[\(i)] \(q0[i]) vs \(c.q0[i])")
            }
        }
    }

    /// CSS-ML fits with the Rossignol initialisation match R's.
    @Test func fitsMatchR() throws {
        let cases = try Fixtures.json([RossignolFitCase].self, Fixtures.url("arima/rossignol_fits.json"))
        #expect(cases.count == 3)
        for c in cases {
            var spec = ARIMA(p: c.order[0], d: c.order[1], q: c.order[2], P: c.seasonal[0], D: c.seasonal[1],
                             Q: c.seasonal[2], period: c.period, includeMean: c.includeMean)
            spec.stateInit = .rossignol2011
            let m = try spec.fit(c.y)
            for (k, b) in c.coef.enumerated() {
                #expect(isClose(m.coefficients[k], b, rel: 1e-3, abs: 1e-4), "\(c.name) [\(k)] \(m.coefficients[k]) vs \(b)")
            }
            #expect(isClose(m.logLikelihood, c.loglik, rel: 1e-4), "\(c.name) loglik \(m.logLikelihood) vs \(c.loglik)")
        }
    }
}
