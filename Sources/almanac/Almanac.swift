import ArgumentParser

@main
struct Almanac: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "Time-series forecasting, structural-break tests and accuracy benchmarks.",
        version: "0.1.0",
        subcommands: []
    )
}
