import Foundation
import AlmanacNumerics
import Testing
import TestSupport
@testable import Forecaster

/// The statsforecast 2.1.1 CES fixtures of Tests/Fixtures/ces/make_ces.py.
enum CESFixture {
    static let params = try! Fixtures.csvStrings(Fixtures.url("ces/ces_params.csv"))
    static let states = try! Fixtures.csvStrings(Fixtures.url("ces/ces_states.csv"))
    static let forecasts = try! Fixtures.csvStrings(Fixtures.url("ces/ces_forecasts.csv"))

    /// `(series, type)` rows, type one of N, S, P, F or "auto".
    static var rows: [(series: String, type: String)] {
        zip(params["series"]!, params["type"]!).map { ($0, $1) }
    }
    static var fixedTypeRows: [String] { rows.filter { $0.type != "auto" }.map { "\($0.series)/\($0.type)" } }
    static var names: [String] { rows.filter { $0.type == "auto" }.map(\.series) }

    static func row(_ series: String, _ type: String) -> Int {
        params["series"]!.indices.first { params["series"]![$0] == series && params["type"]![$0] == type }!
    }
    static func value(_ series: String, _ type: String, _ column: String) -> Double {
        Double(params[column]![row(series, type)])!
    }
    static func chosen(_ series: String) -> CESSeasonType {
        CESSeasonType(rawValue: params["chosen"]![row(series, "auto")])!
    }

    static func series(_ name: String) throws -> (y: [Double], period: Int, h: Int) {
        let period = Int(value(name, "auto", "period")), h = Int(value(name, "auto", "h"))
        if name == "airpassengers20" {
            return (Array(try ThetaFixture.series("airpassengers", period: period, h: h).y.prefix(20)), period, h)
        }
        return try ThetaFixture.series(name, period: period, h: h)
    }

    static func parameters(_ series: String, _ type: String) -> CESParameters {
        func opt(_ c: String) -> Double? { let v = value(series, type, c); return v.isNaN ? nil : v }
        return CESParameters(alpha0: value(series, type, "a0"), alpha1: value(series, type, "a1"),
                             beta0: opt("b0"), beta1: opt("b1"))
    }

    static func initialStates(_ series: String, _ type: String) -> [Double] {
        let idx = states["series"]!.indices.filter { states["series"]![$0] == series && states["type"]![$0] == type }
        return idx.map { Double(states["value"]![$0])! }
    }

    static func column(_ series: String, _ type: String, _ column: String) -> [Double] {
        let f = forecasts
        return f["series"]!.indices.filter { f["series"]![$0] == series && f["type"]![$0] == type }
            .map { Double(f[column]![$0])! }
    }

    static func maxRelativeError(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count else { return .infinity }
        return zip(a, b).map { relativeDifference($0, $1, floor: 1e-8) }.max() ?? .infinity
    }
}

/// Parity of `ComplexExponentialSmoothing` with statsforecast 2.1.1 `AutoCES`.
@Suite struct CESParityTests {
    @Test(arguments: CESFixture.fixedTypeRows)
    func initialStatesMatchStatsforecast(key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let (y, period, _) = try CESFixture.series(parts[0])
        let type = CESSeasonType(rawValue: parts[1])!
        let ours = CESInitialization.states(y, lag: type == .none ? 1 : period, type: type)
        let ref = CESFixture.initialStates(parts[0], parts[1])
        #expect(ours.count == ref.count)
        for (a, b) in zip(ours, ref) { #expect(isClose(a, b, rel: 1e-12, abs: 1e-9), "\(key): \(a) vs \(b)") }
    }

    /// The P/F initial seasonal states are statsmodels' additive classical indices, for odd
    /// and even periods.
    @Test(arguments: [4, 7, 12])
    func seasonalIndicesMatchStatsmodels(period: Int) throws {
        let y = try Fixtures.csv(Fixtures.dataset("reference/airpassengers.csv"))["value"]!
        let ref = try Fixtures.csv(Fixtures.url("ces/ces_decompose.csv"))
        let expected = zip(ref["period"]!, ref["value"]!).filter { Int($0.0) == period }.map(\.1)
        let ours = CESInitialization.additiveSeasonalIndices(y, period: period)
        #expect(ours.count == expected.count)
        for (a, b) in zip(ours, expected) { #expect(isClose(a, b, rel: 1e-11, abs: 1e-11), "\(period): \(a) vs \(b)") }
    }

    /// At statsforecast's estimates the back-fitted recursion gives its criteria and
    /// forecasts to rounding.
    @Test(arguments: CESFixture.fixedTypeRows)
    func forecastsAtStatsforecastEstimates(key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let (y, period, h) = try CESFixture.series(parts[0])
        let type = CESSeasonType(rawValue: parts[1])!
        let model = try #require(ComplexExponentialSmoothing.evaluate(
            y, period: period, type: type, parameters: CESFixture.parameters(parts[0], parts[1])))
        #expect(isClose(model.logLikelihood, CESFixture.value(parts[0], parts[1], "loglik"), rel: 1e-10))
        #expect(isClose(model.aicc, CESFixture.value(parts[0], parts[1], "aicc"), rel: 1e-10))
        #expect(isClose(model.sigma2, CESFixture.value(parts[0], parts[1], "sigma2"), rel: 1e-8))
        let fc = try model.forecast(horizon: h)
        let err = CESFixture.maxRelativeError(fc.mean, CESFixture.column(parts[0], parts[1], "mean"))
        #expect(err <= 1e-8, "\(key): max relative difference \(err)")
    }

    /// Our own estimate of each type is statsforecast's: the ported simplex search takes the
    /// same path, so the optimum is no worse (the objective `n log SSE` is minimised) and the
    /// parameters agree to rounding.
    @Test(arguments: CESFixture.fixedTypeRows)
    func ownEstimateMatchesStatsforecast(key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let (y, period, h) = try CESFixture.series(parts[0])
        let type = CESSeasonType(rawValue: parts[1])!
        let model = try #require(ComplexExponentialSmoothing.estimate(y, period: period, type: type))
        let ref = CESFixture.value(parts[0], parts[1], "loglik")
        #expect(model.logLikelihood >= ref - 1e-9 * abs(ref), "\(key): \(model.logLikelihood) vs \(ref)")
        let p = CESFixture.parameters(parts[0], parts[1])
        #expect(isClose(model.parameters.alpha0, p.alpha0, rel: 1e-8))
        #expect(isClose(model.parameters.alpha1, p.alpha1, rel: 1e-8))
        #expect(isClose(model.parameters.beta0 ?? 0, p.beta0 ?? 0, rel: 1e-8))
        #expect(isClose(model.parameters.beta1 ?? 0, p.beta1 ?? 0, rel: 1e-8))
        let err = CESFixture.maxRelativeError(try model.forecast(horizon: h).mean, CESFixture.column(parts[0], parts[1], "mean"))
        #expect(err <= 1e-8, "\(key): max relative difference \(err)")
    }

    @Test func autoChoosesStatsforecastsTypeAndForecasts() throws {
        var agree = 0, worst = 0.0
        for name in CESFixture.names {
            let (y, period, h) = try CESFixture.series(name)
            let model = try ComplexExponentialSmoothing.fit(y, period: period)
            let fc = try model.forecast(horizon: h)
            #expect(fc.model == model.label)
            if model.seasonType == CESFixture.chosen(name) {
                agree += 1
                let err = CESFixture.maxRelativeError(fc.mean, CESFixture.column(name, "auto", "mean"))
                worst = max(worst, err)
                #expect(err <= 1e-8, "\(name): max relative difference \(err)")
                #expect(isClose(model.aicc, CESFixture.value(name, "auto", "aicc"), rel: 1e-10))
            }
        }
        print("CES auto: same type as statsforecast on \(agree)/\(CESFixture.names.count); max rel diff \(worst)")
        #expect(agree == CESFixture.names.count)
    }

    /// Our analytic bounds against statsforecast's simulated ones: same centre, widths of
    /// the same order (statsforecast perturbs only the final states, so its bands differ).
    @Test func intervalsComparableToStatsforecast() throws {
        for name in ["airpassengers", "usaccdeaths", "nile"] {
            let (y, period, h) = try CESFixture.series(name)
            let fc = try ComplexExponentialSmoothing.fit(y, period: period).forecast(horizon: h)
            let lo = CESFixture.column(name, "auto", "lo95"), hi = CESFixture.column(name, "auto", "hi95")
            let ratio = (fc.upper[1][0] - fc.lower[1][0]) / (hi[0] - lo[0])
            #expect(ratio > 0.5 && ratio < 2, "\(name): first-step width ratio \(ratio)")
        }
    }
}

/// The analytic variance and structure of the CES forecasts, and input validation.
@Suite struct CESModelTests {
    static let y: [Double] = (0..<60).map { (t: Int) -> Double in
        let x = Double(t)
        let seasonal: Double = 8 * sin(2 * Double.pi * x / 12)
        let noise: Double = 3 * cos(1.7 * x * x)
        return 100 + 0.5 * x + seasonal + noise
    }

    /// For type N, `ψ_j = w′F^{j−1}g` with `F = [[1, −(1−α₁)], [1, 1−α₀]]`, `g = (α₀−α₁, α₀+α₁)`,
    /// `w = (1, 0)`, computed here by hand.
    @Test func nonSeasonalVarianceMatchesHandPsi() throws {
        let p = CESParameters(alpha0: 1.2, alpha1: 0.97)
        let model = try #require(ComplexExponentialSmoothing.evaluate(Self.y, period: 1, type: .none, parameters: p))
        let h = 8
        let fc = try model.forecast(horizon: h, levels: [95])
        var x = (p.alpha0 - p.alpha1, p.alpha0 + p.alpha1)
        var v = 1.0
        let z = try Normal.quantile(0.975)
        for step in 0..<h {
            if step > 0 {
                v += x.0 * x.0
                x = (x.0 - (1 - p.alpha1) * x.1, x.0 + (1 - p.alpha0) * x.1)
            }
            let half = z * (model.sigma2 * v).squareRoot()
            #expect(isClose(fc.upper[0][step] - fc.mean[step], half, rel: 1e-12))
            #expect(isClose(try #require(fc.errorCovariance)[step, step], model.sigma2 * v, rel: 1e-12))
        }
    }

    /// The analytic error covariance equals a Monte Carlo of the recursion itself (future
    /// observations = forecast + N(0, σ²)) for every type, to sampling error.
    @Test(arguments: CESSeasonType.allCases)
    func covarianceMatchesSimulatedRecursion(type: CESSeasonType) throws {
        let p: CESParameters
        switch type {
        case .none, .simple: p = CESParameters(alpha0: 1.1, alpha1: 1.0)
        case .partial: p = CESParameters(alpha0: 1.1, alpha1: 1.0, beta0: 0.2)
        case .full: p = CESParameters(alpha0: 1.1, alpha1: 1.0, beta0: 0.9, beta1: 1.0)
        }
        let model = try #require(ComplexExponentialSmoothing.evaluate(Self.y, period: 12, type: type, parameters: p))
        let h = 15, paths = 20000
        let fc = try model.forecast(horizon: h)
        let cov = try #require(fc.errorCovariance)
        let recursion = CESRecursion(type: type, lag: model.lag, parameters: p)
        let k = type.components, lag = model.lag
        var rng = RandomSource(seed: 20261129)
        var sum = [Double](repeating: 0, count: h), cross = [Double](repeating: 0, count: h * h)
        var work = [Double](repeating: 0, count: (lag + h) * k)
        var dev = [Double](repeating: 0, count: h)
        let sigma = model.sigma2.squareRoot()
        for _ in 0..<paths {
            for i in 0..<(lag * k) { work[i] = model.states[i] }
            work.withUnsafeMutableBufferPointer { wp in
                let s = wp.baseAddress!
                for j in 0..<h {
                    let f = recursion.oneStep(s, lag + j)
                    let obs = f + sigma * rng.normal()
                    dev[j] = obs - fc.mean[j]
                    recursion.update(s, lag + j, obs)
                }
            }
            for i in 0..<h {
                sum[i] += dev[i]
                for j in 0..<h { cross[i * h + j] += dev[i] * dev[j] }
            }
        }
        for i in 0..<h {
            #expect(abs(sum[i] / Double(paths)) < 4 * (cov[i, i] / Double(paths)).squareRoot())
            for j in [0, i] {
                let mc = cross[i * h + j] / Double(paths)
                // Standard error of a sample covariance ≈ √((Σii Σjj + Σij²)/N).
                let se = ((cov[i, i] * cov[j, j] + cov[i, j] * cov[i, j]) / Double(paths)).squareRoot()
                let ref = cov[i, j]
                #expect(abs(mc - ref) < 4.5 * se, "\(type) [\(i),\(j)]: \(mc) vs \(ref)")
            }
        }
    }

    @Test func seasonalTypesNeedTwoSeasons() throws {
        let model = try ComplexExponentialSmoothing.fit(Array(Self.y.prefix(23)), period: 12, seasonType: .full)
        #expect(model.seasonType == .none)
        #expect(model.lag == 1)
    }

    @Test func badInputThrowsTypedErrors() {
        #expect(throws: ForecasterError.invalidData(model: "CES", detail: "the series is constant")) {
            try ComplexExponentialSmoothing.fit([Double](repeating: 4, count: 30), period: 12)
        }
        #expect(throws: ForecasterError.tooShort(model: "CES", observations: 4, needed: 5)) {
            try ComplexExponentialSmoothing.fit([1, 2, 3, 4], period: 1)
        }
        var nan: [Double] = Self.y
        nan[7] = Double.nan
        #expect(throws: ForecasterError.nonFiniteData(model: "CES", detail: "the series contains NaN or infinite values")) {
            try ComplexExponentialSmoothing.fit(nan, period: 12)
        }
        #expect(throws: ForecasterError.invalidArgument("CES: period must be at least 1, got 0")) {
            try ComplexExponentialSmoothing.fit(Self.y, period: 0)
        }
        #expect(throws: ForecasterError.invalidOption("horizon must be at least 1")) {
            try ComplexExponentialSmoothing.fit(Self.y, period: 12).forecast(horizon: 0)
        }
    }

    @Test func codableRoundTripForecastsIdentically() throws {
        let model = try ComplexExponentialSmoothing.fit(Self.y, period: 12)
        let data = try JSONEncoder().encode(model)
        let back = try JSONDecoder().decode(CESModel.self, from: data)
        #expect(back == model)
        #expect(try back.forecast(horizon: 12) == model.forecast(horizon: 12))
    }

    /// A truncated or inconsistent model file is refused with a message, not a trap or NaN.
    @Test func inconsistentModelsThrow() throws {
        let fitted = try ComplexExponentialSmoothing.fit(Self.y, period: 12, seasonType: .partial)
        var truncated = fitted
        truncated.states.removeLast()
        #expect(throws: ForecasterError.self) { try truncated.forecast(horizon: 3) }
        var noBeta = fitted
        noBeta.parameters.beta0 = nil
        #expect(throws: ForecasterError.self) { try noBeta.forecast(horizon: 3) }
        var hugePeriod = fitted
        hugePeriod.period = Int.max
        #expect(throws: ForecasterError.self) { try hugePeriod.forecast(horizon: 3) }
        var negative = fitted
        negative.sigma2 = -1
        #expect(throws: ForecasterError.self) { try negative.forecast(horizon: 3) }
        #expect(try fitted.forecast(horizon: 1).mean.count == 1)
    }

    /// With period 2 and five observations the P and F types have n ≤ k + 1 (σ² divisor
    /// n − k − 1 ≤ 0): they are not candidates, so the fit has a finite, positive σ².
    @Test func typesWithTooManyParametersAreSkipped() throws {
        let model = try ComplexExponentialSmoothing.fit([3, 5, 4, 6, 5], period: 2)
        #expect(model.seasonType == .none || model.seasonType == .simple)
        #expect(model.sigma2.isFinite && model.sigma2 >= 0 && model.aicc.isFinite)
    }
}
