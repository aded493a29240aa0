/// Errors raised by the forecasting models. Nothing in `Forecaster` traps on user data:
/// every failure a caller can provoke with a series, an order or a regressor surfaces
/// as one of these.
public enum ForecasterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An argument outside its domain (negative order, period < 1, wrong xreg shape…).
    case invalidArgument(String)
    /// Too few non-missing observations for the requested model.
    case insufficientData(String)
    /// The CSS estimates imply a non-stationary AR part (R: "non-stationary AR part from CSS").
    case nonStationary(String)
    /// The optimiser or a numerical step failed (non-finite likelihood, singular Hessian…).
    case estimationFailed(String)
    /// No candidate model could be estimated (auto-ARIMA).
    case noSuitableModel(String)

    public var description: String {
        switch self {
        case .invalidArgument(let s): return "invalid argument: \(s)"
        case .insufficientData(let s): return "insufficient data: \(s)"
        case .nonStationary(let s): return "non-stationary: \(s)"
        case .estimationFailed(let s): return "estimation failed: \(s)"
        case .noSuitableModel(let s): return "no suitable model: \(s)"
        }
    }
}
