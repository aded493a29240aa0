import Foundation
import Testing
import TestSupport
@testable import TimeSeries

@Suite struct LongCSVReaderTests {
    @Test func m3MonthlyHas1428SeriesWithTheIndexedLengths() throws {
        let index = try Fixtures.csvStrings(Fixtures.dataset("m3-monthly-index.csv"))
        let names = try #require(index["series"]), n = try #require(index["n"]), h = try #require(index["h"])
        var reader = try LongCSVReader(path: Fixtures.dataset("m3-monthly.csv").path, indexedPeriod: 12)
        #expect(reader.layout == .seriesSplitT)
        var k = 0
        var rows = 0
        while let s = try reader.next() {
            guard k < names.count else { break }
            #expect(s.name == names[k])
            #expect(s.train.count == Int(n[k]) && s.test?.count == Int(h[k]), "\(s.name)")
            #expect(s.train.frequency == .indexed(period: 12) && s.train.start == .index(1))
            #expect(s.test?.start == s.train.end.advanced(by: 1))
            rows += s.rowCount
            k += 1
        }
        #expect(k == 1428)
        #expect(rows == 167_562)  // `wc -l` of the file minus its header
    }

    @Test func firstM3SeriesMatchesTheFileRows() throws {
        var reader = try LongCSVReader(path: Fixtures.dataset("m3-monthly.csv").path, indexedPeriod: 12)
        let s = try #require(try reader.next())
        // N1402: rows 2–51 are train t = 1…50, rows 52–69 test t = 1…18 (checked with grep).
        #expect(s.name == "N1402" && s.train.count == 50 && s.test?.count == 18)
        #expect(Array(s.train.values.prefix(4)) == [2640, 2640, 2160, 4200])
        #expect(Array((s.test?.values ?? []).prefix(2)) == [2280, 480] && s.test?.values.last == 1440)
    }

    @Test func statsforecastLayoutWithDatesAndMissingValues() throws {
        let path = try TemporaryCSV.write("unique_id,ds,y\nA,2020-01-01,1\nA,2020-02-01,NA\nA,2020-03-01,3\nB,2021-12,7\nB,2022-01,8\n")
        let all = try LongCSVReader.readAll(path: path)
        #expect(all.map(\.name) == ["A", "B"])
        #expect(all[0].train.start == .month(2020, 1) && all[0].train.values[1].isNaN && all[0].test == nil)
        #expect(all[1].train.start == .month(2021, 12) && all[1].train.values == [7, 8])
        // One file holds one resolution (it decides whether `2022` is a year or an index).
        let mixed = try TemporaryCSV.write("unique_id,ds,y\nA,2020-01,1\nB,2021Q4,7\n")
        let e = try #require(throws: InputError.self) { _ = try LongCSVReader.readAll(path: mixed) }
        #expect(e.line == 3 && e.column == 2 && e.message.contains("quarterly but earlier dates are monthly"))
    }

    @Test func testRowsMayContinueTheTrainDates() throws {
        let path = try TemporaryCSV.write("series;t;split;value\nX;2020-11;train;1\nX;2020-12;train;2\nX;2021-01;test;3\n")
        let s = try #require(try LongCSVReader.readAll(path: path).first)
        #expect(s.train.values == [1, 2] && s.test?.start == .month(2021, 1) && s.test?.values == [3])
    }

    @Test func readerStopsAfterAnError() throws {
        let path = try TemporaryCSV.write("unique_id,ds,y\nA,1,1\nA,2,1\nB,1,oops\nC,1,1\n")
        var reader = try LongCSVReader(path: path)
        #expect(try reader.next()?.train.values == [1, 1])
        let e = try #require(throws: InputError.self) { _ = try reader.next() }
        #expect(e.line == 4 && e.column == 3)
        #expect(try reader.next() == nil)
    }
}
