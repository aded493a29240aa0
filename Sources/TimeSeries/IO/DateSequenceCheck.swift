/// Checks, row by row, that the dates of one series are readable, of one resolution, and
/// regular: each exactly one period after the previous (no duplicates, no disorder, no
/// gaps). Shared by the wide and long CSV readers so both report the same messages.
struct DateSequenceCheck {
    let file: String
    private(set) var resolution: Period.Resolution?
    private(set) var previous: Period?
    private var previousLine = 0

    init(file: String, resolution: Period.Resolution? = nil) {
        self.file = file
        self.resolution = resolution
    }

    /// Forgets the previous date (a new series starts) but keeps the resolution.
    mutating func restart() {
        previous = nil
        previousLine = 0
    }

    /// Parses field `column` (0-based) of `record` as the next date and checks it.
    mutating func accept(_ record: CSVRecord, column: Int, columnName: String) throws(InputError) -> Period {
        let hint = resolution
        guard let date = record.withField(column, { Period.parse($0, hint: hint) }) else {
            throw InputError(file: file, line: record.line, column: column + 1,
                             "cannot read date '\(record.string(column))' in column '\(columnName)' (expected YYYY-MM, YYYY-MM-DD, YYYYQn, YYYY or an integer index)")
        }
        if let r = resolution, date.resolution != r {
            throw InputError(file: file, line: record.line, column: column + 1,
                             "date '\(record.string(column))' is \(date.resolution) but earlier dates are \(r)")
        }
        resolution = date.resolution
        if let p = previous, let step = p.distance(to: date) {
            if step == 0 {
                // A day in the text means the file may be daily: say how days are read.
                let hasDay = date.resolution == .month && record.withField(column) { $0.count } > 8
                throw InputError(file: file, line: record.line, column: column + 1,
                                 "duplicate date \(date) (already on line \(previousLine))"
                                 + (hasDay ? "; dates are read by month, one row per month (daily data is not supported)" : ""))
            }
            if step < 0 {
                throw InputError(file: file, line: record.line, column: column + 1,
                                 "date \(date) comes after \(p) (line \(previousLine)); rows must be in time order")
            }
            if step > 1 {
                throw InputError(file: file, line: record.line, column: column + 1,
                                 "gap in a regular series: \(step - 1) period\(step == 2 ? "" : "s") missing between \(p) (line \(previousLine)) and \(date); add rows with NA for missing values")
            }
        }
        previous = date
        previousLine = record.line
        return date
    }
}
