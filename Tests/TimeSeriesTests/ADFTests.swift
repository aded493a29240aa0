import Testing
import TestSupport
import Numerics
@testable import TimeSeries

@Suite struct ADFTests {
    @Test func urcaDriftAndTrendMatchR() throws {
        let ref = try DiagnosticsReference.load()
        for s in ref.series {
            let x = try s.values()
            let drift = try ADF(x, model: .drift, lags: 1)
            let trend = try ADF(x, model: .trend, lags: 1)
            #expect(isClose(drift.statistic, s.urdf.drift, rel: 1e-6), "\(s.name) tau2 \(drift.statistic) vs \(s.urdf.drift)")
            #expect(isClose(drift.phi[0], s.urdf.driftPhi1, rel: 1e-6), "\(s.name) phi1")
            #expect(isClose(trend.statistic, s.urdf.trend, rel: 1e-6), "\(s.name) tau3")
            #expect(isClose(trend.phi[0], s.urdf.trendPhi2, rel: 1e-6), "\(s.name) phi2")
            #expect(isClose(trend.phi[1], s.urdf.trendPhi3, rel: 1e-6), "\(s.name) phi3")
            #expect(isClose(drift.pValue, s.urdf.driftP, rel: 1e-6), "\(s.name) drift p")
            #expect(isClose(trend.pValue, s.urdf.trendP, rel: 1e-6), "\(s.name) trend p")
        }
    }

    @Test func tseriesAdfTestMatchesR() throws {
        let ref = try DiagnosticsReference.load()
        for s in ref.series {
            let x = try s.values()
            let t = try ADF.tseries(x)
            #expect(t.lags == s.adf.lag, "\(s.name)")
            #expect(isClose(t.statistic, s.adf.statistic, rel: 1e-6), "\(s.name) \(t.statistic) vs \(s.adf.statistic)")
            let p = try #require(t.tseriesPValue)
            #expect(isClose(p, s.adf.p, rel: 1e-6), "\(s.name) p \(p) vs \(s.adf.p)")
        }
    }

    @Test func degenerateInputsThrow() throws {
        #expect(throws: NumericsError.self) { try ADF([1, 2, .nan, 4, 5, 6, 7, 8], model: .drift) }
        // As R (the `short` cases of make_diagnostics.R): 3 points leave one row, an error in
        // urca; 4 points leave two rows and no residual df, τ = NaN.
        #expect(throws: NumericsError.self) { try ADF([1, 3, 2], model: .drift) }
        #expect(try ADF([1, 3, 2, 5], model: .trend).statistic.isNaN)
        #expect(try ADF([1, 3, 2, 5], model: .drift).pValue.isNaN)
        #expect(try ADF([1, 3, 2, 5, 4, 7], model: .drift).statistic.isFinite)
        #expect(throws: NumericsError.self) { try ADF([1, 2, 3], model: .drift, lags: -1) }
        // A linear series has constant differences: y_{t−1} and the constant are collinear.
        #expect(throws: NumericsError.self) { try ADF((1...30).map(Double.init), model: .drift) }
    }
}
