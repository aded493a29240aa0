import Foundation
import Forecaster
import AlmanacNumerics

/// One estimated intervention effect of a regression with ARIMA errors: the coefficient of a
/// step, pulse or ramp regressor with Wald inference from the fit's Hessian.
///
/// `z = β̂ / se(β̂)`, two-sided `p = 2Φ(−|z|)`, interval `β̂ ± Φ⁻¹(½ + level/2) · se(β̂)` — the
/// asymptotic normal theory `forecast::Arima`'s `var.coef` supports (no t correction, as
/// `lmtest::coeftest` on an Arima fit). On a log scale a step `β` is a permanent change of
/// `100 (e^β − 1)` percent (`percentChange`).
public struct InterventionEffect: Sendable, Codable, Equatable {
    /// The regressor (`Intervention` from the ARIMA module).
    public var intervention: Intervention
    /// The coefficient name in the fitted model.
    public var name: String
    public var estimate: Double
    public var standardError: Double
    public var z: Double
    public var pValue: Double
    /// Interval level as a fraction (0.95).
    public var level: Double
    public var lower: Double
    public var upper: Double

    /// Builds the Wald summary of one coefficient.
    /// - Throws: `ImpactError.invalidInput` for a level outside (0, 1).
    public init(intervention: Intervention, name: String, estimate: Double, standardError: Double,
                level: Double) throws {
        guard level > 0, level < 1 else { throw ImpactError.invalidInput("confidence level \(level) outside (0, 1)") }
        let q = try Normal.quantile(0.5 + level / 2)
        self.intervention = intervention
        self.name = name
        self.estimate = estimate
        self.standardError = standardError
        self.z = estimate / standardError
        self.pValue = 2 * Normal.sf(abs(z))
        self.level = level
        self.lower = estimate - q * standardError
        self.upper = estimate + q * standardError
    }

    /// "step", "pulse" or "ramp".
    public var kind: String {
        switch intervention {
        case .step: return "step"
        case .pulse: return "pulse"
        case .ramp: return "ramp"
        }
    }

    /// The 0-based position of the intervention in the series.
    public var position: Int {
        switch intervention {
        case .step(let at), .pulse(let at), .ramp(let at): return at
        }
    }

    /// `100 (e^β − 1)`: the effect in percent when the series was modelled in logs.
    public var percentChange: Double { 100 * (exp(estimate) - 1) }
}
