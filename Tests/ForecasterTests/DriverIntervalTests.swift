import Foundation
import AlmanacNumerics
import Testing
import TimeSeries
@testable import Forecaster

/// The drivers' own intervals (`NAME-lo-95,NAME-hi-95`, or `-80`) in a driver file: read
/// beside the drivers, turned into standard deviations over the horizon, and every bad
/// input one `DriverError` line naming the file and line or the option.
@Suite struct DriverIntervalTests {
    let series = TimeSeries(name: "y", start: .month(2020, 1), values: [1, 3, 2, 5, 4, 6], indexedPeriod: 12)

    func aligned(_ text: String, columns: [String]? = nil) throws -> AlignedDrivers {
        let s = try TimeSeries(name: "y", start: .month(2020, 1), frequency: series.frequency, values: series.values)
        return try DriverTable.parse(text, path: "d.csv", columns: columns, resolution: .month).aligned(with: s, horizon: nil)
    }

    func message(_ text: String, columns: [String]? = nil) -> String {
        do { _ = try aligned(text, columns: columns); return "" } catch { return "\(error)" }
    }

    static func file(_ header: String, future: [String]) -> String {
        var rows = ["2020-01,1,5", "2020-02,2,3", "2020-03,4,8", "2020-04,3,1", "2020-05,6,2", "2020-06,5,7"]
        let extra = header.split(separator: ",").count - 3
        rows = rows.map { $0 + String(repeating: ",", count: extra) }
        return ([header] + rows + future).joined(separator: "\n") + "\n"
    }

    @Test func standardDeviationsFromTheWidth() throws {
        let text = Self.file("date,a,b,a-lo-95,a-hi-95,b-lo-80,b-hi-80",
                             future: ["2020-07,7,4,5,9,3,5", "2020-08,8,6,4,12,5,7"])
        let d = try aligned(text)
        #expect(d.names == ["a", "b"])   // the bound columns are not drivers
        let sd = try #require(d.futureStandardDeviations)
        let z95 = try Normal.quantile(0.975), z80 = try Normal.quantile(0.9)
        #expect(abs(sd[0, 0] - 4 / (2 * z95)) < 1e-12 && abs(sd[1, 0] - 8 / (2 * z95)) < 1e-12)
        #expect(abs(sd[0, 1] - 2 / (2 * z80)) < 1e-12 && abs(sd[1, 1] - 2 / (2 * z80)) < 1e-12)
        // Without bound columns: none.
        #expect(try aligned(Self.file("date,a,b", future: ["2020-07,7,4"])).futureStandardDeviations == nil)
        // A driver without bounds beside one with them: sd 0.
        let mixed = try aligned(Self.file("date,a,b,a-lo-95,a-hi-95", future: ["2020-07,7,4,5,9"]))
        #expect(try #require(mixed.futureStandardDeviations)[0, 1] == 0)
    }

    @Test func ninetyFivePreferredOverEighty() throws {
        let text = Self.file("date,a,b,a-lo-80,a-hi-80,a-lo-95,a-hi-95", future: ["2020-07,7,4,6,8,5,9"])
        let sd = try #require(try aligned(text).futureStandardDeviations)
        #expect(abs(sd[0, 0] - 4 / (2 * (try Normal.quantile(0.975)))) < 1e-12)
    }

    @Test func badBoundsAreOneLine() {
        #expect(message(Self.file("date,a,b,a-lo-95", future: ["2020-07,7,4,5"]))
                == "d.csv:1: column 'a-lo-95' has no partner 'a-hi-95'; a driver's interval needs both bounds")
        #expect(message(Self.file("date,a,b,a-hi-80", future: ["2020-07,7,4,9"]))
                == "d.csv:1: column 'a-hi-80' has no partner 'a-lo-80'; a driver's interval needs both bounds")
        #expect(message(Self.file("date,a,b,a-lo-95,a-hi-95", future: ["2020-07,7,4,9,5"]))
                == "d.csv:8: 'a-lo-95' 9.0 is above 'a-hi-95' 5.0 at 2020-07")
        #expect(message(Self.file("date,a,b,a-lo-95,a-hi-95", future: ["2020-07,7,4,5,9", "2020-08,8,6,NA,9"]))
                == "d.csv:9: missing 'a-lo-95' at 2020-08; every forecast period needs both bounds of 'a'")
        #expect(message(Self.file("date,a,b,a-lo-95,a-hi-95", future: ["2020-07,7,4,5,"]))
                == "d.csv:8: missing 'a-hi-95' at 2020-07; every forecast period needs both bounds of 'a'")
        #expect(message(Self.file("date,a,b,a-lo-95,a-hi-95", future: ["2020-07,10,4,5,9"]))
                == "d.csv:8: 'a' 10.0 lies outside its interval [5.0, 9.0] at 2020-07")
        #expect(message(Self.file("date,a,b,a-lo-95,a-hi-95", future: ["2020-07,7,4,x,9"]))
                == "d.csv:8: value 'x' of 'a-lo-95' at 2020-07 is not a finite number")
        #expect(message(Self.file("date,a,b,a-lo-95,a-hi-95", future: ["2020-07,7,4,5,9"]), columns: ["a-lo-95"])
                == "--xreg-columns: 'a-lo-95' is a bound of the interval of 'a'; name the driver 'a' and its -lo/-hi columns are used")
    }
}
