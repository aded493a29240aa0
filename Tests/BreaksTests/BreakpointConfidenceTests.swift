import Testing
import TestSupport
@testable import Breaks

@Suite struct BreakpointConfidenceTests {
    func check(_ reg: BreakRegression, _ bp: Breakpoints, _ ref: BreakpointsRef) throws {
        let variants: [(Bool, Bool, IntervalRef)] = [
            (true, true, ref.ciHet), (false, false, ref.ciHom), (true, false, ref.ciHetRegOnly)]
        for (hr, he, r) in variants {
            let ci = try BreakpointConfidence(reg, breakpoints: bp, breaks: ref.ciBreaks,
                                              heterogeneousRegressors: hr, heterogeneousErrors: he)
            #expect(ci.intervals.map(\.lower) == r.lower.map { Optional($0) }, "het.reg \(hr) het.err \(he)")
            #expect(ci.intervals.map(\.breakpoint) == r.point)
            #expect(ci.intervals.map(\.upper) == r.upper.map { Optional($0) }, "het.reg \(hr) het.err \(he)")
        }
    }

    @Test func nile() throws {
        let ref = try BreaksData.nile
        let reg = try BreakRegression.mean(ref.y)
        let bp = try Breakpoints(reg)
        try check(reg, bp, ref.breakpoints)
        // Acceptance: 1895–1902 around 1898 (observations 25–32).
        let ci = try BreakpointConfidence(reg, breakpoints: bp)
        #expect(ci.intervals == [.init(lower: 25, breakpoint: 28, upper: 32)])
    }

    @Test func seatbelt() throws {
        let ref = try BreaksData.seatbelt
        let reg = try BreaksData.seatbeltRegression(ref.raw)
        try check(reg, try Breakpoints(reg, h: 0.1), ref.breakpoints)
    }

    @Test func realint() throws {
        let ref = try BreaksData.realint
        let reg = try BreakRegression.mean(ref.y)
        try check(reg, try Breakpoints(reg, h: 15), ref.breakpoints)
    }

    @Test func zeroBreaksIsAnError() throws {
        let reg = try BreakRegression.mean(try BreaksData.nile.y)
        #expect(throws: BreaksError.self) { try BreakpointConfidence(reg, breakpoints: try Breakpoints(reg), breaks: 0) }
    }
}
