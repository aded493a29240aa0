/// A failure the CLI reports as one line, `almanac: error: …`, with a non-zero exit code.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    /// Exit code: 65 (EX_DATAERR) for bad input data, 1 for other failures.
    var code: Int32 = 1
    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }
    var description: String { message }
}
