import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A progress bar with rate and ETA on standard error, drawn only when standard error is a
/// terminal (pipes and CI logs stay clean). Thread-safe; redraws at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        self.enabled = isatty(STDERR_FILENO) == 1 && total > 1
    }

    /// Reports that `done` items are finished.
    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = String(format: "\r%@ %@ %d/%d  %.1f/s  ETA %@", label, bar, done, total, rate, Self.clock(eta))
        StandardStreams.error(line)
        if done == total { StandardStreams.error("\n") }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                         : String(format: "%d:%02d", s / 60, s % 60)
    }
}
