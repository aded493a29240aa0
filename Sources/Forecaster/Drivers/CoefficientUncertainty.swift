import AlmanacNumerics

/// The regression coefficients' share of the forecast error of a regression with ARIMA
/// errors, given the ARMA coefficients and σ² (the opt-in `--xreg-uncertainty coefficients`).
///
/// With `yₜ = xₜᵀβ + ηₜ` (xₜ holding the intercept and drift when the model has them, as
/// R's `Arima`), let `a_h` be the weights of the ARIMA predictor of `η_{n+h}` from the
/// history (the Kalman filter's). The forecast error of `ŷ_{n+h} = x_{n+h}ᵀβ̂ + a_hᵀ(y − Xβ̂)` is
///
/// `y_{n+h} − ŷ_{n+h} = (η_{n+h} − a_hᵀη) + g_hᵀ(β − β̂)`,  `g_h = x_{n+h} − Xᵀa_h`,
///
/// and with `β̂` the GLS estimate the two terms are uncorrelated (`a_h` is the best linear
/// predictor, so its error is orthogonal to `XᵀΩ⁻¹η`, Ω = Cov(η)). Hence
///
/// `Var = σ²·(ARIMA error variance) + g_hᵀ V g_h`,  `V = Var(β̂ | ARMA, σ²) = σ² (X̃ᵀX̃)⁻¹`,
///
/// where `X̃` is the design run through the same Kalman filter as the data (standardised
/// innovations `vₜ/√Fₜ`, the GLS transform; the diffuse start, `Fₜ ≥ 10⁴`, is left out as
/// R's likelihood leaves it out) and `Xᵀa_h` is the filter's h-step forecast of each design
/// column. Across horizons the covariance adds `G V Gᵀ`, so annual totals include it too.
///
/// This is what a state-space model with β among the states, constant and diffuse at the
/// start, gives (Durbin & Koopman 2012, §6.2; statsmodels `SARIMAX(mle_regression=False,
/// use_exact_diffuse=True)`): `Tests/Fixtures/xreg/make_coefficient_uncertainty.py`.
/// It leaves out the ARMA coefficients' own estimation error.
public struct CoefficientUncertainty: Sendable {
    /// The coefficients covered, in the model's order (`intercept`, `drift`, drivers).
    public var names: [String]
    /// `V = Var(β̂ | ARMA, σ²)`, k×k.
    public var covariance: Matrix
    /// `G`, h×k: row h is `g_h`, the future design less its ARIMA forecast from the history.
    public var directions: Matrix

    /// `G V Gᵀ` (h×h): what the coefficients add to the forecast-error covariance.
    ///
    /// - Complexity: O(h·k² + h²·k).
    public var forecastCovariance: Matrix {
        let h = directions.rows, k = directions.columns
        var gv = Matrix(rows: h, columns: k)
        for a in 0..<k {
            for b in 0..<k where covariance[b, a] != 0 {
                for t in 0..<h { gv[t, a] += directions[t, b] * covariance[b, a] }
            }
        }
        var out = Matrix(rows: h, columns: h)
        for s in 0..<h {
            for t in s..<h {
                var acc = 0.0
                for a in 0..<k { acc += gv[t, a] * directions[s, a] }
                out[t, s] = acc
                out[s, t] = acc
            }
        }
        return out
    }

    /// Given `V` (k×k) and the directions `G` (h×k) directly, e.g. the forecasts' sensitivity
    /// to ARMA coefficients (`ARIMAModel.coefficientForecastCovariance`).
    public init(names: [String], covariance: Matrix, directions: Matrix) {
        self.names = names
        self.covariance = covariance
        self.directions = directions
    }

    /// - Parameters:
    ///   - model: a fitted regression with ARIMA errors.
    ///   - history: the drivers over the history (n×k user regressors; nil for none).
    ///   - future: their future values (h×k; nil for none).
    ///   - horizon: the steps ahead when there are no user regressors (else `future.rows`).
    /// - Throws: `ForecasterError` when the shapes disagree or `X̃ᵀX̃` is singular.
    /// - Complexity: O(k·n·rd² + k³ + h·k·rd²).
    public init(model: ARIMAModel, history: Matrix?, future: Matrix?, horizon: Int) throws {
        let n = model.n
        let h = future?.rows ?? horizon
        if model.userRegressors > 0 {
            guard let x = history, let f = future, x.rows == n, x.columns == model.userRegressors,
                  f.columns == model.userRegressors else {
                throw ForecasterError.invalidArgument("drivers do not match the fitted regression")
            }
        }
        let narma = model.armaCoefficientCount
        var names: [String] = [], past: [[Double]] = [], ahead: [[Double]] = []
        var user = 0
        for k in narma..<model.coefficients.count {
            let name = model.coefficientNames[k]
            let isUser = name != "intercept" && name != "drift"
            defer { if isUser { user += 1 } }
            guard model.mask[k] else { continue }
            names.append(name)
            switch name {
            case "intercept":
                past.append([Double](repeating: 1, count: n)); ahead.append([Double](repeating: 1, count: h))
            case "drift":
                past.append((1...n).map(Double.init)); ahead.append((0..<h).map { Double(n + $0 + 1) })
            default:
                past.append(history!.column(user)); ahead.append(future!.column(user))
            }
        }
        self.names = names
        let k = names.count
        guard k > 0, model.constantForecast == nil else {
            covariance = Matrix(rows: k, columns: k)
            directions = Matrix(rows: h, columns: k)
            return
        }
        // Filter each design column as the data were filtered (missing where y is missing).
        let kalman = KalmanWorkspace(p: model.phi.count, q: model.theta.count, delta: model.delta)
        kalman.rossignol = model.spec.stateInit == .rossignol2011
        let phi = model.phi + [0], theta = model.theta + [0]   // never empty: valid base addresses
        var filtered = [[Double]](), gains = [Double]()
        var g = Matrix(rows: h, columns: k)
        for j in 0..<k {
            var column = (0..<n).map { model.series[$0].isNaN ? Double.nan : past[j][$0] }
            var innovation = [Double](repeating: .nan, count: n), gain = [Double](repeating: .nan, count: n)
            kalman.initialise(phi: phi, theta: theta, kappa: model.spec.kappa)
            _ = kalman.run(y: &column, n: n, phi: phi, theta: theta, residuals: &innovation, gains: &gain)
            filtered.append(innovation)
            gains = gain
            var state = model
            state.stateMean = (0..<kalman.rd).map { kalman.a[$0] }
            let predicted = state.kalmanForecast(h, covariance: false).mean
            for t in 0..<h { g[t, j] = ahead[j][t] - predicted[t] }
        }
        // X̃ᵀX̃ over the innovations the likelihood uses.
        var information = Matrix(rows: k, columns: k)
        for t in 0..<n where gains[t] < 1e4 {
            for a in 0..<k { for b in 0..<k { information[a, b] += filtered[a][t] * filtered[b][t] } }
        }
        guard let factor = try? Cholesky(information), let inverse = try? factor.inverse() else {
            throw ForecasterError.estimationFailed("the GLS-filtered drivers are collinear; the coefficients' covariance is singular")
        }
        var v = inverse
        for i in 0..<v.storage.count { v.storage[i] *= model.sigma2 }
        covariance = v
        directions = g
    }
}
