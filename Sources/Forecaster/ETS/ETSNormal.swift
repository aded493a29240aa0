import Foundation

/// The standard normal quantile Φ⁻¹(p), refined by Newton steps on
/// `Φ(x) = ½ erfc(−x/√2)` from a bisection bracket, accurate to a few ulps for
/// p in (10⁻³⁰⁰, 1 − 10⁻¹⁶); used for the interval half-widths `z_{(1+level)/2}·σ_h`.
enum ETSNormal {
    static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    static func quantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        if p > 0.5 { return -quantile(1 - p) }
        var lo = -40.0, hi = 0.0
        var x = -1.0
        for _ in 0..<200 {
            let f = cdf(x) - p
            if f > 0 { hi = x } else { lo = x }
            let density = exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
            var next = x - f / density
            if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
            if abs(next - x) <= 1e-15 * max(1, abs(x)) { return next }
            x = next
        }
        return x
    }
}
