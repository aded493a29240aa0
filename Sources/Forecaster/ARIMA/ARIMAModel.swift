import AlmanacNumerics

/// A fitted ARIMA model: estimates, fit statistics as `forecast::Arima` reports them,
/// and the final Kalman state needed to forecast. `Codable` so that it can be saved
/// and reloaded.
public struct ARIMAModel: Sendable, Codable, Equatable {
    /// The specification as fitted (orders possibly normalised, e.g. drift dropped).
    public var spec: ARIMA
    /// Coefficients in R's order: ar, ma, sar, sma, then intercept / drift / regressors.
    public var coefficients: [Double]
    public var coefficientNames: [String]
    /// True for coefficients that were estimated (not `fixed`).
    public var mask: [Bool]
    /// Covariance of the estimated coefficients (R's `var.coef`, masked ones only).
    public var covariance: Matrix?
    /// `forecast::Arima`'s σ² = Σeₜ² / (n* − k), used for prediction intervals.
    public var sigma2: Double
    /// `stats::arima`'s σ² (ML: ssq/n.used from the filter; CSS: mean squared CSS residual).
    public var arimaSigma2: Double
    public var logLikelihood: Double
    /// NaN for CSS fits (R gives NA).
    public var aic: Double
    public var aicc: Double
    public var bic: Double
    /// Standardised innovations (ML) or CSS residuals (CSS), NaN where missing.
    public var residuals: [Double]
    /// Observations used, n − (d + mD) non-missing (R's `nobs`).
    public var nobs: Int
    /// 0 when the optimiser converged (R's `code`).
    public var convergence: Int
    /// Length of the series fitted.
    public var n: Int
    /// Number of user regressors (excluding mean and drift).
    public var userRegressors: Int
    /// The training series (on the model's scale, after any Box–Cox), for fitted values.
    public var series: [Double]

    // State for forecasting (R's `model`): expanded φ, θ, differencing Δ, final filtered
    // state `a` and its covariance `P` (rd×rd, column-major).
    public var phi: [Double]
    public var theta: [Double]
    public var delta: [Double]
    public var stateMean: [Double]
    public var stateCovariance: [Double]

    /// When set, the series was constant and the model forecasts this value with zero
    /// variance (auto-ARIMA's degenerate case, as `forecast` does).
    public var constantForecast: Double?

    /// Standard errors of the coefficients (NaN for fixed ones).
    public var standardErrors: [Double] {
        var out = [Double](repeating: .nan, count: coefficients.count)
        guard let c = covariance else { return out }
        var k = 0
        for i in 0..<coefficients.count where mask[i] {
            out[i] = c[k, k].squareRoot()
            k += 1
        }
        return out
    }

    /// R's description, e.g. "ARIMA(2,1,1)(0,1,0)[12] with drift".
    public var description: String {
        var s = spec.orderString
        let hasDrift = coefficientNames.contains("drift")
        if userRegressors > 0 { return "Regression with \(s) errors" }
        if hasDrift { s += " with drift" } else if coefficientNames.contains("intercept") {
            s += " with non-zero mean"
        } else if spec.d == 0 && spec.D == 0 { s += " with zero mean" }
        return s
    }

    /// One-step in-sample fitted values `y − e` on the original scale.
    public var fitted: [Double] {
        (0..<n).map { t in
            let f = series[t] - residuals[t]
            if let l = spec.lambda { return BoxCoxTransform.inverse(f, lambda: l) }
            return f
        }
    }
}

/// JSON coding that keeps NaN/∞ (missing residuals, CSS AIC) with a default encoder.
extension ARIMAModel {
    enum CodingKeys: String, CodingKey {
        case spec, coefficients, coefficientNames, mask, covariance, sigma2, arimaSigma2, logLikelihood
        case aic, aicc, bic, residuals, nobs, convergence, n, userRegressors, series
        case phi, theta, delta, stateMean, stateCovariance, constantForecast
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        spec = try c.decode(ARIMA.self, forKey: .spec)
        coefficients = try c.decodeNonFiniteArray(.coefficients)
        coefficientNames = try c.decode([String].self, forKey: .coefficientNames)
        mask = try c.decode([Bool].self, forKey: .mask)
        covariance = try c.decodeIfPresent(Matrix.self, forKey: .covariance)
        sigma2 = try c.decodeNonFinite(.sigma2)
        arimaSigma2 = try c.decodeNonFinite(.arimaSigma2)
        logLikelihood = try c.decodeNonFinite(.logLikelihood)
        aic = try c.decodeNonFinite(.aic)
        aicc = try c.decodeNonFinite(.aicc)
        bic = try c.decodeNonFinite(.bic)
        residuals = try c.decodeNonFiniteArray(.residuals)
        nobs = try c.decode(Int.self, forKey: .nobs)
        convergence = try c.decode(Int.self, forKey: .convergence)
        n = try c.decode(Int.self, forKey: .n)
        userRegressors = try c.decode(Int.self, forKey: .userRegressors)
        series = try c.decodeNonFiniteArray(.series)
        phi = try c.decodeNonFiniteArray(.phi)
        theta = try c.decodeNonFiniteArray(.theta)
        delta = try c.decodeNonFiniteArray(.delta)
        stateMean = try c.decodeNonFiniteArray(.stateMean)
        stateCovariance = try c.decodeNonFiniteArray(.stateCovariance)
        constantForecast = try c.decodeNonFiniteIfPresent(.constantForecast)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(spec, forKey: .spec)
        try c.encodeNonFinite(coefficients, forKey: .coefficients)
        try c.encode(coefficientNames, forKey: .coefficientNames)
        try c.encode(mask, forKey: .mask)
        if let cov = covariance, cov.isFinite { try c.encode(cov, forKey: .covariance) }
        try c.encodeNonFinite(sigma2, forKey: .sigma2)
        try c.encodeNonFinite(arimaSigma2, forKey: .arimaSigma2)
        try c.encodeNonFinite(logLikelihood, forKey: .logLikelihood)
        try c.encodeNonFinite(aic, forKey: .aic)
        try c.encodeNonFinite(aicc, forKey: .aicc)
        try c.encodeNonFinite(bic, forKey: .bic)
        try c.encodeNonFinite(residuals, forKey: .residuals)
        try c.encode(nobs, forKey: .nobs)
        try c.encode(convergence, forKey: .convergence)
        try c.encode(n, forKey: .n)
        try c.encode(userRegressors, forKey: .userRegressors)
        try c.encodeNonFinite(series, forKey: .series)
        try c.encodeNonFinite(phi, forKey: .phi)
        try c.encodeNonFinite(theta, forKey: .theta)
        try c.encodeNonFinite(delta, forKey: .delta)
        try c.encodeNonFinite(stateMean, forKey: .stateMean)
        try c.encodeNonFinite(stateCovariance, forKey: .stateCovariance)
        try c.encodeNonFinite(constantForecast, forKey: .constantForecast)
    }
}
