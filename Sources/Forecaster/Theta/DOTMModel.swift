import Foundation
import AlmanacNumerics

/// A fitted Dynamic Optimised Theta model (see `DynamicOptimisedTheta`). `Codable` so the
/// CLI can store it; a reloaded model forecasts byte-identically.
public struct DOTMModel: Sendable, Codable, Equatable {
    public var period: Int
    public var parameters: DOTMParameters
    /// The state after the last observation (on the adjusted, and for `logScale` the log, scale).
    var state: DOTMState
    /// The in-sample mean squared one-step error over `t ≥ 4` on the adjusted scale; the
    /// innovation variance `σ²` of the intervals.
    public var mse: Double
    /// The last `period` multiplicative seasonal indices, nil when not deseasonalised.
    public var seasonalIndices: [Double]?
    /// Fitted to `log y`: forecasts are back-transformed with `exp`.
    public var logScale: Bool

    public var isSeasonal: Bool { seasonalIndices != nil }
    /// The number of observations fitted.
    public var count: Int { state.count }
    public var label: String { logScale ? "dotm(log)" : "dotm" }

    /// Point forecasts and prediction intervals at `levels` (percent).
    ///
    /// Point forecasts run the DOTM recursion with future observations replaced by their
    /// forecasts (`ŷ_{n+h|n}`, then reseasonalised with the last `m` indices), as forecTheta and
    /// statsforecast do.
    ///
    /// Intervals are analytic and exact for Gaussian innovations `ε ~ N(0, σ²)`, `σ² = mse`:
    /// every DOTM update is affine in the new observation, so the error of step `h` is a fixed
    /// linear combination `Σ_{j≤h} c_{hj} ε_{n+j}` with `c_{hh} = 1` (`errorWeights`), and
    /// `Var = σ² Σ_j c_{hj}²`. We prefer this to statsforecast's 200 simulated `float32` paths
    /// (whose quantiles move by several percent with the seed) and to a larger simulation
    /// (which would only approximate these numbers): it is deterministic, costs O(h²) and
    /// also gives the full error covariance. Bounds `ŷ ± z σ_h` are formed on the adjusted
    /// scale and multiplied by the seasonal index (and for `logScale` exponentiated), as
    /// `thetaf` does. Like every ETS-style interval they ignore parameter uncertainty.
    ///
    /// `errorCovariance` is `s_i s_j σ² Σ_k c_{ik} c_{jk}` (`s` the seasonal indices), on the
    /// scale of the mean before the `exp` of a log-scale fit, as `Forecast` defines it.
    /// - Throws: `ForecasterError.invalidOption` for a horizon below 1 or an invalid level.
    /// - Complexity: O(h²) time; memory O(h²) with the covariance, O(h) with `covariance: false`.
    public func forecast(horizon: Int, levels: [Double] = [80, 95], covariance: Bool = true) throws -> Forecast {
        guard horizon >= 1 else { throw ForecasterError.invalidOption("horizon must be at least 1") }
        let levels = try PredictionIntervals.validatedLevels(levels)
        let alpha = parameters.alpha, weight = 1 - 1 / parameters.theta
        var mean = [Double](repeating: 0, count: horizon)
        var s = state
        for h in 0..<horizon {
            let f = s.oneStep(alpha: alpha, weight: weight)
            mean[h] = f
            s.update(f, alpha: alpha)
        }
        // The bounds come from the O(H) recursion in both cases, so they are the same with and
        // without the covariance; the H×H weights are expanded only for the covariance.
        let c = covariance ? errorWeights(horizon: horizon) : []
        let se = errorSumsOfSquares(horizon: horizon).map { (mse * $0).squareRoot() }
        var (lower, upper) = try PredictionIntervals.normal(mean: mean, standardErrors: se, levels: levels)
        var cov = Matrix(rows: covariance ? horizon : 0, columns: covariance ? horizon : 0)
        for j in 0..<(covariance ? horizon : 0) {
            for i in j..<horizon {
                var v = 0.0
                for k in 0...j { v += c[i + k * horizon] * c[j + k * horizon] }
                let value = mse * v * seasonalIndex(i) * seasonalIndex(j)
                cov[i, j] = value
                cov[j, i] = value
            }
        }
        for h in 0..<horizon {
            let index = seasonalIndex(h)
            mean[h] *= index
            for k in levels.indices {
                lower[k][h] *= index
                upper[k][h] *= index
            }
        }
        if logScale {
            mean = mean.map { exp($0) }
            lower = lower.map { $0.map { exp($0) } }
            upper = upper.map { $0.map { exp($0) } }
        }
        return Forecast(model: label, mean: mean, levels: levels, lower: lower, upper: upper,
                        errorCovariance: covariance ? cov : nil)
    }

    /// The seasonal index of forecast step `h + 1` (1 when not deseasonalised).
    @inline(__always) func seasonalIndex(_ h: Int) -> Double {
        guard let s = seasonalIndices, !s.isEmpty else { return 1 }
        return s[h % s.count]
    }

    /// `Σ_j c_hj²` for each step h, as `errorWeights` would give, in O(H) time and memory.
    ///
    /// The deviation state `δx = (δℓ, δȲ, δA, δB)` evolves linearly: at step h the deviation of
    /// the observation is `δy_h = H_h δx_h + e_h` (`H_h` the one-step forecast's weights) and
    /// absorbing it gives `δx_{h+1} = T_h δx_h + g_h e_h` with `T_h = U_h + u_h H_h`, where the
    /// update `δx ↦ U_h δx + u_h δy` is read off `DOTMState.update` applied to unit vectors.
    /// With unit innovation variance the covariance `P_h` of `δx_h` follows
    /// `P_{h+1} = T_h P_h T_hᵀ + u_h u_hᵀ` from `P_0 = 0`, and `Σ_j c_hj² = H_h P_h H_hᵀ + 1`:
    /// the same sums as the O(H²) expansion, without storing or revisiting the weights.
    func errorSumsOfSquares(horizon: Int) -> [Double] {
        let alpha = parameters.alpha, weight = 1 - 1 / parameters.theta
        var sums = [Double](repeating: 0, count: horizon)
        var zero = state
        zero.level = 0; zero.meanY = 0; zero.a = 0; zero.b = 0
        func vector(_ s: DOTMState) -> SIMD4<Double> { SIMD4(s.level, s.meanY, s.a, s.b) }
        func deviation(_ v: SIMD4<Double>, like z: DOTMState) -> DOTMState {
            var s = z
            s.level = v[0]; s.meanY = v[1]; s.a = v[2]; s.b = v[3]
            return s
        }
        var p = [SIMD4<Double>](repeating: .zero, count: 4)    // rows of P
        for h in 0..<horizon {
            // H_h: the one-step forecast is linear in the deviation state.
            var hRow = SIMD4<Double>.zero
            for k in 0..<4 {
                var unit = SIMD4<Double>.zero
                unit[k] = 1
                hRow[k] = deviation(unit, like: zero).oneStep(alpha: alpha, weight: weight)
            }
            var ph = SIMD4<Double>.zero
            for i in 0..<4 { ph[i] = (p[i] * hRow).sum() }
            sums[h] = (hRow * ph).sum() + 1
            // Columns of T_h (a unit deviation feeding back its own one-step forecast) and u_h.
            var t = [SIMD4<Double>](repeating: .zero, count: 4)   // columns
            for k in 0..<4 {
                var unit = SIMD4<Double>.zero
                unit[k] = 1
                var s = deviation(unit, like: zero)
                s.update(hRow[k], alpha: alpha)
                t[k] = vector(s)
            }
            var innovation = zero
            innovation.update(1, alpha: alpha)
            let u = vector(innovation)
            // P ← T P Tᵀ + u uᵀ.
            var tp = [SIMD4<Double>](repeating: .zero, count: 4)  // columns of T·P
            for j in 0..<4 {
                var col = SIMD4<Double>.zero
                for k in 0..<4 { col += t[k] * p[k][j] }
                tp[j] = col
            }
            var next = [SIMD4<Double>](repeating: .zero, count: 4)
            for i in 0..<4 {
                var row = SIMD4<Double>.zero
                for j in 0..<4 { row[j] = (0..<4).reduce(0) { $0 + tp[$1][i] * t[$1][j] } }
                next[i] = row + u * u[i]
            }
            p = next
            zero.update(0, alpha: alpha)
        }
        return sums
    }

    /// The weights `c_{hj}` of the future innovations in the adjusted-scale forecast errors,
    /// column-major `H × H` (`c[h + j·H]`, zero above the diagonal).
    ///
    /// The DOTM recursion is affine in the observations, so the deviation of a path from the
    /// point-forecast path follows the same recursion with the constant terms dropped: a
    /// unit innovation at step `j` starts a deviation `δ` with zero state; at each later step
    /// `δy = δŷ` (the deviation of the one-step forecast) is fed back, exactly as a future
    /// observation is. `DOTMState`'s update is homogeneous, so a zero-valued copy of the
    /// state at the right time index tracks `δ`.
    /// - Complexity: O(H²) time, O(H²) memory for the result and O(H) for the deviations.
    func errorWeights(horizon: Int) -> [Double] {
        let alpha = parameters.alpha, weight = 1 - 1 / parameters.theta
        var c = [Double](repeating: 0, count: horizon * horizon)
        var zero = state
        zero.level = 0; zero.meanY = 0; zero.a = 0; zero.b = 0
        var deviations: [DOTMState] = []
        deviations.reserveCapacity(horizon)
        for h in 0..<horizon {
            deviations.append(zero)   // the innovation of step h + 1 enters now
            for j in 0...h {
                let dy = deviations[j].oneStep(alpha: alpha, weight: weight) + (j == h ? 1 : 0)
                c[h + j * horizon] = dy
                deviations[j].update(dy, alpha: alpha)
            }
            zero.update(0, alpha: alpha)
        }
        return c
    }
}
