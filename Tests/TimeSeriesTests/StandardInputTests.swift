import Foundation
import Testing
@testable import TimeSeries

/// The path `-` reads standard input: descriptor 0 is pointed at a file for the duration
/// of the test (no other test reads standard input).
@Suite(.serialized) struct StandardInputTests {
    func withStandardInput<R>(_ text: String, _ body: () throws -> R) throws -> R {
        let path = try TemporaryCSV.write(text)
        let fd = open(path, O_RDONLY)
        let saved = dup(0)
        #expect(fd >= 0 && saved >= 0)
        dup2(fd, 0)
        defer {
            dup2(saved, 0)
            close(saved)
            close(fd)
        }
        return try body()
    }

    @Test func wideReaderReadsStandardInput() throws {
        let s = try withStandardInput("date,value\n2022Q1,1\n2022Q2,2\n") {
            try WideCSVReader.readSeries(path: "-")
        }
        #expect(s.start == .quarter(2022, 1) && s.values == [1, 2])
        let e = try withStandardInput("date,value\n2022Q1,1\n2022Q2,x\n") {
            try #require(throws: InputError.self) { try WideCSVReader.readSeries(path: "-") }
        }
        #expect(e.description == "<stdin>:3:2: 'x' in column 'value' is not a number (missing values are written NA, NaN or left empty)")
    }
}
