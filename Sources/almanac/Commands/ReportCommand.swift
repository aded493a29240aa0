import ArgumentParser
import Breaks
import Impact
import Foundation
import Forecaster
import Reports
import TimeSeries

/// `almanac report`: one self-contained HTML page answering the analyst's questions —
/// the forecast with next-year totals, and the break tests at the events.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: forecast, annual totals, break tests at the events.",
        discussion: """
        Example:
          almanac report Datasets/russia-serbia-turnover.csv --column turnover --events Datasets/sanctions.csv --log --regressors season --output report.html
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Event file (date,label) for the break tests and the chart markers.")
    var events: String?

    @Option(help: "Forecasting model (default: auto).")
    var model: ForecastMethod = .auto

    @Option(name: .long, parsing: .unconditional, help: "Forecast horizon (default: enough to complete the next calendar year).")
    var horizon: Int?

    @Option(help: "Break-test regression: 1, trend, season or lag:1,12.")
    var regressors: String = "season"

    @Flag(help: "Run the break tests on log values.")
    var log = false

    @Option(parsing: .unconditional, help: "Trimming for the break tests.")
    var trim: Double = 0.15

    @Option(help: "Error assumption of the break tests' p-values: arima (default, bootstrap calibrated for serially correlated data) or iid (strucchange's).")
    var errors: ErrorAssumption = .arima

    @Option(name: .customLong("impact-at"), parsing: .unconditional, help: "Event date for the counterfactual impact section (default: the latest event with at least two seasonal cycles of data after it).")
    var impactAt: String?

    @Option(name: [.short, .long], help: "The HTML file to write.")
    var output: String

    func validate() throws {
        guard BreakAnalysis.Model(parsing: regressors) != nil else {
            throw ValidationError("--regressors '\(regressors)': use 1, trend, season or lag:1,12")
        }
        if let horizon { try validateHorizon(horizon, annual: true) }
        guard trim > 0, trim < 0.5 else { throw ValidationError("--trim must be in (0, 0.5)") }
        if let impactAt, Period(parsing: impactAt) == nil {
            throw ValidationError("--impact-at \(impactAt): unreadable date (use YYYY-MM, YYYYQn or YYYY)")
        }
    }

    func run() throws {
        let all = try input.load()
        guard all.count == 1, let series = all.first else {
            throw CLIError("report covers one series; the input has \(all.count) (choose one with --column)")
        }
        let eventList = try events.map { try EventFile.read($0) } ?? []
        // Checked before the long computations: a named event outside the data is an error.
        let impactDate = try impactEvent(series: series, events: eventList)
        if impactAt != nil, let d = impactDate, series.index(of: d) == nil {
            throw CLIError("--impact-at \(d): outside the data \(series.start)…\(series.end)", code: 65)
        }
        let name = series.name.isEmpty ? input.displayName : series.name
        var report = HTMLReport(title: "Almanac report: \(name)",
                                subtitle: "\(series.count) observations, \(series.start) to \(series.end) (\(series.frequency)); input \(input.displayName)")

        // The page leads with the answers, then the charts, then the detail; the sections are
        // computed in the order forecast, breaks, impact and laid out afterwards.
        var summary: [String] = []
        var charts: [HTMLReport.Block] = []
        var detail: [HTMLReport.Section] = []

        // Forecast and calendar-year totals.
        let forecast = try ForecastCommand.forecastOne(series, model: model, horizon: horizon, levels: [80, 95], annual: true).0
        summary += ForecastSummary.make(forecast)?.sentences ?? []
        charts.append(.svg(ForecastReport.chart(forecast, events: eventList.map { ($0.date, $0.label) })))
        var fsec = HTMLReport.Section(title: "Forecast")
        fsec.blocks.append(.paragraph("Model: \(ForecastReport.headlineLabel(forecast.forecast.model)). Horizon \(forecast.forecast.horizon) periods, with 80% and 95% prediction intervals."))
        for w in forecast.warnings { fsec.blocks.append(.note("warning: \(w)")) }
        if !forecast.annual.isEmpty {
            fsec.blocks.append(.paragraph("Calendar-year totals. Each interval comes from the covariance of the forecast errors across months, not from adding monthly bounds; observed months of a year are added without error."))
            fsec.blocks.append(.table(ForecastReport.annualTable([forecast], exact: false)))
        }
        fsec.blocks.append(.table(ForecastReport.monthlyTable([forecast], exact: false)))
        detail.append(fsec)

        // Break tests at the events and elsewhere.
        let model = BreakAnalysis.Model(parsing: regressors) ?? .seasonal
        var bsec = HTMLReport.Section(title: "Structural breaks")
        do {
            let analysis = try BreakAnalysis(series: series, model: model, scale: log ? .log : .level,
                                             events: eventList, trim: trim, errors: errors)
            summary += BreaksSummary.make(analysis).sentences
            bsec.blocks.append(.paragraph("Model \(analysis.model)\(log ? " on log values" : ""). At each event date the level-shift test asks whether the level moved when the new regime started (the seasonal pattern and dynamics staying), and the all-coefficient Chow test whether anything changed; supF/aveF/expF ask whether the regression changed at any date; Bai–Perron finds the best-fitting break dates with 95% confidence intervals. " + BreakVerdicts.basis(analysis) + "."))
            var lines: [String]
            let (supF, supFp) = BreakVerdicts.supF(analysis)
            if analysis.calibrated != nil {
                lines = analysis.events.indices.map { BreakVerdicts.line(analysis, event: $0) } + BreakVerdicts.untestableLines(analysis)
            } else {
                lines = analysis.knownDates.map { BreaksReport.verdictLine($0, hac: false) + " [\($0.labels.joined(separator: "; "))]" }
                if let j = analysis.joint { lines.append("joint: " + BreaksReport.verdictLine(j, hac: false)) }
                if let note = analysis.jointNote { lines.append(note) }
            }
            lines.append("supF = \(NumberText.fixed(supF.statistic, decimals: 3)), \(supFp), largest at \(analysis.date(ofRow: analysis.fstats.breakpoint - 1)): \(BreakAnalysis.verdict(supF.pValue))")
            lines.append(analysis.breaks.isEmpty ? "Bai–Perron: no break"
                         : "Bai–Perron: " + analysis.breaks.map { "\($0.date) [\($0.lower?.description ?? "NA"), \($0.upper?.description ?? "NA")]" }.joined(separator: ", "))
            bsec.blocks.append(.verdicts(lines))
            charts.append(.svg(BreaksReport.chart(analysis)))
        } catch {
            summary.append("The break tests could not be run: \(error).")
            bsec.blocks.append(.note("The break tests could not be run: \(error)"))
        }
        detail.append(bsec)

        // Counterfactual impact of one event.
        if let event = impactDate {
            var isec = HTMLReport.Section(title: "Impact of the event at \(event)")
            do {
                // Under --errors arima the impact test is calibrated by its bootstrap too.
                let analysis = try ImpactAnalysis(series: series, event: event, logScale: log,
                                                  bootstrap: errors == .arima ? 999 : 0)
                summary += ImpactSummary.make(analysis).sentences
                let calibration = analysis.impact.bootstrapReplications != nil
                    ? " Its p-value and interval come from a parametric bootstrap that refits the model on series simulated without an effect."
                    : ""
                isec.blocks.append(.paragraph("A model fitted to the data before \(event) forecasts what would have happened without the event (the counterfactual); the effect is actual minus counterfactual, and the interval of the cumulative effect uses the covariance of the forecast errors across months." + calibration))
                isec.blocks.append(.verdicts([ImpactReport.verdict(analysis)]))
                charts.append(.svg(ImpactReport.chart(analysis)))
            } catch {
                // An event the user named must work; a chosen default may fail with a note.
                if impactAt != nil { throw CLIError("--impact-at \(event): \(error)", code: 65) }
                isec.blocks.append(.note("The impact analysis could not be run: \(error)"))
            }
            detail.append(isec)
        }
        report.sections.append(HTMLReport.Section(title: "In short", blocks: [.verdicts(summary)]))
        report.sections.append(HTMLReport.Section(title: "Charts", blocks: charts))
        report.sections += detail
        if ForecastReport.headlineLabel(forecast.forecast.model) != forecast.forecast.model {
            report.sections.append(HTMLReport.Section(title: "Models", blocks: [.paragraph("Forecast: \(forecast.forecast.model)")]))
        }
        try writeHTML(report.rendered())
    }

    /// `--impact-at`, or the latest event leaving at least two seasonal cycles (8 periods
    /// for non-seasonal data) after it and before it; nil when there is none.
    func impactEvent(series: TimeSeries, events: [Event]) throws -> Period? {
        if let impactAt {
            guard let d = Period(parsing: impactAt) else {
                throw CLIError("--impact-at \(impactAt): unreadable date (use YYYY-MM, YYYYQn or YYYY)", code: 64)
            }
            return d
        }
        let need = max(8, 2 * series.period)
        return events.map(\.date).filter { d in
            guard let i = series.index(of: d) else { return false }
            return i >= need && series.count - i >= need
        }.max()
    }

    func writeHTML(_ html: String) throws {
        try AtomicFile.write(html, to: output)
    }
}
