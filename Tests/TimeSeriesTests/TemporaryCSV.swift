import Foundation

/// Writes `text` (or raw bytes) to a fresh file in the temporary directory and returns
/// its path; the CSV tests read real files because the readers stream from descriptors.
enum TemporaryCSV {
    static func write(_ text: String, name: String = "input.csv") throws -> String {
        try write(Data(text.utf8), name: name)
    }

    static func write(_ data: Data, name: String = "input.csv") throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("almanac-tscore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
