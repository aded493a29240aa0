import ArgumentParser
import Foundation
import Forecaster
import Reports
import TimeSeries

/// `almanac benchmark`: accuracy of one or more models on a train/test file, scored as in
/// the M4 competition, with an optional regression gate against a committed baseline.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Score models on held-out data (sMAPE, MASE, OWA, MAE, RMSE, coverage, MSIS) and gate on a baseline.",
        discussion: """
        FILE is a long CSV `series,split,t,value` (the test rows of each series are its horizon) or,
        with --windows, a wide CSV scored by rolling origin.

        Examples:
          almanac benchmark Datasets/m3-monthly.csv --frequency 12 --models auto,ets,theta --limit 300
          almanac benchmark Datasets/m3-monthly.csv --frequency 12 --limit 300 --baseline Benchmarks/m3/baseline-300.json
          almanac benchmark Datasets/reference/airpassengers.csv --windows 6 --step 6 --horizon 12 --models ets,snaive
        """
    )

    @Argument(help: "Long CSV (series,split,t,value) or, with --windows, a wide CSV.")
    var file: String

    @Option(parsing: .unconditional, help: "Seasonal period of integer-indexed data (M3 monthly: 12).")
    var frequency: Int?

    @Option(help: "Comma-separated models, or `all` for every model `--model` accepts (default: auto,ets,arima,theta,combo,snaive,naive2).")
    var models: String = "auto,ets,arima,theta,combo,snaive,naive2"

    @Option(parsing: .unconditional, help: "Score only the first N series.")
    var limit: Int?

    @Option(parsing: .unconditional, help: "Parallel workers (default: all cores).")
    var jobs: Int?

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    @Option(name: [.short, .long], help: "Write the summary to this file instead of standard output.")
    var output: String?

    @Option(help: "Write every forecast as CSV: series,t,mean,lo80,hi80,lo95,hi95 (+ model with several models).")
    var forecasts: String?

    @Option(name: .customLong("calibration-records"), help: "With --intervals conformal: write every calibration origin's forecast as CSV: model,series,origin,h,actual,mean,lo80,hi80,lo95,hi95 (origin = values fitted, h 1-based).")
    var calibrationRecords: String?

    @Option(help: "Compare with this baseline JSON; exit 3 when any metric is worse than --tolerance allows.")
    var baseline: String?

    @Option(parsing: .unconditional, help: "Relative tolerance of the baseline gate (0.01 = 1%; coverage: absolute distance from nominal).")
    var tolerance: Double = 0.01

    @Option(name: .customLong("write-baseline"), help: "Record this run's summary as a baseline JSON.")
    var writeBaseline: String?

    @Option(parsing: .unconditional, help: "Rolling origin: number of forecast origins (wide CSV).")
    var windows: Int?

    @Option(parsing: .unconditional, help: "Rolling origin: periods between origins.")
    var step: Int = 1

    @Option(name: .long, parsing: .unconditional, help: "Rolling origin: horizon (default: the series' seasonal period, or 6).")
    var horizon: Int?

    @Option(help: "Value column of a wide CSV (rolling origin).")
    var column: String?

    /// With `--intervals conformal` every model is scored twice from one run: NAME with the
    /// model's intervals and NAME+conformal with conformal ones (the same point forecast);
    /// `--intervals calibrated` adds NAME+calibrated (`ShrunkCalibration`, pooled over the file).
    @OptionGroup var intervalOptions: IntervalOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        // Bounded so that windows × step + horizon cannot overflow.
        if let windows, !(1...10_000).contains(windows) { throw ValidationError("--windows must be between 1 and 10000") }
        if !(1...100_000).contains(step) { throw ValidationError("--step must be between 1 and 100000") }
        if !(tolerance >= 0) { throw ValidationError("--tolerance must be non-negative") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let frequency, !InputLimits.periods.contains(frequency) {
            throw ValidationError("--frequency must be between \(InputLimits.periods.lowerBound) and \(InputLimits.periods.upperBound)")
        }
        if let horizon {
            guard windows != nil else { throw ValidationError("--horizon goes with --windows (a long CSV's test rows are its horizon)") }
            try validateHorizon(horizon, annual: false)
        }
        _ = try parsedModels()
        // A global model's batch must be distinct series: the windows of one series overlap
        // (a later origin's training data holds an earlier origin's test values), so a model
        // fitted across them would see the values it is scored on.
        if windows != nil, let global = models.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            .first(where: GlobalBenchmark.isGlobal) {
            throw ValidationError("--models \(global) is fitted across a batch of distinct series; with --windows the batch would be one series' overlapping windows")
        }
    }

    func parsedModels() throws -> [ForecastMethod] {
        if models.trimmingCharacters(in: .whitespaces) == "all" { return ForecastMethod.allCases }
        let names = models.split(separator: ",", omittingEmptySubsequences: false)
        guard !names.isEmpty, names.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ValidationError("--models '\(models)': give a comma-separated list of models, e.g. ets,theta")
        }
        return try names.compactMap { name in
            let n = name.trimmingCharacters(in: .whitespaces)
            if GlobalBenchmark.isGlobal(n) { return nil }  // scored in run(), on the whole batch
            guard let m = ForecastMethod(rawValue: n) else {
                throw ValidationError("unknown model '\(n)'; choose from \((ForecastMethod.allCases.map(\.rawValue) + GlobalModels.all.map(\.name)).joined(separator: ", "))")
            }
            return m
        }
    }

    func loadSeries() throws -> [BenchmarkSeries] {
        if let windows {
            let s = try WideCSVReader.readSeries(path: file, column: column, indexedPeriod: frequency ?? 1)
            let h = horizon ?? (s.period > 1 ? s.period : 6)
            return try RollingOrigin.windows(s.values, period: s.period, name: s.name, windows: windows, step: step, horizon: h)
        }
        var reader = try LongCSVReader(path: file, indexedPeriod: frequency ?? 1)
        var out: [BenchmarkSeries] = []
        while let s = try reader.next() {
            guard let test = s.test, !test.isEmpty else {
                throw CLIError("\(file): series '\(s.name)' has no test rows; benchmark needs a train/test split (or use --windows)", code: 65)
            }
            out.append(BenchmarkSeries(id: s.name, train: s.train.values, test: test.values, period: s.train.period))
            if let limit, out.count >= limit { break }
        }
        guard !out.isEmpty else { throw CLIError("\(file): no series", code: 65) }
        return out
    }

    func run() throws {
        let methods = try parsedModels()
        let series = try loadSeries()
        let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        // Naive2 is always scored: OWA is relative to it.
        let naive2Start = Date()
        let naive2Scores = AccuracyBenchmark.run(series, jobs: workers) { y, m, h in
            try ForecastMethod.naive2.forecast(y, period: m, horizon: h, levels: [80, 95], covariance: false)
        }
        let naive2Seconds = Date().timeIntervalSince(naive2Start)
        var summaries: [BenchmarkSummary] = []
        var allScores: [(String, [SeriesScore])] = []
        var records: [(String, [CalibrationRecords])] = []
        for method in methods {
            if intervalOptions.intervals != .model {
                let start = Date()
                let (model, conformal, origins, calibrated) = BenchmarkConformal.scores(series, method: method,
                                                                            options: intervalOptions.choice.options, jobs: workers)
                records.append((method.rawValue, origins))
                let seconds = Date().timeIntervalSince(start)
                summaries.append(AccuracyBenchmark.summarize(model: method.rawValue, model, naive2: naive2Scores, seconds: seconds))
                summaries.append(AccuracyBenchmark.summarize(model: method.rawValue + "+conformal", conformal, naive2: naive2Scores,
                                                             seconds: seconds))
                allScores.append((method.rawValue, model))
                allScores.append((method.rawValue + "+conformal", conformal))
                if intervalOptions.intervals == .calibrated {
                    summaries.append(AccuracyBenchmark.summarize(model: method.rawValue + "+calibrated", calibrated,
                                                                 naive2: naive2Scores, seconds: seconds))
                    allScores.append((method.rawValue + "+calibrated", calibrated))
                }
                continue
            }
            let bar = ProgressBar(total: series.count, label: method.rawValue)
            let start = Date()
            let scores = method == .naive2 ? naive2Scores : AccuracyBenchmark.run(
                series, jobs: workers, progress: { bar.update($0) }) { y, m, h in
                    // Only the bounds are scored, so the error covariance is not built.
                    try method.forecast(y, period: m, horizon: h, levels: [80, 95], covariance: false)
                }
            let seconds = method == .naive2 ? naive2Seconds : Date().timeIntervalSince(start)
            summaries.append(AccuracyBenchmark.summarize(model: method.rawValue, scores, naive2: naive2Scores, seconds: seconds))
            allScores.append((method.rawValue, scores))
        }
        // Global models (GlobalBenchmark.swift): fitted once on the batch.
        for name in models.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            where GlobalBenchmark.isGlobal(name) {
            let start = Date()
            let scores = GlobalBenchmark.scores(GlobalModels.model(named: name)!, series: series)
            summaries.append(AccuracyBenchmark.summarize(model: name, scores, naive2: naive2Scores,
                                                         seconds: Date().timeIntervalSince(start)))
            allScores.append((name, scores))
        }
        let report = BenchmarkReport(file: file, series: series.count,
                                     horizon: series.map(\.test.count).max() ?? 0, summaries: summaries)
        let text: String
        switch format {
        case .json: text = report.json()
        case .markdown: text = report.table().rendered(.markdown)
        case .csv: text = report.table().rendered(.csv)
        default: text = report.table().rendered(.table)
        }
        if let output { try AtomicFile.write(text, to: output) } else { try StandardStreams.write(text) }
        if let forecasts { try AtomicFile.write(BenchmarkReport.forecastCSV(allScores), to: forecasts) }
        if let calibrationRecords { try AtomicFile.write(CalibrationRecords.csv(records), to: calibrationRecords) }
        if let writeBaseline { try AtomicFile.write(report.json(), to: writeBaseline) }
        if let baseline {
            let base = try BenchmarkReport.decode(try InputFile.contents(baseline), source: baseline)
            let problems = report.regressions(against: base, tolerance: tolerance)
            if problems.isEmpty {
                StandardStreams.error("almanac: benchmark gate passed against \(baseline) (tolerance \(tolerance))\n")
            } else {
                for p in problems { StandardStreams.error("almanac: regression: \(p)\n") }
                throw CLIError("benchmark gate failed: \(problems.count) metric(s) worse than \(baseline) allows", code: 3)
            }
        }
    }
}
