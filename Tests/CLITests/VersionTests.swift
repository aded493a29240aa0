import Foundation
import Testing
import TestSupport

@Suite struct VersionTests {
    @Test func binaryPrintsVersion() throws {
        let bin = Fixtures.packageRoot.appendingPathComponent(".build/debug/almanac")
        guard FileManager.default.isExecutableFile(atPath: bin.path) else { return }
        let p = Process()
        p.executableURL = bin
        p.arguments = ["--version"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 0)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
