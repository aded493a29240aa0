import Foundation

/// The temporary files this process has created and not yet renamed or removed, so that an
/// interrupted run (SIGINT, SIGTERM, a broken pipe) can remove them before it dies instead of
/// leaving `.name.tmp-PID-UUID` litter next to the user's outputs.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []

    public static func register(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.insert(path)
    }

    public static func unregister(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.remove(path)
    }

    /// Removes every registered file; safe to call from a signal source handler.
    public static func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for p in paths { unlink(p) }
        paths.removeAll()
    }
}
