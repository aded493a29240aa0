import Foundation
import Testing
import TestSupport
@testable import Breaks

@Suite struct BreakpointsTests {
    func check(_ bp: Breakpoints, _ ref: BreakpointsRef) {
        #expect(bp.count == ref.nobs)
        #expect(bp.minimumSegment == ref.hAbs)
        #expect(bp.maximumBreaks == ref.maxBreaks)
        #expect(bp.rss.count == ref.rss.count)
        for (a, b) in zip(bp.rss, ref.rss) { #expect(close(a, b, rel: 1e-9)) }
        for (a, b) in zip(bp.bic, ref.bic) { #expect(close(a, b, rel: 1e-10)) }
        for m in 1...ref.maxBreaks { #expect(bp.breaks[m] == ref.breakpointsByM[m - 1]) }
        #expect(bp.optimalBreaks == ref.bicBreaks)
    }

    @Test func nileMeanShift() throws {
        let ref = try BreaksData.nile
        let bp = try Breakpoints(try BreakRegression.mean(ref.y))
        check(bp, ref.breakpoints)
        // Acceptance figures: one break at 28 (1898); RSS as summary(breakpoints) prints.
        #expect(bp.bicOptimalBreaks == 1 && bp.optimalBreaks == [28])
        let printed: [Double] = [2835157, 1597457, 1552924, 1538097, 1507888, 1659994]
        for (a, b) in zip(bp.rss, printed) { #expect(abs(a - b) < 0.5) }
        // m = 5 costs more than m = 4: six segments of at least 15 in 100 observations leave
        // the first break in 15…25, away from the shift at 28 — the constrained optimum is
        // not monotone in m.
        #expect(bp.breaks[5] == [15, 30, 45, 68, 83])
        #expect(try bp.breakObservations(1) == [27])
    }

    @Test func seatbeltTwoBreaksWithTenPercentTrimming() throws {
        let ref = try BreaksData.seatbelt
        let reg = try BreaksData.seatbeltRegression(ref.raw)
        let bp = try Breakpoints(reg, h: 0.1)
        check(bp, ref.breakpoints)
        #expect(bp.breaks[2] == [46, 157])
        // 46 → 1973(10), 157 → 1983(1): source positions counted from 1969(1).
        #expect(try bp.breakObservations(2) == [57, 168])
    }

    @Test func realintWithAbsoluteAndFractionalH() throws {
        let ref = try BreaksData.realint
        #expect(ref.y == (try BreaksData.shared("realint.csv")))
        let reg = try BreakRegression.mean(ref.y)
        check(try Breakpoints(reg, h: 15), ref.breakpoints)
        check(try Breakpoints(reg, h: 0.15), ref.breakpoints015)
    }

    @Test func degenerateSegmentSizesAreRefused() throws {
        let reg = try BreakRegression.mean((0..<20).map(Double.init))
        #expect(throws: BreaksError.segmentTooShort("minimum segment size 1 must exceed the number of regressors 1")) {
            try Breakpoints(reg, h: 1)
        }
        #expect(throws: BreaksError.self) { try Breakpoints(reg, h: 11) }
        #expect(throws: BreaksError.self) { try Breakpoints(reg, h: 5, maxBreaks: 0) }
        #expect(try Breakpoints(reg, h: 5, maxBreaks: 99).maximumBreaks == 2)
    }

    @Test func lwzPenalisesMoreThanItsFit() throws {
        let ref = try BreaksData.nile
        let bp = try Breakpoints(try BreakRegression.mean(ref.y))
        // LWZ(m) = log(RSS/(n − p)) + p·0.299·(log n)^2.1/n, p = 2m + 1 for k = 1.
        let n = 100.0
        for m in 0...bp.maximumBreaks {
            let p = Double(2 * m + 1)
            let expected = log(ref.breakpoints.rss[m] / (n - p)) + p / n * 0.299 * pow(log(n), 2.1)
            #expect(close(bp.lwz[m], expected, rel: 1e-9))
        }
        #expect(bp.lwzOptimalBreaks == 1)
    }
}

@Suite struct NonFiniteArgumentTests {
    @Test func nonFiniteTuningArgumentsAreTypedErrors() throws {
        let reg = try BreakRegression.mean((0..<40).map { Double($0 % 5) })
        #expect(throws: BreaksError.self) { try Breakpoints(reg, h: .nan) }
        #expect(throws: BreaksError.self) { try Breakpoints(reg, h: .infinity) }
        #expect(throws: BreaksError.self) { try FStatistics(reg, from: .infinity) }
        #expect(throws: BreaksError.self) { try FStatistics(reg, from: 0.15, to: .nan) }
        #expect(throws: BreaksError.self) { try EmpiricalFluctuation(reg, kind: .olsMOSUM, h: 0) }
        #expect(throws: BreaksError.self) { try EmpiricalFluctuation(reg, kind: .olsMOSUM, h: .nan) }
        let flat = try BreakRegression.mean([Double](repeating: 3, count: 30))
        #expect(throws: BreaksError.invalidInput("OLS residuals have zero variance")) {
            try EmpiricalFluctuation(flat, kind: .olsCUSUM)
        }
    }
}

@Suite struct SmallestSampleTests {
    @Test func exactlyTwoMinimumSegmentsGiveOneBreak() throws {
        // n = 2h: the only one-break partition is 1…10 | 11…20, with RSS 0 + 0 here.
        let y = [Double](repeating: 1, count: 10) + [Double](repeating: 5, count: 10)
        let bp = try Breakpoints(try BreakRegression.mean(y), h: 10)
        #expect(bp.maximumBreaks == 1)
        #expect(bp.breaks[1] == [10])
        #expect(bp.rss[1] == 0 && abs(bp.rss[0] - 80) < 1e-12)
    }
}
