import Foundation
import AlmanacNumerics
import Testing
import TestSupport
import TimeSeries
@testable import Forecaster

/// One case of Tests/Fixtures/xreg/xreg.json (written by make_fixtures.R from R forecast 8.20).
struct XregCase: Decodable {
    var name: String
    var series: [Double]
    var period: Int
    var xreg: [[Double]]
    var newxreg: [[Double]]
    var xregNames: [String]
    var order: [Int]
    var seasonal: [Int]
    var includeDrift: Bool
    var includeMean: Bool
    var lambda: Double?
    var auto: Bool
    var coef: [Double]
    var coefNames: [String]
    var se: [Double]
    var mean: [Double]
    var lower80: [Double]
    var upper80: [Double]
    var lower95: [Double]
    var upper95: [Double]

    static func all() throws -> [XregCase] {
        try Fixtures.json([XregCase].self, Fixtures.url("xreg/xreg.json"))
    }

    /// R's `Arima(y, order, seasonal, xreg, include.drift, lambda)` or `auto.arima(y, xreg, lambda)`.
    var regression: RegressionWithARIMAErrors {
        if auto { return RegressionWithARIMAErrors(orders: RegressionWithARIMAErrors.automatic, lambda: lambda) }
        let spec = ARIMA(p: order[0], d: order[1], q: order[2], P: seasonal[0], D: seasonal[1], Q: seasonal[2],
                         period: period, includeMean: true, includeDrift: includeDrift)
        return RegressionWithARIMAErrors(orders: .fixed(spec), lambda: lambda)
    }

    func forecast() throws -> (ARIMAModel, Forecast) {
        let model = try regression.fit(series, period: period, drivers: try Matrix(columns: xreg), names: xregNames)
        let fc = try model.forecast(horizon: newxreg[0].count, levels: [80, 95], xreg: try Matrix(columns: newxreg))
        return (model, fc)
    }
}

@Suite struct XregTests {
    /// Means and 80/95% bounds of regression with ARIMA errors and future drivers equal R's
    /// `forecast(Arima(y, xreg = X), xreg = Xf)` to 1e-4 (absolute; measured
    /// differences are below 4e-5, most below 3e-6).
    @Test(arguments: try XregCase.all().map(\.name))
    func matchesR(_ name: String) throws {
        let c = try #require(try XregCase.all().first { $0.name == name })
        let (model, fc) = try c.forecast()
        #expect(model.spec.orderString.hasPrefix("ARIMA(\(c.order[0]),\(c.order[1]),\(c.order[2]))"), "\(model.spec.orderString)")
        #expect(model.spec.P == c.seasonal[0] && model.spec.D == c.seasonal[1] && model.spec.Q == c.seasonal[2])
        #expect(fc.horizon == c.mean.count)
        let pairs: [([Double], [Double], String)] = [(fc.mean, c.mean, "mean"), (fc.lower[0], c.lower80, "lo80"),
                                                    (fc.upper[0], c.upper80, "hi80"), (fc.lower[1], c.lower95, "lo95"),
                                                    (fc.upper[1], c.upper95, "hi95")]
        for (ours, r, what) in pairs {
            for t in 0..<r.count {
                #expect(abs(ours[t] - r[t]) <= 1e-4, "\(what)[\(t)]: \(ours[t]) vs R \(r[t])")
            }
        }
    }

    /// `--scenario …=estimated@2025-10` reuses the step coefficient and its standard error,
    /// which equal R's `Arima(y, xreg = step, include.drift = TRUE, lambda = 0)` (coef, √var.coef).
    @Test func estimatedEffectMatchesR() throws {
        let c = try #require(try XregCase.all().first { $0.name == "turnover ~ step@2025-10 log (1,0,1)(0,1,1) drift" })
        let series = try TimeSeries(name: "turnover", start: .month(2010, 1), frequency: .monthly, values: c.series)
        let scenario = try Scenario.parse("lifted:step@2027-01=-estimated@2025-10", resolution: .month)
        let plan = try ScenarioPlan([scenario], history: series, horizon: 15)
        #expect(plan.historyColumns(start: series.start) == c.xreg)
        let spec = ARIMA(p: 1, q: 1, D: 1, Q: 1, period: 12, includeDrift: true)
        let model = try RegressionWithARIMAErrors(orders: .fixed(spec), lambda: 0)
            .fit(c.series, period: 12, drivers: try Matrix(columns: plan.historyColumns(start: series.start)), names: plan.estimatedNames)
        let placed = try #require(plan.place(model: model, start: series.start).first)
        let k = try #require(c.coefNames.firstIndex(of: "step"))
        #expect(abs(placed.effect - -c.coef[k]) <= 1e-4, "\(placed.effect) vs R \(-c.coef[k])")
        #expect(abs(placed.effectVariance.squareRoot() - c.se[k]) <= 1e-4, "\(placed.effectVariance.squareRoot()) vs R \(c.se[k])")
        #expect(placed.regressor == [0, 0, 0] + [Double](repeating: 1, count: 12))
    }
}
