import Foundation

/// Inversion of a continuous distribution function on the positive half-line, shared by the
/// t, χ² and F quantiles.
///
/// Solves `tail(x) = target` (target ≤ ½, so it is exactly representable in the tail that is
/// small) by Newton's method on `k(s) = ±(log tail(eˢ) − log target)` in `s = log x`:
/// tails of these distributions are power laws or exponentials in x, so `log tail` is close
/// to linear in `s` and Newton converges in a few steps from a rough start even for targets
/// of 1e-300. A bracket `[lo, hi]` on `s` is kept and the step falls back to bisection
/// whenever Newton leaves it, so the iteration always converges.
enum QuantileSolver {
    /// Refuses a probability argument outside [0, 1] (or NaN) of a quantile-type function,
    /// e.g. `check(p, "F quantile", "p")` → "F quantile needs 0 ≤ p ≤ 1, got 1.5".
    /// - Throws: `NumericsError.invalidArgument`.
    static func check(_ p: Double, _ function: String, _ symbol: String) throws {
        guard p >= 0, p <= 1 else {
            throw NumericsError.invalidArgument("\(function) needs 0 ≤ \(symbol) ≤ 1, got \(p)")
        }
    }

    /// - Parameters:
    ///   - upper: true when `tail` is the survival function (decreasing in x).
    ///   - guess: a starting value x > 0.
    ///   - tail: the tail probability at x.
    ///   - logDensity: the log of the density at x (log so the Newton slope survives where
    ///     the density itself underflows, e.g. the t(1) density at 1e299).
    /// - Returns: x ≥ 0 (0 if the quantile is below the smallest positive double, +∞ if above
    ///   the largest).
    static func solve(target: Double, upper: Bool, guess: Double,
                      tail: (Double) -> Double, logDensity: (Double) -> Double) -> Double {
        let logTarget = log(target)
        var s = log(max(guess, Double.leastNormalMagnitude))
        if !s.isFinite { s = 0 }
        var lo = -Double.infinity, hi = Double.infinity
        var lastStep = 1.0
        let sMin = log(Double.leastNonzeroMagnitude), sMax = log(Double.greatestFiniteMagnitude)
        for _ in 0..<300 {
            let x = exp(s)
            let t = tail(x)
            if t.isNaN { return .nan }
            var next: Double
            if t <= 0 || !t.isFinite {
                // Fell off the representable tail: lower tail 0 ⇒ s too small; upper 0 ⇒ too big.
                if upper { hi = s } else { lo = s }
                next = Self.fallback(s, lo, hi, lastStep)
            } else {
                // log(t/target) keeps full relative precision near the root, where the difference
                // of two logs ≈ −690 would carry an absolute error of 690·ε ≈ 8e-14.
                let ratio = t / target
                let g = ratio.isNormal && ratio.isFinite ? log(ratio) : log(t) - logTarget
                let k = upper ? -g : g  // increasing in s
                if k == 0 { return x }
                if k > 0 { hi = s } else { lo = s }
                let slope = exp(s + logDensity(x) - log(t))  // dk/ds = x·f(x)/tail > 0
                let step = -k / slope
                // s = log x, so a step is a relative change of x. Newton converges
                // quadratically: after a step below 1e-10 the error is at rounding level.
                // The step is applied to the evaluated x itself (x·e^step), not via exp(s + step):
                // exp of s ≈ −550 would add |s|·ε ≈ 6e-14 of relative error.
                // A step this small cannot leave a meaningful bracket, so no bracket test here.
                if abs(step) <= 1e-10 { return x * exp(step) }
                next = s + step
                if !(next > lo && next < hi) || !step.isFinite {
                    next = Self.fallback(s, lo, hi, step.isFinite ? step : lastStep)
                }
            }
            let change = next - s
            lastStep = change == 0 ? lastStep : change
            s = next
            if s < sMin { return 0 }
            if s > sMax { return .infinity }
            if hi - lo <= 4e-16 { break }  // bracket narrower than an ulp of x
        }
        return exp(s)
    }

    private static func fallback(_ s: Double, _ lo: Double, _ hi: Double, _ step: Double) -> Double {
        if lo.isFinite && hi.isFinite { return 0.5 * (lo + hi) }
        let jump = max(abs(step) * 2, 1)
        return hi.isFinite ? min(s, hi) - jump : max(s, lo) + jump
    }
}
