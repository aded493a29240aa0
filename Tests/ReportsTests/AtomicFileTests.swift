import Foundation
import Testing
@testable import Reports

@Suite struct AtomicFileTests {
    @Test func replacesOnlyOnSuccess() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.txt").path
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        // Writing into a missing directory fails and leaves nothing behind.
        #expect(throws: (any Error).self) { try AtomicFile.write("x", to: dir.path + "/missing/out.txt") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
    }
}
