import Foundation
import AlmanacNumerics
import Testing
@testable import Forecaster

/// The approximate auto-ARIMA search fits its CSS candidates with the closing
/// state-space pass deferred (`deferState`); the pass run later must give exactly the
/// state, and the fit exactly the numbers, of the eager fit.
@Suite struct ARIMADeferredStateTests {
    /// A seasonal series with trend and deterministic pseudo-random noise.
    static func series(_ n: Int) -> [Double] {
        var s: UInt64 = 17
        return (0..<n).map { t in
            s = s &* 6364136223846793005 &+ 1442695040888963407
            let u = Double(s >> 11) / Double(1 << 53) - 0.5
            return 100 + 0.4 * Double(t) + 12 * sin(2 * Double.pi * Double(t) / 12) + 3 * u
        }
    }

    @Test(arguments: [
        ARIMA(p: 1, d: 1, q: 1, P: 1, D: 1, Q: 0, period: 12, method: .css),
        ARIMA(p: 2, d: 0, q: 1, P: 0, D: 1, Q: 1, period: 12, includeMean: true, includeDrift: true, method: .css),
        ARIMA(p: 1, d: 1, q: 0, period: 1, includeMean: true, includeDrift: true, method: .css),
    ])
    func deferredStateIsTheEagerState(_ spec: ARIMA) throws {
        let y = Self.series(200)
        let xreg = try Matrix(columns: [y.indices.map { Double($0 % 7) }])
        for x in [nil, xreg] {
            let eager = try ARIMAEstimator.fitArimaDeferred(spec, y: y, xreg: x, xregNames: nil, fixed: nil,
                                                            deferCovariance: false)
            let lazy = try ARIMAEstimator.fitArimaDeferred(spec, y: y, xreg: x, xregNames: nil, fixed: nil,
                                                           deferCovariance: false, deferState: true)
            #expect(eager.pendingState == nil)
            let job = try #require(lazy.pendingState)
            #expect(lazy.model.stateMean.isEmpty && lazy.model.stateCovariance.isEmpty)
            #expect(lazy.model.coefficients == eager.model.coefficients)
            #expect(lazy.model.phi == eager.model.phi && lazy.model.theta == eager.model.theta)
            #expect(lazy.model.residuals.elementsEqual(eager.model.residuals) { $0 == $1 || ($0.isNaN && $1.isNaN) })
            #expect(lazy.model.arimaSigma2 == eager.model.arimaSigma2)
            #expect(lazy.model.covariance == eager.model.covariance)
            let s = job()
            #expect(s.a == eager.model.stateMean)
            #expect(s.P == eager.model.stateCovariance)
        }
    }
}
