import Foundation
import Forecaster
import AlmanacNumerics
import Testing
@testable import Impact

/// The parametric bootstrap of the intervention LR test (`InterventionBootstrap`).
@Suite struct InterventionBootstrapTests {
    /// `n` iid N(10, 1) values, shifted by `shift` from position `at` on.
    static func whiteNoise(n: Int, at: Int, shift: Double, seed: UInt64) -> [Double] {
        var rng = RandomSource(seed: seed)
        return (0..<n).map { 10 + rng.normal() + ($0 >= at ? shift : 0) }
    }

    /// Against exact theory. For iid normal data, ARIMA(0,0,0) with mean and one step, the
    /// ML likelihood ratio is `LR = n log(RSS₀/RSS₁)`, a monotone function of the F statistic
    /// `F = (RSS₀ − RSS₁)/(RSS₁/(n − 2)) ~ F(1, n − 2)`, so the exact p-value is F's tail at
    /// `F = (n − 2)(exp(LR/n) − 1)`. The bootstrap must reproduce it up to the Monte-Carlo error
    /// of 1999 replicates (s.e. ≤ 0.011) and its resampled (not Gaussian) innovations; the χ²(1)
    /// approximation is further off in small samples.
    @Test(arguments: [(UInt64(11), 0.3), (UInt64(12), 0.6), (UInt64(13), 0.0)])
    func whiteNoiseMatchesTheExactFDistribution(_ seed: UInt64, _ shift: Double) throws {
        let n = 40, at = 28
        let y = Self.whiteNoise(n: n, at: at, shift: shift, seed: seed)
        let a = try InterventionAnalysis.fit(y, period: 1, interventions: [.step(at: at)],
                                             orders: ARIMA(p: 0, d: 0, q: 0, period: 1, includeMean: true),
                                             bootstrap: 1999, seed: 3)
        #expect(a.bootstrapReplications == 1999)
        let f = Double(n - 2) * (exp(a.likelihoodRatio / Double(n)) - 1)
        let exact = try FDistribution(df1: 1, df2: Double(n - 2)).sf(f)
        // The LR itself against the closed form (OLS residual sums of squares).
        let mean0 = y.reduce(0, +) / Double(n)
        let rss0 = y.map { ($0 - mean0) * ($0 - mean0) }.reduce(0, +)
        let before = y[..<at], after = y[at...]
        let m1 = before.reduce(0, +) / Double(at), m2 = after.reduce(0, +) / Double(n - at)
        let rss1 = before.map { ($0 - m1) * ($0 - m1) }.reduce(0, +) + after.map { ($0 - m2) * ($0 - m2) }.reduce(0, +)
        #expect(abs(a.likelihoodRatio - Double(n) * log(rss0 / rss1)) < 1e-4)
        #expect(abs(a.pValue - exact) < 0.035, "bootstrap \(a.pValue), exact F \(exact), χ² \(a.chiSquaredPValue)")
        #expect(abs(a.chiSquaredPValue - (try ChiSquared(df: 1).sf(a.likelihoodRatio))) < 1e-12)
    }

    /// A shift of eight standard deviations: no replicate's LR comes near, p = 1/(B + 1).
    @Test func largeShiftGetsTheSmallestPValue() throws {
        let y = Self.whiteNoise(n: 80, at: 60, shift: 8, seed: 21)
        let a = try InterventionAnalysis.fit(y, period: 1, interventions: [.step(at: 60)],
                                             orders: ARIMA(p: 1, d: 0, q: 0, period: 1), bootstrap: 199)
        #expect(a.bootstrapReplications == 199)
        #expect(a.pValue == 1.0 / 200)
    }

    /// Without a bootstrap the p-value is χ²'s; with one, the same seed gives the same
    /// p-value and the χ² value is kept alongside.
    @Test func deterministicAndOptional() throws {
        let y = Self.whiteNoise(n: 72, at: 50, shift: 0.4, seed: 41)
        let spec = ARIMA(p: 1, d: 0, q: 0, period: 1)
        let plain = try InterventionAnalysis.fit(y, period: 1, interventions: [.step(at: 50)], orders: spec)
        #expect(plain.bootstrapReplications == 0 && plain.pValue == plain.chiSquaredPValue)
        let a = try InterventionAnalysis.fit(y, period: 1, interventions: [.step(at: 50)], orders: spec, bootstrap: 199, seed: 7)
        let b = try InterventionAnalysis.fit(y, period: 1, interventions: [.step(at: 50)], orders: spec, bootstrap: 199, seed: 7)
        #expect(a.pValue == b.pValue && a.bootstrapReplications == 199)
        #expect(a.chiSquaredPValue == plain.chiSquaredPValue)
        #expect(throws: ImpactError.self) {
            try InterventionAnalysis.fit(y, period: 1, interventions: [.step(at: 50)], orders: spec, bootstrap: -1)
        }
    }
}
