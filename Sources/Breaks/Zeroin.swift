/// Brent's root finder, a line-by-line port of R's `R_zeroin2` (the engine of `uniroot`),
/// so that interval end points computed by root finding (`confint(breakpoints)`) agree
/// with strucchange to the last digit R's tolerance allows.
enum Zeroin {
    /// A root of `f` in `[a, b]` given `fa = f(a)`, `fb = f(b)` of opposite signs, to
    /// absolute tolerance `tol` (R's default `.Machine$double.eps^0.25`).
    ///
    /// - Returns: `nil` when the signs do not bracket a root or `maxIterations` is exhausted.
    /// - Complexity: at most `maxIterations` evaluations of `f`.
    static func root(_ f: (Double) -> Double, lower ax: Double, upper bx: Double,
                     tol: Double = 0.0001220703125, maxIterations: Int = 1000) -> Double? {
        let fax = f(ax), fbx = f(bx)
        guard fax.isFinite, fbx.isFinite, fax * fbx <= 0 else { return nil }
        var a = ax, b = bx, fa = fax, fb = fbx
        var c = a, fc = fa
        if fa == 0 { return a }
        if fb == 0 { return b }
        let eps = Double.ulpOfOne
        var remaining = maxIterations + 1
        while remaining > 0 {
            remaining -= 1
            let prevStep = b - a
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tolAct = 2 * eps * abs(b) + tol / 2
            var newStep = (c - b) / 2
            if abs(newStep) <= tolAct || fb == 0 { return b }
            if abs(prevStep) >= tolAct && abs(fa) > abs(fb) {
                var p: Double, q: Double
                let cb = c - b
                if a == c {
                    let t1 = fb / fa
                    p = cb * t1
                    q = 1 - t1
                } else {
                    q = fa / fc
                    let t1 = fb / fc, t2 = fb / fa
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1))
                    q = (q - 1) * (t1 - 1) * (t2 - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if p < (0.75 * cb * q - abs(tolAct * q) / 2) && p < abs(prevStep * q / 2) {
                    newStep = p / q
                }
            }
            if abs(newStep) < tolAct { newStep = newStep > 0 ? tolAct : -tolAct }
            a = b; fa = fb
            b += newStep; fb = f(b)
            if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) { c = a; fc = fa }
        }
        return nil
    }
}
