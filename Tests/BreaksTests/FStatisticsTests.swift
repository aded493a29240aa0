import Testing
import TestSupport
@testable import Breaks

@Suite struct FStatisticsTests {
    func check(_ fs: FStatistics, _ ref: FstatsRef) {
        #expect(fs.statistics.count == ref.fstats.count)
        for (a, b) in zip(fs.statistics, ref.fstats) { #expect(close(a, b, rel: 1e-8)) }
        #expect(close(fs.lambda, ref.lambda, rel: 1e-12))
        #expect(fs.breakpoint == ref.breakpoint)
        #expect(close(fs.supF, ref.supF, rel: 1e-8))
        #expect(close(fs.aveF, ref.aveF, rel: 1e-8))
        #expect(close(fs.expF, ref.expF, rel: 1e-8))
    }

    @Test func nile() throws {
        let ref = try BreaksData.nile
        let fs = try FStatistics(try BreakRegression.mean(ref.y))
        check(fs, ref.fstats)
        #expect(fs.from == 15 && fs.to == 85)
        #expect(abs(fs.supF - 75.93) < 0.005 && abs(fs.aveF - 21.215) < 0.0005 && abs(fs.expF - 33.759) < 0.0005)
    }

    @Test func seatbelt() throws {
        let ref = try BreaksData.seatbelt
        let reg = try BreaksData.seatbeltRegression(ref.raw)
        let fs = try FStatistics(reg, from: 0.1)
        check(fs, ref.fstats)
        check(try FStatistics(reg), ref.fstats15)
        #expect(abs(fs.supF - 19.333) < 0.0005 && abs(fs.aveF - 7.458) < 0.0005 && abs(fs.expF - 6.4247) < 0.00005)
        #expect(fs.breakObservation == 57)  // 1973(10)
    }

    @Test func realint() throws {
        let ref = try BreaksData.realint
        check(try FStatistics(try BreakRegression.mean(ref.y)), ref.fstats)
    }

    @Test func trimmingThatLeavesNoCandidateIsAnError() throws {
        let reg = try BreakRegression.mean([1, 2, 3, 4, 5, 6, 7, 8])
        #expect(throws: BreaksError.self) { try FStatistics(reg, from: 0.5, to: 0.2) }
        #expect(throws: BreaksError.self) { try FStatistics(try BreakRegression.mean([1, 2, 3])) }
        // R raises `from` to k + 1 and lowers `to` to n − k − 1.
        let fs = try FStatistics(reg, from: 0.01)
        #expect(fs.from == 2 && fs.to == 6)
    }
}
