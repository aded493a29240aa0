import ArgumentParser

extension Almanac {
    /// The subcommands, in the order `--help` lists them.
    static let commands: [ParsableCommand.Type] = [
        ForecastCommand.self,
        BreaksCommand.self,
        DescribeCommand.self,
        ReportCommand.self,
        BenchmarkCommand.self,
    ]
}
