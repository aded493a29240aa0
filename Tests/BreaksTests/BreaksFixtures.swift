import Foundation
import TestSupport
@testable import Breaks

/// Decoded reference values written by Tests/Fixtures/breaks/make_fixtures.R.
struct FstatsRef: Decodable {
    let from: Double, fstats: [Double], lambda: Double, breakpoint: Int
    let supF: Double, supFp: Double, aveF: Double, aveFp: Double, expF: Double, expFp: Double
}
struct IntervalRef: Decodable { let lower: [Int], point: [Int], upper: [Int] }
struct BreakpointsRef: Decodable {
    let h: Double, hAbs: Int, nobs: Int, nreg: Int, maxBreaks: Int
    let rss: [Double], bic: [Double], breakpointsByM: [[Int]], bicBreaks: [Int], ciBreaks: Int
    let ciHet: IntervalRef, ciHom: IntervalRef, ciHetRegOnly: IntervalRef
    let rssFirstRow: [Double?]

    enum CodingKeys: String, CodingKey {
        case h, hAbs, nobs, nreg, maxBreaks, rss, bic, breakpointsByM, bicBreaks, ciBreaks
        case ciHet, ciHom, ciHetRegOnly, rssFirstRow
    }
    // R's toJSON unboxes length-one vectors, so scalars and one-element arrays both occur.
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        h = try c.decode(Double.self, forKey: .h); hAbs = try c.decode(Int.self, forKey: .hAbs)
        nobs = try c.decode(Int.self, forKey: .nobs); nreg = try c.decode(Int.self, forKey: .nreg)
        maxBreaks = try c.decode(Int.self, forKey: .maxBreaks)
        rss = try c.decode([Double].self, forKey: .rss); bic = try c.decode([Double].self, forKey: .bic)
        var byM: [[Int]] = []
        var u = try c.nestedUnkeyedContainer(forKey: .breakpointsByM)
        while !u.isAtEnd {
            if let one = try? u.decode(Int.self) { byM.append([one]) } else { byM.append(try u.decode([Int].self)) }
        }
        breakpointsByM = byM
        if let v = try? c.decode([Int].self, forKey: .bicBreaks) { bicBreaks = v } else { bicBreaks = [try c.decode(Int.self, forKey: .bicBreaks)] }
        ciBreaks = try c.decode(Int.self, forKey: .ciBreaks)
        ciHet = try c.decode(IntervalRef.self, forKey: .ciHet)
        ciHom = try c.decode(IntervalRef.self, forKey: .ciHom)
        ciHetRegOnly = try c.decode(IntervalRef.self, forKey: .ciHetRegOnly)
        rssFirstRow = try c.decode([Double?].self, forKey: .rssFirstRow)
    }
}
struct EfpOneRef: Decodable { let process: [Double], statistic: Double, pvalue: Double, boundary: Double, boundaryLast: Double }
struct EfpRef: Decodable { let h: Double, olsCusum: EfpOneRef, recCusum: EfpOneRef, olsMosum: EfpOneRef }
struct ChowRef: Decodable {
    let breaks: [Int], F: Double, df1: Int, df2: Int, p: Double
    let change: [Double], changeLower: [Double], changeUpper: [Double], changeSE: [Double]
    let hacWald: Double, hacDF: Int, hacP: Double, hacSE: [Double]
    enum CodingKeys: String, CodingKey { case breaks, F, df1, df2, p, change, changeLower, changeUpper, changeSE, hacWald, hacDF, hacP, hacSE }
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func many<T: Decodable>(_ k: CodingKeys, _ t: T.Type) throws -> [T] {
            if let v = try? c.decode([T].self, forKey: k) { return v }
            return [try c.decode(T.self, forKey: k)]
        }
        breaks = try many(.breaks, Int.self); F = try c.decode(Double.self, forKey: .F)
        df1 = try c.decode(Int.self, forKey: .df1); df2 = try c.decode(Int.self, forKey: .df2)
        p = try c.decode(Double.self, forKey: .p)
        change = try many(.change, Double.self); changeLower = try many(.changeLower, Double.self)
        changeUpper = try many(.changeUpper, Double.self); changeSE = try many(.changeSE, Double.self)
        hacWald = try c.decode(Double.self, forKey: .hacWald); hacDF = try c.decode(Int.self, forKey: .hacDF)
        hacP = try c.decode(Double.self, forKey: .hacP); hacSE = try many(.hacSE, Double.self)
    }
}
struct ChowSctestRef: Decodable { let point: Int, F: Double, p: Double }
struct NileRef: Decodable {
    let y: [Double], fstats: FstatsRef, breakpoints: BreakpointsRef, efp: EfpRef
    let chowSctest: ChowSctestRef, chow1: ChowRef, chow2: ChowRef
}
struct SeatbeltRef: Decodable {
    let raw: [Double], y: [Double], ylag1: [Double], ylag12: [Double], recresid: [Double]
    let fstats: FstatsRef, fstats15: FstatsRef, breakpoints: BreakpointsRef, efp: EfpRef
    let chow1: ChowRef, chow2: ChowRef
}
struct RealintRef: Decodable {
    let y: [Double], breakpoints: BreakpointsRef, breakpoints015: BreakpointsRef, fstats: FstatsRef, efp: EfpRef
}
struct DesignsRef: Decodable {
    let y: [Double], trendSupF: Double, trendBreakpoint: Int, trendBreaks: [Int], trendRSS: [Double]
    let seasonSupF: Double, seasonBreakpoint: Int, seasonAveF: Double
}

enum BreaksData {
    static func load<T: Decodable>(_ t: T.Type, _ name: String) throws -> T {
        try Fixtures.json(T.self, Fixtures.url("breaks/\(name).json"))
    }
    static var nile: NileRef { get throws { try load(NileRef.self, "nile") } }
    static var seatbelt: SeatbeltRef { get throws { try load(SeatbeltRef.self, "seatbelt") } }
    static var realint: RealintRef { get throws { try load(RealintRef.self, "realint") } }
    static var designs: DesignsRef { get throws { try load(DesignsRef.self, "designs") } }

    /// The seatbelt model built from the shared raw series, as the R example does:
    /// log10, lags 1 and 12 formed on the full series, rows from 1970(1) on.
    static func seatbeltRegression(_ raw: [Double]) throws -> BreakRegression {
        try BreakRegression.laggedDependent(raw, lags: [1, 12], scale: .log10, firstRow: 12)
    }

    /// The series column of a shared reference CSV.
    static func shared(_ file: String) throws -> [Double] {
        let table = try Fixtures.csv(Fixtures.dataset("reference/\(file)"))
        return table["value"] ?? []
    }
}

/// Relative-or-absolute check for printed statistics (4 significant digits need 5e-5;
/// we ask for far tighter on quantities that are pure arithmetic).
func close(_ a: Double, _ b: Double, rel: Double = 1e-8, abs: Double = 1e-10) -> Bool {
    isClose(a, b, rel: rel, abs: abs)
}

struct HansenGridRef: Decodable { let x: Double, k: Int, lambda: Double, test: String, p: Double }
struct EfpGridRef: Decodable { let x: Double, limit: String, h: Double, p: Double }
struct PargmaxGridRef: Decodable { let x: Double, xi: Double, phi1: Double, phi2: Double, p: Double }
struct PValuesRef: Decodable { let hansen: [HansenGridRef], efp: [EfpGridRef], pargmaxV: [PargmaxGridRef] }
struct SequentialOneRef: Decodable { let l: Int, statistic: Double, segment: Int, breakpoint: Int }
struct SequentialRef: Decodable { let nile0: SequentialOneRef, nile1: SequentialOneRef, seatbelt1: SequentialOneRef, seatbelt2: SequentialOneRef }

extension BreaksData {
    static var pvalues: PValuesRef { get throws { try load(PValuesRef.self, "pvalues") } }
    static var sequential: SequentialRef { get throws { try load(SequentialRef.self, "sequential") } }
}

/// The brief's p-value tolerance: 1e-4 absolute or 1% relative, whichever is looser.
func pClose(_ a: Double, _ b: Double) -> Bool { isClose(a, b, rel: 0.01, abs: 1e-4) }
