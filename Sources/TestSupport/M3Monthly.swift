import Foundation

/// The M3 monthly competition data (`Datasets/m3-monthly.csv`, long form
/// `series,split,t,value`), read once per test process and shared by every test suite
/// (`almanac-bench` reads it with `M3Data`, on `LongCSVReader`, which reports
/// malformed rows as typed errors; this one is for tests).
public struct M3Monthly: Sendable {
    /// One series: its training part and the 18 test values, each ordered by `t`.
    public struct Series: Sendable {
        public let id: String
        public let train: [Double]
        public let test: [Double]
    }

    /// The series in the order they first appear in the file (N1402 first).
    public let series: [Series]
    /// Training parts keyed by series id.
    public let train: [String: [Double]]

    /// The bundled dataset; empty when the file cannot be read (tests then fail on a missing id).
    public static let shared = M3Monthly(url: Fixtures.dataset("m3-monthly.csv"))

    /// Any file of the same long form (e.g. `Datasets/m3/m3-other.csv`); the test parts then
    /// have that collection's horizon.
    public init(url: URL) {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var order: [String] = []
        var parts: [String: (train: [(Int, Double)], test: [(Int, Double)])] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            guard f.count == 4, let t = Int(f[2]) else { continue }
            let v = Double(f[3]) ?? .nan  // kept as missing, so the time points stay aligned
            let id = String(f[0])
            if parts[id] == nil { order.append(id); parts[id] = ([], []) }
            if f[1] == "train" { parts[id]?.train.append((t, v)) } else if f[1] == "test" { parts[id]?.test.append((t, v)) }
        }
        func sorted(_ x: [(Int, Double)]) -> [Double] { x.sorted { $0.0 < $1.0 }.map(\.1) }
        series = order.map { id in
            let p = parts[id] ?? ([], [])
            return Series(id: id, train: sorted(p.train), test: sorted(p.test))
        }
        train = Dictionary(uniqueKeysWithValues: series.map { ($0.id, $0.train) })
    }
}
