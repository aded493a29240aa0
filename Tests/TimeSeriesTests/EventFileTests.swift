import Foundation
import Testing
import TestSupport
@testable import TimeSeries

@Suite struct EventFileTests {
    @Test func readsTheBundledSanctionDates() throws {
        let events = try EventFile.read(Fixtures.dataset("sanctions.csv").path)
        #expect(events.map(\.date.description) == ["2014-03", "2022-02", "2022-03", "2025-10"])
        #expect(events[3].label.contains("NIS"))
    }

    @Test func badDateNamesLineAndColumn() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).csv")
        try "label,date\nfirst,2014-03\nsecond,March 2022\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: InputError.self) { try EventFile.read(url.path) }
        do { _ = try EventFile.read(url.path) } catch {
            #expect(error.line == 3 && error.column == 2)
            #expect(error.message.contains("March 2022"))
        }
    }

    @Test func missingColumnListsThePresentOnes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).csv")
        try "when,label\n2014-03,x\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        do { _ = try EventFile.read(url.path); Issue.record("expected an error") } catch {
            #expect(error.message.contains("'when'") && error.message.contains("'label'"))
        }
    }
}
