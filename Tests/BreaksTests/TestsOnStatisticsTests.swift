import Testing
import TestSupport
@testable import Breaks

/// supF / aveF / expF tests, fluctuation tests and the sequential test against R.
@Suite struct StructuralChangeTestTests {
    func checkTests(_ fs: FStatistics, _ ref: FstatsRef) {
        let sup = fs.test(.supF), ave = fs.test(.aveF), exp = fs.test(.expF)
        #expect(close(sup.statistic, ref.supF, rel: 1e-8) && pClose(sup.pValue, ref.supFp))
        #expect(close(ave.statistic, ref.aveF, rel: 1e-8) && pClose(ave.pValue, ref.aveFp))
        #expect(close(exp.statistic, ref.expF, rel: 1e-8) && pClose(exp.pValue, ref.expFp))
        #expect(sup.statisticName == "sup.F" && sup.method == "supF test")
    }

    @Test func nileFTests() throws {
        let ref = try BreaksData.nile
        checkTests(try FStatistics(try BreakRegression.mean(ref.y)), ref.fstats)
    }

    @Test func seatbeltFTests() throws {
        let ref = try BreaksData.seatbelt
        let reg = try BreaksData.seatbeltRegression(ref.raw)
        let fs = try FStatistics(reg, from: 0.1)
        checkTests(fs, ref.fstats)
        checkTests(try FStatistics(reg), ref.fstats15)
        // The acceptance figure as strucchange prints it: p-value = 0.006721.
        #expect(abs(fs.test(.supF).pValue - 0.0067) < 0.00005)
    }

    @Test func realintFTests() throws {
        let ref = try BreaksData.realint
        checkTests(try FStatistics(try BreakRegression.mean(ref.y)), ref.fstats)
    }

    @Test func singleCandidateFallsBackToChow() throws {
        let ref = try BreaksData.nile
        let fs = try FStatistics(try BreakRegression.mean(ref.y), from: 28, to: 28)
        let t = fs.test(.supF)
        #expect(t.method == "Chow test")
        #expect(close(t.statistic, ref.chowSctest.F, rel: 1e-9) && pClose(t.pValue, ref.chowSctest.p))
    }

    func checkEfp(_ reg: BreakRegression, _ ref: EfpRef) throws {
        let pairs: [(EmpiricalFluctuation.Kind, EfpOneRef)] = [
            (.olsCUSUM, ref.olsCusum), (.recursiveCUSUM, ref.recCusum), (.olsMOSUM, ref.olsMosum)]
        for (kind, r) in pairs {
            let e = try EmpiricalFluctuation(reg, kind: kind, h: ref.h)
            #expect(e.process.count == r.process.count, "\(kind)")
            // R's recresid carries ~1e-10 absolute rounding from its first small fits.
            for (a, b) in zip(e.process, r.process) { #expect(close(a, b, rel: 1e-8, abs: 1e-9), "\(kind)") }
            let t = e.test()
            #expect(close(t.statistic, r.statistic, rel: 1e-8), "\(kind)")
            #expect(pClose(t.pValue, r.pvalue), "\(kind)")
            let bound = try e.boundary(alpha: 0.05)
            #expect(bound.count == e.process.count)
            #expect(isClose(bound[0], r.boundary, rel: 1e-6) && isClose(bound[bound.count - 1], r.boundaryLast, rel: 1e-6), "\(kind)")
        }
    }

    @Test func nileFluctuation() throws {
        let ref = try BreaksData.nile
        let reg = try BreakRegression.mean(ref.y)
        try checkEfp(reg, ref.efp)
        let t = try EmpiricalFluctuation(reg, kind: .olsCUSUM).test()
        #expect(abs(t.statistic - 2.9518) < 0.00005 && t.statisticName == "S0")
        // The MOSUM window of 15 is centred: its first value sits at observation 8.
        #expect(try EmpiricalFluctuation(reg, kind: .olsMOSUM).observationNumbers.first == 8)
    }

    @Test func seatbeltFluctuation() throws {
        let ref = try BreaksData.seatbelt
        try checkEfp(try BreaksData.seatbeltRegression(ref.raw), ref.efp)
    }

    @Test func realintFluctuation() throws {
        let ref = try BreaksData.realint
        try checkEfp(try BreakRegression.mean(ref.y), ref.efp)
    }

    @Test func sequentialSupFMatchesBruteForce() throws {
        let seq = try BreaksData.sequential
        let nile = try BreakRegression.mean(try BreaksData.nile.y)
        let bpN = try Breakpoints(nile)
        let seat = try BreaksData.seatbeltRegression(try BreaksData.seatbelt.raw)
        let bpS = try Breakpoints(seat, h: 0.1)
        let cases: [(BreakRegression, Breakpoints, SequentialOneRef)] = [
            (nile, bpN, seq.nile0), (nile, bpN, seq.nile1), (seat, bpS, seq.seatbelt1), (seat, bpS, seq.seatbelt2)]
        for (reg, bp, r) in cases {
            let t = try SequentialSupF(reg, breakpoints: bp, nullBreaks: r.l)
            #expect(close(t.statistic, r.statistic, rel: 1e-8), "l = \(r.l)")
            #expect(t.segment == r.segment && t.breakpoint == r.breakpoint)
            #expect(t.pValue >= 0 && t.pValue <= 1)
        }
        // l = 0 is supF with from = h: same statistic and Hansen p-value.
        let t0 = try SequentialSupF(nile, breakpoints: bpN, nullBreaks: 0)
        #expect(close(t0.pValue, try FStatistics(nile).test(.supF).pValue, rel: 1e-12))
        // One added break to Nile's level shift is not significant at 5 %.
        #expect(try SequentialSupF(nile, breakpoints: bpN, nullBreaks: 1).pValue > 0.05)
    }
}
