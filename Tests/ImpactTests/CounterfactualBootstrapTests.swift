import Foundation
import Forecaster
import AlmanacNumerics
import Testing
@testable import Impact

/// The parametric bootstrap of the counterfactual's no-effect tests (`CounterfactualBootstrap`).
@Suite struct CounterfactualBootstrapTests {
    /// `n` values before the event and `h` after, iid N(10, 1), the post period shifted by `shift`.
    static func whiteNoise(n: Int, h: Int, shift: Double, seed: UInt64) -> [Double] {
        var rng = RandomSource(seed: seed)
        return (0..<(n + h)).map { 10 + rng.normal() + ($0 >= n ? shift : 0) }
    }

    /// Against exact theory. For iid normal data and the model ARIMA(0,0,0) with mean, the
    /// cumulative post-period error `Σ(yₜ − ȳ)` over `h` periods has variance `σ²(h + h²/n)`,
    /// so `T = Σ(yₜ − ȳ) / (s √(h + h²/n)) ~ t(n − 1)` exactly (`s²` the unbiased variance,
    /// forecast::Arima's σ²). The bootstrap studentises by the innovations alone,
    /// `z₀ = Σ(yₜ − ȳ)/(s √h) = T √(1 + h/n)`, so its p-value must be `2 P(t(n − 1) > |T|)` and
    /// its critical value `t(n − 1)₀.₉₇₅ √(1 + h/n)`, up to the Monte-Carlo error of 1999
    /// replicates (s.e. ≤ 0.011 for a p-value) and the resampled (not Gaussian) innovations.
    @Test(arguments: [(UInt64(11), 0.4), (UInt64(12), 0.7), (UInt64(13), 0.0)])
    func whiteNoiseMatchesTheExactTDistribution(_ seed: UInt64, _ shift: Double) throws {
        let n = 60, h = 24
        let y = Self.whiteNoise(n: n, h: h, shift: shift, seed: seed)
        let pre = Array(y[..<n]), post = Array(y[n...])
        let model = try ARIMA(p: 0, d: 0, q: 0, period: 1, includeMean: true).fit(pre)
        let boot = try #require(CounterfactualBootstrap.pValues(model: model, pre: pre, post: post, x: nil, level: 0.95,
                                                                replications: 1999, seed: 5))
        let mean = pre.reduce(0, +) / Double(n)
        let s = (pre.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n - 1)).squareRoot()
        let t = post.map { $0 - mean }.reduce(0, +) / (s * (Double(h) + Double(h * h) / Double(n)).squareRoot())
        let exact = 2 * (try StudentT(df: Double(n - 1)).sf(abs(t)))
        #expect(boot.replications == 1999)
        #expect(abs(boot.z - t * (1 + Double(h) / Double(n)).squareRoot()) < 1e-6 * max(1, abs(boot.z)))
        #expect(abs(boot.cumulative - exact) < 0.035, "bootstrap \(boot.cumulative), exact \(exact)")
        let critical = try StudentT(df: Double(n - 1)).quantile(0.975) * (1 + Double(h) / Double(n)).squareRoot()
        #expect(abs(boot.criticalZ - critical) < 0.12, "bootstrap \(boot.criticalZ), exact \(critical)")
    }

    /// A shift of ten standard deviations: no replicate is as extreme, and the cumulative
    /// interval excludes zero.
    @Test func largeShiftGetsTheSmallestPValue() throws {
        let y = Self.whiteNoise(n: 60, h: 12, shift: 10, seed: 21)
        let r = try CounterfactualImpact.estimate(y, period: 1, eventIndex: 60, model: .arima(ARIMA(p: 1, d: 0, q: 0, period: 1)),
                                                  bootstrap: 199)
        #expect(r.bootstrapReplications == 199)
        #expect(r.pValue == 1.0 / 200)
        #expect(r.chiSquaredPValue == 1.0 / 200)
        #expect(r.cumulative.lower > 0)
        #expect(try #require(r.normalPValue) < 1e-10)
    }

    /// On the level scale the cumulative interval is the bootstrap-t interval, so it excludes
    /// zero exactly when the bootstrap test rejects (up to the quantile's interpolation between
    /// replicates).
    @Test func intervalAgreesWithTheBootstrapTest() throws {
        var agreements = 0, cases = 0
        for (k, shift) in [0.0, 0.2, 0.35, 0.5, 0.7, 1.0].enumerated() {
            let y = Self.whiteNoise(n: 72, h: 18, shift: shift, seed: 30 + UInt64(k))
            let r = try CounterfactualImpact.estimate(y, period: 1, eventIndex: 72, model: .arima(ARIMA(p: 1, d: 0, q: 0, period: 1)),
                                                      bootstrap: 399)
            let rejects = r.pValue < 0.05, excludes = r.cumulative.lower > 0 || r.cumulative.upper < 0
            cases += 1
            if rejects == excludes || abs(r.pValue - 0.05) < 0.01 { agreements += 1 }
        }
        #expect(agreements == cases)
    }

    /// Replicates are seeded one by one: the same call gives the same p-values, and a
    /// different seed other (but close) ones.
    @Test func deterministicForASeed() throws {
        let y = Self.whiteNoise(n: 60, h: 12, shift: 0.5, seed: 41)
        let spec = ARIMA(p: 1, d: 0, q: 0, period: 1)
        let a = try CounterfactualImpact.estimate(y, period: 1, eventIndex: 60, model: .arima(spec), bootstrap: 199)
        let b = try CounterfactualImpact.estimate(y, period: 1, eventIndex: 60, model: .arima(spec), bootstrap: 199)
        // (`==` on the whole result fails on its NaN fields, so compare what the bootstrap sets.)
        #expect(a.pValue == b.pValue && a.chiSquaredPValue == b.chiSquaredPValue)
        #expect(a.cumulative.lower == b.cumulative.lower && a.cumulative.upper == b.cumulative.upper)
        let c = try CounterfactualImpact.estimate(y, period: 1, eventIndex: 60, model: .arima(spec), seed: 99, bootstrap: 199)
        #expect(abs(a.pValue - c.pValue) < 0.1)
    }

    /// A bootstrap whose replicates would each factorise a huge covariance is refused with the
    /// reason, not run for hours.
    @Test func refusesABootstrapTooLargeForTheHorizon() {
        let y = Self.whiteNoise(n: 60, h: 700, shift: 0, seed: 71)
        #expect(throws: ImpactError.self) {
            _ = try CounterfactualImpact.estimate(y, period: 1, eventIndex: 60, model: .arima(ARIMA(p: 0, d: 0, q: 0, period: 1)),
                                                  bootstrap: 999)
        }
    }

    /// ETS counterfactuals keep the normal and F references (there is no ARIMA model to refit).
    @Test func etsKeepsTheApproximations() throws {
        var y = Self.whiteNoise(n: 48, h: 12, shift: 0, seed: 51)
        for i in y.indices { y[i] += 3 * sin(Double(i) * .pi / 6) }
        let r = try CounterfactualImpact.estimate(y, period: 12, eventIndex: 48, model: .ets, bootstrap: 199)
        #expect(r.bootstrapReplications == nil && r.normalPValue == nil)
    }
}
