/// Errors of the forecasting models: input a model cannot be fitted to, or a
/// request it cannot answer. Messages say what was wrong and what is needed.
public enum ForecasterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Too few observations for the model (`needed` is the minimum).
    case tooShort(model: String, observations: Int, needed: Int)
    /// Missing (NaN) or infinite values where the model needs complete data.
    case nonFiniteData(model: String, detail: String)
    /// Values the model cannot take, e.g. non-positive data for a log or multiplicative model.
    case invalidData(model: String, detail: String)
    /// Options that do not make sense (a horizon of 0, a level of 120%).
    case invalidOption(String)
    /// The fitting procedure failed (optimiser, singular system); `detail` says how.
    case fitFailed(model: String, detail: String)
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
        case .tooShort(let model, let n, let needed):
            return "\(model): \(n) observations, at least \(needed) needed"
        case .nonFiniteData(let model, let detail): return "\(model): non-finite data: \(detail)"
        case .invalidData(let model, let detail): return "\(model): \(detail)"
        case .invalidOption(let s): return "invalid option: \(s)"
        case .fitFailed(let model, let detail): return "\(model): fit failed: \(detail)"
        case .invalidArgument(let s): return "invalid argument: \(s)"
        case .insufficientData(let s): return "insufficient data: \(s)"
        case .nonStationary(let s): return "non-stationary: \(s)"
        case .estimationFailed(let s): return "estimation failed: \(s)"
        case .noSuitableModel(let s): return "no suitable model: \(s)"
        }
    }
}
