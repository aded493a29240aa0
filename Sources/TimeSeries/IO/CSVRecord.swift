#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One CSV record: its fields' bytes (quotes removed, doubled quotes undone) and the
/// physical line where it starts. The tokenizer refills the same record for every row,
/// so reading a file allocates per file, not per row.
///
/// Each field is stored NUL-terminated so numbers parse in place with `strtod`.
public struct CSVRecord: Sendable {
    /// 1-based physical line where the record starts.
    public internal(set) var line = 0
    var bytes: [UInt8] = []
    var starts: [Int] = []
    var ends: [Int] = []

    public init() {
        bytes.reserveCapacity(256)
        starts.reserveCapacity(16)
        ends.reserveCapacity(16)
    }

    /// Number of fields.
    public var count: Int { starts.count }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    @inline(__always) mutating func beginField() { starts.append(bytes.count) }

    @inline(__always) mutating func endField() {
        ends.append(bytes.count)
        bytes.append(0)
    }

    /// Field `i` (0-based) as text.
    public func string(_ i: Int) -> String {
        guard i >= 0, i < count else { return "" }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[starts[i]..<ends[i]]), as: UTF8.self)
        }
    }

    /// All fields as text.
    public var strings: [String] { (0..<count).map(string) }

    /// Calls `body` with the bytes of field `i` (no terminator).
    public func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[i]..<ends[i]])) }
    }

    /// Field `i` as a number: `.missing` for `NA`, `NaN` or blank (any case, surrounding
    /// blanks ignored), `.value` for a finite decimal number, `.invalid` otherwise (text,
    /// `Inf`, hexadecimal, or a magnitude beyond `Double`).
    public func number(_ i: Int) -> CSVNumber {
        bytes.withUnsafeBufferPointer { all -> CSVNumber in
            var lo = starts[i], hi = ends[i]
            while lo < hi, all[lo] == 0x20 || all[lo] == 0x09 { lo += 1 }
            while hi > lo, all[hi - 1] == 0x20 || all[hi - 1] == 0x09 { hi -= 1 }
            let n = hi - lo
            if n == 0 { return .missing }
            if n == 2, all[lo] | 0x20 == 0x6E, all[lo + 1] | 0x20 == 0x61 { return .missing }  // NA
            if n == 3, all[lo] | 0x20 == 0x6E, all[lo + 1] | 0x20 == 0x61, all[lo + 2] | 0x20 == 0x6E {
                return .missing  // NaN
            }
            var sawDigit = false
            for k in lo..<hi {
                let b = all[k]
                switch b {
                case 0x30...0x39: sawDigit = true
                case 0x2B, 0x2D, 0x2E, 0x45, 0x65: break  // + - . E e
                default: return .invalid
                }
            }
            guard sawDigit, let base = all.baseAddress else { return .invalid }
            return (base + lo).withMemoryRebound(to: CChar.self, capacity: n) { p -> CSVNumber in
                var endPointer: UnsafeMutablePointer<CChar>? = nil
                let v = strtod(p, &endPointer)
                guard let e = endPointer, e == UnsafeMutablePointer(mutating: p) + n, v.isFinite else {
                    return .invalid
                }
                return .value(v)
            }
        }
    }
}

/// The reading of one numeric CSV cell.
public enum CSVNumber: Equatable, Sendable {
    case value(Double)
    case missing
    case invalid
}

extension CSVRecord {
    /// Field `column` as a number (NaN for a missing value).
    /// - Throws: `InputError` at the cell for text, infinities, out-of-range numbers, or
    ///   magnitudes beyond `InputLimits.maxMagnitude`.
    public func value(_ column: Int, name: String, file: String) throws(InputError) -> Double {
        switch number(column) {
        case .value(let v):
            guard abs(v) <= InputLimits.maxMagnitude else {
                throw InputError(file: file, line: line, column: column + 1,
                                 "'\(string(column))' in column '\(name)' is beyond the supported magnitude 1e100 (rescale the data)")
            }
            return v
        case .missing: return .nan
        case .invalid:
            throw InputError(file: file, line: line, column: column + 1,
                             "'\(string(column))' in column '\(name)' is not a number (missing values are written NA, NaN or left empty)")
        }
    }
}
