import Testing
import TimeSeries
@testable import Breaks

/// Values whose squares overflow are refused with a message; they used to trap with an index
/// out of range in the break search (about 1e155, or one 1e160 outlier).
@Suite struct HugeValueTests {
    func series(_ values: [Double]) -> TimeSeries {
        TimeSeries(name: "huge", start: Period(parsing: "2000-01")!, values: values)
    }

    @Test func overflowingSquaresAreRefused() {
        let level = (0..<120).map { 1e155 * (1 + 0.01 * Double($0 % 7)) }
        #expect(throws: BreaksError.self) { try BreakAnalysis(series: series(level), model: .mean) }
        var outlier = (0..<120).map { 100 + Double($0 % 7) }
        outlier[60] = 1e160
        #expect(throws: BreaksError.self) { try BreakAnalysis(series: series(outlier), model: .mean) }
    }
}
