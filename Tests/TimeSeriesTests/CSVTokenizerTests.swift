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

/// Round trip: random fields (delimiters, quotes, line breaks, non-ASCII text) written as
/// RFC 4180 and read back with chunk sizes that split records, quotes and UTF-8 sequences.
@Suite struct CSVTokenizerRoundTripTests {
    /// SplitMix64, seeded: the same fields on every run.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09])
    func randomFieldsSurviveQuotingAndChunking(delimiter: UInt8) throws {
        var rng = SplitMix64(state: 20_261_129 &+ UInt64(delimiter))
        let alphabet: [String] = ["a", "7", ".", " ", "\"", ",", ";", "\t", "\n", "\r\n", "é", "€", "-"]
        let d = String(UnicodeScalar(delimiter))
        var rows: [[String]] = [["h1", "h2", "h3"]]
        for _ in 0..<300 {
            rows.append((0..<3).map { _ in
                (0..<rng.below(9)).map { _ in alphabet[rng.below(alphabet.count)] }.joined()
            })
        }
        // Avoid an all-empty row, which the tokenizer skips as a blank line by design.
        rows = rows.filter { !$0.allSatisfy(\.isEmpty) }
        let text = rows.map { row in
            row.map { f in "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: d)
        }.joined(separator: "\r\n") + "\r\n"
        let path = try TemporaryCSV.write(text)
        for chunk in [16, 17, 64, 1 << 16] {
            var t = try CSVTokenizer(path: path, delimiter: delimiter, chunkSize: chunk)
            var r = CSVRecord()
            var got: [[String]] = []
            while try t.next(into: &r) { got.append(r.strings) }
            #expect(got == rows, "chunk \(chunk)")
        }
    }
}
