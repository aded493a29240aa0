/// Streams the long CSV form, one series at a time, so a file of any size is read in
/// memory proportional to its longest series (plus the set of names seen so far).
///
/// Two layouts are recognised from the header (column order is free, extra columns are
/// ignored):
/// - `series,split,t,value` (`Datasets/m3-monthly.csv`): `split` is `train` or
///   `test` (the column may be absent: all rows are history); each split's `t` is a date
///   or an integer index. A series' train rows come first; its test rows either restart
///   the index (`t` = 1, 2, … as in M3) or continue it.
/// - `unique_id,ds,y` (the statsforecast convention): no split.
///
/// Each series' rows must be contiguous and in time order without gaps or duplicates.
///
/// ```swift
/// var reader = try LongCSVReader(path: "m3-monthly.csv", indexedPeriod: 12)
/// while let s = try reader.next() { … }
/// ```
/// - Complexity: O(file size) time.
public struct LongCSVReader {
    public enum Layout: Sendable, Equatable {
        /// `series,split,t,value` (split optional).
        case seriesSplitT
        /// `unique_id,ds,y`.
        case statsforecast
    }

    public let layout: Layout
    public let file: String
    public let header: CSVHeader
    private let indexedPeriod: Int
    private var tokenizer: CSVTokenizer
    private var record = CSVRecord()
    private let idColumn: Int, dateColumn: Int, valueColumn: Int, splitColumn: Int?
    /// `record` holds the first row of the next series (false at the end or after an error).
    private var hasPending = false
    private var seen: [String: Int] = [:]
    private var resolution: Period.Resolution?
    /// Set when the error being thrown concerns the file, not one series (see ``nextRecovering()``).
    private var fatal = false

    /// `false` skips the check that a series' rows are contiguous, and with it the table of
    /// names seen so far (about 50 bytes a series): memory then no longer grows with the
    /// number of series, and a series whose rows resume later is read as a new series.
    public var checksGrouping = true

    /// Opens `path` (`-` = standard input) and reads its header.
    /// - Parameters:
    ///   - path: the file, or `-` for standard input.
    ///   - indexedPeriod: observations per seasonal cycle for integer-indexed `t` / `ds`
    ///     (M3 monthly: 12).
    ///   - delimiter: `nil` detects `,` `;` or tab from the header.
    ///   - resolution: the resolution every date must have (`dates:`); `nil` takes it from the first date
    ///     (pass `.index` for indices that start at a four-digit number).
    ///   - prefix: bytes read before the file's own (a header line already taken from
    ///     standard input).
    ///   - byteLimit: the most bytes read; nil for the streaming batch mode, which holds
    ///     one series at a time whatever the input's size.
    /// - Throws: `InputError` for an unreadable or empty file, or a header without the
    ///   columns of either layout (the message lists the columns present).
    public init(path: String, indexedPeriod: Int = 1, delimiter: UInt8? = nil,
                dates resolution: Period.Resolution? = nil, prefix: [UInt8] = [],
                byteLimit: Int? = InputLimits.maxBytes) throws(InputError) {
        self.resolution = resolution
        tokenizer = try CSVTokenizer(path: path, delimiter: delimiter, prefix: prefix, byteLimit: byteLimit)
        file = tokenizer.file
        header = try CSVHeader(from: &tokenizer, record: &record)
        self.indexedPeriod = indexedPeriod
        if header.index(of: "unique_id") != nil || header.index(of: "ds") != nil {
            layout = .statsforecast
            idColumn = try header.require("unique_id", purpose: "series name")
            dateColumn = try header.require("ds", purpose: "dates")
            valueColumn = try header.require("y", purpose: "values")
            splitColumn = nil
        } else {
            layout = .seriesSplitT
            idColumn = try header.require("series", purpose: "series name; or use unique_id,ds,y")
            dateColumn = try header.require("t", purpose: "dates or integer index")
            valueColumn = try header.require("value", purpose: "values")
            splitColumn = header.index(of: "split")
        }
        hasPending = try tokenizer.next(into: &record)
        if !hasPending {
            throw InputError(file: file, line: header.line + 1, column: 1,
                             "no data rows: the file has only a header")
        }
    }

    /// Reads every series (memory proportional to the file: prefer ``next()`` for large files).
    public static func readAll(path: String, indexedPeriod: Int = 1, delimiter: UInt8? = nil,
                               dates resolution: Period.Resolution? = nil) throws(InputError) -> [LongSeries] {
        var reader = try LongCSVReader(path: path, indexedPeriod: indexedPeriod, delimiter: delimiter, dates: resolution)
        var out: [LongSeries] = []
        while let s = try reader.next() { out.append(s) }
        return out
    }

    /// The next series, or `nil` after the last one.
    /// - Throws: `InputError` at the offending cell: ragged row, unreadable date or
    ///   number, duplicate / out-of-order / gapped dates, an unknown split label, test
    ///   rows before train rows, or a series whose rows are not contiguous.
    ///   After an error the reader is finished: further calls return `nil`.
    public mutating func next() throws(InputError) -> LongSeries? {
        guard hasPending else { return nil }
        do {
            return try readSeries()
        } catch {
            hasPending = false
            throw error
        }
    }

    /// As ``next()``, but an error in one series' rows (a ragged row, an unreadable number,
    /// date or split label, a gap, duplicate or out-of-order date) skips the rest of that
    /// series' rows and is returned as `.failure`, so a batch can go on with the next
    /// series. Errors about the file as a whole (unreadable bytes, a series whose rows
    /// resume after other series) are still thrown and finish the reader.
    public mutating func nextRecovering() throws(InputError) -> Result<LongSeries, SkippedSeries>? {
        guard hasPending else { return nil }
        fatal = false
        let id = record.count > idColumn ? record.string(idColumn) : ""
        do {
            return .success(try readSeries())
        } catch {
            if fatal { hasPending = false; throw error }
            let idBytes = Array(id.utf8)
            do {
                while hasPending, record.count <= idColumn || record.withField(idColumn, { $0.elementsEqual(idBytes) }) {
                    hasPending = try advance()
                }
            } catch let e {
                hasPending = false
                throw e
            }
            return .failure(SkippedSeries(name: id, error: error))
        }
    }

    /// The next record; a read failure is fatal.
    private mutating func advance() throws(InputError) -> Bool {
        do { return try tokenizer.next(into: &record) } catch { fatal = true; throw error }
    }

    private mutating func readSeries() throws(InputError) -> LongSeries {
        guard record.count == header.names.count else { throw header.raggedRow(record) }
        let id = record.string(idColumn)
        let firstLine = record.line
        if checksGrouping {
            if let earlier = seen[id] {
                fatal = true
                throw InputError(file: file, line: record.line, column: idColumn + 1,
                                 "rows of series '\(id)' resume here after other series (it began on line \(earlier)); keep each series' rows together (sort the input by series, or pass --trust-grouping to read them as separate series)")
            }
            seen[id] = firstLine
        }
        let idBytes = record.withField(idColumn) { Array($0) }
        let dateName = header.names[dateColumn], valueName = header.names[valueColumn]

        var dates = DateSequenceCheck(file: file, resolution: resolution)
        var trainStart: Period?, testFirst: Period?
        var testLine = 0
        var train: [Double] = [], test: [Double] = []
        var inTest = false
        repeat {
            guard record.count == header.names.count else { throw header.raggedRow(record) }
            let same = record.withField(idColumn) { $0.elementsEqual(idBytes) }
            if !same { break }
            if let s = splitColumn {
                let isTest = try splitLabel(s)
                if isTest && !inTest {
                    inTest = true
                    dates.restart()
                } else if !isTest && inTest {
                    throw InputError(file: file, line: record.line, column: s + 1,
                                     "train row after test rows of series '\(id)'; train rows must come first")
                }
            }
            let date = try dates.accept(record, column: dateColumn, columnName: dateName)
            let v = try record.value(valueColumn, name: valueName, file: file)
            if inTest {
                if testFirst == nil { testFirst = date; testLine = record.line }
                test.append(v)
            } else {
                if trainStart == nil { trainStart = date }
                train.append(v)
            }
            hasPending = try advance()
        } while hasPending
        resolution = dates.resolution

        guard let start = trainStart else {
            throw InputError(file: file, line: firstLine, column: (splitColumn ?? 0) + 1,
                             "series '\(id)' has test rows but no train rows")
        }
        let history = TimeSeries(name: id, start: start, values: train, indexedPeriod: indexedPeriod)
        var heldOut: TimeSeries?
        if let first = testFirst {
            let follows = history.end.advanced(by: 1)
            // M3 numbers each split from 1; other files continue the train dates.
            guard first == start || first == follows else {
                throw InputError(file: file, line: testLine, column: dateColumn + 1,
                                 "test rows of series '\(id)' start at \(first); expected \(start) (numbered from the split) or \(follows) (continuing the train rows)")
            }
            heldOut = TimeSeries(name: id, start: follows, values: test, indexedPeriod: indexedPeriod)
        }
        return LongSeries(name: id, train: history, test: heldOut)
    }

    /// `true` for `test`, `false` for `train` (any case, blanks ignored).
    private func splitLabel(_ column: Int) throws(InputError) -> Bool {
        // Compared on bytes: this runs on every row of files with millions of rows.
        let label = record.withField(column) { bytes -> Int in
            var lo = 0, hi = bytes.count
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
            func matches(_ word: StaticString) -> Bool {
                guard hi - lo == word.utf8CodeUnitCount else { return false }
                let w = word.utf8Start
                for k in 0..<(hi - lo) where bytes[lo + k] | 0x20 != w[k] { return false }
                return true
            }
            return matches("train") ? 0 : matches("test") ? 1 : -1
        }
        switch label {
        case 0: return false
        case 1: return true
        default:
            throw InputError(file: file, line: record.line, column: column + 1,
                             "split '\(record.string(column))' is neither 'train' nor 'test'")
        }
    }
}

/// One series that ``LongCSVReader/nextRecovering()`` could not read, and why.
public struct SkippedSeries: Error, Sendable {
    public let name: String
    public let error: InputError
}
