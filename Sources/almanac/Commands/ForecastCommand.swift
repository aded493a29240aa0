import ArgumentParser
import Foundation
import Forecaster
import Reports
import TimeSeries

extension ForecastMethod: ExpressibleByArgument {}
extension ColumnLayout: ExpressibleByArgument {}

/// `almanac forecast`: monthly (or quarterly, annual) forecasts with prediction intervals,
/// and with `--annual` the total of each coming calendar year with its own interval.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast a series (or every series of a long CSV) with prediction intervals.",
        discussion: """
        The next-year total (--annual) gets its interval from the covariance of the monthly
        forecast errors, not from adding monthly bounds.

        Examples:
          almanac forecast Datasets/russia-serbia-turnover.csv --column turnover --annual
          almanac forecast Datasets/reference/airpassengers.csv --model ets --horizon 24 --plot fan.svg
          almanac forecast Datasets/m3-monthly.csv --frequency 12 --horizon 18 --format csv -o m3.csv
          cat panel.csv | almanac forecast - --models ets,snaive --horizon 12 --columns statsforecast --errors err.csv

        Streaming batch mode (docs/streaming.md) reads a long CSV (unique_id,ds,y or
        series,split,t,value) one series at a time and writes each series' CSV rows as soon
        as it is done, in input order, in memory that does not grow with the number of
        series. It is chosen when FILE is - and its header is long form, or when --long,
        --models, --columns, --errors, --fallback or --trust-grouping is given.

        Drivers and scenarios (--xreg, --scenario, --log, --order) fit a regression
        with ARIMA errors, as R's auto.arima(y, xreg = X) or Arima(y, order, xreg = X),
        and forecast with the drivers' future values. Other models take no drivers
        (as ets() in R) and are refused with these options. As R, the intervals leave out
        the coefficients' estimation error unless --xreg-uncertainty coefficients; driver
        columns NAME-lo-95,NAME-hi-95 (or -80) in --xreg are the drivers' own intervals,
        propagated by 10,000 seeded simulated paths (docs/drivers.md).
          almanac forecast turnover.csv --xreg drivers.csv --xreg-columns oil,rub --log
          almanac forecast turnover.csv --xreg drivers.csv --xreg-uncertainty coefficients
          almanac forecast turnover.csv --log --scenario cut:step@2027-01=-0.15
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup(title: "Drivers and scenarios (regression with ARIMA errors)") var drivers: XregOptions
    @OptionGroup var intervalOptions: IntervalOptions

    @Option(name: .long, parsing: .unconditional, help: "Forecast horizon in periods (default: two seasonal cycles, 10 for non-seasonal data; with --annual, enough to complete the next calendar year).")
    var horizon: Int?

    @Option(parsing: .unconditionalSingleValue, help: "Prediction interval level in percent; repeat for several (default: 80 and 95).")
    var level: [Double] = []

    @Option(help: "Model: \(ForecastMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var model: ForecastMethod = .auto

    @Flag(help: "Also report the total of each coming calendar year, with its interval.")
    var annual = false

    @Option(help: "Write a fan chart of the forecast as SVG (single series only).")
    var plot: String?

    @Option(help: "Event file (date,label) whose dates are marked on the chart.")
    var events: String?

    @Option(parsing: .unconditional, help: "Series forecast in parallel for a long CSV (default: all cores).")
    var jobs: Int?

    @Option(help: "Save the fitted model as JSON (single series), to forecast later with --load.")
    var save: String?

    @Option(help: "Forecast from a saved model instead of fitting (FILE is then not read).")
    var load: String?

    @Flag(help: "Streaming batch mode for a long CSV file (implied for - with a long-form header).")
    var long = false

    @Option(help: "Streaming: comma-separated models, each fitted to every series (default: --model).")
    var models: String?

    @Option(help: "Streaming: output columns, almanac (series,date,mean,lo80,…) or statsforecast (unique_id,ds,AutoETS,AutoETS-lo-95,…).")
    var columns: ColumnLayout?

    @Option(help: "Streaming: write one CSV line per failed fit or unreadable series (series,model,reason,fallback) here instead of to standard error.")
    var errors: String?

    @Option(help: "Streaming: model used when a model cannot fit a series (default: snaive; naive for non-seasonal data).")
    var fallback: ForecastMethod?

    @Flag(name: .customLong("trust-grouping"), help: "Streaming: skip the check that each series' rows are contiguous (memory then independent of the number of series; a series resuming later is read as a new one).")
    var trustGrouping = false

    func validate() throws {
        if load != nil && input.file != nil { throw ValidationError("give either FILE or --load, not both") }
        if load != nil && save != nil { throw ValidationError("--load and --save together would copy the model file; use cp") }
        if load == nil && input.file == nil { throw ValidationError("missing FILE (or --load MODEL.json)") }
        if let horizon { try validateHorizon(horizon, annual: annual) }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if drivers.isActive && (load != nil || save != nil) { throw ValidationError("--xreg, --scenario, --log and --order fit a new model; they do not combine with --load or --save") }
        try intervalOptions.checkForecast(annual: annual, load: load, save: save)
        if drivers.isActive && intervalOptions.intervals != .model {
            throw ValidationError("--intervals \(intervalOptions.intervals.rawValue) does not combine with --xreg, --scenario, --log or --order: conformal calibration refits the model at past origins, where future driver values and scenarios do not apply")
        }
    }

    func run() throws {
        if drivers.isActive {
            if try streamingBatch() != nil { throw CLIError("--xreg, --scenario, --log and --order forecast one series, not the streaming batch mode", code: 64) }
            try runRegression()
            return
        }
        if let streaming = try streamingBatch() {
            try streaming.run()
            return
        }
        let levels = level.isEmpty ? [80, 95] : level
        if let load {
            let saved = try loadModel(load)
            let h = horizon ?? Self.defaultHorizon(saved.history, annual: annual)
            let fc = try saved.forecast(horizon: h, levels: levels, covariance: annual)
            let totals = annual ? try AnnualTotal.totals(history: saved.history, forecast: fc) : []
            try emit([SeriesForecast(history: saved.history, forecast: fc, annual: totals, warnings: saved.warnings)])
            return
        }
        let all = try input.load()
        if plot != nil && all.count != 1 {
            throw CLIError("--plot draws one series; the input has \(all.count)")
        }
        if save != nil && all.count != 1 {
            throw CLIError("--save stores one model; the input has \(all.count) series")
        }
        let model = self.model
        let annual = self.annual
        let fixedHorizon = horizon
        let intervals = intervalOptions.choice
        if intervals.method == .calibrated && all.count >= ShrunkCalibration.minimumBatch {
            let display = input.displayName
            let results = try Self.calibratedBatch(all, model: model, horizon: fixedHorizon, levels: levels, options: intervals.options,
                                                   jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) {
                $0.name.isEmpty ? display : "\(display): series '\($0.name)'"
            }
            for r in results { for w in r.warnings { StandardStreams.error("almanac: warning: \(TerminalText.clean("\(r.history.name): \(w)"))\n") } }
            try emit(results)
            return
        }
        let slots = ParallelBatch.map(count: all.count, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                      label: "forecast") { i in
            Result { try Self.forecastOne(all[i], model: model, horizon: fixedHorizon, levels: levels, annual: annual, intervals: intervals) }
        }
        var results: [SeriesForecast] = []
        var fitted: [SavedModel] = []
        for (i, r) in slots.enumerated() {
            switch r {
            case .success(let s):
                results.append(s.0)
                fitted.append(s.1)
            case .failure(let e):
                let name = all[i].name.isEmpty ? input.displayName : "\(input.displayName): series '\(all[i].name)'"
                throw CLIError("\(name): \(e)", code: 65)
            }
        }
        for r in results { for w in r.warnings { StandardStreams.error("almanac: warning: \(TerminalText.clean("\(r.history.name): \(w)"))\n") } }
        if let save, let model = fitted.first { try AtomicFile.write(try model.encoded(), to: save) }
        try emit(results)
    }

    func emit(_ results: [SeriesForecast]) throws {
        switch output.format {
        case .json: try output.emit(ForecastReport.json(results))
        default: try output.emit(ForecastReport.text(results, style: output.tableStyle))
        }
        if let plot, let r = results.first {
            let marks = try events.map { try EventFile.read($0) } ?? []
            try writeChart(ForecastReport.chart(r, events: marks.map { ($0.date, $0.label) }), to: plot)
        }
    }

    static func defaultHorizon(_ s: TimeSeries, annual: Bool) -> Int {
        if annual {
            let restOfYear = AnnualTotal.horizonCovering(years: 1, after: s)
            return restOfYear == s.period ? s.period : AnnualTotal.horizonCovering(years: 2, after: s)
        }
        return s.period > 1 ? 2 * s.period : 10
    }

    /// Fits `model` to one series and forecasts; also returns the fitted model as a model file.
    static func forecastOne(_ s: TimeSeries, model: ForecastMethod, horizon: Int?, levels: [Double],
                            annual: Bool, intervals: IntervalChoice = IntervalChoice()) throws -> (SeriesForecast, SavedModel) {
        let h = horizon ?? defaultHorizon(s, annual: annual)
        // The H×H error covariance is built only for the annual totals; without it the cost
        // is linear in the horizon.
        let result = try intervals.run(model, s.values, period: s.period, horizon: h, levels: levels, covariance: annual)
        let totals = annual ? try AnnualTotal.totals(history: s, forecast: result.forecast) : []
        let saved = SavedModel(method: model.rawValue, chosen: result.chosen, history: s, skipped: result.skipped,
                               warnings: result.warnings, model: result.model)
        return (SeriesForecast(history: s, forecast: result.forecast, annual: totals, warnings: result.warnings), saved)
    }

    func loadModel(_ path: String) throws -> SavedModel {
        try SavedModel.decode(try InputFile.contents(path), source: path)
    }
}


extension ForecastCommand {
    /// The streaming batch, when the options or a long-form header on standard input ask
    /// for it (`nil`: the in-memory path). A header line peeked from standard input is
    /// handed on to whichever path reads it.
    func streamingBatch() throws -> StreamingForecast? {
        let explicit = long || models != nil || columns != nil || errors != nil || fallback != nil || trustGrouping
        guard load == nil, let file = input.file else {
            if explicit { throw CLIError("streaming batch mode reads FILE or -, not --load", code: 64) }
            return nil
        }
        var prefix: [UInt8] = []
        var streaming = explicit
        if file == "-" {
            prefix = StdinPeek.headerLine()
            streaming = streaming || StdinPeek.isLongFormHeader(prefix)
        }
        guard streaming else { return nil }
        if file != "-" && !FileManager.default.fileExists(atPath: file) { throw CLIError("\(file): no such file", code: 66) }
        for (given, name) in [(plot != nil, "--plot"), (save != nil, "--save"), (annual, "--annual"),
                              (input.column != nil, "--column"), (input.dateColumn != nil, "--date-column")] where given {
            throw CLIError("\(name) does not apply to the streaming batch mode (long CSV); see almanac forecast --help", code: 64)
        }
        if output.format == .json || output.format == .markdown {
            throw CLIError("the streaming batch mode writes CSV; drop --format \(output.format.rawValue)", code: 64)
        }
        var chosen: [ForecastMethod] = [model]
        if let models {
            chosen = []
            for name in models.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                guard let m = ForecastMethod(rawValue: name.lowercased()) else {
                    throw CLIError("--models: unknown model '\(name)'; choose from \(ForecastMethod.allCases.map(\.rawValue).joined(separator: ", "))", code: 64)
                }
                if !chosen.contains(m) { chosen.append(m) }
            }
            if chosen.isEmpty { throw CLIError("--models: give at least one model", code: 64) }
        }
        return StreamingForecast(path: file, prefix: prefix, models: chosen, fallback: fallback ?? .snaive,
                                 horizon: horizon, levels: level.isEmpty ? [80, 95] : level,
                                 frequency: input.frequency, fill: input.fill, layout: columns ?? .almanac,
                                 jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                 output: output.output, errors: errors, trustGrouping: trustGrouping,
                                 intervals: intervalOptions.choice)
    }
}

/// The first line of standard input, read byte by byte so nothing after it is consumed.
enum StdinPeek {
    nonisolated(unsafe) static var taken: [UInt8] = []

    static func headerLine() -> [UInt8] {
        if !taken.isEmpty { return taken }
        var byte: UInt8 = 0
        while taken.count < 1 << 16 {
            let n = read(0, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            taken.append(byte)
            if byte == 0x0A { break }
        }
        return taken
    }

    /// `series`, `t`, `value` or `unique_id`, `ds`, `y` among the header's names.
    static func isLongFormHeader(_ line: [UInt8]) -> Bool {
        var text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let names = Set(text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")).lowercased() })
        return names.isSuperset(of: ["series", "t", "value"]) || names.isSuperset(of: ["unique_id", "ds", "y"])
    }
}
