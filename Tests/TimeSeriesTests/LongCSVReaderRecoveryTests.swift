import Foundation
import Testing
@testable import TimeSeries

/// `nextRecovering()` (the streaming batch mode's reader), `checksGrouping` and `prefix`.
@Suite struct LongCSVReaderRecoveryTests {
    @Test func anUnreadableSeriesIsSkippedAndReadingGoesOn() throws {
        let path = try TemporaryCSV.write("unique_id,ds,y\na,1,1\na,2,2\nb,1,3\nb,2,oops\nb,3,5\nc,1,6\nc,3,7\nd,1,8\n")
        var reader = try LongCSVReader(path: path)
        var got: [String] = []
        while let r = try reader.nextRecovering() {
            switch r {
            case .success(let s): got.append("\(s.name):\(s.train.count)")
            case .failure(let f): got.append("\(f.name)!\(f.error.line ?? 0)")
            }
        }
        // b: an unreadable value on line 5; c: a gap on line 8; both skipped whole.
        #expect(got == ["a:2", "b!5", "c!8", "d:1"])
    }

    @Test func aSeriesResumingLaterIsFatalUnlessGroupingIsTrusted() throws {
        let text = "unique_id,ds,y\na,1,1\nb,1,2\na,2,3\n"
        var strict = try LongCSVReader(path: try TemporaryCSV.write(text))
        _ = try strict.nextRecovering()
        _ = try strict.nextRecovering()
        #expect(throws: InputError.self) { _ = try strict.nextRecovering() }
        #expect(try strict.nextRecovering() == nil)

        var trusting = try LongCSVReader(path: try TemporaryCSV.write(text))
        trusting.checksGrouping = false
        var names: [String] = []
        while let r = try trusting.nextRecovering() { names.append(try r.get().name) }
        #expect(names == ["a", "b", "a"])
    }

    @Test func aPeekedHeaderLineIsReadBeforeTheFile() throws {
        let path = try TemporaryCSV.write("x,2020-01,1\nx,2020-02,2\n")
        var reader = try LongCSVReader(path: path, prefix: Array("unique_id,ds,y\n".utf8))
        let s = try #require(try reader.next())
        #expect(s.name == "x" && s.train.values == [1, 2] && s.train.start == .month(2020, 1))
        #expect(try reader.next() == nil)
    }
}
