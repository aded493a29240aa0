import Foundation
import Testing
import TestSupport

/// What every hostile run must satisfy: a failure is exactly one line `almanac: error: …` on
/// standard error with the expected status, and the scratch directory is left as it was (no
/// temporary files, pre-existing outputs unchanged).
enum Adversary {
    static func expectFailure(_ r: CLIRun, status: Int32, contains: String, _ context: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == status, "\(context): status \(r.status), stderr \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("almanac: error: "), "\(context): \(r.stderr.prefix(300))", sourceLocation: sourceLocation)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(context): not one line: \(r.stderr.prefix(300))",
                sourceLocation: sourceLocation)
        #expect(r.stderr.contains(contains), "\(context): \(r.stderr.prefix(300)) lacks \(contains)",
                sourceLocation: sourceLocation)
    }

    /// Names and contents of the regular files in `dir`, and the kind of everything else.
    static func snapshot(_ dir: ScratchDirectory) -> [String: String] {
        var out: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.url.path)) ?? [] {
            var info = stat()
            lstat(dir.path(name), &info)
            switch info.st_mode & S_IFMT {
            case S_IFREG: out[name] = (try? String(contentsOfFile: dir.path(name), encoding: .utf8)) ?? "<binary>"
            case S_IFLNK: out[name] = "link -> " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: dir.path(name))) ?? "?")
            case S_IFIFO: out[name] = "fifo"
            case S_IFDIR: out[name] = "directory"
            default: out[name] = "other"
            }
        }
        return out
    }

    static func temporaryFiles(_ dir: ScratchDirectory) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.url.path)) ?? []).filter { $0.contains(".tmp-") }
    }

    static func fileType(_ path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }
}
