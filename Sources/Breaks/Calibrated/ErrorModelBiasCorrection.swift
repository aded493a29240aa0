import Foundation
import Forecaster
import AlmanacNumerics

/// Kilian's (1998) bootstrap bias correction of the error model's ARMA coefficients.
///
/// Estimated from a short series and from residuals of a regression, the ARMA coefficients
/// understate persistence (an AR(1) at φ = 0.8 from 120 residuals comes out near 0.75), and
/// a bootstrap built on them understates the variance of every break statistic: the tests
/// over-reject exactly on the persistent series where false alarms matter. The correction
/// simulates `R` error paths from the fitted model, passes each through the same regression,
/// refits the same orders to its residuals, and moves the coefficients by the average bias,
/// `c̃ = 2ĉ − mean(ĉ*)`; if that leaves the AR polynomial non-stationary, the correction is
/// shrunk (Kilian's step) until it is not. The bias of an AR coefficient grows with the
/// coefficient, so the bias measured at `ĉ` understates the bias at the truth; the
/// correction is iterated (the bias re-measured at `c̃`, `c̃ = ĉ − bias(c̃)`), which removes
/// most of what one step leaves on persistent series.
enum ErrorModelBiasCorrection {
    /// Expanded (φ, θ) of a seasonal ARMA with coefficients `[ar…, ma…, sar…, sma…]`
    /// in R's convention: `(1 − Σφₖ Bᵏ) = (1 − Σ arᵢ Bⁱ)(1 − Σ sarⱼ Bʲˢ)`,
    /// `(1 + Σθₖ Bᵏ) = (1 + Σ maᵢ Bⁱ)(1 + Σ smaⱼ Bʲˢ)`.
    static func expand(_ c: [Double], spec: ARIMA) -> (phi: [Double], theta: [Double]) {
        let p = spec.p, q = spec.q, P = spec.P, Q = spec.Q, s = max(spec.period, 1)
        let ar = Array(c[0..<p]), ma = Array(c[p..<(p + q)])
        let sar = Array(c[(p + q)..<(p + q + P)]), sma = Array(c[(p + q + P)..<(p + q + P + Q)])
        var phi = [Double](repeating: 0, count: p + P * s)
        var theta = [Double](repeating: 0, count: q + Q * s)
        for i in 0..<p { phi[i] += ar[i] }
        for j in 0..<P {
            phi[(j + 1) * s - 1] += sar[j]
            for i in 0..<p { phi[i + (j + 1) * s] -= ar[i] * sar[j] }
        }
        for i in 0..<q { theta[i] += ma[i] }
        for j in 0..<Q {
            theta[(j + 1) * s - 1] += sma[j]
            for i in 0..<q { theta[i + (j + 1) * s] += ma[i] * sma[j] }
        }
        return (phi, theta)
    }

    /// True when `xₜ = Σ φᵢ xₜ₋ᵢ + eₜ` is stationary: every reflection coefficient of the
    /// step-down (reverse Durbin–Levinson) recursion lies inside (−1, 1).
    static func isStationary(_ phi: [Double]) -> Bool {
        var a = phi
        while let last = a.last, last == 0 { a.removeLast() }
        while !a.isEmpty {
            let k = a.count, kappa = a[k - 1]
            guard abs(kappa) < 0.995 else { return false }
            let d = 1 - kappa * kappa
            a = (0..<(k - 1)).map { (a[$0] + kappa * a[k - 2 - $0]) / d }
        }
        return true
    }

    /// The bias-corrected coefficients (`[ar…, ma…, sar…, sma…]`) and their expanded
    /// (φ, θ), or nil when there are no ARMA coefficients or every refit failed.
    ///
    /// - Parameters:
    ///   - residualsOf: maps an error path over the span to the regression residuals over
    ///     the span (NaN where a row is missing), as the data's residuals were made.
    static func corrected(_ process: NullErrorProcess, span: Int, replications: Int, seed: UInt64,
                          iterations: Int = 2,
                          residualsOf: ([Double]) -> [Double]?) -> (coefficients: [Double], phi: [Double], theta: [Double])? {
        let model = process.model, spec = model.spec
        let m = process.armaCount
        guard m > 0, model.coefficients.count >= m else { return nil }
        let estimate = Array(model.coefficients.prefix(m))
        var current = estimate
        var generator = process
        var result: (coefficients: [Double], phi: [Double], theta: [Double])? = nil
        for _ in 0..<max(1, iterations) {
            guard let bias = averageBias(generator, at: current, span: span, replications: replications, seed: seed,
                                         residualsOf: residualsOf) else { break }
            // Kilian's step: the largest fraction of the correction that stays stationary.
            var lambda = 1.0, next: [Double]? = nil
            while lambda > 0 {
                let c = (0..<m).map { estimate[$0] - lambda * bias[$0] }
                if isStationary(expand(c, spec: spec).phi) { next = c; break }
                lambda -= 0.05
            }
            guard let c = next else { break }
            current = c
            let e = expand(c, spec: spec)
            generator.phi = e.phi
            generator.theta = e.theta
            result = (c, e.phi, e.theta)
        }
        return result
    }

    /// `mean(ĉ*) − c` over error paths generated at coefficients `c` (in `generator`).
    static func averageBias(_ generator: NullErrorProcess, at c: [Double], span: Int, replications: Int, seed: UInt64,
                            residualsOf: ([Double]) -> [Double]?) -> [Double]? {
        let m = c.count
        var sum = [Double](repeating: 0, count: m)
        var fits = 0
        var path: [Double] = [], scratch: [Double] = []
        for r in 0..<replications {
            var rng = RandomSource(seed: seed ^ (UInt64(r + 1) &* 0xD1B5_4A32_D192_ED03))
            generator.simulate(count: span, rng: &rng, into: &path, scratch: &scratch)
            guard let u = residualsOf(path), let refit = try? generator.fitOrders(u), refit.coefficients.count >= m else { continue }
            for i in 0..<m { sum[i] += refit.coefficients[i] }
            fits += 1
        }
        guard fits >= max(5, replications / 2) else { return nil }
        return (0..<m).map { sum[$0] / Double(fits) - c[$0] }
    }
}
