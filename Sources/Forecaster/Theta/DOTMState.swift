import Foundation

/// The state of the Dynamic Optimised Theta Method (Fiorucci, Pellegrini, Louzada,
/// Petropoulos & Koehler 2016, §3) after `count` observations `y_1…y_t` (`t = count`):
///
/// - the SES level `ℓ_t = α y_t + (1 − α) ℓ_{t−1}`,
/// - the running mean `Ȳ_t = ((t − 1) Ȳ_{t−1} + y_t) / t`,
/// - the dynamic OLS coefficients of the theta line `A_t + B_t·s` fitted to `y_1…y_t`, updated
///   recursively: `B_t = ((t − 2) B_{t−1} + 6 (y_t − Ȳ_{t−1}) / t) / (t + 1)`,
///   `A_t = Ȳ_t − B_t (t + 1) / 2`,
///
/// and the one-step forecast
/// `ŷ_{t+1|t} = ℓ_t + (1 − 1/θ)·[(1 − α)^t A_t + ((1 − (1 − α)^{t+1}) / α) B_t]`.
///
/// The recursion starts as statsforecast's and forecTheta's `dotm` do: after `y_1`,
/// `ℓ_1 = α y_1 + (1 − α) ℓ₀`, `Ȳ_1 = A_1 = y_1`, `B_1 = 0` (the first one-step error is 0).
/// Every update is affine in `y_t`, so forecast errors are linear in future innovations
/// (see `DOTMModel.errorWeights`).
struct DOTMState: Sendable, Codable, Equatable {
    var level: Double
    var meanY: Double
    var a: Double
    var b: Double
    /// The number of observations absorbed, `t`.
    var count: Int
    /// `(1 − α)^t`, carried so a step costs no `pow`.
    var decay: Double

    /// The state after the first observation `y1` from the initial level `ℓ₀`.
    init(first y1: Double, initialLevel: Double, alpha: Double) {
        level = alpha * y1 + (1 - alpha) * initialLevel
        meanY = y1
        a = y1
        b = 0
        count = 1
        decay = 1 - alpha
    }

    /// `ŷ_{t+1|t}`; `weight` is `1 − 1/θ`.
    @inline(__always)
    func oneStep(alpha: Double, weight: Double) -> Double {
        level + weight * (a * decay + b * (1 - decay * (1 - alpha)) / alpha)
    }

    /// Absorbs observation `y_{t+1}`.
    @inline(__always)
    mutating func update(_ y: Double, alpha: Double) {
        let t = Double(count)          // observations so far; y is number t + 1
        level = alpha * y + (1 - alpha) * level
        let previousMean = meanY
        meanY = (t * meanY + y) / (t + 1)
        b = ((t - 1) * b + 6 * (y - previousMean) / (t + 1)) / (t + 2)
        a = meanY - b * (t + 2) / 2
        count += 1
        decay *= 1 - alpha
    }
}
