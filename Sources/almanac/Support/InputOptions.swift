import ArgumentParser
import Foundation
import TimeSeries

/// Where the series come from: a wide CSV (a date column and value columns) or a long CSV
/// of many series (`series,split,t,value` or `unique_id,ds,y`), detected from the header.
struct InputOptions: ParsableArguments {
    @Argument(help: "CSV file to read, or - for standard input.")
    var file: String?

    @Option(help: "Value column to use (wide CSV). Default: the first value column.")
    var column: String?

    @Option(name: .customLong("date-column"), help: "Date column (wide CSV). Default: the first column.")
    var dateColumn: String?

    @Option(parsing: .unconditional, help: "Seasonal period of integer-indexed data (e.g. 12 for monthly data with indices 1, 2, …).")
    var frequency: Int?

    @Flag(help: "Fill missing values by linear interpolation (for models that need complete data).")
    var fill = false

    func validate() throws {
        if let frequency, !InputLimits.periods.contains(frequency) {
            throw ValidationError("--frequency must be between \(InputLimits.periods.lowerBound) and \(InputLimits.periods.upperBound)")
        }
    }

    /// The series to analyse. For a long file every series (history only); for a wide
    /// file the chosen column.
    func load(allColumns: Bool = false) throws -> [TimeSeries] {
        guard let file else { throw CLIError("missing input: give a CSV file (or - for standard input)", code: 64) }
        let path = try materialisedPath(file)
        var series: [TimeSeries]
        if try isLongForm(path) {
            series = try LongCSVReader.readAll(path: path, indexedPeriod: frequency ?? 1).map(\.train)
        } else if allColumns, column == nil {
            series = try WideCSVReader.read(path: path, dateColumn: dateColumn, indexedPeriod: frequency ?? 1)
        } else {
            series = [try WideCSVReader.readSeries(path: path, column: column, dateColumn: dateColumn,
                                                   indexedPeriod: frequency ?? 1)]
        }
        if let frequency, let dated = series.first(where: { $0.frequency.resolution != .index }),
           dated.period != frequency {
            StandardStreams.error("almanac: warning: --frequency \(frequency) ignored: \(displayName) has \(dated.frequency) dates (period \(dated.period))\n")
        }
        if fill { series = try series.map { try $0.filled() } }
        if series.count == 1 { warnAboutExtremeValues(series[0], input: displayName) }
        // A lone column called "value" is better named after its file (airpassengers.csv → airpassengers).
        if series.count == 1, series[0].name == "value", file != "-" {
            series[0].name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        }
        return series
    }

    /// The display name of the input.
    var displayName: String { file.map { $0 == "-" ? "<stdin>" : $0 } ?? "<none>" }

    /// Standard input is copied once to a temporary file so the header can be inspected
    /// and the readers can stream it like any file.
    private func materialisedPath(_ file: String) throws -> String {
        guard file == "-" else {
            try InputFile.check(file)
            return file
        }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-stdin-\(getpid()).csv")
        StdinCleanup.paths.append(tmp.path)
        // A header line the streaming check peeked at comes first.
        try InputFile.copyStandardInput(to: tmp.path, prefix: StdinPeek.taken)
        return tmp.path
    }

    /// Long form when the header names `series`, `t` and `value`, or `unique_id`, `ds` and `y`.
    func isLongForm(_ path: String) throws -> Bool {
        let head = try InputFile.head(path, bytes: 4096)
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).first.map(String.init) ?? ""
        let names = Set(firstLine.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")).lowercased() })
        return names.isSuperset(of: ["series", "t", "value"]) || names.isSuperset(of: ["unique_id", "ds", "y"])
    }
}

/// Temporary copies of standard input, removed at exit.
enum StdinCleanup {
    nonisolated(unsafe) static var paths: [String] = []
    static func run() { for p in paths { try? FileManager.default.removeItem(atPath: p) } }
}
