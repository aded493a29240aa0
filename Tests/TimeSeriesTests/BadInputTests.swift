import Foundation
import Testing
@testable import TimeSeries

/// Every malformed input names file, line and column (1-based) and says what is wrong.
@Suite struct BadInputTests {
    func wideError(_ text: String, columns: [String]? = nil, dateColumn: String? = nil) throws -> (InputError, String) {
        let path = try TemporaryCSV.write(text)
        let e = try #require(throws: InputError.self) {
            _ = try WideCSVReader.read(path: path, dateColumn: dateColumn, columns: columns)
        }
        return (e, path)
    }

    @Test func unparseableDate() throws {
        let (e, path) = try wideError("date,value\n2022-01,1\n2022-13,2\n")
        #expect(e.file == path && e.line == 3 && e.column == 1)
        #expect(e.description.hasPrefix("\(path):3:1: cannot read date '2022-13' in column 'date'"))
    }

    @Test func dateOfAnotherResolution() throws {
        let (e, _) = try wideError("date,value\n2022-01,1\n2022Q1,2\n")
        #expect(e.line == 3 && e.column == 1 && e.message.contains("quarterly but earlier dates are monthly"))
    }

    @Test func textInANumber() throws {
        let (e, path) = try wideError("date,a,b\n2022-01,1,2\n2022-02,3,4x\n")
        #expect(e.description.hasPrefix("\(path):3:3: '4x' in column 'b' is not a number"))
    }

    @Test func duplicateDates() throws {
        let (e, _) = try wideError("date,value\n2022-01,1\n2022-02,2\n2022-02-15,3\n")
        #expect(e.line == 4 && e.column == 1)
        #expect(e.message == "duplicate date 2022-02 (already on line 3); dates are read by month, one row per month (daily data is not supported)")
        let (e2, _) = try wideError("date,value\n2022Q1,1\n2022Q1,2\n")
        #expect(e2.line == 3 && e2.column == 1 && e2.message == "duplicate date 2022Q1 (already on line 2)")
    }

    @Test func datesOutOfOrder() throws {
        let (e, _) = try wideError("date;value\n2022Q2;1\n2022Q1;2\n")
        #expect(e.line == 3 && e.column == 1 && e.message.contains("rows must be in time order"), "\(e)")
        // `date` is not the first column here, so it was found by name.
        let (e2, _) = try wideError("value;date\n1;2022Q2\n2;2022Q1\n", dateColumn: "date")
        #expect(e2.line == 3 && e2.column == 2 && e2.message.hasPrefix("date 2022Q1 comes after 2022Q2"))
    }

    @Test func gapInARegularSeries() throws {
        let (e, _) = try wideError("date,value\n1990,1\n1991,2\n1994,3\n")
        #expect(e.line == 4 && e.column == 1)
        #expect(e.message.hasPrefix("gap in a regular series: 2 periods missing between 1991 (line 3) and 1994"))
    }

    @Test func emptyFileAndHeaderOnly() throws {
        let (e, path) = try wideError("")
        #expect(e.description == "\(path):1:1: empty file: expected a header row")
        let (e2, path2) = try wideError("\n\n")
        #expect(e2.file == path2 && e2.line == 1 && e2.column == 1)
        let (e3, path3) = try wideError("date,value\r\n")
        #expect(e3.description == "\(path3):2:1: no data rows: the file has only a header")
    }

    @Test func missingColumnListsTheColumnsPresent() throws {
        let (e, path) = try wideError("date,income,expenditure\n2022-01,1,2\n", columns: ["value"])
        #expect(e.description == "\(path):1:4: missing column 'value'; the file has columns: 'date', 'income', 'expenditure'")
        let (e2, _) = try wideError("date,value\n2022-01,1\n", dateColumn: "month")
        #expect(e2.line == 1 && e2.message.contains("missing column 'month' (dates); the file has columns: 'date', 'value'"))
    }

    @Test func raggedRow() throws {
        let (e, path) = try wideError("date,value\n2022-01,1\n2022-02,2,3\n")
        #expect(e.description == "\(path):3:3: row has 3 fields but the header (line 1) has 2")
        let (e2, _) = try wideError("date,a,b\n2022-01,1\n")
        #expect(e2.line == 2 && e2.column == 3)  // the first field that is missing
    }

    @Test func repeatedColumnName() throws {
        let (e, _) = try wideError("date,a,a\n2022-01,1,2\n")
        #expect(e.line == 1 && e.column == 3 && e.message == "column name 'a' repeats column 2")
    }

    @Test func longFormErrorsNameLineAndColumn() throws {
        func longError(_ text: String) throws -> InputError {
            let path = try TemporaryCSV.write(text)
            return try #require(throws: InputError.self) { _ = try LongCSVReader.readAll(path: path) }
        }
        let missing = try longError("id,split,t,value\nA,train,1,1\n")
        #expect(missing.line == 1 && missing.column == 5)
        #expect(missing.message == "missing column 'series' (series name; or use unique_id,ds,y); the file has columns: 'id', 'split', 't', 'value'")
        let split = try longError("series,split,t,value\nA,train,1,1\nA,valid,2,1\n")
        #expect(split.line == 3 && split.column == 2 && split.message.contains("neither 'train' nor 'test'"))
        let order = try longError("series,split,t,value\nA,test,1,1\nA,train,1,1\n")
        #expect(order.line == 3 && order.column == 2 && order.message.contains("train rows must come first"))
        let gap = try longError("unique_id,ds,y\nA,2020-01,1\nA,2020-03,1\n")
        #expect(gap.line == 3 && gap.column == 2 && gap.message.hasPrefix("gap in a regular series"))
        let text = try longError("unique_id,ds,y\nA,2020-01,1\nA,2020-02,abc\n")
        #expect(text.line == 3 && text.column == 3 && text.message.hasPrefix("'abc' in column 'y' is not a number"))
        let resumed = try longError("unique_id,ds,y\nA,1,1\nB,1,1\nA,2,1\n")
        #expect(resumed.line == 4 && resumed.column == 1 && resumed.message.contains("began on line 2"))
        let ragged = try longError("unique_id,ds,y\nA,1,1\nA,2\n")
        #expect(ragged.line == 3 && ragged.column == 3)
        let headerOnly = try longError("unique_id,ds,y\n")
        #expect(headerOnly.line == 2 && headerOnly.column == 1)
        let testStart = try longError("series,split,t,value\nA,train,1,1\nA,train,2,1\nA,test,7,1\n")
        #expect(testStart.line == 4 && testStart.column == 3 && testStart.message.contains("expected 1 (numbered from the split) or 3"))
    }
}
