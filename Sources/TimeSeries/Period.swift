/// A calendar position of one observation: a month, a quarter, a year, or an integer index.
///
/// Stored as a resolution plus an ordinal counted from year 0 (`year·12 + month − 1`,
/// `year·4 + quarter − 1`, `year`, or the index itself), so arithmetic is integer
/// addition and ordering is integer comparison.
///
/// Text forms (``init(parsing:as:)``, ``description``):
/// `2022-03` and `2022-03-15` (a month; the day, and a time of day such as
/// `2022-03-15 00:00:00` or `2022-03-15T00:00:00Z`, are checked then dropped), `2022Q1`
/// (also `2022 Q1`, `2022-Q1`, lower-case `q`), `2022` (a year) and `17` (an index).
/// A bare integer of exactly four digits reads as a year unless the caller says
/// `.index`; any other bare integer is an index.
///
/// Periods of different resolutions order by resolution first (months < quarters <
/// years < indices) so that `Comparable` is total, but ``distance(to:)`` between them
/// is `nil`: there is no meaningful number of steps from a month to a quarter.
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// What one step of a period is.
    public enum Resolution: Int, Hashable, Sendable, Codable, CustomStringConvertible {
        case month, quarter, year, index

        public var description: String {
            switch self {
            case .month: return "monthly"
            case .quarter: return "quarterly"
            case .year: return "annual"
            case .index: return "integer-indexed"
            }
        }
    }

    public let resolution: Resolution
    /// Steps since year 0 (calendar resolutions) or the index itself.
    public let ordinal: Int

    public init(resolution: Resolution, ordinal: Int) {
        self.resolution = resolution
        self.ordinal = ordinal
    }

    /// The month `month` (1…12) of `year`; months outside 1…12 roll into adjacent years.
    public static func month(_ year: Int, _ month: Int) -> Period {
        Period(resolution: .month, ordinal: year * 12 + (month - 1))
    }

    /// The quarter `quarter` (1…4) of `year`; quarters outside 1…4 roll into adjacent years.
    public static func quarter(_ year: Int, _ quarter: Int) -> Period {
        Period(resolution: .quarter, ordinal: year * 4 + (quarter - 1))
    }

    public static func year(_ year: Int) -> Period { Period(resolution: .year, ordinal: year) }

    public static func index(_ i: Int) -> Period { Period(resolution: .index, ordinal: i) }

    /// The calendar year (floor division, so negative ordinals stay consistent); for an
    /// index, the index itself.
    public var year: Int {
        switch resolution {
        case .month: return floorDiv(ordinal, 12)
        case .quarter: return floorDiv(ordinal, 4)
        case .year, .index: return ordinal
        }
    }

    /// Month 1…12 for a monthly period, else `nil`.
    public var month: Int? { resolution == .month ? ordinal - floorDiv(ordinal, 12) * 12 + 1 : nil }

    /// Quarter 1…4 for a quarterly period, else `nil`.
    public var quarter: Int? { resolution == .quarter ? ordinal - floorDiv(ordinal, 4) * 4 + 1 : nil }

    /// The period `n` steps later (earlier for negative `n`).
    public func advanced(by n: Int) -> Period { Period(resolution: resolution, ordinal: ordinal + n) }

    /// Steps from `self` to `other` (positive when `other` is later); `nil` when the
    /// resolutions differ.
    public func distance(to other: Period) -> Int? {
        resolution == other.resolution ? other.ordinal - ordinal : nil
    }

    /// R's `time()` value: the year plus the fraction of it elapsed at the start of the
    /// period (`2022-04` → 2022.25); for an index, the index itself.
    public var decimalYear: Double {
        switch resolution {
        case .month: return Double(year) + Double((month ?? 1) - 1) / 12
        case .quarter: return Double(year) + Double((quarter ?? 1) - 1) / 4
        case .year, .index: return Double(ordinal)
        }
    }

    public static func < (a: Period, b: Period) -> Bool {
        a.resolution != b.resolution ? a.resolution.rawValue < b.resolution.rawValue : a.ordinal < b.ordinal
    }

    public var description: String {
        switch resolution {
        case .month: return "\(Self.pad4(year))-\((month ?? 1) < 10 ? "0" : "")\(month ?? 1)"
        case .quarter: return "\(Self.pad4(year))Q\(quarter ?? 1)"
        case .year: return Self.pad4(ordinal)
        case .index: return String(ordinal)
        }
    }

    private static func pad4(_ y: Int) -> String {
        let digits = String(abs(y))
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return y < 0 ? "-" + padded : padded
    }

    private func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    // MARK: Parsing

    /// Parses `text` (surrounding blanks ignored); `nil` when it is not a period.
    /// - Parameters:
    ///   - text: the period as written (`2022-03`, `2022Q1`, `2022`, `17`, …).
    ///   - hint: the resolution expected (decides whether `2022` is a year or an
    ///     index; with `.index`, only integers parse). A text of another resolution still
    ///     parses as what it is, so callers can report the mismatch.
    public init?(parsing text: String, as hint: Resolution? = nil) {
        var copy = text
        guard let p = copy.withUTF8({ Period.parse($0, hint: hint) }) else { return nil }
        self = p
    }

    /// Parses UTF-8 bytes; the allocation-free core of ``init(parsing:as:)`` used by the
    /// CSV readers on every row.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, hint: Resolution? = nil) -> Period? {
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        guard lo < hi else { return nil }

        // A leading run of digits (an optional sign only for a bare integer).
        var i = lo
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        let digitsStart = i
        var value = 0
        while i < hi, let d = digit(bytes[i]) {
            guard value < 100_000_000_000_000 else { return nil }
            value = value * 10 + d
            i += 1
        }
        let nDigits = i - digitsStart
        guard nDigits > 0 else { return nil }
        if i == hi {
            let n = negative ? -value : value
            switch hint {
            case .index: return .index(n)
            case .year: return .year(n)
            default: return nDigits == 4 && digitsStart == lo ? .year(n) : .index(n)
            }
        }
        // Everything else starts with an unsigned four-digit year.
        guard digitsStart == lo, nDigits == 4 else { return nil }
        let year = value
        var c = bytes[i]
        // Quarter: YYYYQn, YYYY Qn, YYYY-Qn.
        if c == UInt8(ascii: " ") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/"),
           i + 1 < hi, bytes[i + 1] | 0x20 == UInt8(ascii: "q") {
            i += 1
            c = bytes[i]
        }
        if c | 0x20 == UInt8(ascii: "q") {
            guard i + 2 == hi, let q = digit(bytes[i + 1]), (1...4).contains(q) else { return nil }
            return .quarter(year, q)
        }
        // Month: YYYY-MM or YYYY-MM-DD (also with '/').
        guard c == UInt8(ascii: "-") || c == UInt8(ascii: "/") else { return nil }
        let separator = c
        i += 1
        var month = 0, monthDigits = 0
        while i < hi, let d = digit(bytes[i]), monthDigits < 2 { month = month * 10 + d; monthDigits += 1; i += 1 }
        guard monthDigits > 0, (1...12).contains(month) else { return nil }
        if i == hi { return .month(year, month) }
        guard bytes[i] == separator else { return nil }
        i += 1
        var day = 0, dayDigits = 0
        while i < hi, let d = digit(bytes[i]), dayDigits < 2 { day = day * 10 + d; dayDigits += 1; i += 1 }
        guard dayDigits > 0, day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        if i < hi {
            // A time of day as pandas writes timestamps (`2020-01-31 00:00:00`,
            // `2020-01-31T00:00:00Z`): checked for its characters, then dropped.
            guard bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "T"), i + 1 < hi,
                  digit(bytes[i + 1]) != nil else { return nil }
            for k in (i + 1)..<hi {
                let b = bytes[k]
                guard digit(b) != nil || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") || b == UInt8(ascii: "Z")
                        || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") else { return nil }
            }
        }
        return .month(year, month)
    }

    @inline(__always)
    private static func digit(_ b: UInt8) -> Int? {
        b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: Codable — an index as a JSON integer, calendar periods as their text.

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int.self) {
            self = .index(i)
            return
        }
        let text = try c.decode(String.self)
        guard let p = Period(parsing: text), p.resolution != .index else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(text)' is not a period (YYYY-MM, YYYYQn or YYYY)")
        }
        self = p
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if resolution == .index { try c.encode(ordinal) } else { try c.encode(description) }
    }
}
