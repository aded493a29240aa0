import AlmanacNumerics

/// A driver's own forecast interval, read from the columns `NAME-lo-95,NAME-hi-95` (or
/// `-80`) of the driver file, statsforecast's naming. When both levels are given, 95 is used.
///
/// Each future driver value is taken as normal with mean the driver column's value and
/// standard deviation `(hi − lo) / (2 z_{(1+L)/2})` (L the level), which is what a normal
/// forecast interval of that width implies; ``ExAnteSimulation`` propagates it.
public struct DriverInterval: Sendable, Equatable {
    /// 95 or 80.
    public var level: Double
    /// The bounds' column names, for messages.
    public var lowerName: String
    public var upperName: String
    /// One bound per row of the file (NaN where empty, e.g. over the history).
    public var lower: [Double]
    public var upper: [Double]

    /// The levels looked for, in order of preference.
    public static let levels: [Int] = [95, 80]

    /// The driver whose interval column `column` is (`oil` for `oil-lo-95`), if `column`
    /// has that form and the driver is among `available`.
    public static func driver(of column: String, among available: [String]) -> String? {
        for level in levels {
            for side in ["lo", "hi"] {
                let suffix = "-\(side)-\(level)"
                if column.hasSuffix(suffix) {
                    let base = String(column.dropLast(suffix.count))
                    if available.contains(base) { return base }
                }
            }
        }
        return nil
    }

    /// The standard deviation a normal interval of this width implies at row `i`.
    public func standardDeviation(row i: Int) throws -> Double {
        (upper[i] - lower[i]) / (2 * (try Normal.quantile(0.5 + level / 200)))
    }
}

extension DriverTable {
    /// The standard deviations of the future driver values (h×k, 0 for a driver without
    /// interval columns), or nil when no chosen driver has them. Rows `first ..< first + h`.
    /// - Throws: `DriverError` naming the file and line of a missing bound, a lower bound
    ///   above the upper one, or a driver value outside its interval.
    func futureStandardDeviations(first: Int, horizon h: Int) throws -> Matrix? {
        guard intervals.contains(where: { $0 != nil }) else { return nil }
        var sd = Matrix(rows: h, columns: names.count)
        for (j, interval) in intervals.enumerated() {
            guard let iv = interval else { continue }
            for t in 0..<h {
                let i = first + t, date = start.advanced(by: i), where_ = "\(path):\(lines[i])"
                let lo = iv.lower[i], hi = iv.upper[i], x = values[i][j]
                guard !lo.isNaN else { throw DriverError("\(where_): missing '\(iv.lowerName)' at \(date); every forecast period needs both bounds of '\(names[j])'") }
                guard !hi.isNaN else { throw DriverError("\(where_): missing '\(iv.upperName)' at \(date); every forecast period needs both bounds of '\(names[j])'") }
                guard lo <= hi else { throw DriverError("\(where_): '\(iv.lowerName)' \(lo) is above '\(iv.upperName)' \(hi) at \(date)") }
                guard lo <= x && x <= hi else {
                    throw DriverError("\(where_): '\(names[j])' \(x) lies outside its interval [\(lo), \(hi)] at \(date)")
                }
                sd[t, j] = try iv.standardDeviation(row: i)
            }
        }
        return sd
    }
}
