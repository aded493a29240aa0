import Foundation

/// Writes `text` (or raw bytes) to a fresh file in the temporary directory and returns
/// its path; the CSV tests read real files because the readers stream from descriptors.
///
/// Every file lives in its own subdirectory of one directory per test process, which is
/// removed when the process exits (the tests only read the files, and a run used to leave
/// about twenty directories behind).
enum TemporaryCSV {
    private static let root: URL = {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("almanac-tscore-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: TemporaryCSV.root) }
        return dir
    }()

    static func write(_ text: String, name: String = "input.csv") throws -> String {
        try write(Data(text.utf8), name: name)
    }

    static func write(_ data: Data, name: String = "input.csv") throws -> String {
        let dir = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
