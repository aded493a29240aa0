/// A problem with user input, located as precisely as the input allows.
///
/// Its `description` reads `FILE:LINE:COL: message` (line and column 1-based), the
/// form compilers use, so the CLI prints it as `almanac: error: FILE:LINE:COL: …`.
///
/// For CSV input, `line` is the physical line where the offending record starts and
/// `column` the 1-based field number (the spreadsheet column), not a character offset.
/// Errors about a series rather than a file (a missing value found by
/// ``SeriesRequirements``, a slice outside the series) carry the series' name as `file`
/// and no line.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let line = line, line > 0, let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
