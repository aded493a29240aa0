import Testing
import TestSupport
@testable import TimeSeries

@Suite struct PortmanteauTests {
    /// R's p-value is `1 - pchisq(Q, df)`, exact to ~1e-16 absolute; ours is the survival
    /// function, so compare relatively where R has digits and absolutely below that.
    func pValuesAgree(_ ours: Double, _ r: Double) -> Bool {
        isClose(ours, r, rel: 1e-9, abs: 1e-15)
    }

    @Test func ljungBoxAndBoxPierceMatchR() throws {
        let ref = try DiagnosticsReference.load()
        var compared = 0
        for s in ref.series {
            let x = try s.values()
            for b in s.box {
                let t = b.type == "Ljung-Box"
                    ? LjungBox.test(x, lag: b.lag, fitdf: b.fitdf)
                    : BoxPierce.test(x, lag: b.lag, fitdf: b.fitdf)
                #expect(t.kind == (b.type == "Ljung-Box" ? .ljungBox : .boxPierce))
                #expect(t.df == b.df, "\(s.name) \(b.type) lag \(b.lag)")
                #expect(isClose(t.statistic, b.statistic, rel: 1e-10), "\(s.name) \(b.type) lag \(b.lag): \(t.statistic) vs R \(b.statistic)")
                #expect(pValuesAgree(t.pValue, b.p), "\(s.name) \(b.type) lag \(b.lag) fitdf \(b.fitdf): p \(t.pValue) vs R \(b.p)")
                #expect(t.count == s.n)
                compared += 1
            }
        }
        #expect(compared == 8 * 14)
    }

    @Test func residualLikeSeriesMatchR() throws {
        let ref = try DiagnosticsReference.load()
        #expect(ref.boxResiduals.count == 42)
        for b in ref.boxResiduals {
            let x = try DiagnosticsReference.residualSeries(b.series)
            #expect(!x.isEmpty)
            let t = b.type == "Ljung-Box"
                ? LjungBox.test(x, lag: b.lag, fitdf: b.fitdf)
                : BoxPierce.test(x, lag: b.lag, fitdf: b.fitdf)
            #expect(t.df == b.df)
            #expect(isClose(t.statistic, b.statistic, rel: 1e-10), "\(b.series) \(b.type) lag \(b.lag)")
            #expect(pValuesAgree(t.pValue, b.p), "\(b.series) \(b.type) lag \(b.lag) fitdf \(b.fitdf): \(t.pValue) vs R \(b.p)")
        }
    }

    @Test func missingValuesAndEdgeCasesFollowR() throws {
        let ref = try DiagnosticsReference.load()
        let gaps = try DiagnosticsReference.airPassengersWithGaps()
        let lb = LjungBox.test(gaps, lag: 10)
        #expect(isClose(lb.statistic, ref.degenerate.naLjungBox, rel: 1e-10))
        #expect(pValuesAgree(lb.pValue, ref.degenerate.naLjungBoxP))
        #expect(lb.count == 140)
        #expect(isClose(BoxPierce.test(gaps, lag: 10).statistic, ref.degenerate.naBoxPierce, rel: 1e-10))
        // fitdf = lag: χ²₀ is a point mass at 0, so P(Q ≥ q) = 0 for q > 0 (R: 0).
        let nile = try Fixtures.csv(Fixtures.dataset("reference/nile.csv"))["value"] ?? []
        let zeroDF = LjungBox.test(nile, lag: 2, fitdf: 2)
        #expect(zeroDF.df == 0)
        #expect(zeroDF.pValue == ref.degenerate.fitdfEqualLagP)
        // fitdf > lag: negative df, R's pchisq gives NaN.
        #expect(LjungBox.test(nile, lag: 2, fitdf: 3).pValue.isNaN)
        // lag ≥ n (R: NA statistic) and lag < 1.
        #expect(LjungBox.test([1, 2, 3, 4, 5], lag: 10).statistic.isNaN)
        #expect(LjungBox.test([1, 2, 3, 4, 5], lag: 10).pValue.isNaN)
        #expect(BoxPierce.test([1, 2, 3], lag: 0).statistic.isNaN)
        // Constant series: r(k) = 0/0 (R: NaN statistic, NA p-value).
        #expect(LjungBox.test([Double](repeating: 1, count: 10), lag: 2).statistic.isNaN)
        #expect(LjungBox.test([], lag: 1).statistic.isNaN)
    }
}
