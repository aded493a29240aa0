import Foundation
import AlmanacNumerics

/// The distribution of the location of the maximum of a two-sided Brownian motion with
/// drift, `argmax V` (Bai 1997, Appendix B), which gives break-date confidence intervals;
/// a port of strucchange's `pargmaxV`.
///
/// With `φ = ξ(φ₂/φ₁)²`, the cdf is `G₁(|x|)` for `x < 0` and `G₂(x)` for `x ≥ 0`, where
///
///     G₁(x) = −√(x/2π) e^{−x/8} − (φ/ξ)(φ+2ξ)/(φ+ξ) · e^{(ξ/φ)(1+ξ/φ)x/2} Φ(−(½ + ξ/φ)√x)
///             + (x/2 − 2 + (φ+2ξ)²/((φ+ξ)ξ)) Φ(−√x/2)
///     G₂(x) = 1 + √(ξ²/φ) √(x/2π) e^{−(ξ²/φ)x/8} + (ξ/φ)(2φ+ξ)/(φ+ξ) · e^{(φ+ξ)x/2} Φ(−(φ+ξ/2)√(x/φ))
///             − ((2φ+ξ)²/((φ+ξ)φ) − 2 + (ξ²/φ)x/2) Φ(−√(ξ²/φ)√x/2),
///
/// each exponential-times-tail product evaluated in logs (`Normal.logCDF`) as strucchange does.
enum PargmaxV {
    static func cdf(_ x: Double, xi: Double = 1, phi1: Double = 1, phi2: Double = 1) -> Double {
        let phi = xi * (phi2 / phi1) * (phi2 / phi1)
        let ax = abs(x)
        let log2pi = Foundation.log(2 * Double.pi)
        if x < 0 {
            let frac = xi / phi
            return -Foundation.exp(Foundation.log(ax) / 2 - ax / 8 - log2pi / 2)
                - (phi / xi * (phi + 2 * xi) / (phi + xi))
                  * Foundation.exp(frac * (1 + frac) * ax / 2 + Normal.logCDF(-(0.5 + frac) * ax.squareRoot()))
                + Foundation.exp(Foundation.log(ax / 2 - 2 + (phi + 2 * xi) * (phi + 2 * xi) / ((phi + xi) * xi))
                                 + Normal.logCDF(-ax.squareRoot() / 2))
        }
        let frac = xi * xi / phi
        return 1 + frac.squareRoot() * Foundation.exp(Foundation.log(ax) / 2 - frac * ax / 8 - log2pi / 2)
            + (xi / phi * (2 * phi + xi) / (phi + xi))
              * Foundation.exp((phi + xi) * ax / 2 + Normal.logCDF(-(phi + xi / 2) / phi.squareRoot() * ax.squareRoot()))
            - Foundation.exp(Foundation.log((2 * phi + xi) * (2 * phi + xi) / ((phi + xi) * phi) - 2 + frac * ax / 2)
                             + Normal.logCDF(-frac.squareRoot() * ax.squareRoot() / 2))
    }
}
