import Foundation

/// Writes output files atomically: the bytes go to a temporary file in the same
/// directory, which is then renamed over the destination. A failed run therefore
/// never leaves a half-written file, and an existing output is replaced only when
/// the new one is complete.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString)")
        do {
            try data.write(to: tmp)
            if rename(tmp.path, url.path) != 0 {
                let code = errno
                throw CocoaError(.fileWriteUnknown, userInfo: [
                    NSLocalizedDescriptionKey: "cannot rename to \(path): \(String(cString: strerror(code)))",
                ])
            }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
