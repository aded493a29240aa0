import AlmanacNumerics

/// How ARIMA coefficients are estimated (R's `method`).
public enum ARIMAMethod: String, Codable, Sendable, Equatable {
    /// Conditional sum of squares.
    case css = "CSS"
    /// Exact maximum likelihood through the Kalman filter.
    case ml = "ML"
    /// CSS estimates as the start of exact ML (R's default). Falls back to ML when the
    /// series or regressors have missing values.
    case cssML = "CSS-ML"
}

/// How the covariance of the initial ARMA state is computed (R's `SSinit`).
public enum ARIMAStateInit: String, Codable, Sendable, Equatable {
    /// Gardner, Harvey & Phillips (1980): R's default, kept for parity.
    case gardner1980 = "Gardner1980"
    /// From the ARMA autocovariances (Rossignol 2011): accurate near non-stationarity.
    case rossignol2011 = "Rossignol2011"
}

/// The specification of a (seasonal) ARIMA model with optional mean, drift and
/// regressors — regression with ARIMA errors, as `forecast::Arima`:
///
/// `yₜ = β₀ + β₁t + xₜᵀβ + ηₜ`,  `φ(B)Φ(Bᵐ)(1−B)ᵈ(1−Bᵐ)ᴰ ηₜ = θ(B)Θ(Bᵐ) εₜ`, `εₜ ~ N(0, σ²)`.
///
/// The mean `β₀` is fitted only when `d + D = 0` and `includeMean`; the drift `β₁`
/// only when `d + D = 1` and `includeDrift` (with `d + D ≥ 2` it is dropped, as R does
/// with a warning). With `period ≤ 1` the seasonal part is ignored.
public struct ARIMA: Sendable, Codable, Equatable {
    public var p: Int
    public var d: Int
    public var q: Int
    public var P: Int
    public var D: Int
    public var Q: Int
    public var period: Int
    public var includeMean: Bool
    public var includeDrift: Bool
    public var method: ARIMAMethod
    /// Optimise AR parts on Jones' unconstrained scale (R's `transform.pars`).
    public var transformPars: Bool
    /// Prior variance of the diffuse (differenced) part of the state (R's `kappa`).
    public var kappa: Double
    /// Initial state covariance of the ARMA block (R's `SSinit`).
    public var stateInit: ARIMAStateInit = .gardner1980
    /// Box–Cox parameter applied to the series before fitting (nil: none).
    public var lambda: Double?
    /// Back-transform forecast means to means (not medians) under Box–Cox.
    public var biasAdjust: Bool

    public init(p: Int = 0, d: Int = 0, q: Int = 0, P: Int = 0, D: Int = 0, Q: Int = 0,
                period: Int = 1, includeMean: Bool = true, includeDrift: Bool = false,
                method: ARIMAMethod = .cssML, transformPars: Bool = true, kappa: Double = 1e6,
                lambda: Double? = nil, biasAdjust: Bool = false) {
        self.p = p; self.d = d; self.q = q
        self.P = P; self.D = D; self.Q = Q
        self.period = period
        self.includeMean = includeMean
        self.includeDrift = includeDrift
        self.method = method
        self.transformPars = transformPars
        self.kappa = kappa
        self.lambda = lambda
        self.biasAdjust = biasAdjust
    }

    /// R's name, e.g. "ARIMA(0,1,1)(0,1,1)[12]".
    public var orderString: String {
        var s = "ARIMA(\(p),\(d),\(q))"
        if period > 1 && P + D + Q > 0 { s += "(\(P),\(D),\(Q))[\(period)]" }
        return s
    }

    /// Fits the model to `y` (NaN = missing) with optional regressors `xreg` (n×k).
    /// `fixed` (length = number of coefficients, NaN = free) fixes some coefficients.
    ///
    /// - Throws: `ForecasterError` for invalid orders, too little data or an estimation
    ///   failure (e.g. non-stationary AR part from CSS, singular Hessian).
    /// - Complexity: O(iterations · k · n · rd²) with rd the state dimension.
    public func fit(_ y: [Double], xreg: Matrix? = nil, xregNames: [String]? = nil,
                    fixed: [Double]? = nil) throws -> ARIMAModel {
        try ARIMAEstimator.fitArima(self, y: y, xreg: xreg, xregNames: xregNames, fixed: fixed)
    }

    /// `fit` without the coefficients' covariance (`covariance` nil): the same estimates,
    /// likelihood and forecasts, for a fit whose standard errors are not needed — the null
    /// model of a likelihood-ratio test, where the numerical Hessian at an optimum near the
    /// invertibility boundary can fail ("non-finite finite-difference value") although the
    /// fit itself is fine, or a loop that refits one specification to many simulated series
    /// (a bootstrap's re-estimation).
    ///
    /// With `exactDiffuse`, a complete series is fitted by the exact diffuse likelihood on
    /// the differenced series (`DifferencedLikelihood`, the path auto-ARIMA's search takes):
    /// several times faster than R's κ = 10⁶ filter on seasonal models, and its optimiser can
    /// succeed where that filter's fails near the boundary. The likelihood differs from R's
    /// by O(1/κ), the estimates by the optimiser's tolerance.
    ///
    /// `fixed` fixes coefficients as in `fit` (e.g. a seasonal MA coefficient at −1 for the null
    /// of a likelihood-ratio test of deterministic seasonality).
    /// - Throws: as `fit`.
    public func fitWithoutCovariance(_ y: [Double], xreg: Matrix? = nil, xregNames: [String]? = nil,
                                     fixed: [Double]? = nil, exactDiffuse: Bool = false) throws -> ARIMAModel {
        try ARIMAEstimator.fitArimaDeferred(self, y: y, xreg: xreg, xregNames: xregNames, fixed: fixed,
                                            deferCovariance: true, exactDiffuse: exactDiffuse).model
    }

    /// Convenience: `ARIMA.fit(y, order: (p,d,q), seasonal: (P,D,Q), period: m, …)`.
    public static func fit(_ y: [Double], order: (Int, Int, Int), seasonal: (Int, Int, Int) = (0, 0, 0),
                           period: Int = 1, includeMean: Bool = true, includeDrift: Bool = false,
                           method: ARIMAMethod = .cssML, xreg: Matrix? = nil,
                           lambda: Double? = nil, biasAdjust: Bool = false) throws -> ARIMAModel {
        let spec = ARIMA(p: order.0, d: order.1, q: order.2, P: seasonal.0, D: seasonal.1, Q: seasonal.2,
                         period: period, includeMean: includeMean, includeDrift: includeDrift,
                         method: method, lambda: lambda, biasAdjust: biasAdjust)
        return try spec.fit(y, xreg: xreg)
    }
}
