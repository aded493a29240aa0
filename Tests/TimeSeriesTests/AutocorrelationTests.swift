import Testing
import TestSupport
@testable import TimeSeries

@Suite struct AutocorrelationTests {
    @Test func acfAndPacfMatchR() throws {
        let ref = try DiagnosticsReference.load()
        #expect(ref.series.count == 8)
        for s in ref.series {
            let x = try s.values()
            #expect(x.count == s.n, "\(s.name)")
            let maxLag = s.acf.count - 1
            let r = Autocorrelation.acf(x, maxLag: maxLag)
            #expect(r.count == s.acf.count, "\(s.name)")
            for (k, (a, b)) in zip(r, s.acf).enumerated() {
                #expect(abs(a - b) <= 1e-10, "\(s.name) acf lag \(k): \(a) vs R \(b)")
            }
            let p = Autocorrelation.pacf(x, maxLag: maxLag)
            #expect(p.count == s.pacf.count, "\(s.name)")
            for (k, (a, b)) in zip(p, s.pacf).enumerated() {
                #expect(abs(a - b) <= 1e-10, "\(s.name) pacf lag \(k + 1): \(a) vs R \(b)")
            }
        }
    }

    @Test func missingValuesFollowNaPass() throws {
        let ref = try DiagnosticsReference.load()
        let x = try DiagnosticsReference.airPassengersWithGaps()
        let r = Autocorrelation.acf(x, maxLag: 24)
        #expect(r.count == ref.degenerate.naAcf.count)
        for (a, b) in zip(r, ref.degenerate.naAcf) { #expect(abs(a - b) <= 1e-10) }
        let p = Autocorrelation.pacf(x, maxLag: 24)
        #expect(p.count == ref.degenerate.naPacf.count)
        for (a, b) in zip(p, ref.degenerate.naPacf) { #expect(abs(a - b) <= 1e-10) }
    }

    @Test func constantSeriesGivesNaNAsR() throws {
        let ref = try DiagnosticsReference.load()
        let r = Autocorrelation.acf([Double](repeating: 5, count: 40), maxLag: 5)
        #expect(r.count == ref.degenerate.constAcf.count)
        #expect(ref.degenerate.constAcf.allSatisfy { $0 == nil })
        #expect(r.allSatisfy { $0.isNaN })
        #expect(Autocorrelation.pacf([Double](repeating: 5, count: 40), maxLag: 3).allSatisfy { $0.isNaN })
    }

    @Test func shortAndEmptyInputs() {
        // lag.max is clamped to n − 1 as in R: acf(c(1, 2, 4), lag.max = 10) has lags 0…2.
        let r = Autocorrelation.acf([1, 2, 4], maxLag: 10)
        // mean 7/3; deviations −4/3, −1/3, 5/3; c0 = 42/27, c1 = (4/9 − 5/9)/3, c2 = −20/27.
        #expect(r.count == 3)
        #expect(abs(r[1] - (-1.0 / 27) / (42.0 / 27)) < 1e-15)
        #expect(abs(r[2] - (-20.0 / 27) / (42.0 / 27)) < 1e-15)
        #expect(Autocorrelation.acf([3], maxLag: 4) == [1])
        #expect(Autocorrelation.acf([], maxLag: 4).isEmpty)
        #expect(Autocorrelation.acf([1, 2], maxLag: -1).isEmpty)
        #expect(Autocorrelation.pacf([1], maxLag: 3).isEmpty)
        #expect(Autocorrelation.pacf([1, 2, 3], maxLag: 0).isEmpty)
        #expect(Autocorrelation.acf([.nan, .nan, .nan], maxLag: 2).allSatisfy { $0.isNaN })
    }

    @Test func defaultMaxLagIsTenLog10N() {
        #expect(Autocorrelation.defaultMaxLag(count: 144) == 21)
        #expect(Autocorrelation.defaultMaxLag(count: 5) == 4)
        #expect(Autocorrelation.defaultMaxLag(count: 1) == 0)
    }
}
