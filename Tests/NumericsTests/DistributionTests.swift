import Foundation
import Testing
import TestSupport
@testable import AlmanacNumerics

/// Distribution functions against 60-digit mpmath references on a grid reaching tail
/// probabilities of 1e-300 and degrees of freedom 0.5 … 1e10
/// (Tests/Fixtures/distributions/make_fixtures.py).
@Suite struct DistributionTests {
    struct Row {
        let kind, dist: String
        let p1, p2, x, value: Double
    }

    static func rows() throws -> [Row] {
        let t = try Fixtures.csvStrings(Fixtures.url("distributions/distributions.csv"))
        let kinds = t["kind"] ?? [], dists = t["dist"] ?? []
        let num = { (name: String) -> [Double] in (t[name] ?? []).map { Double($0) ?? .nan } }
        let p1 = num("p1"), p2 = num("p2"), x = num("x"), v = num("value")
        return kinds.indices.map { Row(kind: kinds[$0], dist: dists[$0], p1: p1[$0], p2: p2[$0], x: x[$0], value: v[$0]) }
    }

    /// Evaluates our implementation for one fixture row.
    static func evaluate(_ r: Row) throws -> Double {
        switch r.dist {
        case "normal":
            switch r.kind {
            case "cdf": return Normal.cdf(r.x)
            case "sf": return Normal.sf(r.x)
            case "pdf": return Normal.pdf(r.x)
            default: return try Normal.quantile(r.x)
            }
        case "t":
            let d = try StudentT(df: r.p1)
            switch r.kind {
            case "cdf": return d.cdf(r.x)
            case "sf": return d.sf(r.x)
            case "pdf": return d.pdf(r.x)
            case "isf": return try d.inverseSurvival(r.x)
            default: return try d.quantile(r.x)
            }
        case "chisq":
            let d = try ChiSquared(df: r.p1)
            switch r.kind {
            case "cdf": return d.cdf(r.x)
            case "sf": return d.sf(r.x)
            case "pdf": return d.pdf(r.x)
            case "isf": return try d.inverseSurvival(r.x)
            default: return try d.quantile(r.x)
            }
        case "f":
            let d = try FDistribution(df1: r.p1, df2: r.p2)
            switch r.kind {
            case "cdf": return d.cdf(r.x)
            case "sf": return d.sf(r.x)
            case "pdf": return d.pdf(r.x)
            case "isf": return try d.inverseSurvival(r.x)
            default: return try d.quantile(r.x)
            }
        default:
            switch r.kind {
            case "logGamma": return SpecialFunctions.logGamma(r.x)
            case "betaI": return try SpecialFunctions.regularizedBeta(a: r.p1, b: r.p2, x: r.x)
            case "gammaP": return try SpecialFunctions.regularizedGammaP(a: r.p1, x: r.x)
            default: return try SpecialFunctions.regularizedGammaQ(a: r.p1, x: r.x)
            }
        }
    }

    /// Region label for the error summary: by the size of the probability involved.
    static func region(_ r: Row) -> String {
        let p = ["quantile", "isf"].contains(r.kind) ? min(r.x, 1 - r.x) : abs(r.value)
        if p >= 1e-10 { return "body" }
        if p >= 1e-100 { return "tail" }
        return "deep"
    }

    @Test func agreeWithMpmathTo1e12() throws {
        let rows = try Self.rows()
        #expect(rows.count > 1500)
        var worst: [String: (Double, String)] = [:]
        for r in rows {
            let got = try Self.evaluate(r)
            let err = relativeDifference(got, r.value)
            let key = "\(r.dist) \(r.kind) \(Self.region(r))"
            if err > (worst[key]?.0 ?? -1) { worst[key] = (err, "df=\(r.p1),\(r.p2) x=\(r.x) got \(got) want \(r.value)") }
            #expect(err <= 1e-12, "\(r.dist) \(r.kind) df=(\(r.p1), \(r.p2)) at \(r.x): \(got) vs \(r.value), rel \(err)")
        }
        for key in worst.keys.sorted() {
            let (e, at) = worst[key] ?? (0, "")
            print(String(format: "max rel err %-22@ %.2e  %@", key as NSString, e, at as NSString))
        }
    }

    /// Every quantile-type function refuses probabilities outside [0, 1], naming itself.
    @Test func quantilesRefuseProbabilitiesOutsideTheUnitInterval() throws {
        func message(_ f: () throws -> Double) -> String? {
            do { _ = try f(); return nil } catch NumericsError.invalidArgument(let m) { return m } catch { return "\(error)" }
        }
        #expect(message { try Normal.quantile(1.5) } == "normal quantile needs 0 ≤ p ≤ 1, got 1.5")
        #expect(message { try StudentT(df: 3).inverseSurvival(-0.1) } == "t inverse survival needs 0 ≤ q ≤ 1, got -0.1")
        #expect(message { try ChiSquared(df: 2).quantile(.nan) } == "chi-squared quantile needs 0 ≤ p ≤ 1, got nan")
        #expect(message { try FDistribution(df1: 2, df2: 5).inverseSurvival(2) } == "F inverse survival needs 0 ≤ q ≤ 1, got 2.0")
        #expect(try FDistribution(df1: 2, df2: 5).quantile(0) == 0)
    }
}
