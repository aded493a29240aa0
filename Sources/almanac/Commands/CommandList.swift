import ArgumentParser

extension Almanac {
    /// The subcommands, in the order `--help` lists them.
    static let commands: [ParsableCommand.Type] = [
        BreaksCommand.self,
        ImpactCommand.self,
        DescribeCommand.self,
    ]
}
