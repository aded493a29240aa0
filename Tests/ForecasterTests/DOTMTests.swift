import Foundation
import AlmanacNumerics
import Testing
import TestSupport
@testable import Forecaster

/// Behaviour of `DynamicOptimisedTheta` / `DOTMModel` beyond statsforecast parity: typed
/// errors on degenerate input, the analytic intervals, the log scale and persistence.
@Suite struct DOTMTests {
    static let air: [Double] = try! Fixtures.csv(Fixtures.dataset("reference/airpassengers.csv"))["value"]!
    static let nile: [Double] = try! Fixtures.csv(Fixtures.dataset("reference/nile.csv"))["value"]!

    @Test func degenerateInputsThrowTypedErrors() throws {
        #expect(throws: ForecasterError.invalidData(model: "dotm", detail: "constant series: every DOTM fits it exactly; use a flat forecast")) {
            try DynamicOptimisedTheta.fit([Double](repeating: 4, count: 30), period: 12)
        }
        #expect(throws: ForecasterError.tooShort(model: "dotm", observations: 6, needed: 7)) {
            try DynamicOptimisedTheta.fit([1, 3, 2, 5, 4, 6], period: 1)
        }
        #expect(throws: ForecasterError.tooShort(model: "dotm", observations: 0, needed: 7)) {
            try DynamicOptimisedTheta.fit([], period: 1)
        }
        #expect(throws: ForecasterError.invalidData(model: "dotm(log)", detail: "a log-scale fit needs positive data")) {
            try DynamicOptimisedTheta.fit([3, 1, 0, 2, 5, 4, 6, 7], period: 1, logScale: true)
        }
        #expect(throws: ForecasterError.invalidData(model: "dotm(log)", detail: "a log-scale fit needs positive data")) {
            try DynamicOptimisedTheta.fit([3, 1, -2, 2, 5, 4, 6, 7], period: 1, logScale: true)
        }
        #expect(throws: ForecasterError.nonFiniteData(model: "dotm", detail: "missing or infinite value in the series")) {
            try DynamicOptimisedTheta.fit([3, 1, .nan, 2, 5, 4, 6, 7], period: 1)
        }
        #expect(throws: ForecasterError.invalidOption("period must be at least 1, got 0")) {
            try DynamicOptimisedTheta.fit(Self.nile, period: 0)
        }
        let bad = DOTMParameters(initialLevel: 1000, alpha: 0.05, theta: 2)
        #expect(throws: ForecasterError.self) { try DynamicOptimisedTheta.fit(Self.nile, period: 1, parameters: bad) }
        let model = try DynamicOptimisedTheta.fit(Self.nile, period: 1)
        #expect(throws: ForecasterError.invalidOption("horizon must be at least 1")) { try model.forecast(horizon: 0) }
        #expect(throws: ForecasterError.self) { try model.forecast(horizon: 5, levels: [120]) }
    }

    /// At θ = 1 the theta line has weight 0 and DOTM is SES: the error weights are
    /// `c_hh = 1`, `c_hj = α`, so `Var = σ²(1 + (h − 1)α²)` (Hyndman et al. 2008, class 1).
    @Test func intervalsReduceToSESAtThetaOne() throws {
        let par = DOTMParameters(initialLevel: 1100, alpha: 0.3, theta: 1)
        let model = try DynamicOptimisedTheta.fit(Self.nile, period: 1, parameters: par)
        let fc = try model.forecast(horizon: 12, levels: [95])
        let z = 1.959963984540054
        for h in 0..<12 {
            let se = (model.mse * (1 + Double(h) * 0.09)).squareRoot()
            #expect(isClose(fc.mean[h], fc.mean[0], rel: 1e-13))
            #expect(isClose(fc.upper[0][h], fc.mean[h] + z * se, rel: 1e-12))
            #expect(isClose(fc.lower[0][h], fc.mean[h] - z * se, rel: 1e-12))
        }
    }

    /// The analytic variances against a seeded simulation of the DOTM recursion itself
    /// (20 000 Gaussian paths with future observations `ŷ + ε` fed back): agreement within
    /// Monte-Carlo error (the standard error of a variance estimate is √(2/N) ≈ 1%).
    @Test func analyticVarianceMatchesSimulatedRecursion() throws {
        let model = try DynamicOptimisedTheta.fit(Self.nile, period: 1, parameters:
            DOTMParameters(initialLevel: 1100, alpha: 0.4, theta: 3))
        let h = 10, paths = 20_000
        let fc = try model.forecast(horizon: h, levels: [95])
        var rng = RandomSource(seed: 2016)
        var sum = [Double](repeating: 0, count: h), sumSq = sum
        let sigma = model.mse.squareRoot(), w = 1 - 1 / model.parameters.theta
        for _ in 0..<paths {
            var s = model.state
            for k in 0..<h {
                let y = s.oneStep(alpha: model.parameters.alpha, weight: w) + sigma * rng.normal()
                sum[k] += y; sumSq[k] += y * y
                s.update(y, alpha: model.parameters.alpha)
            }
        }
        let cov = try #require(fc.errorCovariance)
        for k in 0..<h {
            let m = sum[k] / Double(paths), v = sumSq[k] / Double(paths) - m * m
            #expect(abs(v / cov[k, k] - 1) < 0.05, "step \(k + 1): simulated \(v), analytic \(cov[k, k])")
            #expect(abs(m - fc.mean[k]) < 4 * (cov[k, k] / Double(paths)).squareRoot())
            let se = (fc.upper[0][k] - fc.mean[k]) / 1.959963984540054
            #expect(isClose(se * se, cov[k, k], rel: 1e-10))
        }
        #expect(cov[0, 0] > 0 && isClose(cov[0, 0], model.mse, rel: 1e-12))
        #expect(isClose(cov[3, 7], cov[7, 3], rel: 0))
    }

    /// Seasonal fits reseasonalise mean, bounds and covariance with the last m indices.
    @Test func seasonalBoundsAndCovarianceAreReseasonalised() throws {
        let model = try DynamicOptimisedTheta.fit(Self.air, period: 12)
        #expect(model.isSeasonal)
        let fc = try model.forecast(horizon: 18, levels: [80])
        let cov = try #require(fc.errorCovariance)
        let z = 1.2815515655446004
        for h in 0..<18 {
            #expect(isClose(fc.upper[0][h] - fc.mean[h], z * cov[h, h].squareRoot(), rel: 1e-10))
            #expect(fc.lower[0][h] < fc.mean[h])
        }
    }

    @Test func logScaleFitsTheLogsAndExponentiates() throws {
        let logModel = try DynamicOptimisedTheta.fit(Self.air, period: 12, logScale: true)
        let direct = try DynamicOptimisedTheta.fit(Self.air.map { log($0) }, period: 12)
        #expect(logModel.parameters == direct.parameters)
        let a = try logModel.forecast(horizon: 18, levels: [95]), b = try direct.forecast(horizon: 18, levels: [95])
        #expect(a.model == "dotm(log)")
        for h in 0..<18 {
            #expect(a.mean[h] == exp(b.mean[h]))
            #expect(a.lower[0][h] == exp(b.lower[0][h]) && a.upper[0][h] == exp(b.upper[0][h]))
        }
    }

    @Test func persistedModelForecastsByteIdentically() throws {
        for logScale in [false, true] {
            let model = FittedModel.dotm(try DynamicOptimisedTheta.fit(Self.air, period: 12, logScale: logScale))
            let data = try JSONEncoder().encode(model)
            let loaded = try JSONDecoder().decode(FittedModel.self, from: data)
            #expect(loaded == model)
            #expect(try loaded.forecast(horizon: 24, levels: [80, 95]) == (try model.forecast(horizon: 24, levels: [80, 95])))
        }
        let member = try CombinationMember.dotm.fit(Self.air, period: 12)
        #expect(member == .dotm(try DynamicOptimisedTheta.fit(Self.air, period: 12)))
        #expect(CombinationMember(rawValue: "dotm") == .dotm)
    }

    /// The O(H) covariance recursion gives the same per-step sums of squared innovation
    /// weights as the O(H²) expansion `errorWeights`, seasonal and not, short and long.
    @Test func linearTimeErrorSumsMatchTheWeights() throws {
        for (y, period) in [(Self.air, 12), (Self.nile, 1)] {
            let model = try DynamicOptimisedTheta.fit(y, period: period)
            let h = 240
            let c = model.errorWeights(horizon: h)
            let sums = model.errorSumsOfSquares(horizon: h)
            for step in 0..<h {
                var v = 0.0
                for j in 0...step { v += c[step + j * h] * c[step + j * h] }
                #expect(isClose(sums[step], v, rel: 1e-10), "step \(step): \(sums[step]) vs \(v)")
            }
        }
    }
}
