import ArgumentParser
import Breaks
import Foundation
import Reports
import TimeSeries

/// `almanac breaks`: did the series break at the event dates, and where else?
struct BreaksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breaks",
        abstract: "Structural-break tests: Chow at event dates, supF/aveF/expF, Bai–Perron breaks with date intervals, CUSUM/MOSUM.",
        discussion: """
        A date given with --at or in --events is the first period of the new regime; the tests put the
        break just before it. At each date the verdict rests on the level-shift test (the level moved, the
        seasonal pattern and dynamics stayed), with the all-coefficient Chow test as a second line (Chow's
        predictive test when fewer than 2k observations follow the date). By default every p-value comes
        from a bootstrap of the no-break model with ARIMA errors (an AR sieve chosen by AICc), so that serial correlation does not
        produce false alarms; --errors iid gives strucchange's p-values. Bai–Perron break dates are the last period of the old regime, as in
        strucchange.

        Examples:
          almanac breaks Datasets/russia-serbia-turnover.csv --column turnover --log --regressors season --events Datasets/sanctions.csv
          almanac breaks Datasets/reference/nile.csv --at 1899
          almanac breaks Datasets/reference/ukdriverdeaths.csv --log --regressors lag:1,12 --trim 0.1 --plot seatbelt.svg
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Regression model: 1 (mean), trend, season (seasonal dummies) or lag:1,12 (lagged dependent variables).")
    var regressors: String = "1"

    @Flag(help: "Test the natural logarithm of the series.")
    var log = false

    @Option(parsing: .unconditionalSingleValue, help: "Event date at which a new regime may start (repeatable).")
    var at: [String] = []

    @Option(help: "Event file (date,label).")
    var events: String?

    @Option(name: .customLong("max-breaks"), parsing: .unconditional, help: "Largest number of breaks considered by Bai–Perron (default: as many as the minimum segment allows).")
    var maxBreaks: Int?

    @Option(parsing: .unconditional, help: "Trimming: the minimum segment as a fraction of the sample (strucchange's from / h).")
    var trim: Double = 0.15

    @Option(help: "Error assumption of the p-values: arima (default: bootstrap under the null with ARIMA errors chosen by AICc, calibrated for serially correlated, seasonal data) or iid (strucchange's distributions).")
    var errors: ErrorAssumption = .arima

    @Option(parsing: .unconditional, help: "Bootstrap replications for --errors arima.")
    var bootstrap: Int = 999

    @Option(parsing: .unconditional, help: "Seed of the bootstrap (the same seed gives the same p-values).")
    var seed: UInt64 = 20_140_301

    @Flag(help: "With --errors iid: add HAC-robust (Newey–West) Wald tests at the event dates. They over-reject badly on autocorrelated monthly data (see Benchmarks/breaks/size-power).")
    var hac = false

    @Option(help: "Write the charts (series with breaks, F statistics, CUSUM) as SVG.")
    var plot: String?

    func validate() throws {
        guard BreakAnalysis.Model(parsing: regressors) != nil else {
            throw ValidationError("--regressors '\(regressors)': use 1, trend, season or lag:1,12")
        }
        guard trim > 0, trim < 0.5 else { throw ValidationError("--trim must be in (0, 0.5)") }
        // The report is verdict lines around several tables; there is no single CSV table to give.
        if output.format == .csv { throw ValidationError("breaks has no CSV output; use --format json (or table, markdown)") }
        if let maxBreaks, maxBreaks < 1 { throw ValidationError("--max-breaks must be at least 1") }
        guard (19...100_000).contains(bootstrap) else { throw ValidationError("--bootstrap must be between 19 and 100000") }
    }

    func run() throws {
        // Checked here, not in validate(), so the message is one line without the usage text.
        if hac, errors != .iid { throw CLIError("--hac goes with --errors iid (HAC Wald tests are not calibrated for autocorrelated data; the default --errors arima is)", code: 64) }
        let all = try input.load()
        guard all.count == 1, let series = all.first else {
            throw CLIError("breaks analyses one series; the input has \(all.count) (choose one with --column)")
        }
        if log { try requirePositive(series, input: input.displayName) }
        var eventList: [Event] = try events.map { try EventFile.read($0) } ?? []
        for text in at {
            guard let d = Period(parsing: text) else {
                throw CLIError("--at \(text): unreadable date (use YYYY-MM, YYYYQn or YYYY)", code: 64)
            }
            eventList.append(Event(date: d, label: "--at \(text)"))
        }
        let model = BreakAnalysis.Model(parsing: regressors) ?? .mean
        let analysis = try BreakAnalysis(series: series, model: model, scale: log ? .log : .level,
                                         events: eventList, trim: trim, maxBreaks: maxBreaks, errors: errors,
                                         replications: bootstrap, seed: seed)
        switch output.format {
        case .json: try output.emit(BreaksReport.json(analysis, hac: hac))
        default: try output.emit(BreaksReport.text(analysis, hac: hac, style: output.tableStyle))
        }
        if let plot { try writeChart(BreaksReport.chart(analysis), to: plot) }
    }
}

extension ErrorAssumption: ExpressibleByArgument {}
