import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// The statsforecast 2.1.1 `DynamicOptimizedTheta` fixtures of Tests/Fixtures/dotm/make_dotm.py.
enum DOTMFixture {
    static let params = try! Fixtures.csvStrings(Fixtures.url("dotm/dotm_params.csv"))
    static let forecasts = try! Fixtures.csvStrings(Fixtures.url("dotm/dotm_forecasts.csv"))
    /// M3 monthly training series (shared with the Theta fixtures).
    static var m3: [String: [Double]] { ThetaFixture.m3 }

    static var names: [String] { params["series"]! }

    static func param(_ series: String, _ column: String) -> Double {
        let i = params["series"]!.firstIndex(of: series)!
        return Double(params[column]![i])!
    }

    static func series(_ name: String) throws -> (y: [Double], period: Int, h: Int) {
        try ThetaFixture.series(name, period: Int(param(name, "period")), h: Int(param(name, "h")))
    }

    static func parameters(_ name: String) -> DOTMParameters {
        DOTMParameters(initialLevel: param(name, "l0"), alpha: param(name, "alpha"), theta: param(name, "theta"))
    }

    static func mean(_ series: String) -> [Double] {
        let f = forecasts
        return f["series"]!.indices.filter { f["series"]![$0] == series }.map { Double(f["mean"]![$0])! }
    }

    static func maxRelativeError(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { relativeDifference($0, $1, floor: 1e-8) }.max() ?? .infinity
    }
}

/// Parity of `DynamicOptimisedTheta` with statsforecast 2.1.1 `DynamicOptimizedTheta`.
///
/// The model (seasonal adjustment, DOTM recursion, forecast recursion) is checked to
/// machine precision at statsforecast's own parameters. The estimates differ slightly
/// because statsforecast's Nelder–Mead stops once the spread of its simplex values is below
/// 10⁻⁴, leaving the parameters about 10⁻³ short of the minimum along the flat ℓ₀ and θ
/// directions; our optimiser runs to a relative tolerance of 10⁻¹². So we assert that our
/// in-sample MSE is never above theirs, and that where both find the same optimum (MSE
/// within 10⁻⁴ relative) the forecasts agree to 10⁻⁴ relative (2·10⁻⁴ on the two series
/// whose reference stopped furthest from it). On three series we find a different, lower
/// optimum: N1992 and N2694 (α at its bound 0.99 and a huge ℓ₀ that fits the first errors
/// after the burn-in; MSE 3.0% and 0.46% lower) and airpassengers (θ runs up the flat ridge
/// towards 10¹⁰, where 1 − 1/θ ≈ 1; MSE 0.034% lower).
@Suite struct DOTMParityTests {
    static let differentOptimum: Set<String> = ["N1992", "N2694", "airpassengers"]
    static let looseReference: Set<String> = ["N2226", "nile"]

    @Test(arguments: DOTMFixture.names)
    func recursionMatchesAtTheirParameters(name: String) throws {
        let (y, period, h) = try DOTMFixture.series(name)
        let model = try DynamicOptimisedTheta.fit(y, period: period, parameters: DOTMFixture.parameters(name))
        #expect(model.isSeasonal == (DOTMFixture.param(name, "seasonal") == 1))
        #expect(isClose(model.mse, DOTMFixture.param(name, "mse"), rel: 1e-12))
        let mean = try model.forecast(horizon: h).mean
        #expect(DOTMFixture.maxRelativeError(mean, DOTMFixture.mean(name)) < 1e-12)
    }

    @Test(arguments: DOTMFixture.names)
    func estimatesAreAtLeastAsGoodAsStatsforecast(name: String) throws {
        let (y, period, h) = try DOTMFixture.series(name)
        let model = try DynamicOptimisedTheta.fit(y, period: period)
        let theirs = DOTMFixture.param(name, "mse")
        #expect(model.mse <= theirs * (1 + 1e-12))
        #expect(model.parameters.isWithinBounds)
        let gap = 1 - model.mse / theirs
        let err = DOTMFixture.maxRelativeError(try model.forecast(horizon: h).mean, DOTMFixture.mean(name))
        if Self.differentOptimum.contains(name) {
            #expect(gap > 1e-4, "\(name): expected a distinctly lower optimum, MSE gap \(gap)")
        } else {
            #expect(gap < 1e-4, "\(name): MSE gap \(gap)")
            #expect(err < (Self.looseReference.contains(name) ? 2e-4 : 1e-4), "\(name): forecast error \(err)")
        }
    }
}
