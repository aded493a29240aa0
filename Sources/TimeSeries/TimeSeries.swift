/// A regular time series: a name, the period of its first observation, a frequency and
/// the observed values (NaN marks a missing observation).
///
/// The i-th value (0-based) belongs to `start.advanced(by: i)`. Statistical routines take
/// `values` and `period` directly; dates live only here.
public struct TimeSeries: Hashable, Sendable, Codable, CustomStringConvertible {
    public var name: String
    public private(set) var start: Period
    public private(set) var frequency: Frequency
    public var values: [Double]

    /// A series of `frequency` starting at `start`.
    /// - Throws: `InputError` when `start` is not a label of `frequency` (a quarter for a
    ///   monthly series, say).
    public init(name: String = "", start: Period, frequency: Frequency, values: [Double]) throws(InputError) {
        guard start.resolution == frequency.resolution else {
            throw InputError(file: name.isEmpty ? "series" : name,
                             "start \(start) is \(start.resolution) but the frequency is \(frequency)")
        }
        self.name = name
        self.start = start
        self.frequency = frequency
        self.values = values
    }

    /// A series whose frequency follows from `start` (`indexedPeriod` applies to an
    /// integer-indexed start and is ignored for calendar starts).
    public init(name: String = "", start: Period, values: [Double], indexedPeriod: Int = 1) {
        self.name = name
        self.start = start
        self.frequency = Frequency(resolution: start.resolution, indexedPeriod: indexedPeriod)
        self.values = values
    }

    /// Observations per seasonal cycle (12, 4, 1, or the indexed period).
    public var period: Int { frequency.period }

    public var count: Int { values.count }

    public var isEmpty: Bool { values.isEmpty }

    /// The period of the last observation (`start` itself for an empty series).
    public var end: Period { start.advanced(by: max(values.count - 1, 0)) }

    /// The period of observation `i` (0-based).
    public func date(at i: Int) -> Period { start.advanced(by: i) }

    /// All observation periods, in order.
    public var dates: [Period] { (0..<values.count).map { start.advanced(by: $0) } }

    /// R's `time(x)`: decimal years (`1949.0, 1949.0833, …`); for an indexed series with
    /// period m, `start + i/m` as `ts(x, start = start, frequency = m)` gives.
    public var times: [Double] {
        if frequency.resolution == .index {
            let m = Double(period)
            return (0..<values.count).map { Double(start.ordinal) + Double($0) / m }
        }
        return (0..<values.count).map { start.advanced(by: $0).decimalYear }
    }

    /// R's `cycle(x)`: the 1-based position of each observation in its seasonal cycle
    /// (the month for monthly data, the quarter for quarterly, 1 for annual).
    public var cycles: [Int] {
        let m = period
        let first: Int
        switch frequency.resolution {
        case .month, .quarter: first = ((start.ordinal % m) + m) % m
        case .year: first = 0
        case .index: first = (((start.ordinal - 1) % m) + m) % m
        }
        return (0..<values.count).map { (first + $0) % m + 1 }
    }

    /// The 0-based position of `date`, or `nil` when it is outside the series or of
    /// another resolution.
    public func index(of date: Period) -> Int? {
        guard let d = start.distance(to: date), d >= 0, d < values.count else { return nil }
        return d
    }

    /// The observations from `from` to `to`, both inclusive (`nil` = the series' own
    /// start / end), as R's `window(x, start, end)`.
    /// - Throws: `InputError` for a date of another resolution, a date outside the
    ///   series, or `from` after `to`.
    public func slice(from: Period? = nil, to: Period? = nil) throws(InputError) -> TimeSeries {
        let source = name.isEmpty ? "series" : name
        let lo = from ?? start, hi = to ?? end
        for d in [lo, hi] where d.resolution != start.resolution {
            throw InputError(file: source, "slice date \(d) is \(d.resolution) but the series is \(frequency)")
        }
        guard let i = index(of: lo) else {
            throw InputError(file: source, "slice start \(lo) is outside the series (\(start) to \(end))")
        }
        guard let j = index(of: hi) else {
            throw InputError(file: source, "slice end \(hi) is outside the series (\(start) to \(end))")
        }
        guard i <= j else {
            throw InputError(file: source, "slice start \(lo) is after its end \(hi)")
        }
        var out = self
        out.start = lo
        out.values = Array(values[i...j])
        return out
    }

    /// ``slice(from:to:)`` with dates as text (`"2014-03"`, `"2022Q1"`, `"2022"`, `"17"`).
    public func slice(from: String? = nil, to: String? = nil) throws(InputError) -> TimeSeries {
        func parse(_ s: String?) throws(InputError) -> Period? {
            guard let s else { return nil }
            guard let p = Period(parsing: s, as: start.resolution) else {
                throw InputError(file: name.isEmpty ? "series" : name,
                                 "'\(s)' is not a date (expected YYYY-MM, YYYY-MM-DD, YYYYQn, YYYY or an integer index)")
            }
            return p
        }
        return try slice(from: parse(from), to: parse(to))
    }

    /// The first `n` observations (all of them when `n` exceeds the length).
    public func prefix(_ n: Int) -> TimeSeries {
        var out = self
        out.values = Array(values.prefix(max(n, 0)))
        return out
    }

    /// The last `n` observations, with the start moved accordingly.
    public func suffix(_ n: Int) -> TimeSeries {
        var out = self
        let k = min(max(n, 0), values.count)
        out.start = start.advanced(by: values.count - k)
        out.values = Array(values.suffix(k))
        return out
    }

    /// Appends observations for the periods right after `end`.
    public mutating func append(contentsOf newValues: [Double]) {
        values.append(contentsOf: newValues)
    }

    /// This series followed by `newValues` (e.g. history followed by a forecast).
    public func appending(_ newValues: [Double]) -> TimeSeries {
        var out = self
        out.values.append(contentsOf: newValues)
        return out
    }

    /// This series followed by `other`, which must start the period after `end`.
    /// - Throws: `InputError` when the frequencies differ or `other` does not continue
    ///   this series without gap or overlap.
    public func appending(_ other: TimeSeries) throws(InputError) -> TimeSeries {
        let source = name.isEmpty ? "series" : name
        guard other.frequency == frequency else {
            throw InputError(file: source, "cannot append a \(other.frequency) series to a \(frequency) series")
        }
        let next = values.isEmpty ? start : end.advanced(by: 1)
        guard other.start == next else {
            throw InputError(file: source, "appended series starts at \(other.start) but \(next) follows \(end)")
        }
        return appending(other.values)
    }

    /// The series restricted to their common span (latest start to earliest end), as R's
    /// `ts.intersect`.
    /// - Throws: `InputError` when the frequencies differ or the spans do not overlap.
    /// - Complexity: O(total length).
    public static func aligned(_ series: [TimeSeries]) throws(InputError) -> [TimeSeries] {
        guard let first = series.first else { return [] }
        for s in series where s.frequency != first.frequency {
            throw InputError(file: s.name.isEmpty ? "series" : s.name,
                             "cannot align a \(s.frequency) series with a \(first.frequency) series '\(first.name)'")
        }
        let nonEmpty = series.filter { !$0.isEmpty }
        guard nonEmpty.count == series.count,
              let lo = series.map(\.start).max(), let hi = series.map(\.end).min(), lo <= hi else {
            let spans = series.map { "'\($0.name)' \($0.start)…\($0.end)" }.joined(separator: ", ")
            throw InputError(file: first.name.isEmpty ? "series" : first.name,
                             "the series have no common span: \(spans)")
        }
        var out: [TimeSeries] = []
        for s in series { out.append(try s.slice(from: lo, to: hi)) }
        return out
    }

    public var description: String {
        let label = name.isEmpty ? "series" : name
        return values.isEmpty ? "\(label): empty \(frequency)"
            : "\(label): \(frequency), \(start) to \(end), \(values.count) observations"
    }
}

extension TimeSeries {
    private enum CodingKeys: String, CodingKey { case name, start, frequency, values }

    /// Decodes a series saved with `encode(to:)`, refusing a start of another resolution
    /// than the frequency. Missing values are stored as JSON `null` (JSON has no NaN).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        let start = try c.decode(Period.self, forKey: .start)
        let frequency = try c.decode(Frequency.self, forKey: .frequency)
        let values = try c.decode([Double?].self, forKey: .values).map { $0 ?? .nan }
        guard start.resolution == frequency.resolution else {
            throw DecodingError.dataCorruptedError(forKey: .start, in: c,
                debugDescription: "start \(start) is \(start.resolution) but the frequency is \(frequency)")
        }
        self.name = name
        self.start = start
        self.frequency = frequency
        self.values = values
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(start, forKey: .start)
        try c.encode(frequency, forKey: .frequency)
        try c.encode(values.map { $0.isNaN ? nil : $0 }, forKey: .values)
    }
}
