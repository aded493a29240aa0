import AlmanacNumerics

extension ARIMAModel {
    /// The part of the forecast-error covariance that comes from estimating the
    /// coefficients, by the delta method (Box, Jenkins & Reinsel, *Time Series Analysis*,
    /// §5.5; Ansley & Newbold 1981):
    ///
    ///     Σ_c = G V Gᵀ,   G[h, j] = ∂ŷ_{n+h|n} / ∂c_j,
    ///
    /// where `V` is the estimated coefficients' covariance (`covariance`, the inverse Hessian
    /// of the likelihood, as R's `var.coef`) and `G` the sensitivity of the point forecasts to
    /// each estimated coefficient (ARMA terms, mean or drift, regressors), by central
    /// differences of ±0.01 standard errors: the forecasts are refitted with every
    /// coefficient fixed (`fixed`, a filter pass, no optimisation). Added to the innovation
    /// covariance (`forecast(…, added:)`) it gives intervals that also cover the coefficients'
    /// sampling error, which grows with the horizon, fastest under drift and differencing.
    /// R's `forecast.Arima` leaves it out; it matters for long counterfactuals (`impact`).
    ///
    /// - Parameters:
    ///   - horizon: H.
    ///   - xreg: the regressors over the fitted span (nil without regressors).
    ///   - futureXreg: their values over the horizon.
    /// - Returns: the H × H matrix, or nil when there is no usable covariance (a fit
    ///   without a Hessian, no estimated coefficient) or a perturbed refit fails.
    /// - Complexity: 2k filter passes and forecasts (k estimated coefficients) plus O(H²k)
    ///   for `G V Gᵀ` (`CoefficientUncertainty.forecastCovariance`).
    public func coefficientForecastCovariance(horizon: Int, xreg: Matrix? = nil, futureXreg: Matrix? = nil) -> Matrix? {
        guard horizon >= 1, constantForecast == nil, let v = covariance else { return nil }
        let free = mask.indices.filter { mask[$0] }
        let k = free.count
        guard k > 0, v.rows == k, v.columns == k, v.isFinite else { return nil }
        var spec = self.spec
        spec.lambda = nil  // `series` is already on the model scale
        let names = userRegressors > 0 ? Array(coefficientNames.suffix(userRegressors)) : nil
        func means(_ j: Int, _ delta: Double) -> [Double]? {
            var c = coefficients
            c[j] += delta
            guard let m = try? spec.fit(series, xreg: xreg, xregNames: names, fixed: c),
                  let f = try? m.forecast(horizon: horizon, levels: [95], xreg: futureXreg, covariance: false),
                  f.mean.count == horizon, f.mean.allSatisfy(\.isFinite) else { return nil }
            return f.mean
        }
        var g = Matrix(rows: horizon, columns: k)
        for (col, j) in free.enumerated() {
            let se = v[col, col].squareRoot()
            guard se.isFinite, se > 0 else { continue }
            let step = 0.01 * se
            guard let up = means(j, step), let down = means(j, -step) else { return nil }
            for t in 0..<horizon { g[t, col] = (up[t] - down[t]) / (2 * step) }
        }
        let out = CoefficientUncertainty(names: free.map { coefficientNames[$0] }, covariance: v, directions: g)
            .forecastCovariance
        return out.isFinite ? out : nil
    }
}
