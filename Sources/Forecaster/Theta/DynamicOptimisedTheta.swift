import Foundation
import AlmanacNumerics
import TimeSeries

/// The Dynamic Optimised Theta Method (DOTM) of Fiorucci, Pellegrini, Louzada, Petropoulos &
/// Koehler (2016, "Models for optimising the theta method and their relationship to state
/// space models", IJF 32), as R `forecTheta::dotm` and statsforecast `DynamicOptimizedTheta`:
///
/// 1. Seasonality exactly as our `Theta` (`thetaf`): for `m > 1` and `n > 2m`, the 90% ACF
///    test; if seasonal, divide by the classical multiplicative seasonal component and
///    reseasonalise forecasts with the last `m` indices. (statsforecast tests from `m ≥ 4`,
///    `n ≥ 2m` and falls back to an additive decomposition when an index is below 0.01 or
///    the data are not positive; we keep thetaf's rule and leave such series unadjusted.)
/// 2. On the adjusted series, the DOTM state space (`DOTMState`): an SES level combined with
///    the theta line whose OLS coefficients `A_t, B_t` are re-estimated recursively as each
///    observation arrives, `ŷ_{t+1|t} = ℓ_t + (1 − 1/θ)[(1 − α)^t A_t + ((1 − (1 − α)^{t+1})/α) B_t]`.
/// 3. `(ℓ₀, α, θ)` minimise the in-sample mean squared one-step error over `t ≥ 4` (the first
///    three errors are a burn-in of the recursive regression, as statsforecast's objective
///    `Σ_{t≥4} e_t² / mean|y|`, which has the same minimiser), subject to
///    `−10¹⁰ ≤ ℓ₀ ≤ 10¹⁰`, `0.1 ≤ α ≤ 0.99`, `1 ≤ θ ≤ 10¹⁰` (forecTheta's and statsforecast's
///    bounds), from `(y_1/2, 0.5, 2)`.
///
/// Optimiser: R's Nelder–Mead (`NelderMead`, `parscale = (|ℓ₀⁰|, 0.5, 2)` so the first simplex
/// moves each parameter by 10%, relative tolerance 10⁻¹², 4000 evaluations, then one restart
/// from the optimum). Out-of-range points are evaluated at the nearest point of the box, as
/// statsforecast's clamped simplex does, so optima on a bound (α = 0.1, θ = 1 are common) are
/// reached exactly. statsforecast stops when the spread of the simplex values falls below
/// 10⁻⁴ (absolute, on its scaled objective), which often leaves `ℓ₀` and a large `θ` short of the
/// minimum; our in-sample MSE is never above theirs on the parity fixtures.
///
/// `logScale: true` fits the same method to `log y` (positive data only) and back-transforms
/// mean and bounds with `exp`, as `Theta`.
public enum DynamicOptimisedTheta {
    /// Fits DOTM to `y` (complete data) with seasonal period `period`, estimating
    /// `(ℓ₀, α, θ)`, or using `parameters` as given when not nil (no estimation, as
    /// statsforecast's `forward` or forecTheta's `estimation = FALSE`).
    ///
    /// - Throws: `ForecasterError.invalidOption` for a period below 1,
    ///   `.nonFiniteData` for missing or infinite values, `.tooShort` for fewer than 7
    ///   observations, `.invalidData` for a constant series (every `(ℓ₀, α, θ)` fits it
    ///   perfectly; use a flat forecast) or non-positive data with `logScale`, or parameters
    ///   outside the bounds, `.fitFailed` when no finite fit is found.
    /// - Complexity: O(n·m) for the seasonal test and decomposition plus O(evaluations · n)
    ///   for the optimisation (at most about 8000 evaluations).
    public static func fit(_ y: [Double], period: Int, logScale: Bool = false,
                           parameters: DOTMParameters? = nil) throws -> DOTMModel {
        let name = logScale ? "dotm(log)" : "dotm"
        guard period >= 1 else { throw ForecasterError.invalidOption("period must be at least 1, got \(period)") }
        guard y.allSatisfy(\.isFinite) else {
            throw ForecasterError.nonFiniteData(model: name, detail: "missing or infinite value in the series")
        }
        guard y.count >= minimumCount else {
            throw ForecasterError.tooShort(model: name, observations: y.count, needed: minimumCount)
        }
        if logScale {
            guard y.allSatisfy({ $0 > 0 }) else {
                throw ForecasterError.invalidData(model: name, detail: "a log-scale fit needs positive data")
            }
        }
        let z = logScale ? y.map { log($0) } : y
        guard z.contains(where: { $0 != z[0] }) else {
            throw ForecasterError.invalidData(model: name, detail: "constant series: every DOTM fits it exactly; use a flat forecast")
        }
        var adjustment: SeasonalAdjustment? = nil
        if SeasonalityTest.isSeasonal(z, period: period, confidence: 0.90, rule: .moreThanTwoPeriods) {
            adjustment = try SeasonalAdjustment.multiplicative(z, period: period)
        }
        let x = adjustment?.adjusted ?? z
        let par: DOTMParameters
        if let given = parameters {
            guard given.isWithinBounds else {
                throw ForecasterError.invalidData(model: name, detail: "parameters outside the DOTM bounds: \(given)")
            }
            par = given
        } else {
            par = estimate(x)
        }
        let (state, mse) = x.withUnsafeBufferPointer { filter($0, par) }
        guard mse.isFinite, state.level.isFinite, state.a.isFinite, state.b.isFinite else {
            throw ForecasterError.fitFailed(model: name, detail: "no finite DOTM fit")
        }
        return DOTMModel(period: period, parameters: par, state: state, mse: mse,
                         seasonalIndices: adjustment?.future, logScale: logScale)
    }

    /// The fewest observations fitted (as `Theta`; statsforecast needs only 4).
    public static let minimumCount = 7
    /// One-step errors `e_1…e_3` (0-based indices below this) are left out of the MSE.
    static let burnIn = 3

    /// Minimises the in-sample MSE over the bounded box (see the type's documentation).
    /// - Complexity: O(evaluations · n).
    static func estimate(_ x: [Double]) -> DOTMParameters {
        let start = [x[0] / 2, 0.5, 2.0]
        var options = NelderMead.Options()
        options.relativeTolerance = 1e-12
        options.maxIterations = 4000
        options.parscale = [x[0] != 0 ? abs(x[0] / 2) : 1, 0.5, 2]
        var optimizer = NelderMead(dimension: 3, options: options)
        let best = x.withUnsafeBufferPointer { xs -> [Double] in
            let objective: (UnsafeBufferPointer<Double>) -> Double = { p in
                let q = DOTMParameters.clamped(p[0], p[1], p[2])
                return meanSquaredError(xs, q)
            }
            var result = optimizer.minimize(from: start, objective)
            // One restart from the optimum: Nelder–Mead's simplex can collapse early along the
            // weakly identified ℓ₀ (its effect decays as (1 − α)^t).
            let again = optimizer.minimize(from: result.x, objective)
            if again.value <= result.value { result = again }
            return result.x
        }
        return DOTMParameters.clamped(best[0], best[1], best[2])
    }

    /// The in-sample MSE of the one-step errors `e_t`, `t ≥ 4`, for parameters `p`.
    /// Non-finite values are returned as +∞.
    /// - Complexity: O(n), no allocation.
    @inline(__always)
    static func meanSquaredError(_ x: UnsafeBufferPointer<Double>, _ p: DOTMParameters) -> Double {
        let mse = filter(x, p).mse
        return mse.isFinite ? mse : .infinity
    }

    /// Runs the DOTM recursion over `x`: the final state and the in-sample MSE of the
    /// one-step errors from `burnIn` on.
    @inline(__always)
    static func filter(_ x: UnsafeBufferPointer<Double>, _ p: DOTMParameters) -> (state: DOTMState, mse: Double) {
        var state = DOTMState(first: x[0], initialLevel: p.initialLevel, alpha: p.alpha)
        let weight = 1 - 1 / p.theta
        var sse = 0.0
        for t in 1..<x.count {
            let e = x[t] - state.oneStep(alpha: p.alpha, weight: weight)
            if t >= burnIn { sse += e * e }
            state.update(x[t], alpha: p.alpha)
        }
        return (state, sse / Double(x.count - burnIn))
    }
}

/// The DOTM parameters: initial level `ℓ₀`, smoothing `α`, and `θ` (the weight of the theta
/// line is `1 − 1/θ`; `θ = 1` is SES, `θ = 2` the classical Theta method's drift).
public struct DOTMParameters: Sendable, Codable, Equatable, CustomStringConvertible {
    public var initialLevel: Double
    public var alpha: Double
    public var theta: Double

    public init(initialLevel: Double, alpha: Double, theta: Double) {
        self.initialLevel = initialLevel
        self.alpha = alpha
        self.theta = theta
    }

    /// forecTheta's and statsforecast's box.
    public static let levelBounds: ClosedRange<Double> = -1e10...1e10
    public static let alphaBounds: ClosedRange<Double> = 0.1...0.99
    public static let thetaBounds: ClosedRange<Double> = 1...1e10

    public var isWithinBounds: Bool {
        Self.levelBounds.contains(initialLevel) && Self.alphaBounds.contains(alpha) && Self.thetaBounds.contains(theta)
    }

    /// The nearest point of the box (NaN stays NaN and makes the objective +∞).
    @inline(__always)
    static func clamped(_ l: Double, _ a: Double, _ t: Double) -> DOTMParameters {
        func clamp(_ v: Double, _ r: ClosedRange<Double>) -> Double { v.isNaN ? v : min(max(v, r.lowerBound), r.upperBound) }
        return DOTMParameters(initialLevel: clamp(l, levelBounds), alpha: clamp(a, alphaBounds), theta: clamp(t, thetaBounds))
    }

    public var description: String { "ℓ₀ = \(initialLevel), α = \(alpha), θ = \(theta)" }
}
