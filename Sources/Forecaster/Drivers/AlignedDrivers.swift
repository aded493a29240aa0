import AlmanacNumerics
import TimeSeries

/// Drivers cut to a series: the rows of its history (the regression's design) and the
/// rows of the forecast horizon (the future values plugged into the forecast).
public struct AlignedDrivers: Sendable {
    public var names: [String]
    /// n×k, one row per observation of the history.
    public var history: Matrix
    /// h×k, one row per forecast period.
    public var future: Matrix
    /// Driver rows available after the history (the longest horizon they allow).
    public var availableFuture: Int
    /// h×k standard deviations of the future values, from the drivers' own intervals
    /// (``DriverInterval``; 0 for a driver without them), nil when no driver has them.
    public var futureStandardDeviations: Matrix? = nil

    public var horizon: Int { future.rows }
}

extension DriverTable {
    /// The rows covering `series` and the `horizon` periods after it (nil: every row after
    /// the history, so the drivers set the horizon).
    ///
    /// - Throws: `DriverError` when the drivers start after the history, end before it
    ///   does, have no row (or fewer than `horizon` rows) after it, have a missing value
    ///   where one is needed (naming its date and line), or when a driver is constant over
    ///   the history or a linear combination of the constant and the drivers before it
    ///   (the regression could not separate their effects), or when a driver's interval
    ///   bound is missing over the horizon, inverted, or excludes the driver's value.
    public func aligned(with series: TimeSeries, horizon: Int?) throws -> AlignedDrivers {
        let n = series.count
        guard let offset = start.distance(to: series.start) else {
            throw DriverError("\(path): dates are not \(series.frequency) dates like the series'")
        }
        guard offset >= 0 else {
            throw DriverError("\(path):\(lines[0]): drivers start at \(start), after the series' first date \(series.start); they must cover the whole history")
        }
        guard offset + n <= values.count else {
            throw DriverError("\(path):\(lines[lines.count - 1]): drivers end at \(end), before the series' last date \(series.end); they must cover the history and the horizon")
        }
        let available = values.count - offset - n
        guard available > 0 else {
            throw DriverError("\(path): no driver rows after the series' last date \(series.end); give the drivers' future values, one row per forecast period")
        }
        if let horizon, horizon > available {
            throw DriverError("--horizon \(horizon): \(path) has driver values for only \(available) periods after \(series.end) (to \(end)); shorten the horizon or extend the drivers")
        }
        let h = horizon ?? available
        for i in offset..<(offset + n + h) {
            if let j = values[i].firstIndex(where: { $0.isNaN }) {
                let when = i < offset + n ? "history" : "forecast horizon"
                throw DriverError("\(path):\(lines[i]): missing value of '\(names[j])' at \(start.advanced(by: i)); drivers need a value for every period of the history and the \(when)")
            }
        }
        let hist = (0..<names.count).map { j in (offset..<(offset + n)).map { values[$0][j] } }
        let fut = (0..<names.count).map { j in ((offset + n)..<(offset + n + h)).map { values[$0][j] } }
        try Self.checkIdentifiable(hist, names: names, series: series)
        return AlignedDrivers(names: names, history: try Matrix(columns: hist), future: try Matrix(columns: fut),
                              availableFuture: available,
                              futureStandardDeviations: try futureStandardDeviations(first: offset + n, horizon: h))
    }

    /// Refuses a driver that is constant over the history, or that (with the constant and
    /// the drivers before it) spans no new direction: the rank of `[1, x₁, …, x_j]` must
    /// grow with every `j` (pivoted QR of the design, tolerance 1e-7 of a column's norm).
    static func checkIdentifiable(_ columns: [[Double]], names: [String], series: TimeSeries) throws {
        let n = columns.first?.count ?? 0
        for (j, c) in columns.enumerated() {
            if let v = c.first, c.allSatisfy({ $0 == v }) {
                throw DriverError("--xreg-columns: driver '\(names[j])' is constant (\(v)) over the history \(series.start)–\(series.end); its effect cannot be told apart from the level")
            }
        }
        var design = [Double](repeating: 1, count: n)
        for j in 0..<columns.count {
            design += columns[j]
            let k = j + 2
            guard let fit = ARIMALinearAlgebra.ols(y: columns[j], x: design, n: n, k: k), fit.rank == k else {
                let others = names[0..<j].map { "'\($0)'" }.joined(separator: ", ")
                throw DriverError("--xreg-columns: driver '\(names[j])' is collinear with the constant\(others.isEmpty ? "" : " and \(others)") over the history; drop one of them")
            }
        }
    }
}
