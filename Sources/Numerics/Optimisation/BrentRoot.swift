import Foundation

/// The outcome of a one-dimensional root search (`Brent.root`), as R's `uniroot()`.
public struct RootResult: Codable, Sendable, Equatable {
    /// The root estimate (R `$root`).
    public var root: Double
    /// f at the root (R `$f.root`).
    public var value: Double
    /// Iterations used (R `$iter`).
    public var iterations: Int
    /// Width of the final bracket (R `$estim.prec`); NaN if not converged.
    public var estimatedPrecision: Double
    public var converged: Bool
}

extension Brent {
    /// Finds a root of `f` in `[lower, upper]` by Brent's method (bisection, secant and inverse
    /// quadratic interpolation), a port of R's `R_zeroin2` behind `uniroot()`, so results
    /// agree with R. Requires `f(lower)` and `f(upper)` of opposite sign (or one of them 0).
    ///
    /// Each step keeps `b` the best estimate and `c` the opposite-sign end, tries
    /// interpolation when it stays inside the bracket and shrinks it fast enough, and falls
    /// back to bisection otherwise; it stops when `|c − b|/2 ≤ 2ε|b| + tol/2` or `f(b) = 0`.
    /// Non-finite values are replaced by ±`Double.greatestFiniteMagnitude` (−∞ keeps its sign),
    /// as R does.
    ///
    /// - Throws: `NumericsError.invalidArgument` if the bounds are not finite with
    ///   `lower < upper`, the tolerance is not positive, or the end values do not bracket a root.
    /// - Complexity: at most `maxIterations` evaluations; superlinear for smooth f.
    public static func root(lower: Double, upper: Double, tolerance: Double = defaultTolerance,
                            maxIterations: Int = 1000, _ f: (Double) -> Double) throws -> RootResult {
        guard lower.isFinite, upper.isFinite, lower < upper else {
            throw NumericsError.invalidArgument("Brent.root needs finite lower < upper, got [\(lower), \(upper)]")
        }
        guard tolerance > 0, tolerance.isFinite else {
            throw NumericsError.invalidArgument("Brent.root tolerance must be positive, got \(tolerance)")
        }
        func fn(_ x: Double) -> Double {
            let v = f(x)
            if v.isFinite { return v }
            return v == -.infinity ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude
        }
        let flo = fn(lower), fup = fn(upper)
        guard (flo <= 0 && fup >= 0) || (flo >= 0 && fup <= 0) else {
            throw NumericsError.invalidArgument("Brent.root: f(lower) = \(flo) and f(upper) = \(fup) are not of opposite sign")
        }
        var a = lower, b = upper, fa = flo, fb = fup
        var c = a, fc = fa
        if fa == 0 { return RootResult(root: a, value: f(a), iterations: 0, estimatedPrecision: 0, converged: true) }
        if fb == 0 { return RootResult(root: b, value: f(b), iterations: 0, estimatedPrecision: 0, converged: true) }
        let eps = Double.ulpOfOne
        var remaining = maxIterations + 1
        while remaining > 0 {
            remaining -= 1
            let prevStep = b - a
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tolAct = 2 * eps * abs(b) + tolerance / 2
            var newStep = (c - b) / 2
            if abs(newStep) <= tolAct || fb == 0 {
                return RootResult(root: b, value: f(b), iterations: maxIterations + 1 - remaining - 1,
                                  estimatedPrecision: abs(c - b), converged: true)
            }
            if abs(prevStep) >= tolAct && abs(fa) > abs(fb) {
                var p: Double, q: Double
                let cb = c - b
                if a == c {  // linear interpolation
                    let t1 = fb / fa
                    p = cb * t1
                    q = 1 - t1
                } else {  // inverse quadratic interpolation
                    let qq = fa / fc, t1 = fb / fc, t2 = fb / fa
                    p = t2 * (cb * qq * (qq - t1) - (b - a) * (t1 - 1))
                    q = (qq - 1) * (t1 - 1) * (t2 - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if p < 0.75 * cb * q - abs(tolAct * q) / 2 && p < abs(prevStep * q / 2) {
                    newStep = p / q
                }
            }
            if abs(newStep) < tolAct { newStep = newStep > 0 ? tolAct : -tolAct }
            a = b; fa = fb
            b += newStep
            fb = fn(b)
            if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) {
                c = a; fc = fa
            }
        }
        return RootResult(root: b, value: f(b), iterations: maxIterations, estimatedPrecision: .nan, converged: false)
    }
}
