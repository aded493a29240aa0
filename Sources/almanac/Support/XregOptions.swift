import ArgumentParser
import Forecaster

/// `--xreg-uncertainty`: what the intervals of regression with ARIMA errors include.
enum XregUncertainty: String, ExpressibleByArgument, CaseIterable {
    /// The ARIMA errors only (R's `forecast.Arima`).
    case none
    /// Also the regression coefficients' estimation error (`CoefficientUncertainty`).
    case coefficients
}

extension DriverErrorPath: ExpressibleByArgument {}

/// `forecast` options for regression with ARIMA errors: drivers with future values
/// (`--xreg`), scenarios of future interventions (`--scenario`), the log scale and fixed
/// ARIMA orders. Any of them selects that model (R `Arima`/`auto.arima` with `xreg`).
struct XregOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Drivers: a wide CSV date,driver1,… whose dates cover the history and the forecast horizon (regression with ARIMA errors; the horizon defaults to the driver rows after the history).", valueName: "file"))
    var xreg: String?

    @Option(name: .customLong("xreg-columns"), help: ArgumentHelp("Comma-separated driver columns of --xreg (default: all).", valueName: "names"))
    var xregColumns: String?

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("A scenario NAME:KIND@DATE=SIZE, KIND step, pulse or ramp, SIZE in series units (log scale with --log) or estimated@PAST-DATE (-estimated@… reverses it); repeat for several.", valueName: "spec"))
    var scenario: [String] = []

    @Option(help: ArgumentHelp("Scenarios from a CSV name,kind,date,size.", valueName: "file"))
    var scenarios: String?

    @Flag(help: "Model log values (regression with ARIMA errors; scenario sizes are then on the log scale).")
    var log = false

    @Option(name: .customLong("xreg-uncertainty"), help: ArgumentHelp("What the intervals add to the ARIMA errors' variance: none (as R's forecast.Arima) or coefficients (the regression coefficients' estimation error given the ARMA estimates; means unchanged).", valueName: "what"))
    var xregUncertainty: XregUncertainty = .none

    @Option(name: .customLong("driver-errors"), help: ArgumentHelp("With driver interval columns NAME-lo-95,NAME-hi-95 (or -80) in --xreg: how each driver's errors move across the horizon in the 10,000 simulated paths, persistent (one draw per path, default) or independent.", valueName: "path"))
    var driverErrors: DriverErrorPath?

    @Option(help: ArgumentHelp("Fixed ARIMA orders of the errors, p,d,q or p,d,q,P,D,Q as for impact (default: auto.arima's choice).", valueName: "orders"))
    var order: String?

    /// Whether any of these options asks for regression with ARIMA errors.
    var isActive: Bool {
        xreg != nil || xregColumns != nil || !scenario.isEmpty || scenarios != nil || log || order != nil
            || xregUncertainty != .none || driverErrors != nil
    }

    func validate() throws {
        if xregColumns != nil && xreg == nil { throw ValidationError("--xreg-columns needs --xreg FILE") }
        if driverErrors != nil && xreg == nil { throw ValidationError("--driver-errors needs --xreg FILE with driver interval columns") }
        _ = try orders(period: 12)
    }

    /// The columns asked for by `--xreg-columns`, nil for all.
    var columns: [String]? {
        xregColumns.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    /// Fixed orders from `--order`, else automatic selection.
    func orders(period: Int) throws -> RegressionWithARIMAErrors.Orders {
        guard let order else { return RegressionWithARIMAErrors.automatic }
        let parts = order.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3 || parts.count == 6, let o = parts as? [Int], o.allSatisfy({ (0...10).contains($0) }) else {
            throw ValidationError("--order '\(order)': give p,d,q or p,d,q,P,D,Q, whole numbers 0–10, e.g. 1,1,1,0,1,1")
        }
        let s = o.count == 6 ? Array(o[3...]) : [0, 0, 0]
        return .fixed(ARIMA(p: o[0], d: o[1], q: o[2], P: s[0], D: s[1], Q: s[2], period: period))
    }
}
