import Foundation
import TimeSeries

/// Drivers read from a wide CSV, `date,col1,col2,…`, one row per period in ascending,
/// consecutive order (no gaps, no repeats). Missing values (`""`, `NA`, `NaN`) are kept as
/// NaN here and refused by `aligned(with:horizon:)` where they would be used.
public struct DriverTable: Sendable {
    /// The file, for messages.
    public var path: String
    /// The chosen columns, in the order asked for.
    public var names: [String]
    /// Date of the first row.
    public var start: Period
    /// `values[i][j]`: row `i`, column `names[j]`.
    public var values: [[Double]]
    /// 1-based file line of each row.
    public var lines: [Int]
    /// Each chosen driver's own forecast interval (`NAME-lo-95,NAME-hi-95` or `-80`
    /// columns), nil for a driver without them.
    public var intervals: [DriverInterval?] = []

    public var end: Period { start.advanced(by: max(values.count - 1, 0)) }

    /// Reads `columns` (nil: every column after the date but the interval columns) of
    /// `text`, the contents of `path`, with each one's `NAME-lo-95`/`NAME-hi-95` (or `-80`)
    /// interval columns when present; dates are read as `resolution` (that of the series
    /// they go with).
    /// - Throws: `DriverError` naming the file and line, or `--xreg-columns` for a column
    ///   not in the header or naming an interval column, or an interval bound without
    ///   its partner.
    public static func parse(_ text: String, path: String, columns: [String]?,
                             resolution: Period.Resolution) throws -> DriverTable {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let rawLines = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard let headerIndex = rawLines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw DriverError("\(path): empty file; --xreg needs a CSV with a header date,driver1,driver2,…")
        }
        let header = rawLines[headerIndex]
        let sep: Character = header.contains(",") ? "," : header.contains(";") ? ";" : "\t"
        let fields = { (line: String) in
            line.split(separator: sep, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
        }
        let head = fields(header)
        guard head.count >= 2 else {
            throw DriverError("\(path):\(headerIndex + 1): the header has no driver column after the date")
        }
        let available = Array(head.dropFirst())
        let chosen = columns ?? available.filter { DriverInterval.driver(of: $0, among: available) == nil }
        var index: [Int] = []
        for name in chosen {
            guard let j = available.firstIndex(of: name) else {
                throw DriverError("--xreg-columns: no column '\(name)' in \(path) (columns: \(available.joined(separator: ", ")))")
            }
            if let base = DriverInterval.driver(of: name, among: available) {
                throw DriverError("--xreg-columns: '\(name)' is a bound of the interval of '\(base)'; name the driver '\(base)' and its -lo/-hi columns are used")
            }
            if index.contains(j + 1) { throw DriverError("--xreg-columns: '\(name)' is named twice") }
            index.append(j + 1)
        }
        // Each driver's interval columns: the first level with both bounds; a bound alone is refused.
        var boundIndex: [(level: Int, lo: Int, hi: Int)?] = []
        for name in chosen {
            var found: (level: Int, lo: Int, hi: Int)?
            for level in DriverInterval.levels {
                let lo = available.firstIndex(of: "\(name)-lo-\(level)"), hi = available.firstIndex(of: "\(name)-hi-\(level)")
                if let lo, let hi { if found == nil { found = (level, lo + 1, hi + 1) }; continue }
                if lo != nil || hi != nil {
                    let (has, lacks) = lo != nil ? ("lo", "hi") : ("hi", "lo")
                    throw DriverError("\(path):\(headerIndex + 1): column '\(name)-\(has)-\(level)' has no partner '\(name)-\(lacks)-\(level)'; a driver's interval needs both bounds")
                }
            }
            boundIndex.append(found)
        }
        var bounds = boundIndex.map { _ in (lower: [Double](), upper: [Double]()) }
        var start: Period?
        var values: [[Double]] = []
        var lines: [Int] = []
        for k in (headerIndex + 1)..<rawLines.count {
            let line = rawLines[k]
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let f = fields(line)
            let lineNo = k + 1
            guard f.count == head.count else {
                throw DriverError("\(path):\(lineNo): \(f.count) fields, the header has \(head.count)")
            }
            guard let date = Period(parsing: f[0], as: resolution), date.resolution == resolution else {
                throw DriverError("\(path):\(lineNo): cannot read '\(f[0])' as a \(resolution) date like the series'")
            }
            if let s = start {
                let expected = s.advanced(by: values.count)
                guard date == expected else {
                    throw DriverError("\(path):\(lineNo): date \(date) where \(expected) was expected; driver dates must be consecutive, ascending and without gaps")
                }
            } else {
                start = date
            }
            var row: [Double] = []
            for (j, col) in zip(chosen, index) {
                let cell = f[col]
                if cell.isEmpty || ["na", "nan", "null"].contains(cell.lowercased()) {
                    row.append(.nan)
                } else if let v = Double(cell), v.isFinite {
                    guard abs(v) <= InputLimits.maxMagnitude else {
                        throw DriverError("\(path):\(lineNo): value \(cell) of '\(j)' at \(date) is beyond ±1e100")
                    }
                    row.append(v)
                } else {
                    throw DriverError("\(path):\(lineNo): value '\(cell)' of '\(j)' at \(date) is not a finite number")
                }
            }
            values.append(row)
            lines.append(lineNo)
            for (j, b) in boundIndex.enumerated() {
                guard let b else { continue }
                bounds[j].lower.append(try Self.bound(f[b.lo], head[b.lo], path: path, line: lineNo, date: date))
                bounds[j].upper.append(try Self.bound(f[b.hi], head[b.hi], path: path, line: lineNo, date: date))
            }
        }
        guard let first = start else { throw DriverError("\(path): no data rows after the header") }
        var table = DriverTable(path: path, names: chosen, start: first, values: values, lines: lines)
        table.intervals = boundIndex.enumerated().map { j, b in
            b.map { DriverInterval(level: Double($0.level), lowerName: head[$0.lo], upperName: head[$0.hi],
                                   lower: bounds[j].lower, upper: bounds[j].upper) }
        }
        return table
    }

    /// A bound's cell: empty or NA is NaN (refused later where a bound is needed).
    static func bound(_ cell: String, _ name: String, path: String, line: Int, date: Period) throws -> Double {
        if cell.isEmpty || ["na", "nan", "null"].contains(cell.lowercased()) { return .nan }
        guard let v = Double(cell), v.isFinite, abs(v) <= InputLimits.maxMagnitude else {
            throw DriverError("\(path):\(line): value '\(cell)' of '\(name)' at \(date) is not a finite number")
        }
        return v
    }
}
