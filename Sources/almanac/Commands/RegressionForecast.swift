import AlmanacNumerics
import Foundation
import Forecaster
import Reports
import TimeSeries

/// `forecast --xreg/--scenario/--log/--order`: regression with ARIMA errors (R
/// `auto.arima(y, xreg = X)` or `Arima(y, order, seasonal, xreg = X)`), forecast with the
/// drivers' future values, and the scenarios beside the baseline.
///
/// Only ARIMA models take drivers here, as in the forecast package (`ets()`, `thetaf()`
/// have no `xreg`): with these options the model is regression with ARIMA errors, and
/// naming another `--model` is refused rather than silently dropping the drivers.
extension ForecastCommand {
    func runRegression() throws {
        let opts = drivers
        guard model == .auto || model == .arima else {
            throw CLIError("--model \(model): drivers, scenarios, --log and --order need regression with ARIMA errors; \(model) takes no regressors (as ets() and thetaf() in R's forecast); use --model arima or leave --model out", code: 64)
        }
        let all = try input.load()
        guard all.count == 1 else {
            throw CLIError("--xreg and --scenario forecast one series; \(input.displayName) has \(all.count)", code: 64)
        }
        let series = all[0]
        if opts.log { try requirePositive(series, input: input.displayName) }
        let levels = level.isEmpty ? [80, 95] : level
        do {
            var names: [String] = [], past: [[Double]] = [], future: [[Double]] = []
            var driverDeviations: Matrix?
            var h = horizon ?? Self.defaultHorizon(series, annual: annual)
            if let path = opts.xreg {
                let text = String(decoding: try InputFile.contents(path), as: UTF8.self)
                let table = try DriverTable.parse(text, path: path, columns: opts.columns,
                                                  resolution: series.start.resolution)
                let aligned = try table.aligned(with: series, horizon: horizon)
                h = aligned.horizon
                names = aligned.names
                past = (0..<aligned.history.columns).map { aligned.history.column($0) }
                future = (0..<aligned.future.columns).map { aligned.future.column($0) }
                driverDeviations = aligned.futureStandardDeviations
                if driverDeviations == nil, opts.driverErrors != nil {
                    throw CLIError("--driver-errors: \(path) has no driver interval columns (NAME-lo-95,NAME-hi-95 or -80) for \(names.joined(separator: ", "))", code: 64)
                }
            }
            var list = try opts.scenario.map { try Scenario.parse($0, resolution: series.start.resolution) }
            if let path = opts.scenarios {
                let text = String(decoding: try InputFile.contents(path), as: UTF8.self)
                list += try Scenario.parseFile(text, path: path, resolution: series.start.resolution)
            }
            if driverDeviations != nil, !list.isEmpty {
                throw CLIError("--scenario: scenarios with driver intervals (the -lo/-hi columns of \(opts.xreg ?? "--xreg")) are not supported; drop one of them", code: 64)
            }
            if opts.xregUncertainty == .coefficients, list.contains(where: { if case .estimated = $0.size { true } else { false } }) {
                throw CLIError("--xreg-uncertainty coefficients: a scenario reusing an estimated effect shares the coefficients' error, which the scenario comparison does not model; give its size instead", code: 64)
            }
            let plan = try ScenarioPlan(list, history: series, horizon: h, logScale: opts.log)
            names += plan.estimatedNames
            past += plan.historyColumns(start: series.start)
            future += plan.futureColumns(start: series.start)
            let regression = RegressionWithARIMAErrors(orders: try opts.orders(period: series.period),
                                                       lambda: opts.log ? 0 : nil)
            let fitted = try regression.fit(series.values, period: series.period,
                                            drivers: past.isEmpty ? nil : try Matrix(columns: past), names: names)
            // As R's auto.arima, σ² = SS/(n* − npar + 1): with as many coefficients as
            // observations it is Inf or NaN and every interval would be (−Inf, Inf).
            guard fitted.sigma2.isFinite, fitted.sigma2 >= 0 else {
                let n = series.values.filter(\.isFinite).count
                throw CLIError("\(input.displayName): \(n) observations leave no degrees of freedom for the error variance of \(fitted.description)\(names.isEmpty ? "" : " on \(names.joined(separator: ", "))"); give a longer series or fewer drivers", code: 65)
            }
            var fc = try RegressionWithARIMAErrors.forecast(
                fitted, history: past.isEmpty ? nil : try Matrix(columns: past),
                future: future.isEmpty ? nil : try Matrix(columns: future), horizon: h, levels: levels,
                coefficientUncertainty: opts.xregUncertainty == .coefficients)
            guard fc.mean.allSatisfy(\.isFinite), (fc.lower + fc.upper).allSatisfy({ $0.allSatisfy(\.isFinite) }) else {
                throw CLIError("\(input.displayName): the regression with ARIMA errors gave a non-finite forecast or interval", code: 65)
            }
            fc.model = Self.regressionLabel(fitted, names: names, log: opts.log)
            if opts.xregUncertainty == .coefficients { fc.model += "; intervals add the coefficients' uncertainty" }
            guard let cov = fc.errorCovariance else { throw CLIError("the fitted model gave no forecast-error covariance") }
            let modelMean = opts.log ? fc.mean.map { Foundation.log($0) } : fc.mean
            let years = annual ? try CalendarYear.completed(after: series, horizon: h) : []
            if let sd = driverDeviations {
                let errors = opts.driverErrors ?? .persistent
                let simulation = ExAnteSimulation(coefficients: fitted.driverCoefficients(sd.columns), standardDeviations: sd,
                                                  path: errors)
                let model = fc.model + "; intervals add the drivers' uncertainty (\(simulation.draws) simulated paths, \(errors) driver errors)"
                let ex = try simulation.run(history: series, model: model, mean: modelMean, covariance: cov,
                                            levels: fc.levels, logScale: opts.log, years: years)
                let method = "quantiles of \(simulation.draws) simulated paths" + (opts.log ? "; total: their median" : "")
                try emitRegression(SeriesForecast(history: series, forecast: ex.forecast, annual: ex.annual, annualMethod: method),
                                   [], log: opts.log)
                return
            }
            let outcomes = try ScenarioAnalysis.run(history: series, model: fc.model, mean: modelMean, covariance: cov,
                                                    levels: fc.levels, logScale: opts.log,
                                                    scenarios: plan.place(model: fitted, start: series.start), years: years)
            // In series units the baseline totals are AnnualTotal's; on the log scale they come
            // from the scenario analysis (sums of log-normals).
            let totals = annual && !opts.log ? try AnnualTotal.totals(history: series, forecast: fc) : []
            let result = SeriesForecast(history: series, forecast: fc, annual: totals)
            var shown = outcomes
            if list.isEmpty && (!opts.log || !annual) { shown = [] }
            try emitRegression(result, shown, log: opts.log)
        } catch let e as DriverError {
            throw CLIError(e.message, code: 65)
        } catch let e as ScenarioError {
            throw CLIError(e.message, code: 64)
        } catch let e as ForecasterError {
            throw CLIError("\(input.displayName): \(e)", code: 65)
        }
    }

    func emitRegression(_ result: SeriesForecast, _ outcomes: [ScenarioOutcome], log: Bool) throws {
        switch output.format {
        case .json:
            var doc = ForecastReport.json([result])
            if !outcomes.isEmpty { doc = ScenarioReport.appending(ScenarioReport.json(result.history, outcomes, logScale: log), to: doc) }
            if let ss = ScenarioSummary.make(result.history, outcomes, includeBaseline: result.annual.isEmpty) {
                doc = ScenarioReport.appending(key: "scenario_summary", ss.json, to: doc)
            }
            try output.emit(doc)
        default:
            // One "In short" block: next year's baseline total, then each scenario's.
            var sentences = ForecastSummary.make(result)?.sentences ?? []
            sentences += ScenarioSummary.make(result.history, outcomes, includeBaseline: result.annual.isEmpty)?.sentences ?? []
            var text = output.tableStyle == .csv ? "" : AnswerSummary(sentences: sentences).text(style: output.tableStyle)
            text += ForecastReport.text([result], style: output.tableStyle, summary: false)
            if !outcomes.isEmpty { text += ScenarioReport.text(result.history, outcomes, logScale: log, style: output.tableStyle) }
            try output.emit(text)
        }
        if let plot {
            let marks = try events.map { try EventFile.read($0) } ?? []
            let svg = outcomes.count > 1
                ? ScenarioReport.chart(result, outcomes, events: marks.map { ($0.date, $0.label) })
                : ForecastReport.chart(result, events: marks.map { ($0.date, $0.label) })
            try writeChart(svg, to: plot)
        }
    }

    /// R's wording: "Regression with ARIMA(1,0,1)(0,1,1)[12] errors on oil, rub (log scale)".
    static func regressionLabel(_ m: ARIMAModel, names: [String], log: Bool) -> String {
        var label = names.isEmpty ? m.description : "\(m.description) on \(names.joined(separator: ", "))"
        if log { label += " (log scale)" }
        return label
    }
}
