import Testing
@testable import TimeSeries

@Suite struct InputErrorTests {
    @Test func describesFileLineColumn() {
        #expect(InputError(file: "a.csv", line: 3, column: 2, "bad number 'x'").description
                == "a.csv:3:2: bad number 'x'")
        #expect(InputError(file: "a.csv", "empty file").description == "a.csv: empty file")
    }
}
