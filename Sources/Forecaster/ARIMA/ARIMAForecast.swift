import Foundation
import AlmanacNumerics

extension ARIMAModel {
    /// Point forecasts and normal prediction intervals, as `forecast.Arima`: the Kalman
    /// forecast of the state from the final filtered state (R's `KalmanForecast`),
    /// `mean = Zᵀâ_{n+h} + x_{n+h}ᵀβ`, `se = √(σ² · Zᵀ P_{n+h|n} Z)` with `forecast::Arima`'s
    /// σ², bounds `mean ± z_{(1+level)/2} · se`, then Box–Cox back-transformation (means
    /// bias-adjusted when `spec.biasAdjust`; bounds are back-transformed quantiles).
    ///
    /// `errorCovariance` holds the full H×H covariance of the forecast errors on the
    /// model (transformed) scale: `Cov(e_{n+i}, e_{n+j}) = σ² Zᵀ T^{j−i} P_{n+i|n} Z`
    /// for `j ≥ i`, so the variance of a sum over horizons is `1ᵀΣ1`.
    ///
    /// - Parameters:
    ///   - horizon: steps ahead (ignored when `xreg` is given: its row count is used).
    ///   - levels: interval levels in percent (fractions in (0,1) are scaled by 100);
    ///     sorted ascending as R does.
    ///   - xreg: future values of the user regressors (h × k), required when the model
    ///     has regressors. Drift and mean are extended automatically.
    ///   - covariance: `false` skips the H×H error covariance (time and memory then linear
    ///     in H).
    ///   - added: an H×H covariance added to the forecast errors' on the model scale (nil:
    ///     none, as R), e.g. `CoefficientUncertainty.forecastCovariance`.
    /// - Complexity: O(H·rd² + H²·rd).
    public func forecast(horizon: Int, levels: [Double] = [80, 95], xreg: Matrix? = nil,
                         covariance: Bool = true, added: Matrix? = nil) throws -> Forecast {
        var h = horizon
        if userRegressors > 0 {
            guard let x = xreg else { throw ForecasterError.invalidArgument("No regressors provided") }
            guard x.columns == userRegressors else {
                throw ForecasterError.invalidArgument("Number of regressors does not match fitted model")
            }
            h = x.rows
        }
        guard h >= 1 else { throw ForecasterError.invalidArgument("horizon must be ≥ 1") }
        var lv = levels
        if let mn = lv.min(), let mx = lv.max(), mn > 0 && mx < 1 { lv = lv.map { $0 * 100 } }
        guard lv.allSatisfy({ $0 > 0 && $0 <= 99.99 }) else {
            throw ForecasterError.invalidArgument("Confidence limit out of range")
        }
        lv.sort()

        var mean = [Double](repeating: 0, count: h)
        var variance = [Double](repeating: 0, count: h)
        var cov = [Double](repeating: 0, count: covariance ? h * h : 0)
        if let c = constantForecast {
            mean = [Double](repeating: c, count: h)
        } else {
            let (fc, v, sigmaFree) = kalmanForecast(h, covariance: covariance)
            mean = regressionMean(from: n, count: h, xreg: xreg)
            for t in 0..<h { mean[t] += fc[t]; variance[t] = v[t] * sigma2 }
            for i in 0..<cov.count { cov[i] = sigmaFree[i] * sigma2 }
        }
        if let added {
            guard added.rows == h, added.columns == h else {
                throw ForecasterError.invalidArgument("added covariance is \(added.rows)×\(added.columns), the horizon \(h)")
            }
            for t in 0..<h { variance[t] += added[t, t] }
            for i in 0..<cov.count { cov[i] += added.storage[i] }
        }
        let se = variance.map { $0.squareRoot() }
        var lower: [[Double]] = [], upper: [[Double]] = []
        for l in lv {
            let z = try Normal.quantile(0.5 * (1 + l / 100))
            lower.append((0..<h).map { mean[$0] - z * se[$0] })
            upper.append((0..<h).map { mean[$0] + z * se[$0] })
        }
        var outMean = mean
        if let lambda = spec.lambda, constantForecast == nil {
            outMean = (0..<h).map {
                BoxCoxTransform.inverse(mean[$0], lambda: lambda, forecastVariance: spec.biasAdjust ? variance[$0] : nil)
            }
            lower = lower.map { $0.map { BoxCoxTransform.inverse($0, lambda: lambda) } }
            upper = upper.map { $0.map { BoxCoxTransform.inverse($0, lambda: lambda) } }
        }
        let covM = covariance ? try Matrix(rows: h, columns: h, columnMajor: cov) : nil
        return Forecast(model: description, mean: outMean, levels: lv, lower: lower, upper: upper,
                        errorCovariance: covM)
    }

    /// The regression part `xₜᵀβ` at the `count` positions from `start` (0-based): the
    /// intercept, the drift (`start + t + 1`, R's `1:n` extended) and the user regressors
    /// (`xreg`'s rows are those positions; a missing one counts 0). The forecast adds it to
    /// the ARMA state's forecast, from `start = n`.
    ///
    /// - Complexity: O(count · k) for k regression coefficients.
    public func regressionMean(from start: Int, count: Int, xreg: Matrix?) -> [Double] {
        var mean = [Double](repeating: 0, count: count)
        let narma = armaCoefficientCount
        var userCol = 0
        for (k, name) in coefficientNames.enumerated() where k >= narma {
            let b = coefficients[k]
            for t in 0..<count {
                let xv: Double
                if name == "intercept" { xv = 1 }
                else if name == "drift" { xv = Double(start + t + 1) }
                else { xv = xreg?[t, userCol] ?? 0 }
                mean[t] += xv * b
            }
            if name != "intercept" && name != "drift" { userCol += 1 }
        }
        return mean
    }

    /// The number of ARMA coefficients (`ar…`, `ma…`, `sar…`, `sma…`), which come first in
    /// `coefficients`; the intercept, drift and regressors follow.
    var armaCoefficientCount: Int { coefficientNames.filter(Self.isARMAName).count }

    static func isARMAName(_ s: String) -> Bool {
        for prefix in ["ar", "ma", "sar", "sma"] where s.hasPrefix(prefix) {
            if Int(s.dropFirst(prefix.count)) != nil { return true }
        }
        return false
    }

    /// R's `KalmanForecast`: state forecasts and `Zᵀ P Z` (variances in units of σ²),
    /// plus the H×H matrix `Zᵀ T^{j−i} P_i Z` (column-major, symmetric).
    func kalmanForecast(_ h: Int, covariance: Bool = true) -> (mean: [Double], variance: [Double], covariance: [Double]) {
        let p = phi.count, q = theta.count
        let r = max(p, q + 1)
        let d = delta.count
        let rd = r + d
        var a = stateMean
        var P = stateCovariance
        guard a.count == rd, P.count == rd * rd else {
            return ([Double](repeating: .nan, count: h), [Double](repeating: .nan, count: h),
                    [Double](repeating: .nan, count: h * h))
        }
        let z: [Double] = [1] + [Double](repeating: 0, count: r - 1) + delta
        let rvec: [Double] = [1] + (0..<(r - 1)).map { $0 < q ? theta[$0] : 0 } + [Double](repeating: 0, count: d)
        func applyT(_ v: [Double]) -> [Double] {
            var out = [Double](repeating: 0, count: rd)
            for i in 0..<r {
                var tmp = i < r - 1 ? v[i + 1] : 0
                if i < p { tmp += phi[i] * v[0] }
                out[i] = tmp
            }
            if d > 0 {
                var tmp = v[0]
                for k in 0..<d { tmp += delta[k] * v[r + k] }
                out[r] = tmp
                var i = r + 1
                while i < rd { out[i] = v[i - 1]; i += 1 }
            }
            return out
        }
        var fc = [Double](repeating: 0, count: h)
        var vars = [Double](repeating: 0, count: h)
        var cov = [Double](repeating: 0, count: covariance ? h * h : 0)
        for l in 0..<h {
            a = applyT(a)
            fc[l] = zip(z, a).reduce(0) { $0 + $1.0 * $1.1 }
            // P ← T P Tᵀ + R Rᵀ: columns of M = T P, then rows.
            var m = [Double](repeating: 0, count: rd * rd)
            for j in 0..<rd {
                let col = applyT(Array(P[(rd * j)..<(rd * (j + 1))]))
                for i in 0..<rd { m[j + rd * i] = col[i] }  // store Mᵀ
            }
            for j in 0..<rd {
                let col = applyT(Array(m[(rd * j)..<(rd * (j + 1))]))
                for i in 0..<rd { P[i + rd * j] = col[i] + rvec[i] * rvec[j] }
            }
            // w = P Z, then Zᵀ T^k w for the following horizons.
            var w = [Double](repeating: 0, count: rd)
            for i in 0..<rd {
                var s = 0.0
                for j in 0..<rd where z[j] != 0 { s += P[i + rd * j] * z[j] }
                w[i] = s
            }
            vars[l] = zip(z, w).reduce(0) { $0 + $1.0 * $1.1 }
            guard covariance else { continue }
            cov[l + h * l] = vars[l]
            var k = l + 1
            while k < h {
                w = applyT(w)
                let c = zip(z, w).reduce(0) { $0 + $1.0 * $1.1 }
                cov[l + h * k] = c
                cov[k + h * l] = c
                k += 1
            }
        }
        return (fc, vars, cov)
    }
}
