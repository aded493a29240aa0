/// Why an exponential-smoothing model could not be specified, fitted or forecast.
public enum ETSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The series has fewer usable observations than the model needs.
    case insufficientData(needed: Int, available: Int)
    /// Multiplicative error or seasonality was requested for data that are not all positive.
    case nonPositiveData
    /// The seasonal period is invalid for the requested model (e.g. seasonal with period 1
    /// or above 24, as R `ets` refuses).
    case invalidPeriod(Int)
    /// The component combination is excluded by R's `restrict = TRUE` rules.
    case forbiddenModel(String)
    /// Given smoothing parameters violate the usual or admissible region.
    case parametersOutOfRange(String)
    /// No candidate model produced a finite information criterion.
    case noModelFitted
    /// The forecast horizon must be at least one step.
    case invalidHorizon(Int)
    /// Prediction levels must lie in (0, 100).
    case invalidLevel(Double)
    /// A multiplicative-trend recursion produced a negative growth, which has no forecast.
    case multiplicativeTrendFailure

    public var description: String {
        switch self {
        case let .insufficientData(needed, available):
            return "not enough data: need more than \(needed) observations, have \(available)"
        case .nonPositiveData: return "multiplicative components need strictly positive data"
        case let .invalidPeriod(m): return "seasonal period \(m) is not supported by this model"
        case let .forbiddenModel(name): return "forbidden model combination \(name)"
        case let .parametersOutOfRange(what): return "parameters out of range: \(what)"
        case .noModelFitted: return "no ETS model could be fitted"
        case let .invalidHorizon(h): return "forecast horizon \(h) must be positive"
        case let .invalidLevel(l): return "prediction level \(l) must lie in (0, 100)"
        case .multiplicativeTrendFailure: return "multiplicative damped trend produced a negative growth"
        }
    }
}
