import Testing
import TestSupport
import AlmanacNumerics
@testable import TimeSeries

@Suite struct PhillipsPerronTests {
    @Test func urcaZTauMatchesR() throws {
        let ref = try DiagnosticsReference.load()
        for s in ref.series {
            let x = try s.values()
            let c = try PhillipsPerron(x, type: .level)
            let t = try PhillipsPerron(x, type: .trend)
            #expect(c.lag == s.pp.lag, "\(s.name)")
            #expect(isClose(c.statistic, s.pp.constant, rel: 1e-6), "\(s.name) \(c.statistic) vs \(s.pp.constant)")
            #expect(isClose(t.statistic, s.pp.trend, rel: 1e-6), "\(s.name) \(t.statistic) vs \(s.pp.trend)")
            #expect(isClose(c.pValue, s.pp.constantP, rel: 1e-6), "\(s.name)")
            #expect(isClose(t.pValue, s.pp.trendP, rel: 1e-6), "\(s.name)")
        }
    }

    @Test func degenerateInputsThrow() throws {
        #expect(throws: NumericsError.self) { try PhillipsPerron([1]) }
        #expect(throws: NumericsError.self) { try PhillipsPerron([1, 2]) }
        // As R: 3 points, constant model → no residual df → NaN; trend model → error.
        #expect(try PhillipsPerron([1, 3, 2]).statistic.isNaN)
        #expect(throws: NumericsError.self) { try PhillipsPerron([1, 3, 2], type: .trend) }
        #expect(try PhillipsPerron([1, 3, 2, 5], type: .trend).statistic.isNaN)
    }

    @Test func missingValuesAreDropped() throws {
        let x: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
        var gapped = x
        gapped.insert(.nan, at: 5)
        #expect(try PhillipsPerron(gapped, type: .trend) == PhillipsPerron(x, type: .trend))
    }
}
