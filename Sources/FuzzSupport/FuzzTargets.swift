import Foundation
import Forecaster
import TimeSeries

/// The fuzzed entry points: the CSV readers (wide, long, event files) and the model loader.
/// Each must return or throw for any bytes — a trap, hang or unbounded allocation is a bug.
/// Errors are the expected outcome for most inputs and are ignored.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case csv, model

    /// Runs the target on one input. CSV readers take paths, so the bytes go to a scratch file.
    public func run(_ data: Data, scratch: String) {
        switch self {
        case .csv:
            guard (try? data.write(to: URL(fileURLWithPath: scratch))) != nil else { return }
            _ = try? WideCSVReader.read(path: scratch)
            _ = try? WideCSVReader.readSeries(path: scratch, indexedPeriod: 12)
            _ = try? LongCSVReader.readAll(path: scratch, indexedPeriod: 12)
            _ = try? EventFile.read(scratch)
        case .model:
            guard let saved = try? SavedModel.decode(data, source: "fuzz") else { return }
            _ = try? saved.forecast(horizon: 12, levels: [80, 95], covariance: true)
            _ = try? saved.forecast(horizon: 200, levels: [95], covariance: false)
        }
    }
}

/// Deterministic mutations of corpus inputs (byte flips, insertions of interesting bytes and
/// numbers, deletions, truncations, splices), for the fixed-seed run of `make test` and for
/// builds without libFuzzer.
public struct Mutator {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    static let tokens: [String] = [",", "\"", "\n", "\r\n", ";", "\t", "NA", "NaN", "-", "1e308", "1e-308", "-0",
                                   "99999999999999999999", "2020-13", "2020Q5", "0", "-1", "null", "[]", "{}",
                                   "\u{FEFF}", "\u{1B}[31m", "\u{0}", "Infinity", "1e100", "1e101"]

    public mutating func mutate(_ input: Data) -> Data {
        var bytes = [UInt8](input)
        for _ in 0...below(4) {
            switch below(6) {
            case 0 where !bytes.isEmpty: bytes[below(bytes.count)] ^= UInt8(1 << below(8))
            case 1:
                let t = Array(Self.tokens[below(Self.tokens.count)].utf8)
                bytes.insert(contentsOf: t, at: below(bytes.count + 1))
            case 2 where !bytes.isEmpty:
                let start = below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + below(16)))
            case 3 where !bytes.isEmpty: bytes.removeSubrange(below(bytes.count)...)
            case 4 where !bytes.isEmpty:
                let start = below(bytes.count), len = min(bytes.count - start, 1 + below(64))
                bytes.insert(contentsOf: bytes[start..<(start + len)], at: below(bytes.count + 1))
            default:
                // Replace a number-like run with an interesting value.
                if let i = bytes.indices.dropFirst(below(max(bytes.count, 1))).first(where: { (0x30...0x39).contains(bytes[$0]) }) {
                    var j = i
                    while j < bytes.count, (0x30...0x39).contains(bytes[j]) || bytes[j] == 0x2E { j += 1 }
                    bytes.replaceSubrange(i..<j, with: Array(Self.tokens[9 + below(5)].utf8))
                }
            }
        }
        return Data(bytes)
    }
}
