import Foundation
import Testing
import TestSupport
@testable import Forecaster

/// Shared access to the R fixtures of Tests/Fixtures/theta/make_theta.R (thetaf and the
/// M4 Naive2 on four reference series and 20 M3 monthly training series).
enum ThetaFixture {
    static let forecasts = try! Fixtures.csvStrings(Fixtures.url("theta/theta_naive2.csv"))
    static let params = try! Fixtures.csvStrings(Fixtures.url("theta/theta_params.csv"))
    static var m3: [String: [Double]] { M3Monthly.shared.train }

    static var names: [String] { params["series"]! }

    static func param(_ series: String, _ column: String) -> Double {
        let i = params["series"]!.firstIndex(of: series)!
        return Double(params[column]![i])!
    }

    static func series(_ name: String) throws -> (y: [Double], period: Int, h: Int) {
        try series(name, period: Int(param(name, "period")), h: Int(param(name, "h")))
    }

    /// An M3 monthly training series by id, or else a reference dataset's `value` column.
    static func series(_ name: String, period: Int, h: Int) throws -> (y: [Double], period: Int, h: Int) {
        if let y = m3[name] { return (y, period, h) }
        return (try Fixtures.csv(Fixtures.dataset("reference/\(name).csv"))["value"]!, period, h)
    }

    /// `[mean, lo80, hi80, lo95, hi95]`, each over the horizon.
    static func reference(_ series: String, _ method: String) -> [[Double]] {
        let f = forecasts
        let idx = f["series"]!.indices.filter { f["series"]![$0] == series && f["method"]![$0] == method }
        return ["mean", "lo80", "hi80", "lo95", "hi95"].map { c in idx.map { Double(f[c]![$0])! } }
    }

    static func maxRelativeError(_ fc: Forecast, _ ref: [[Double]]) -> Double {
        var worst = 0.0
        for h in fc.mean.indices {
            let ours = [fc.mean[h], fc.lower[0][h], fc.upper[0][h], fc.lower[1][h], fc.upper[1][h]]
            for k in 0..<5 { worst = max(worst, relativeDifference(ours[k], ref[k][h], floor: 1e-8)) }
        }
        return worst
    }
}

/// Parity of `Theta` with R forecast 8.20 `thetaf`.
@Suite struct ThetaTests {
    @Test(arguments: ThetaFixture.names)
    func matchesThetaf(name: String) throws {
        let (y, period, h) = try ThetaFixture.series(name)
        let model = try Theta.fit(y, period: period)
        #expect(model.isSeasonal == (ThetaFixture.param(name, "seasonal") == 1))
        #expect(isClose(model.drift, ThetaFixture.param(name, "drift"), rel: 1e-9))
        let fc = try model.forecast(horizon: h, levels: [80, 95])
        let err = ThetaFixture.maxRelativeError(fc, ThetaFixture.reference(name, "theta"))
        #expect(err < 1e-6, "\(name): max relative difference \(err)")
        #expect(isClose(model.alpha, ThetaFixture.param(name, "alpha"), rel: 1e-4))
    }

    @Test func sesObjectiveIsRsRunningMean() {
        // amse after y = (1, 3) from ℓ₀ = 0, α = 0.5: errors 1 and 3 − 0.5 = 2.5 → (1 + 6.25)/2.
        let v = [1.0, 3.0].withUnsafeBufferPointer {
            SimpleExponentialSmoothing.meanSquaredError($0, alpha: 0.5, level0: 0)
        }
        #expect(v == 3.625)
        let outside = [1.0].withUnsafeBufferPointer {
            SimpleExponentialSmoothing.meanSquaredError($0, alpha: 1.0, level0: 0)
        }
        #expect(outside == .infinity)
    }

    @Test func covarianceMatchesIntervalsOnTheDiagonal() throws {
        let (y, period, _) = try ThetaFixture.series("airpassengers")
        let fc = try Theta.fit(y, period: period).forecast(horizon: 6, levels: [95])
        let z = 1.959963984540054
        for h in 0..<6 {
            let se = (fc.upper[0][h] - fc.mean[h]) / z
            #expect(isClose(fc.errorCovariance![h, h], se * se, rel: 1e-10))
        }
        // Off-diagonal: σ²(α + α²(min(i,j)−1)) is below both variances and positive.
        #expect(fc.errorCovariance![0, 3] > 0 && fc.errorCovariance![0, 3] < fc.errorCovariance![0, 0])
    }

    @Test func refusesWhatItCannotFit() {
        #expect(throws: ForecasterError.self) { try Theta.fit([1, 2, 3, 4, 5, 6], period: 1) }
        #expect(throws: ForecasterError.self) { try Theta.fit([1, 2, .nan, 4, 5, 6, 7, 8], period: 1) }
        #expect(throws: ForecasterError.self) { try Theta.fit([1, 2, 3, 4, 5, 6, 7, 8], period: 0) }
        #expect(throws: ForecasterError.self) {
            try Theta.fit([1, 2, 3, 4, 5, 6, 7, 8], period: 1).forecast(horizon: 0)
        }
    }

    @Test func constantSeriesGivesFlatFiniteForecast() throws {
        let fc = try Theta.fit([Double](repeating: 5, count: 40), period: 12).forecast(horizon: 12)
        for v in fc.mean { #expect(isClose(v, 5, rel: 1e-9)) }
        let finite = fc.lower.joined().allSatisfy { $0.isFinite }
        #expect(finite)
    }
}

/// The log-scale Theta member against `exp(thetaf(log y))` (make_logtheta.R).
@Suite struct LogThetaTests {
    @Test(arguments: ["airpassengers", "usaccdeaths", "ukdriverdeaths"])
    func matchesExpOfThetafOnLogs(name: String) throws {
        let ref = try Fixtures.csvStrings(Fixtures.url("theta/logtheta.csv"))
        let idx = ref["series"]!.indices.filter { ref["series"]![$0] == name }
        let cols = ["mean", "lo80", "hi80", "lo95", "hi95"].map { c in idx.map { Double(ref[c]![$0])! } }
        let y = try ThetaFixture.series(name).y
        let fc = try Theta.fit(y, period: 12, logScale: true).forecast(horizon: 18, levels: [80, 95])
        #expect(fc.model == "theta(log)")
        #expect(ThetaFixture.maxRelativeError(fc, cols) < 1e-6)
    }

    @Test func refusesNonPositiveData() {
        #expect(throws: ForecasterError.self) { try Theta.fit([1, 2, 0, 4, 5, 6, 7, 8], period: 1, logScale: true) }
    }
}
