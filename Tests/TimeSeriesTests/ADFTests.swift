import Testing
import TestSupport
import AlmanacNumerics
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

    @Test func lagSelectionMatchesUrca() throws {
        let ref = try DiagnosticsReference.load()
        for s in ref.series {
            let x = try s.values()
            let aic = try ADF(x, model: .drift, lags: 6, selection: .aic)
            #expect(aic.lags == s.urdf.driftAICLags, "\(s.name)")
            #expect(aic.maxLags == 6)
            #expect(isClose(aic.statistic, s.urdf.driftAIC, rel: 1e-6), "\(s.name) \(aic.statistic) vs \(s.urdf.driftAIC)")
            let bic = try ADF(x, model: .trend, lags: 6, selection: .bic)
            #expect(bic.lags == s.urdf.trendBICLags, "\(s.name)")
            #expect(isClose(bic.statistic, s.urdf.trendBIC, rel: 1e-6), "\(s.name)")
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
        #expect(throws: NumericsError.self) { try ADF.tseries([]) }
        #expect(throws: NumericsError.self) { try ADF.tseries([1]) }
        #expect(throws: NumericsError.self) { try ADF([1, 3, 2, 5, 4, 7, 6, 9], model: .trend, lags: 50) }
        #expect(throws: NumericsError.self) { try ADF([1, 3, 2, 5, 4, 7, 6, 9], model: .trend, lags: 50, selection: .aic) }
        // A constant series: y_{t−1} is collinear with the constant, τ is undefined.
        #expect(throws: NumericsError.self) { try ADF([Double](repeating: 4, count: 30), model: .drift) }
        // Without deterministic terms the zero lagged differences are aliased instead and
        // the exact fit leaves τ = 0/0 = NaN.
        #expect(try ADF([Double](repeating: 4, count: 30), model: .none).statistic.isNaN)
    }
}
