import Foundation

/// A failed write of an output file, reported as one line: the path the user gave and the
/// system's reason (`out.csv: No space left on device`), never Foundation's error dump.
public struct FileWriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The reason from `errno` as the C library words it.
    init(path: String, errno code: Int32, doing action: String) {
        self.init(path: path, reason: "\(action): \(String(cString: strerror(code)))")
    }

    public var description: String { "\(path): \(reason)" }
}
