import Foundation
import Testing
import TestSupport
@testable import TimeSeries

@Suite struct TimeSeriesTypeTests {
    let monthly = TimeSeries(name: "m", start: .month(2013, 11), values: (1...100).map(Double.init))

    @Test func datesPeriodsAndCycles() throws {
        #expect(monthly.period == 12)
        #expect(monthly.end == .month(2022, 2))
        #expect(monthly.dates.prefix(3) == [.month(2013, 11), .month(2013, 12), .month(2014, 1)])
        #expect(monthly.cycles.prefix(4) == [11, 12, 1, 2])
        #expect(isClose(monthly.times[2], 2014.0, rel: 0))
        let q = TimeSeries(start: .quarter(1961, 2), values: [1, 2, 3, 4])
        #expect(q.period == 4 && q.cycles == [2, 3, 4, 1])
        let idx = TimeSeries(start: .index(1), values: [1, 2, 3, 4, 5], indexedPeriod: 4)
        #expect(idx.period == 4 && idx.cycles == [1, 2, 3, 4, 1])
        #expect(idx.times == [1, 1.25, 1.5, 1.75, 2])
        #expect(TimeSeries(start: .year(1871), values: [1]).period == 1)
    }

    @Test func slicesByDateText() throws {
        let s = try monthly.slice(from: "2014-03", to: "2022-02")
        #expect(s.start == .month(2014, 3))
        #expect(s.count == 96)
        #expect(s.values.first == 5 && s.values.last == 100)
        #expect(try monthly.slice(from: "2020-01-15").start == .month(2020, 1))
        #expect(try monthly.slice(to: "2013-12").values == [1, 2])
        #expect(throws: InputError.self) { try monthly.slice(from: "2010-01") }
        #expect(throws: InputError.self) { try monthly.slice(from: "2015-01", to: "2014-01") }
        #expect(throws: InputError.self) { try monthly.slice(from: "2015Q1") }
        #expect(throws: InputError.self) { try monthly.slice(from: "not a date") }
    }

    @Test func appendsAndAligns() throws {
        let a = TimeSeries(name: "a", start: .month(2020, 1), values: [1, 2, 3])
        let b = TimeSeries(name: "b", start: .month(2020, 4), values: [4, 5])
        #expect(try a.appending(b).values == [1, 2, 3, 4, 5])
        #expect(a.appending([9]).end == .month(2020, 4))
        #expect(throws: InputError.self) { try b.appending(a) }
        let c = TimeSeries(name: "c", start: .month(2019, 11), values: [0, 0, 10, 20, 30, 40])
        let aligned = try TimeSeries.aligned([a, c])
        #expect(aligned.map(\.start) == [.month(2020, 1), .month(2020, 1)])
        #expect(aligned[0].values == [1, 2, 3] && aligned[1].values == [10, 20, 30])
        let late = TimeSeries(name: "late", start: .month(2021, 1), values: [1])
        #expect(throws: InputError.self) { try TimeSeries.aligned([a, late]) }
        #expect(throws: InputError.self) { try TimeSeries.aligned([a, TimeSeries(start: .quarter(2020, 1), values: [1])]) }
        #expect(a.suffix(2).start == .month(2020, 2))
    }

    @Test func frequencyMustMatchStart() {
        #expect(throws: InputError.self) { try TimeSeries(start: .quarter(2020, 1), frequency: .monthly, values: [1]) }
        #expect(throws: Never.self) { try TimeSeries(start: .index(1), frequency: .indexed(period: 7), values: [1]) }
    }

    @Test func codableRoundTripKeepsMissingValues() throws {
        var s = monthly.prefix(4)
        s.values[1] = .nan
        let data = try JSONEncoder().encode(s)
        #expect(String(decoding: data, as: UTF8.self).contains("null"))
        let back = try JSONDecoder().decode(TimeSeries.self, from: data)
        #expect(back.start == s.start && back.frequency == .monthly && back.name == "m")
        #expect(back.values[0] == 1 && back.values[1].isNaN && back.values[3] == 4)
        let idx = TimeSeries(name: "i", start: .index(1), values: [1, 2], indexedPeriod: 12)
        #expect(String(decoding: try JSONEncoder().encode(idx), as: UTF8.self).contains(#""frequency":12"#))
        #expect(try JSONDecoder().decode(TimeSeries.self, from: JSONEncoder().encode(idx)) == idx)
        let bad = #"{"name":"x","start":"2020Q1","frequency":"monthly","values":[1]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TimeSeries.self, from: Data(bad.utf8)) }
    }
}
