import TimeSeries

/// The total of each calendar year that a forecast completes: the months (or quarters) of
/// that year already observed plus the forecast ones, with an interval from the covariance
/// of the forecast errors (`HorizonSum`), never from adding monthly bounds.
public struct AnnualTotal: Sendable, Codable, Equatable {
    public var year: Int
    /// Observations of the year already in the data.
    public var observedPeriods: Int
    /// Forecast steps in the year.
    public var forecastPeriods: Int
    public var sum: HorizonSum
}

extension AnnualTotal {
    /// Totals for every calendar year whose last period falls within the forecast horizon.
    ///
    /// A year that starts inside the data (say January–September observed) adds its observed
    /// values as a known part. Years the horizon does not reach to the end are left out,
    /// since their total would be partial.
    /// - Throws: `ForecasterError.invalidOption` for an integer-indexed series (no calendar
    ///   years), or a missing value in the observed part of a year.
    public static func totals(history: TimeSeries, forecast: Forecast) throws -> [AnnualTotal] {
        let resolution = history.frequency.resolution
        guard resolution != .index else {
            throw ForecasterError.invalidOption("annual totals need dated data (monthly, quarterly or annual), not an integer index")
        }
        let perYear = history.period
        var out: [AnnualTotal] = []
        var step = 0
        while step < forecast.horizon {
            let date = history.end.advanced(by: step + 1)
            let year = date.year
            var steps: [Int] = []
            while step < forecast.horizon && history.end.advanced(by: step + 1).year == year {
                steps.append(step)
                step += 1
            }
            // Observed part of the same year.
            var known = 0.0
            var observed = 0
            var i = history.count - 1
            while i >= 0 && history.date(at: i).year == year {
                guard !history.values[i].isNaN else {
                    throw ForecasterError.invalidOption("\(history.date(at: i)) is missing; the \(year) total needs it")
                }
                known += history.values[i]
                observed += 1
                i -= 1
            }
            guard observed + steps.count == perYear else { continue }
            out.append(AnnualTotal(year: year, observedPeriods: observed, forecastPeriods: steps.count,
                                   sum: try HorizonSum(forecast, steps: steps, known: known)))
        }
        return out
    }

    /// The number of forecast steps needed to complete the next `years` calendar years
    /// after the end of `history` (the current year, if partly observed, counts as one).
    public static func horizonCovering(years: Int, after history: TimeSeries) -> Int {
        let perYear = max(1, history.period)
        let end = history.end
        guard history.frequency.resolution != .index else { return perYear * years }
        let position: Int
        switch history.frequency.resolution {
        case .month: position = end.month ?? 12
        case .quarter: position = end.quarter ?? 4
        default: position = perYear
        }
        let restOfYear = perYear - position
        return restOfYear + perYear * (restOfYear == 0 ? years : years - 1)
    }
}
