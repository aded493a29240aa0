import ArgumentParser

extension Almanac {
    /// The subcommands, in the order `--help` lists them.
    static let commands: [ParsableCommand.Type] = [
        ForecastCommand.self,
        BreaksCommand.self,
        ImpactCommand.self,
        DescribeCommand.self,
        ReportCommand.self,
        BenchmarkCommand.self,
    ]
}
