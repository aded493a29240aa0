import Forecaster

/// The model of the counterfactual in `CounterfactualImpact`.
///
/// - `auto`: auto-ARIMA (with the controls as regressors when given), its `d = 0` re-examined
///   by a likelihood-ratio test of the unit root (`CounterfactualDifferencing`). ARIMA is the default
///   over ETS because its forecast-error covariance across horizons is exact Gaussian for
///   every order, which the cumulative-effect interval and the p-value rest on; ETS's is
///   exact only for the additive-error class and otherwise estimated from simulated paths.
///   ARIMA and ETS likelihoods are not comparable (differencing), so no IC choice is made.
/// - `arima`: the given ARIMA orders (regression with ARIMA errors on the controls).
/// - `ets`: AutoETS on the pre-period (no controls: ETS takes no regressors; additive forms
///   only on the log scale, as `forecast::ets` with a Box–Cox lambda).
public enum ImpactModel: Sendable, Equatable {
    case auto
    case arima(ARIMA)
    case ets

    /// The CLI name.
    public var name: String {
        switch self {
        case .auto: return "auto"
        case .arima: return "arima"
        case .ets: return "ets"
        }
    }
}
