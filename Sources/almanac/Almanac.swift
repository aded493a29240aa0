import ArgumentParser
import Foundation
import Forecaster
import AlmanacNumerics
import TimeSeries
import Breaks
import Impact
import Reports

@main
struct Almanac: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "Time-series forecasting, structural-break tests and accuracy benchmarks.",
        discussion: """
        Examples:
          almanac forecast Datasets/russia-serbia-turnover.csv --column turnover --annual
          almanac breaks Datasets/russia-serbia-turnover.csv --column turnover --log --events Datasets/sanctions.csv
          almanac describe Datasets/reference/airpassengers.csv
        """,
        version: "0.1.0",
        subcommands: Almanac.commands
    )

    /// Runs the command; every failure becomes one line `almanac: error: …` on standard
    /// error and a non-zero exit code (65 for bad input data, 64 for bad usage).
    static func main() {
        StandardStreams.prepare()
        Cleanup.installSignalHandlers()
        defer { Cleanup.run() }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch var error as InputError {
            // Standard input is read through a temporary copy; name it as the user did.
            if StdinCleanup.paths.contains(error.file) { error.file = "<stdin>" }
            fail(error.description, code: 65)
        } catch let error as CLIError {
            fail(error.message, code: error.code)
        } catch let error as ForecasterError {
            fail(error.description, code: 65)
        } catch let error as NumericsError {
            fail(error.description, code: 65)
        } catch let error as BreaksError {
            fail(error.description, code: 65)
        } catch let error as ImpactError {
            fail(error.description, code: 65)
        } catch let error as FileWriteError {
            fail(error.description, code: 73)
        } catch let error as CocoaError {
            fail(CLIError.describe(error), code: 74)
        } catch {
            // Help and --version go to standard output through StandardStreams (a failed write
            // is an error there too); a usage error is one line, like every other failure,
            // instead of the message followed by the usage block.
            let code = exitCode(for: error)
            guard code != .success, !(error is CleanExit) else {
                do {
                    try StandardStreams.write(fullMessage(for: error) + "\n")
                } catch let e as CLIError {
                    fail(e.message, code: e.code)
                } catch {}
                Cleanup.run()
                Foundation.exit(code.rawValue)
            }
            let text = message(for: error).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
            fail(text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text, code: code.rawValue)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        Cleanup.run()
        StandardStreams.error("almanac: error: \(TerminalText.clean(message))\n")
        Foundation.exit(code)
    }
}
