import Foundation
import AlmanacNumerics
import Testing
import TimeSeries
@testable import Forecaster

/// Reading and aligning driver files: every bad input is one `DriverError` line naming the
/// file and line or the option.
@Suite struct DriverTableTests {
    let series = TimeSeries(name: "y", start: .month(2020, 1), values: [1, 3, 2, 5, 4, 6], indexedPeriod: 12)

    func table(_ text: String, columns: [String]? = nil) throws -> DriverTable {
        try DriverTable.parse(text, path: "d.csv", columns: columns, resolution: .month)
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return "\(error)" }
    }

    static let good = """
    date,a,b
    2020-01,1,5
    2020-02,2,3
    2020-03,4,8
    2020-04,3,1
    2020-05,6,2
    2020-06,5,7
    2020-07,7,4
    2020-08,8,6

    """

    @Test func alignsHistoryAndFuture() throws {
        let s = try TimeSeries(name: "y", start: .month(2020, 1), frequency: series.frequency, values: series.values)
        let d = try table(Self.good, columns: ["b", "a"]).aligned(with: s, horizon: nil)
        #expect(d.names == ["b", "a"])
        #expect(d.history.column(0) == [5, 3, 8, 1, 2, 7])
        #expect(d.future.column(1) == [7, 8])
        #expect(d.horizon == 2 && d.availableFuture == 2)
        let one = try table(Self.good).aligned(with: s, horizon: 1)
        #expect(one.future.rows == 1 && one.future[0, 0] == 7)
    }

    @Test func badInputNamesFileLineOrFlag() throws {
        let s = try TimeSeries(name: "y", start: .month(2020, 1), frequency: series.frequency, values: series.values)
        #expect(message { _ = try table(Self.good, columns: ["oil"]) }
                == "--xreg-columns: no column 'oil' in d.csv (columns: a, b)")
        #expect(message { _ = try table(Self.good.replacingOccurrences(of: "2020-05,6", with: "2020-06,6")) }
                .hasPrefix("d.csv:6: date 2020-06 where 2020-05 was expected"))
        #expect(message { _ = try table(Self.good.replacingOccurrences(of: "2020-05,6", with: "May,6")) }
                .hasPrefix("d.csv:6: cannot read 'May'"))
        #expect(message { _ = try table(Self.good.replacingOccurrences(of: "2020-05,6", with: "2020-05,x")) }
                == "d.csv:6: value 'x' of 'a' at 2020-05 is not a finite number")
        #expect(message { _ = try table(Self.good.replacingOccurrences(of: "2020-05,6", with: "2020-05,1e200")) }
                == "d.csv:6: value 1e200 of 'a' at 2020-05 is beyond ±1e100")
        let missing = try table(Self.good.replacingOccurrences(of: "2020-08,8", with: "2020-08,NA"))
        #expect(message { _ = try missing.aligned(with: s, horizon: nil) }
                .hasPrefix("d.csv:9: missing value of 'a' at 2020-08"))
        #expect(try missing.aligned(with: s, horizon: 1).horizon == 1)
        #expect(message { _ = try table(Self.good).aligned(with: s, horizon: 3) }
                .hasPrefix("--horizon 3: d.csv has driver values for only 2 periods after 2020-06"))
        let late = try table(Self.good.replacingOccurrences(of: "2020-01,1,5\n", with: ""))
        #expect(message { _ = try late.aligned(with: s, horizon: nil) }
                .hasPrefix("d.csv:2: drivers start at 2020-02, after the series' first date 2020-01"))
        let short = try table(Self.good.replacingOccurrences(of: "2020-07,7,4\n2020-08,8,6\n", with: ""))
        #expect(message { _ = try short.aligned(with: s, horizon: nil) }
                .hasPrefix("d.csv: no driver rows after the series' last date 2020-06"))
        let constant = try table("date,a\n" + (1...8).map { "2020-0\($0),3" }.joined(separator: "\n"))
        #expect(message { _ = try constant.aligned(with: s, horizon: nil) }
                .hasPrefix("--xreg-columns: driver 'a' is constant (3.0) over the history"))
        let twice = try table("date,a,b\n" + (1...8).map { "2020-0\($0),\($0 * $0),\(2 * $0 * $0 + 1)" }.joined(separator: "\n"))
        #expect(message { _ = try twice.aligned(with: s, horizon: nil) }
                .hasPrefix("--xreg-columns: driver 'b' is collinear with the constant and 'a'"))
    }
}
