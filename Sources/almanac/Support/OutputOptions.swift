import ArgumentParser
import Foundation
import Reports

/// Output formats every command offers.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}

/// `--format` and `--output`: text goes to standard output or, atomically, to a file.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    @Option(name: [.short, .long], help: "Write the output to this file (atomically) instead of standard output.")
    var output: String?

    func emit(_ text: String) throws {
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            try StandardStreams.write(text)
        }
    }

    var tableStyle: TextTable.Style {
        switch format {
        case .csv: return .csv
        case .markdown: return .markdown
        default: return .table
        }
    }
}

/// Writes an SVG chart atomically.
func writeChart(_ svg: String, to path: String) throws {
    guard path.lowercased().hasSuffix(".svg") else {
        throw CLIError("--plot \(path): charts are written as SVG; use a .svg file name")
    }
    try AtomicFile.write(svg, to: path)
}
