import Foundation

/// Brent's one-dimensional minimiser (golden section plus successive parabolic
/// interpolation), a port of R's `Brent_fmin` used by `optimize()`, so that the returned
/// minimum agrees with R to the last digit.
public enum Brent {
    /// R's default tolerance, `.Machine$double.eps^0.25`.
    public static let defaultTolerance = pow(Double.ulpOfOne, 0.25)

    /// Minimises `f` on `[lower, upper]`.
    ///
    /// The iteration keeps a bracket `[a, b]`, the best point `x`, and the two previous bests
    /// `w`, `v`; a parabola through (v, w, x) proposes the next point unless it falls outside
    /// the bracket or does not shrink the step by half, in which case a golden-section step
    /// is taken. It stops when `|x − (a+b)/2| ≤ 2·tol1 − (b − a)/2` with
    /// `tol1 = sqrt(ε)·|x| + tol/3`. The function is never evaluated at the end points. A
    /// non-finite objective is replaced by `Double.greatestFiniteMagnitude` (as R does).
    ///
    /// - Throws: `NumericsError.invalidArgument` if the bounds are not finite, `lower ≥ upper`,
    ///   or `tolerance` is not positive.
    /// - Complexity: O(log((upper − lower)/tolerance)) evaluations for smooth unimodal `f`.
    public static func minimize(lower: Double, upper: Double, tolerance: Double = defaultTolerance,
                                _ f: (Double) -> Double) throws -> ScalarOptimizationResult {
        guard lower.isFinite, upper.isFinite, lower < upper else {
            throw NumericsError.invalidArgument("Brent.minimize needs finite lower < upper, got [\(lower), \(upper)]")
        }
        guard tolerance > 0, tolerance.isFinite else {
            throw NumericsError.invalidArgument("Brent.minimize tolerance must be positive, got \(tolerance)")
        }
        var evaluations = 0
        func fn(_ x: Double) -> Double {
            evaluations += 1
            let v = f(x)
            return v.isFinite ? v : .greatestFiniteMagnitude
        }
        let c = (3.0 - 5.0.squareRoot()) * 0.5  // squared inverse of the golden ratio
        let eps = Double.ulpOfOne.squareRoot()
        var a = lower, b = upper
        var v = a + c * (b - a)
        var w = v, x = v
        var d = 0.0, e = 0.0
        var fx = fn(x)
        var fv = fx, fw = fx
        let tol3 = tolerance / 3
        var iterations = 0
        while true {
            let xm = (a + b) * 0.5
            let tol1 = eps * abs(x) + tol3
            let t2 = tol1 * 2
            if abs(x - xm) <= t2 - (b - a) * 0.5 { break }
            iterations += 1
            var p = 0.0, q = 0.0, r = 0.0
            if abs(e) > tol1 {  // fit parabola
                r = (x - w) * (fx - fv)
                q = (x - v) * (fx - fw)
                p = (x - v) * q - (x - w) * r
                q = (q - r) * 2
                if q > 0 { p = -p } else { q = -q }
                r = e
                e = d
            }
            if abs(p) >= abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x) {
                e = x < xm ? b - x : a - x  // golden-section step
                d = c * e
            } else {
                d = p / q  // parabolic-interpolation step
                let u = x + d
                if u - a < t2 || b - u < t2 {
                    d = x >= xm ? -tol1 : tol1
                }
            }
            let u: Double
            if abs(d) >= tol1 { u = x + d } else if d > 0 { u = x + tol1 } else { u = x - tol1 }
            let fu = fn(u)
            if fu <= fx {
                if u < x { b = x } else { a = x }
                v = w; w = x; x = u
                fv = fw; fw = fx; fx = fu
            } else {
                if u < x { a = u } else { b = u }
                if fu <= fw || w == x {
                    v = w; fv = fw
                    w = u; fw = fu
                } else if fu <= fv || v == x || v == w {
                    v = u; fv = fu
                }
            }
        }
        return ScalarOptimizationResult(x: x, value: fx == .greatestFiniteMagnitude ? .infinity : fx,
                                        iterations: iterations, functionEvaluations: evaluations,
                                        converged: true, stopReason: .converged)
    }
}
