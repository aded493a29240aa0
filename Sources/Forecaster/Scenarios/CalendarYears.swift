import TimeSeries

/// The calendar years a forecast completes, as `AnnualTotal` forms them: the forecast steps
/// falling in each year and the sum of the year's already-observed values.
public struct CalendarYear: Sendable, Equatable {
    public var year: Int
    /// 0-based forecast steps in the year.
    public var steps: [Int]
    /// Sum of the year's observed values (no error).
    public var known: Double

    /// Years whose last period is within `horizon` steps after `history` (a year the horizon
    /// does not finish is left out).
    /// - Throws: `ForecasterError.invalidOption` for integer-indexed data or a missing value
    ///   in a year's observed part.
    public static func completed(after history: TimeSeries, horizon: Int) throws -> [CalendarYear] {
        guard history.frequency.resolution != .index else {
            throw ForecasterError.invalidOption("annual totals need dated data (monthly, quarterly or annual), not an integer index")
        }
        var out: [CalendarYear] = []
        var step = 0
        while step < horizon {
            let year = history.end.advanced(by: step + 1).year
            var steps: [Int] = []
            while step < horizon && history.end.advanced(by: step + 1).year == year { steps.append(step); step += 1 }
            var known = 0.0, observed = 0, i = history.count - 1
            while i >= 0 && history.date(at: i).year == year {
                guard !history.values[i].isNaN else {
                    throw ForecasterError.invalidOption("\(history.date(at: i)) is missing; the \(year) total needs it")
                }
                known += history.values[i]; observed += 1; i -= 1
            }
            if observed + steps.count == history.period { out.append(CalendarYear(year: year, steps: steps, known: known)) }
        }
        return out
    }
}
