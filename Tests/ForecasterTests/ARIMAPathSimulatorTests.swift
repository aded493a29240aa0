import Foundation
import AlmanacNumerics
import Testing
@testable import Forecaster

/// `ARIMAPathSimulator` against the theory of the processes it generates: the
/// autocorrelations of long stationary paths, and the exact recursion of an integrated one.
@Suite struct ARIMAPathSimulatorTests {
    /// Gaussian innovations, unit variance.
    static func innovations(_ n: Int, seed: UInt64) -> [Double] {
        var rng = RandomSource(seed: seed)
        return (0..<n).map { _ in rng.normal() }
    }

    static func autocorrelation(_ x: [Double], lag: Int) -> Double {
        let m = x.reduce(0, +) / Double(x.count)
        var num = 0.0, den = 0.0
        for t in x.indices {
            den += (x[t] - m) * (x[t] - m)
            if t >= lag { num += (x[t] - m) * (x[t - lag] - m) }
        }
        return num / den
    }

    /// AR(1), φ = 0.7: ρ₁ = 0.7, ρ₂ = 0.49. With 40,000 values the sampling s.e. of ρ̂₁ is
    /// about √((1 − φ²)/n) ≈ 0.004, so 0.02 is five standard errors.
    @Test func autoregressionHasItsAutocorrelations() {
        let sim = ARIMAPathSimulator(phi: [0.7], theta: [], delta: [], innovations: Self.innovations(5000, seed: 1),
                                     initial: [], burnIn: 200)
        var rng = RandomSource(seed: 7)
        var path: [Double] = [], scratch: [Double] = []
        sim.simulate(count: 40_000, rng: &rng, into: &path, scratch: &scratch)
        #expect(abs(Self.autocorrelation(path, lag: 1) - 0.7) < 0.02)
        #expect(abs(Self.autocorrelation(path, lag: 2) - 0.49) < 0.03)
    }

    /// Seasonal MA, (1 − 0.6B¹²)eₜ: ρ₁₂ = −0.6/(1 + 0.36) = −0.441, ρ₁ = ρ₁₁ = 0.
    @Test func seasonalMovingAverageHasItsAutocorrelations() {
        var theta = [Double](repeating: 0, count: 12)
        theta[11] = -0.6
        let sim = ARIMAPathSimulator(phi: [], theta: theta, delta: [], innovations: Self.innovations(5000, seed: 2),
                                     initial: [], burnIn: 50)
        var rng = RandomSource(seed: 8)
        var path: [Double] = [], scratch: [Double] = []
        sim.simulate(count: 40_000, rng: &rng, into: &path, scratch: &scratch)
        #expect(abs(Self.autocorrelation(path, lag: 12) + 0.6 / 1.36) < 0.02)
        #expect(abs(Self.autocorrelation(path, lag: 1)) < 0.02)
        #expect(abs(Self.autocorrelation(path, lag: 11)) < 0.02)
    }

    /// An integrated path starts from the given values and its differences are the ARMA path:
    /// with the same stream, (1 − B)uₜ of the ARIMA(1,1,0) path equals the ARIMA(1,0,0) path.
    @Test func integratedPathDifferencesToTheARMAPath() {
        let e = Self.innovations(500, seed: 3)
        let arma = ARIMAPathSimulator(phi: [0.5], theta: [], delta: [], innovations: e, initial: [], burnIn: 100)
        let integrated = ARIMAPathSimulator(phi: [0.5], theta: [], delta: [1], innovations: e, initial: [4.25], burnIn: 100)
        var r1 = RandomSource(seed: 9), r2 = RandomSource(seed: 9)
        var w: [Double] = [], u: [Double] = [], s1: [Double] = [], s2: [Double] = []
        arma.simulate(count: 60, rng: &r1, into: &w, scratch: &s1)
        integrated.simulate(count: 60, rng: &r2, into: &u, scratch: &s2)
        #expect(u[0] == 4.25)
        for t in 1..<60 { #expect(abs((u[t] - u[t - 1]) - w[t]) < 1e-12) }
    }

    /// The innovations are centred, and missing initial values start at 0.
    @Test func innovationsAreCentredAndMissingStartsAreZero() {
        let sim = ARIMAPathSimulator(phi: [], theta: [], delta: [1, 0], innovations: [1, 2, 3], initial: [.nan], burnIn: 0)
        #expect(sim.innovations == [-1, 0, 1])
        #expect(sim.initial == [0, 0])
    }
}
