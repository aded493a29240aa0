import Foundation
import Testing
import TestSupport
@testable import AlmanacNumerics

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
        // Beyond 1e25 the limiting forms are used: t → N(0,1); F(d, ∞) = χ²_d/d;
        // F(∞, d) = 1/F(d, ∞), i.e. P(X ≤ x) = P(χ²_d > d/x).
        let tHuge = try StudentT(df: 1e30)
        #expect(tHuge.sf(37) == Normal.sf(37) && tHuge.pdf(2) == Normal.pdf(2))
        #expect(try tHuge.quantile(1e-300) == (try Normal.quantile(1e-300)))
        let c5 = try ChiSquared(df: 5)
        let fr = try FDistribution(df1: 1e30, df2: 5)
        #expect(isClose(fr.cdf(0.5), c5.sf(10), rel: 1e-15))
        #expect(isClose(fr.sf(0.5), c5.cdf(10), rel: 1e-15))
        #expect(isClose(try fr.quantile(0.05), 5 / (try c5.inverseSurvival(0.05)), rel: 1e-14))
        #expect(isClose(fr.pdf(0.5), c5.pdf(10) * 5 / 0.25, rel: 1e-13))
        #expect(fr.pdf(1e-300) == 0 && fr.pdf(.leastNonzeroMagnitude) == 0)
        // Both beyond 1e25: log X ~ N(0, 2/d₁ + 2/d₂), sd ≈ 2e-15 — a point mass at 1 to
        // within a few ulps, with median 1 and no NaN anywhere.
        let fb = try FDistribution(df1: 1e30, df2: 2e30)
        #expect(fb.sf(1) == 0.5 && fb.cdf(1) == 0.5)
        #expect(try fb.quantile(0.5) == 1)
        #expect(fb.cdf(0.999) == 0 && fb.sf(1.001) == 0 && fb.pdf(0.5) == 0)
    }

    @Test func codableRoundTripValidates() throws {
        let t = try StudentT(df: 7.5)
        let data = try JSONEncoder().encode(t)
        #expect(String(decoding: data, as: UTF8.self) == #"{"df":7.5}"#)
        let back = try JSONDecoder().decode(StudentT.self, from: data)
        #expect(back == t && back.pdf(1.3) == t.pdf(1.3))
        let f = try JSONDecoder().decode(FDistribution.self, from: Data(#"{"df1":3,"df2":12}"#.utf8))
        #expect(f.df1 == 3 && f.df2 == 12)
        #expect(throws: NumericsError.self) {
            try JSONDecoder().decode(ChiSquared.self, from: Data(#"{"df":-2}"#.utf8))
        }
        #expect(throws: NumericsError.self) {
            try JSONDecoder().decode(StudentT.self, from: Data(#"{"df":0}"#.utf8))
        }
    }

    /// log tails far below the double range against mpmath (Tests/Fixtures/distributions/
    /// make_log_tails.py), covering every log-space branch: Temme (χ² df 1e6), series and
    /// continued fraction (χ²), t's power-law asymptote and fraction, F's fraction both sides.
    @Test func logTailsBeyondDoubleRange() throws {
        let t = try Fixtures.csvStrings(Fixtures.url("distributions/log_tails.csv"))
        let dists = t["dist"] ?? [], tails = t["tail"] ?? []
        let num = { (n: String) in (t[n] ?? []).map { Double($0) ?? .nan } }
        let p1 = num("p1"), p2 = num("p2"), x = num("x"), want = num("logvalue")
        #expect(dists.count == 13)
        for i in dists.indices {
            let upper = tails[i] == "upper"
            let got: Double
            switch dists[i] {
            case "chisq":
                let d = try ChiSquared(df: p1[i])
                got = upper ? d.logSF(x[i]) : d.logCDF(x[i])
            case "t":
                let d = try StudentT(df: p1[i])
                got = upper ? d.logSF(x[i]) : d.logCDF(-x[i])
                #expect(isClose(d.logCDF(-x[i]), want[i], rel: 1e-15))
            default:
                let d = try FDistribution(df1: p1[i], df2: p2[i])
                got = upper ? d.logSF(x[i]) : d.logCDF(x[i])
            }
            #expect(isClose(got, want[i], rel: 1e-15), "\(dists[i]) \(p1[i]) \(tails[i]) at \(x[i]): \(got) vs \(want[i])")
        }
    }

    /// In the representable range the log forms are the logs of the value forms.
    @Test func logTailsMatchValuesInRange() throws {
        let c = try ChiSquared(df: 7), st = try StudentT(df: 4), f = try FDistribution(df1: 3, df2: 9)
        for x in [0.01, 0.5, 3.0, 40.0, 600.0] {
            #expect(isClose(c.logSF(x), log(c.sf(x)), rel: 1e-15))
            #expect(isClose(c.logCDF(x), log(c.cdf(x)), rel: 1e-15, abs: 1e-300))
            #expect(isClose(st.logSF(x), log(st.sf(x)), rel: 1e-15))
            #expect(isClose(st.logCDF(-x), log(st.cdf(-x)), rel: 1e-15))
            #expect(isClose(f.logSF(x), log(f.sf(x)), rel: 1e-15))
            #expect(isClose(f.logCDF(x), log(f.cdf(x)), rel: 1e-15, abs: 1e-300))
        }
    }
}
