/// Filling missing observations (NaN) for consumers that cannot handle them.
///
/// Interior gaps are interpolated linearly between the nearest observed neighbours,
/// `x[i] = x[a] + (x[b] − x[a])·(i − a)/(b − a)` (R `approx(rule = 1)`,
/// `zoo::na.approx`). Missing values before the first or after the last observation
/// cannot be interpolated: by default they are an error naming them; with `.carry` they
/// take the nearest observed value (R `approx(rule = 2)`, i.e. last observation carried
/// forward at the end, first carried backward at the start).
///
/// Unlike `forecast::na.interp`, seasonal series are also interpolated linearly (no STL
/// step): the fill is meant for the few isolated gaps trade data has, and a linear fill is
/// reproducible without a decomposition.
public enum MissingValues {
    /// What to do with missing values before the first or after the last observation.
    public enum EndPolicy: String, Sendable, Codable, CaseIterable {
        /// Refuse them (the error names them).
        case error
        /// Copy the nearest observed value.
        case carry
    }

    /// Number of NaN values.
    public static func count(_ x: [Double]) -> Int { x.reduce(0) { $0 + ($1.isNaN ? 1 : 0) } }

    /// `x` with NaN replaced (see the type's documentation).
    /// - Parameters:
    ///   - x: the series, NaN for missing values.
    ///   - ends: what to do with missing values at the start and the end.
    ///   - source: the series' name, used as the error's `file`.
    ///   - label: names position `i` in messages (a date, say); 1-based index by default.
    /// - Throws: `InputError` (file = `source`) when every value is missing, or when
    ///   leading/trailing values are missing and `ends` is `.error`.
    /// - Complexity: O(n).
    public static func fill(_ x: [Double], ends: EndPolicy = .error, source: String = "series",
                            label: (Int) -> String = { "position \($0 + 1)" }) throws(InputError) -> [Double] {
        guard let first = x.firstIndex(where: { !$0.isNaN }), let last = x.lastIndex(where: { !$0.isNaN }) else {
            throw InputError(file: source, x.isEmpty ? "the series is empty" : "every value is missing (\(x.count) NaN)")
        }
        if ends == .error && (first > 0 || last < x.count - 1) {
            var parts: [String] = []
            if first > 0 {
                parts.append("\(first) leading (\(label(0))\(first > 1 ? " to \(label(first - 1))" : ""))")
            }
            if last < x.count - 1 {
                let n = x.count - 1 - last
                parts.append("\(n) trailing (\(label(last + 1))\(n > 1 ? " to \(label(x.count - 1))" : ""))")
            }
            throw InputError(file: source,
                             "missing values that cannot be interpolated: \(parts.joined(separator: " and ")); trim the series or carry the nearest observation")
        }
        var out = x
        for i in 0..<first { out[i] = x[first] }
        for i in (last + 1)..<x.count { out[i] = x[last] }
        var a = first
        var i = first + 1
        while i <= last {
            if x[i].isNaN {
                var b = i
                while x[b].isNaN { b += 1 }  // terminates: x[last] is observed
                let slope = (x[b] - x[a]) / Double(b - a)
                for k in i..<b { out[k] = x[a] + slope * Double(k - a) }
                i = b
            }
            a = i
            i += 1
        }
        return out
    }
}

extension TimeSeries {
    /// The series with missing values filled (``MissingValues``); messages name dates.
    public func filled(ends: MissingValues.EndPolicy = .error) throws(InputError) -> TimeSeries {
        var out = self
        let start = self.start
        out.values = try MissingValues.fill(values, ends: ends, source: name.isEmpty ? "series" : name,
                                            label: { start.advanced(by: $0).description })
        return out
    }
}
