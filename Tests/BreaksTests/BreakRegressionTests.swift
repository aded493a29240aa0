import Testing
import TestSupport
@testable import Breaks

@Suite struct BreakRegressionTests {
    @Test func seatbeltDesignMatchesRWindowedLags() throws {
        let ref = try BreaksData.seatbelt
        #expect(ref.raw == (try BreaksData.shared("ukdriverdeaths.csv")))
        let reg = try BreaksData.seatbeltRegression(ref.raw)
        #expect(reg.count == 180)
        #expect(reg.names == ["(Intercept)", "ylag1", "ylag12"])
        #expect(reg.observationIndex.first == 12 && reg.observationIndex.last == 191)
        for t in 0..<reg.count {
            #expect(close(reg.y[t], ref.y[t], rel: 1e-14))
            #expect(close(reg.x[t, 1], ref.ylag1[t], rel: 1e-14))
            #expect(close(reg.x[t, 2], ref.ylag12[t], rel: 1e-14))
        }
    }

    @Test func lagsDropLeadingRowsWithoutWindow() throws {
        let reg = try BreakRegression.laggedDependent([1, 2, 3, 4, 5], lags: [2])
        #expect(reg.y == [3, 4, 5])
        #expect(reg.x.column(1) == [1, 2, 3])
        #expect(reg.observationIndex == [2, 3, 4])
    }

    @Test func seasonalDummiesUseTreatmentContrasts() throws {
        let reg = try BreakRegression.seasonal([1, 2, 3, 4, 5, 6, 7], period: 4)
        #expect(reg.regressorCount == 4)
        #expect(reg.x.column(1) == [0, 1, 0, 0, 0, 1, 0])
        #expect(reg.x.column(3) == [0, 0, 0, 1, 0, 0, 0])
    }

    @Test func invalidInputsAreTypedErrors() {
        #expect(throws: BreaksError.self) { try BreakRegression.mean([1, -2, 3], scale: .log10) }
        #expect(throws: BreaksError.self) { try BreakRegression.laggedDependent([1, 2], lags: [3]) }
        #expect(throws: BreaksError.self) { try BreakRegression.seasonal([1, 2, 3], period: 1) }
    }
}

/// Trend and seasonal-dummy designs on log UKDriverDeaths against strucchange.
@Suite struct DesignBuilderTests {
    @Test func trendModel() throws {
        let ref = try BreaksData.designs
        let reg = try BreakRegression.trend(ref.y, scale: .log)
        let fs = try FStatistics(reg)
        #expect(close(fs.supF, ref.trendSupF, rel: 1e-8) && fs.breakpoint == ref.trendBreakpoint)
        let bp = try Breakpoints(reg)
        #expect(bp.optimalBreaks == ref.trendBreaks)
        for (a, b) in zip(bp.rss, ref.trendRSS) { #expect(close(a, b, rel: 1e-9)) }
    }

    @Test func seasonalModel() throws {
        let ref = try BreaksData.designs
        let fs = try FStatistics(try BreakRegression.seasonal(ref.y, period: 12, scale: .log))
        #expect(close(fs.supF, ref.seasonSupF, rel: 1e-8) && fs.breakpoint == ref.seasonBreakpoint)
        #expect(close(fs.aveF, ref.seasonAveF, rel: 1e-8))
    }
}
