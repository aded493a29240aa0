import Foundation

/// Box–Cox transform as `forecast::BoxCox` / `InvBoxCox`:
/// `w = log y` (λ = 0) or `(sign(y)|y|^λ − 1)/λ`; negative `y` become NaN when λ < 0.
/// (TimeSeries will provide the shared `BoxCox`; the model keeps this small copy so a
/// fitted model reproduces its own transform exactly.)
enum BoxCoxTransform {
    static func forward(_ y: Double, lambda: Double) -> Double {
        if lambda < 0 && y < 0 { return .nan }
        if lambda == 0 { return log(y) }
        let s: Double = y > 0 ? 1 : (y < 0 ? -1 : 0)
        return (s * pow(abs(y), lambda) - 1) / lambda
    }

    /// Inverse; with `forecastVariance` (on the transformed scale) applies the bias
    /// adjustment `ŷ·(1 + ½σ²(1−λ)/ŷ^{2λ})` that turns the back-transformed median into
    /// a mean.
    static func inverse(_ w: Double, lambda: Double, forecastVariance: Double? = nil) -> Double {
        if lambda < 0 && w > -1 / lambda { return .nan }
        let out: Double
        if lambda == 0 {
            out = exp(w)
        } else {
            let xx = w * lambda + 1
            let s: Double = xx > 0 ? 1 : (xx < 0 ? -1 : 0)
            out = s * pow(abs(xx), 1 / lambda)
        }
        guard let v = forecastVariance else { return out }
        return out * (1 + 0.5 * v * (1 - lambda) / pow(out, 2 * lambda))
    }
}
