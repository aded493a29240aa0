import Testing
import TestSupport
@testable import Breaks

@Suite struct KnownDateTests {
    func check(_ c: ChowTest, _ r: ChowRef) {
        #expect(c.breakpoints == r.breaks)
        #expect(close(c.statistic, r.F, rel: 1e-8))
        #expect(c.df1 == r.df1 && c.df2 == r.df2)
        #expect(pClose(c.pValue, r.p))
        #expect(c.changes.count == r.change.count)
        for (i, ch) in c.changes.enumerated() {
            #expect(close(ch.estimate, r.change[i], rel: 1e-8, abs: 1e-10))
            #expect(close(ch.standardError, r.changeSE[i], rel: 1e-8))
            #expect(close(ch.lower, r.changeLower[i], rel: 1e-8, abs: 1e-10))
            #expect(close(ch.upper, r.changeUpper[i], rel: 1e-8, abs: 1e-10))
            #expect(close(ch.robustStandardError, r.hacSE[i], rel: 1e-7))
        }
        #expect(close(c.robustWald, r.hacWald, rel: 1e-7))
        #expect(c.robustDF == r.hacDF)
        #expect(pClose(c.robustPValue, r.hacP))
    }

    @Test func nileChowAtOneAndTwoBreaks() throws {
        let ref = try BreaksData.nile
        let reg = try BreakRegression.mean(ref.y)
        let one = try ChowTest(reg, breakpoints: [28])
        check(one, ref.chow1)
        #expect(close(one.statistic, ref.chowSctest.F, rel: 1e-9))
        #expect(one.breakObservations == [27])
        check(try ChowTest(reg, breakpoints: [28, 70]), ref.chow2)
    }

    @Test func seatbeltChow() throws {
        let ref = try BreaksData.seatbelt
        let reg = try BreaksData.seatbeltRegression(ref.raw)
        check(try ChowTest(reg, breakpoints: [46]), ref.chow1)
        check(try ChowTest(reg, breakpoints: [46, 157]), ref.chow2)
    }

    @Test func degenerateDatesAreTypedErrors() throws {
        let reg = try BreakRegression.build(series: (0..<30).map { Double($0 % 7) }, terms: [.intercept, .trend])
        #expect(throws: BreaksError.dateOutsideSample("break after observation 30 with observations 1…30")) {
            try ChowTest(reg, breakpoints: [30])
        }
        #expect(throws: BreaksError.self) { try ChowTest(reg, breakpoints: [0]) }
        #expect(throws: BreaksError.segmentTooShort("segment 1…1 has 1 observations for 2 coefficients")) {
            try ChowTest(reg, breakpoints: [1])
        }
        #expect(throws: BreaksError.self) { try ChowTest(reg, breakpoints: [20, 10]) }
    }
}
