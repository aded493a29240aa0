/// Reads the wide CSV form: one date column and one or more value columns, one row per
/// period (as `Datasets/reference/*.csv`: `date,value` or
/// `date,income,expenditure`).
///
/// The frequency follows from the dates: `YYYY-MM` or `YYYY-MM-DD` → monthly, `YYYYQn` →
/// quarterly, four-digit `YYYY` → annual, other integers → indexed with
/// `indexedPeriod` per cycle. Rows must be in time order, one per period, without gaps;
/// missing observations are written `NA`, `NaN` or left empty and become NaN.
public enum WideCSVReader {
    /// Reads `path` (`-` = standard input) into one series per value column, named after it.
    /// - Parameters:
    ///   - path: the file, or `-` for standard input.
    ///   - dateColumn: the date column's name; `nil` uses the first column.
    ///   - columns: the value columns to read, in this order; `nil` reads all the others.
    ///   - indexedPeriod: observations per seasonal cycle when the dates are integer indices.
    ///   - delimiter: `nil` detects `,` `;` or tab from the header.
    ///   - resolution: the resolution the dates must have (`dates:`); `nil` takes it from the first date
    ///     (pass `.index` for integer indices that start at a four-digit number, which
    ///     would otherwise read as years).
    /// - Throws: `InputError` with file, line and (1-based) column for every malformed
    ///   input: an empty or header-only file, a missing column (listing those present), a
    ///   ragged row, an unreadable or irregular date (duplicate, out of order, gap), text
    ///   in a number.
    /// - Complexity: O(file size); memory O(rows × columns read).
    public static func read(path: String, dateColumn: String? = nil, columns: [String]? = nil,
                            indexedPeriod: Int = 1, delimiter: UInt8? = nil,
                            dates resolution: Period.Resolution? = nil) throws(InputError) -> [TimeSeries] {
        var tokenizer = try CSVTokenizer(path: path, delimiter: delimiter)
        var record = CSVRecord()
        let header = try CSVHeader(from: &tokenizer, record: &record)
        let file = tokenizer.file

        let dateIndex = try dateColumn.map { name throws(InputError) in try header.require(name, purpose: "dates") } ?? 0
        let valueIndices: [Int]
        if let columns {
            var found: [Int] = []
            for name in columns { found.append(try header.require(name)) }
            valueIndices = found
        } else {
            valueIndices = header.names.indices.filter { $0 != dateIndex }
        }
        guard !valueIndices.isEmpty else {
            throw InputError(file: file, line: header.line, column: header.names.count + 1,
                             "no value columns besides the date column '\(header.names[dateIndex])'")
        }

        var dates = DateSequenceCheck(file: file, resolution: resolution)
        var start: Period?
        var values = [[Double]](repeating: [], count: valueIndices.count)
        while try tokenizer.next(into: &record) {
            guard record.count == header.names.count else { throw header.raggedRow(record) }
            let date = try dates.accept(record, column: dateIndex, columnName: header.names[dateIndex])
            if start == nil { start = date }
            for (k, j) in valueIndices.enumerated() {
                values[k].append(try record.value(j, name: header.names[j], file: file))
            }
        }
        guard let start else {
            throw InputError(file: file, line: header.line + 1, column: 1,
                             "no data rows: the file has only a header")
        }
        return valueIndices.enumerated().map { k, j in
            TimeSeries(name: header.names[j], start: start, values: values[k], indexedPeriod: indexedPeriod)
        }
    }

    /// Reads one value column (`column`, or the only/first value column when `nil`).
    public static func readSeries(path: String, column: String? = nil, dateColumn: String? = nil,
                                  indexedPeriod: Int = 1, delimiter: UInt8? = nil,
                                  dates resolution: Period.Resolution? = nil) throws(InputError) -> TimeSeries {
        let all = try read(path: path, dateColumn: dateColumn, columns: column.map { [$0] },
                           indexedPeriod: indexedPeriod, delimiter: delimiter, dates: resolution)
        guard let first = all.first else {
            throw InputError(file: path == "-" ? "<stdin>" : path, "no value column")
        }
        return first
    }
}
