import Foundation
import AlmanacNumerics
import Testing
import TestSupport
@testable import Forecaster

/// One case of Tests/Fixtures/xreg/coefficient_uncertainty.json (make_coefficient_uncertainty.py,
/// statsmodels SARIMAX with the coefficients as exact-diffuse states, ARMA and σ² fixed at R's).
struct CoefficientUncertaintyCase: Decodable {
    var name: String
    var exog: [String]
    var betaCovariance: [[Double]]
    var modelVariance: [Double]
    var mean: [Double]
    var lower80: [Double]
    var upper80: [Double]
    var lower95: [Double]
    var upper95: [Double]

    struct File: Decodable { var cases: [CoefficientUncertaintyCase] }

    static func all() throws -> [CoefficientUncertaintyCase] {
        try Fixtures.json(File.self, Fixtures.url("xreg/coefficient_uncertainty.json")).cases
    }
}

@Suite struct CoefficientUncertaintyTests {
    /// With `coefficientUncertainty`, means and 80/95% bounds equal statsmodels' to 1e-4
    /// relative, and the standard errors (model scale) to 1e-4 relative. The reference
    /// re-estimates β by GLS at R's ARMA estimates, which equals R's (and our) β̂ only at
    /// R's exact optimum: BFGS stops earlier, and the means differ by up to 5.3e-5 relative
    /// (seatbelts). Without the option the forecast stays R's (XregTests.matchesR).
    @Test(arguments: try CoefficientUncertaintyCase.all().map(\.name))
    func matchesStatsmodels(_ name: String) throws {
        let ref = try #require(try CoefficientUncertaintyCase.all().first { $0.name == name })
        let c = try #require(try XregCase.all().first { $0.name == name })
        let model = try c.regression.fit(c.series, period: c.period, drivers: try Matrix(columns: c.xreg), names: c.xregNames)
        let future = try Matrix(columns: c.newxreg)
        let fc = try RegressionWithARIMAErrors.forecast(model, history: try Matrix(columns: c.xreg), future: future,
                                                        horizon: future.rows, levels: [80, 95], coefficientUncertainty: true)
        let pairs: [([Double], [Double], String)] = [(fc.mean, ref.mean, "mean"), (fc.lower[0], ref.lower80, "lo80"),
                                                    (fc.upper[0], ref.upper80, "hi80"), (fc.lower[1], ref.lower95, "lo95"),
                                                    (fc.upper[1], ref.upper95, "hi95")]
        for (ours, sm, what) in pairs {
            for t in 0..<sm.count {
                #expect(abs(ours[t] - sm[t]) <= 1e-4 * abs(sm[t]), "\(what)[\(t)]: \(ours[t]) vs statsmodels \(sm[t])")
            }
        }
        let cov = try #require(fc.errorCovariance)
        for t in 0..<ref.modelVariance.count {
            let se = cov[t, t].squareRoot(), sm = ref.modelVariance[t].squareRoot()
            #expect(abs(se - sm) <= 1e-4 * sm, "se[\(t)]: \(se) vs statsmodels \(sm)")
        }
        // Var(β̂ | ARMA, σ²) is the filtered covariance of the coefficient states.
        let u = try CoefficientUncertainty(model: model, history: try Matrix(columns: c.xreg), future: future, horizon: future.rows)
        #expect(u.names.count == ref.exog.count)
        if !c.auto { #expect(u.names == ref.exog) }   // auto.arima's fits name drivers xreg1, xreg2, …
        for a in 0..<u.names.count {
            for b in 0..<u.names.count {
                let sm = ref.betaCovariance[a][b], scale = (ref.betaCovariance[a][a] * ref.betaCovariance[b][b]).squareRoot()
                #expect(abs(u.covariance[a, b] - sm) <= 1e-3 * scale, "V[\(a),\(b)]: \(u.covariance[a, b]) vs \(sm)")
            }
        }
    }

    /// The option only widens: the default's means are kept and each variance grows by
    /// `g_hᵀ V g_h > 0`, the diagonal of `CoefficientUncertainty.forecastCovariance`.
    @Test func widensByTheQuadraticForm() throws {
        let c = try #require(try XregCase.all().first { $0.name.hasPrefix("seatbelts drivers") })
        let model = try c.regression.fit(c.series, period: c.period, drivers: try Matrix(columns: c.xreg), names: c.xregNames)
        let history = try Matrix(columns: c.xreg), future = try Matrix(columns: c.newxreg)
        let plain = try model.forecast(horizon: future.rows, levels: [95], xreg: future)
        let wide = try RegressionWithARIMAErrors.forecast(model, history: history, future: future, horizon: future.rows,
                                                          levels: [95], coefficientUncertainty: true)
        #expect(wide.mean == plain.mean)
        let u = try CoefficientUncertainty(model: model, history: history, future: future, horizon: future.rows)
        let added = u.forecastCovariance
        let pc = try #require(plain.errorCovariance), wc = try #require(wide.errorCovariance)
        for t in 0..<future.rows {
            #expect(added[t, t] > 0)
            #expect(abs(wc[t, t] - pc[t, t] - added[t, t]) <= 1e-9 * wc[t, t])
            #expect(wide.upper[0][t] > plain.upper[0][t] && wide.lower[0][t] < plain.lower[0][t])
        }
    }
}
