import Foundation
import Testing
import TestSupport

/// Runs the `almanac` binary and captures its output and exit code: the one named by the
/// environment variable `ALMANAC_BIN` (e.g. a release build), else the debug build that
/// `swift build` puts in `.build/debug`.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// `$ALMANAC_BIN` (e.g. the release build; relative to the package root) or else the debug build.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["ALMANAC_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path, relativeTo: Fixtures.packageRoot).absoluteURL
        }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/almanac")
    }()

    /// Runs a bash script with `$A` set to the binary, from the package root: for
    /// redirections (`> /dev/full`, `>&-`, `| head -1`), FIFOs and signals.
    static func shell(_ script: String) throws -> CLIRun {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw CLIRunnerError.missingBinary(binary.path)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        p.environment = ProcessInfo.processInfo.environment.merging(["A": binary.path]) { $1 }
        p.currentDirectoryURL = Fixtures.packageRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIRun(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    static func run(_ args: [String], stdin: String? = nil) throws -> CLIRun {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw CLIRunnerError.missingBinary(binary.path)
        }
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = Fixtures.packageRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIRun(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    func json() throws -> [String: Any] {
        guard let obj = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else {
            throw CLIRunnerError.notAnObject
        }
        return obj
    }
}

enum CLIRunnerError: Error, CustomStringConvertible {
    case missingBinary(String)
    case notAnObject
    var description: String {
        switch self {
        case .missingBinary(let p): return "\(p) not found: run `swift build` before `swift test` (make test does)"
        case .notAnObject: return "output is not a JSON object"
        }
    }
}

/// A scratch directory removed when the test ends.
struct ScratchDirectory {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }
    func remove() { try? FileManager.default.removeItem(at: url) }
}
