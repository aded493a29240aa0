import AlmanacNumerics

/// Regression with ARIMA errors on drivers whose future values are known (Hyndman &
/// Athanasopoulos, *Forecasting: Principles and Practice*, ch. 10; R `Arima(y, xreg = X)`,
/// `auto.arima(y, xreg = X)`):
///
/// `yₜ = β₀ + xₜᵀβ + ηₜ`,  `φ(B)Φ(Bᵐ)(1−B)ᵈ(1−Bᵐ)ᴰ ηₜ = θ(B)Θ(Bᵐ) εₜ`,
///
/// on the Box–Cox scale `λ` when given (`λ = 0`: logs). Forecasts plug in the future
/// drivers, `ŷ_{n+h} = β̂₀ + x_{n+h}ᵀβ̂ + η̂_{n+h|n}`, with the ARIMA error variance only:
/// like `forecast.Arima`, the intervals do not add the coefficients' estimation
/// uncertainty (it is small next to the error variance for series of usual length), unless
/// `forecast(_:history:future:levels:coefficientUncertainty:)` is asked to
/// (``CoefficientUncertainty``).
public struct RegressionWithARIMAErrors: Sendable {
    /// How the ARIMA orders of the errors are found.
    public enum Orders: Sendable {
        /// Hyndman–Khandakar selection on the regression residuals (`auto.arima`).
        case automatic(AutoARIMA)
        /// Fixed orders (`Arima(y, order, seasonal)`), fitted by CSS-ML.
        case fixed(ARIMA)
    }

    public var orders: Orders
    /// Box–Cox parameter (nil: none; 0: natural logarithm).
    public var lambda: Double?

    /// The automatic search with R's refit arithmetic (`AutoARIMA.fastRefit = false`): one
    /// series, where R's `auto.arima(y, xreg = X)` numbers matter more than speed.
    public static var automatic: Orders {
        var search = AutoARIMA()
        search.fastRefit = false
        return .automatic(search)
    }

    public init(orders: Orders = RegressionWithARIMAErrors.automatic, lambda: Double? = nil) {
        self.orders = orders
        self.lambda = lambda
    }

    /// Fits the model to `y` (n values, NaN = missing) with drivers `x` (n×k; nil: none,
    /// a plain ARIMA model).
    /// - Throws: `ForecasterError` when the drivers do not match the series or the fit fails
    ///   (e.g. collinear drivers).
    /// - Complexity: one ARIMA fit (fixed orders) or the auto.arima search.
    public func fit(_ y: [Double], period: Int, drivers x: Matrix?, names: [String]) throws -> ARIMAModel {
        if let x, x.rows != y.count {
            throw ForecasterError.invalidArgument("drivers have \(x.rows) rows but the series has \(y.count)")
        }
        switch orders {
        case .automatic(var search):
            search.lambda = lambda
            return try search.fit(y, period: period, xreg: x)
        case .fixed(var spec):
            spec.lambda = lambda
            spec.period = period
            return try spec.fit(y, xreg: x, xregNames: x == nil ? nil : names)
        }
    }

    /// The forecast of a fitted `model` with the drivers' future values (h×k; nil: none,
    /// then `horizon` steps). With `coefficientUncertainty` the forecast-error covariance
    /// adds `G V Gᵀ` of ``CoefficientUncertainty`` (the means are unchanged); without it the
    /// forecast is `forecast.Arima`'s.
    public static func forecast(_ model: ARIMAModel, history: Matrix?, future: Matrix?, horizon: Int,
                                levels: [Double], coefficientUncertainty: Bool) throws -> Forecast {
        let added = coefficientUncertainty
            ? try CoefficientUncertainty(model: model, history: history, future: future, horizon: horizon).forecastCovariance
            : nil
        return try model.forecast(horizon: horizon, levels: levels, xreg: future, covariance: true, added: added)
    }
}

extension ARIMAModel {
    /// The coefficients of the first `count` user regressors (the drivers, in the order
    /// given), skipping the ARMA coefficients, the intercept and the drift.
    public func driverCoefficients(_ count: Int) -> [Double] {
        let user = zip(coefficientNames, coefficients).filter { name, _ in
            !Self.isARMAName(name) && name != "intercept" && name != "drift"
        }.map(\.1)
        return Array(user.prefix(count))
    }
}
