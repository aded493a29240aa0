import Foundation

/// Paths to committed fixtures and the bundled datasets, independent of the working
/// directory the tests run from. Tests read only files inside the repository.
public enum Fixtures {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // root

    /// `Tests/Fixtures/<relative>`.
    public static func url(_ relative: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative)
    }

    /// `Datasets/<relative>` inside the package.
    public static func dataset(_ relative: String) -> URL {
        packageRoot.appendingPathComponent("Datasets").appendingPathComponent(relative)
    }

    /// Reads a simple numeric CSV fixture (header row, comma-separated, `NA` → NaN)
    /// into named columns. Non-numeric cells become NaN; use `csvStrings` for text.
    public static func csv(_ url: URL) throws -> [String: [Double]] {
        let table = try csvStrings(url)
        var out: [String: [Double]] = [:]
        for (k, v) in table { out[k] = v.map { Double($0) ?? .nan } }
        return out
    }

    /// Reads a simple CSV fixture into named text columns (no quoting support: fixtures
    /// are written by our scripts without embedded commas).
    public static func csvStrings(_ url: URL) throws -> [String: [String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard !lines.isEmpty else { return [:] }
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
        var cols = [[String]](repeating: [], count: header.count)
        for line in lines {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            for j in 0..<header.count {
                cols[j].append(j < cells.count ? cells[j].trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) : "")
            }
        }
        var out: [String: [String]] = [:]
        for (j, name) in header.enumerated() { out[name] = cols[j] }
        return out
    }

    /// Decodes a JSON fixture.
    public static func json<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// Relative difference `|a − b| / max(|b|, floor)`; both NaN counts as equal.
public func relativeDifference(_ a: Double, _ b: Double, floor: Double = 0) -> Double {
    if a.isNaN && b.isNaN { return 0 }
    if a == b { return 0 }
    return abs(a - b) / max(abs(b), floor)
}

/// True when `a` is within `rel` relative (or `abs` absolute) of the reference `b`.
public func isClose(_ a: Double, _ b: Double, rel: Double, abs absTol: Double = 0) -> Bool {
    if a.isNaN && b.isNaN { return true }
    if a == b { return true }
    return Swift.abs(a - b) <= max(rel * Swift.abs(b), absTol)
}
