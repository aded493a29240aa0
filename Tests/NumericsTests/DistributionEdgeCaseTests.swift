import Foundation
import Testing
import TestSupport
@testable import Numerics

@Suite struct DistributionEdgeCaseTests {
    @Test func invalidParametersThrowTypedError() {
        for df in [0.0, -1.0, .nan] {
            #expect(throws: NumericsError.self) { try StudentT(df: df) }
            #expect(throws: NumericsError.self) { try ChiSquared(df: df) }
            #expect(throws: NumericsError.self) { try FDistribution(df1: df, df2: 3) }
            #expect(throws: NumericsError.self) { try FDistribution(df1: 3, df2: df) }
        }
        #expect(throws: NumericsError.self) { try ChiSquared(df: .infinity) }
        for p in [-0.1, 1.1, .nan] {
            #expect(throws: NumericsError.self) { try Normal.quantile(p) }
            #expect(throws: NumericsError.self) { try StudentT(df: 3).quantile(p) }
            #expect(throws: NumericsError.self) { try ChiSquared(df: 3).quantile(p) }
            #expect(throws: NumericsError.self) { try FDistribution(df1: 3, df2: 4).quantile(p) }
            #expect(throws: NumericsError.self) { try FDistribution(df1: 3, df2: 4).inverseSurvival(p) }
        }
        #expect(throws: NumericsError.self) { try SpecialFunctions.regularizedBeta(a: 0, b: 1, x: 0.5) }
        #expect(throws: NumericsError.self) { try SpecialFunctions.regularizedBeta(a: 1, b: 1, x: 1.5) }
        #expect(throws: NumericsError.self) { try SpecialFunctions.regularizedGammaP(a: -1, x: 1) }
        #expect(throws: NumericsError.self) { try SpecialFunctions.regularizedGammaQ(a: 1, x: .nan) }
        do {
            _ = try StudentT(df: -2)
            Issue.record("StudentT(df: -2) did not throw")
        } catch NumericsError.invalidArgument {
        } catch {
            Issue.record("wrong error \(error)")
        }
    }

    @Test func boundaryValues() throws {
        #expect(try Normal.quantile(0) == -.infinity)
        #expect(try Normal.quantile(1) == .infinity)
        #expect(try Normal.quantile(0.5) == 0)
        let t = try StudentT(df: 2.5)
        #expect(try t.quantile(0.5) == 0)
        #expect(t.cdf(.infinity) == 1 && t.cdf(-.infinity) == 0)
        #expect(t.cdf(.nan).isNaN)
        let c = try ChiSquared(df: 4)
        #expect(c.cdf(-1) == 0 && c.sf(-1) == 1 && c.pdf(-1) == 0)
        #expect(try c.quantile(0) == 0 && c.quantile(1) == .infinity)
        #expect(c.pdf(0) == 0)
        #expect(try ChiSquared(df: 2).pdf(0) == 0.5)
        let f = try FDistribution(df1: 2, df2: 7)
        #expect(f.pdf(0) == 1 && f.cdf(0) == 0 && f.sf(.infinity) == 0)
    }

    /// Normal tails: sf(37.5) ≈ 4.6e-308 is the last normal double; sf(40) ≈ 3.7e-350 is
    /// below the double range, and the log-space variant represents it (mpmath:
    /// log Φ̄(40) = −804.60844201375379, Φ⁻¹(1e-300) = −37.047096299361199).
    @Test func normalExtremeTails() throws {
        #expect(isClose(Normal.sf(37.5), 4.605353009581955e-308, rel: 1e-14))
        #expect(isClose(Normal.logSF(40), -804.6084420137538, rel: 1e-14))
        #expect(isClose(Normal.logCDF(-40), -804.6084420137538, rel: 1e-14))
        #expect(isClose(Normal.logSF(3), log(Normal.sf(3)), rel: 1e-15))
        #expect(isClose(try Normal.quantile(1e-300), -37.047096299361199, rel: 1e-14))
    }

    /// ν → ∞: t tends to the normal, F(d₁, ∞) is χ²(d₁)/d₁.
    @Test func largeDegreesOfFreedomLimits() throws {
        let t = try StudentT(df: .infinity)
        #expect(t.cdf(1.5) == Normal.cdf(1.5))
        #expect(isClose(try StudentT(df: 1e15).sf(3), Normal.sf(3), rel: 1e-12))
        let f = try FDistribution(df1: 3, df2: .infinity)
        let c = try ChiSquared(df: 3)
        #expect(isClose(f.sf(2), c.sf(6), rel: 1e-15))
        #expect(isClose(try FDistribution(df1: 3, df2: 1e14).sf(2), c.sf(6), rel: 1e-11))
    }
}
