import Foundation
import AlmanacNumerics
import Testing
import TestSupport
@testable import Forecaster

@Suite struct ARIMAInterventionTests {
    /// The step/pulse/ramp helpers rebuild the regressors of make_parity.R (R: `step`,
    /// `pulse`, `ramp` with 1-based positions 29, 43 / 40, 20) and reproduce R's fit.
    @Test func helpersReproduceRFits() throws {
        let cases = try Fixtures.json([ARIMAParityCase].self, Fixtures.url("arima/parity.json"))
        let nile = try #require(cases.first { $0.name == "Nile (1,0,1) mean + step + pulse" })
        let n = nile.series.count
        let design = try Intervention.design([.step(at: 28), .pulse(at: 42)], count: n)
        #expect(design.column(0) == nile.xreg?[0])
        #expect(design.column(1) == nile.xreg?[1])
        let m = try ARIMA(p: 1, q: 1).fit(nile.series, xreg: design, xregNames: ["step", "pulse"])
        for (k, b) in nile.coef.enumerated() {
            #expect(isClose(m.coefficients[k], b, rel: 1e-3, abs: 1e-4), "\(nile.coefNames[k])")
        }
        let acc = try #require(cases.first { $0.name == "USAccDeaths (0,1,1)(0,1,1) + ramp + pulse" })
        let na = acc.series.count
        let ivs: [Intervention] = [.ramp(at: 39), .pulse(at: 19)]
        let x = try Intervention.design(ivs, count: na)
        #expect(x.column(0) == acc.xreg?[0])
        #expect(x.column(1) == acc.xreg?[1])
        let future = try Intervention.futureDesign(ivs, after: na, horizon: 12)
        #expect(future.column(0) == acc.newxreg?[0])
        let fit = try ARIMA(d: 1, q: 1, D: 1, Q: 1, period: 12).fit(acc.series, xreg: x, xregNames: ["ramp", "pulse"])
        let f = try fit.forecast(horizon: 12, levels: [80, 95], xreg: future)
        for t in 0..<12 { #expect(isClose(f.mean[t], acc.mean[t], rel: 1e-4)) }
    }

    @Test func outOfRangeIndexThrows() {
        #expect(throws: ForecasterError.self) { try Intervention.design([.step(at: 10)], count: 5) }
    }
}
