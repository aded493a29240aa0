import Foundation

/// Complex Exponential Smoothing (Svetunkov & Kourentzes 2015; Svetunkov, Kourentzes &
/// Ord 2022), estimated as statsforecast 2.1.1 `AutoCES(season_length: m)` does.
///
/// For each candidate type (see `CESSeasonType`) the smoothing parameters minimise
/// `n · log(Σ e_t²)` of the back-fitted recursion (`CESRecursion.backfittedObjective`,
/// from statsforecast's initial states) with statsforecast's bounded adaptive Nelder–Mead
/// (`CESNelderMead`) from its starting point and box. The fitted model is scored with
/// statsforecast's criteria: `−2 log L = n · log(SSE)`, `k` = components + 1,
/// `AIC = −2 log L + 2k`, `AICc = AIC + 2k(k + 1)/(n − k − 1)`, and
/// `σ² = SSE / (n − k − 1)`.
///
/// Parity: on all 1428 M3 monthly series (and their logs, full and held-out training
/// parts) the chosen type and the point forecasts equal statsforecast's to 1e-8 relative;
/// the ported optimiser reproduces its estimates to rounding.
///
/// Differences from statsforecast (documented where they matter):
/// - A constant series is an error here (statsforecast silently substitutes `Naive`).
/// - The non-seasonal model needs 5 observations (statsforecast accepts 3, where its
///   `σ²` divisor `n − 4` is zero or negative).
/// - Intervals are analytic (see `CESModel.forecast`), not simulated.
public enum ComplexExponentialSmoothing {
    static let modelName = "CES"

    /// Fits a CES model to `y` with seasonal period `period`.
    ///
    /// - Parameters:
    ///   - y: the series (finite values).
    ///   - period: the seasonal period (1 = none).
    ///   - seasonType: the type to fit; nil chooses among N, S, P and F by AICc. As in
    ///     statsforecast, only N is fitted (whatever is asked) when `period == 1` or
    ///     `y.count < 2 · period`.
    /// - Throws: `ForecasterError.invalidArgument` for `period < 1`, `.nonFiniteData` for NaN
    ///   or infinite values, `.tooShort` below 5 observations, `.invalidData` for a constant
    ///   series, `.fitFailed` when no candidate has a finite criterion.
    /// - Complexity: O(I · n · k) per candidate, `I` ≤ 1000 simplex iterations (typically
    ///   100–300).
    public static func fit(_ y: [Double], period: Int, seasonType: CESSeasonType? = nil) throws -> CESModel {
        guard period >= 1 else { throw ForecasterError.invalidArgument("CES: period must be at least 1, got \(period)") }
        guard y.allSatisfy({ $0.isFinite }) else {
            throw ForecasterError.nonFiniteData(model: modelName, detail: "the series contains NaN or infinite values")
        }
        guard y.count >= 5 else { throw ForecasterError.tooShort(model: modelName, observations: y.count, needed: 5) }
        guard let first = y.first, y.contains(where: { $0 != first }) else {
            throw ForecasterError.invalidData(model: modelName, detail: "the series is constant")
        }
        let candidates: [CESSeasonType]
        if period == 1 || y.count / 2 < period {
            candidates = [.none]
        } else if let seasonType {
            candidates = [seasonType]
        } else {
            candidates = CESSeasonType.allCases
        }
        var best: CESModel?
        for type in candidates {
            let model = estimate(y, period: period, type: type)
            if let aicc = model?.aicc, !aicc.isNaN, aicc < (best?.aicc ?? .infinity) { best = model }
        }
        guard let best else {
            throw ForecasterError.fitFailed(model: modelName, detail: "no CES type has a finite AICc")
        }
        return best
    }

    /// Estimates one type: optimises the parameters, then evaluates the model there.
    /// Returns nil when the likelihood at the estimate is not finite.
    static func estimate(_ y: [Double], period: Int, type: CESSeasonType) -> CESModel? {
        let lag = type == .none ? 1 : period
        let initial = CESInitialization.states(y, lag: lag, type: type)
        let (lower, upper) = CESInitialization.bounds(type)
        let start = CESInitialization.startingParameters(type)
        let k = type.components
        var buffer = [Double](repeating: 0, count: (y.count + 2 * lag) * k)
        var optimiser = CESNelderMead(dimension: start.count)
        let result = y.withUnsafeBufferPointer { yp in
            buffer.withUnsafeMutableBufferPointer { bp in
                let s = bp.baseAddress!
                return optimiser.minimize(from: start, lower: lower, upper: upper) { x in
                    for i in 0..<(lag * k) { s[i] = initial[i] }
                    let recursion = CESRecursion(type: type, lag: lag,
                                                 parameters: CESInitialization.parameters(x, type: type))
                    // statsforecast's target: the sentinel and NaN become −∞ (sic: a broken
                    // evaluation ranks best), values below −1e10 are floored there.
                    guard let v = recursion.backfittedObjective(yp, s, errors: nil), !v.isNaN else { return -.infinity }
                    return max(v, -1e10)
                }
            }
        }
        let parameters = result.x.withUnsafeBufferPointer { CESInitialization.parameters($0, type: type) }
        return evaluate(y, period: period, type: type, parameters: parameters, initialStates: initial)
    }

    /// The model with the given parameters and initial states (statsforecast `pegelsresid`):
    /// the back-fitted recursion's final states, innovations and criteria. Returns nil when
    /// the objective is not finite.
    /// - Complexity: O(n · k).
    static func evaluate(_ y: [Double], period: Int, type: CESSeasonType, parameters: CESParameters,
                         initialStates: [Double]? = nil) -> CESModel? {
        let lag = type == .none ? 1 : period
        let k = type.components
        let initial = initialStates ?? CESInitialization.states(y, lag: lag, type: type)
        let n = y.count
        var buffer = [Double](repeating: 0, count: (n + 2 * lag) * k)
        for i in 0..<(lag * k) { buffer[i] = initial[i] }
        var errors = [Double](repeating: .nan, count: n)
        let recursion = CESRecursion(type: type, lag: lag, parameters: parameters)
        let objective = y.withUnsafeBufferPointer { yp in
            buffer.withUnsafeMutableBufferPointer { bp in
                errors.withUnsafeMutableBufferPointer { ep in
                    recursion.backfittedObjective(yp, bp.baseAddress!, errors: ep.baseAddress!)
                }
            }
        }
        guard let objective, objective.isFinite else { return nil }
        // Too few observations for the type's parameters: σ² and AICc would be infinite or
        // negative (statsforecast would still rank such a fit by its negative AICc).
        guard n > type.informationCriterionParameters + 1 else { return nil }
        let p = Double(type.informationCriterionParameters)
        let count = Double(n)
        let aic = objective + 2 * p
        let aicc = aic + 2 * p * (p + 1) / (count - p - 1)
        var sse = 0.0
        for e in errors { sse += e * e }
        return CESModel(seasonType: type, period: period, parameters: parameters,
                        states: Array(buffer[(n * k)..<((n + lag) * k)]),
                        sigma2: sse / (count - p - 1), logLikelihood: -0.5 * objective,
                        aic: aic, aicc: aicc, bic: objective + log(count) * p,
                        fitted: zip(y, errors).map { $0 - $1 }, residuals: errors)
    }
}
