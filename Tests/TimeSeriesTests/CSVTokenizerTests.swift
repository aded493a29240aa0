import Foundation
import Testing
@testable import TimeSeries

@Suite struct CSVTokenizerTests {
    /// All records of `text`, as strings, read with a deliberately tiny chunk so records
    /// straddle chunk boundaries.
    func records(_ data: Data, chunkSize: Int = 7) throws -> (delimiter: UInt8, rows: [[String]], lines: [Int]) {
        let path = try TemporaryCSV.write(data)
        var t = try CSVTokenizer(path: path, chunkSize: chunkSize)
        var r = CSVRecord()
        var rows: [[String]] = [], lines: [Int] = []
        while try t.next(into: &r) {
            rows.append(r.strings)
            lines.append(r.line)
        }
        return (t.delimiter, rows, lines)
    }

    @Test func quotedFieldsWithDelimitersQuotesAndNewlines() throws {
        let text = "name,note,value\r\n\"a,b\",\"say \"\"hi\"\"\",1\r\n\"multi\nline\",,2\r\n"
        let (d, rows, lines) = try records(Data(text.utf8))
        #expect(d == UInt8(ascii: ","))
        #expect(rows == [["name", "note", "value"], ["a,b", "say \"hi\"", "1"], ["multi\nline", "", "2"]])
        #expect(lines == [1, 2, 3])
    }

    @Test func byteOrderMarkSemicolonAndBlankLines() throws {
        let text = "\u{FEFF}date;value\n\n2022-01;1,5\n2022-02;\"2\"\n"
        let (d, rows, lines) = try records(Data(text.utf8))
        #expect(d == UInt8(ascii: ";"))
        #expect(rows == [["date", "value"], ["2022-01", "1,5"], ["2022-02", "2"]])
        #expect(lines == [1, 3, 4])
    }

    @Test func tabsAndLoneCarriageReturnsAndNoFinalNewline() throws {
        let (d, rows, lines) = try records(Data("a\tb\r1\t2\r3\t4".utf8))
        #expect(d == 0x09)
        #expect(rows == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(lines == [1, 2, 3])
    }

    @Test func numbersAndMissingTokens() throws {
        let path = try TemporaryCSV.write(" 1.5 ,-2e3,NA,nan,,x1,1e999,0x10,Inf,.5\n")
        var t = try CSVTokenizer(path: path)
        var r = CSVRecord()
        #expect(try t.next(into: &r))
        let got = (0..<r.count).map { r.number($0) }
        #expect(got == [.value(1.5), .value(-2000), .missing, .missing, .missing, .invalid, .invalid,
                        .invalid, .invalid, .value(0.5)])
    }

    @Test func unterminatedQuoteNamesTheLineItOpened() throws {
        let path = try TemporaryCSV.write("a,b\n1,\"open\n2,3\n")
        var t = try CSVTokenizer(path: path)
        var r = CSVRecord()
        _ = try t.next(into: &r)
        let e = try #require(throws: InputError.self) { _ = try t.next(into: &r) }
        #expect(e.line == 2 && e.column == 2)
        #expect(e.message.contains("never closed"))
    }

    @Test func textAfterClosingQuoteIsAnError() throws {
        let path = try TemporaryCSV.write("a,b\n\"x\"y,1\n")
        var t = try CSVTokenizer(path: path)
        var r = CSVRecord()
        _ = try t.next(into: &r)
        let e = try #require(throws: InputError.self) { _ = try t.next(into: &r) }
        #expect(e.description == "\(path):2:1: unexpected character 'y' after a closing quote (a quote inside a quoted field is written \"\")")
    }

    @Test func utf16AndMissingFilesAreRefused() throws {
        let utf16 = try TemporaryCSV.write(Data([0xFF, 0xFE, 0x61, 0x00]))
        #expect(throws: InputError.self) { _ = try CSVTokenizer(path: utf16) }
        let e = try #require(throws: InputError.self) { _ = try CSVTokenizer(path: "/nonexistent/x.csv") }
        #expect(e.file == "/nonexistent/x.csv" && e.message.contains("cannot open"))
    }
}
