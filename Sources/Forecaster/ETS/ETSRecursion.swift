import Foundation
import AlmanacNumerics

/// The innovations state-space recursions of Hyndman, Koehler, Ord & Snyder (2008) for
/// all ETS forms, written over raw buffers so the likelihood loop allocates nothing.
///
/// State vector layout (as R `forecast`): `[ℓ, b?, s₁ … s_m]` where `s₁` is the most
/// recent seasonal index and `s_m` the one due at the next step.
///
/// For one step with previous state `(ℓ, b, s)` and observation `y`:
/// - point forecast `μ = (ℓ ⊕ φb) ⊗ s_m`, with ⊕ = `+ φb` (additive trend) or `· b^φ`
///   (multiplicative), ⊗ = `+` or `·` by the seasonal form;
/// - error `e = y − μ` (additive) or `(y − μ)/μ` (multiplicative);
/// - level `ℓ' = q + α(p − q)` with `q = ℓ ⊕ φb` and `p` the seasonally adjusted `y`;
/// - growth `b' = φb + (β/α)(r − φb)`, `r = ℓ' − ℓ` (or `ℓ'/ℓ`, and `b^φ` for `φb`);
/// - season `s' = s_m + γ(t − s_m)`, `t = y − q` (or `y/q`).
/// These are the error-correction forms whose parameters R optimises, so the same
/// arithmetic order is kept to reproduce R's likelihood surface bit for bit where
/// possible.
enum ETSRecursion {
    /// Divisions by magnitudes below this are replaced by `hugeValue`, as R does.
    static let tolerance = 1.0e-10
    static let hugeValue = 1.0e10

    /// Integer codes of the components for the hot loop.
    struct Form: Sendable {
        var multiplicativeError: Bool
        var trend: Int   // 0 none, 1 additive, 2 multiplicative
        var season: Int  // 0 none, 1 additive, 2 multiplicative
        init(multiplicativeError: Bool, trend: Int, season: Int) {
            self.multiplicativeError = multiplicativeError
            self.trend = trend
            self.season = season
        }
        init(_ spec: ETSSpec) {
            multiplicativeError = spec.error == .multiplicative
            trend = spec.trend == .none ? 0 : (spec.trend == .additive ? 1 : 2)
            season = spec.season == .none ? 0 : (spec.season == .additive ? 1 : 2)
        }
    }

    /// Smoothing parameters with R's conventions for absent components
    /// (β = 0 without trend, γ = 0 without season, φ = 1 without damping).
    struct Smoothing: Sendable {
        var alpha: Double, beta: Double, gamma: Double, phi: Double
    }

    /// Runs the filter over `y[0..<n]` from `initial` (length `1 + hasTrend + m·hasSeason`).
    ///
    /// Returns R's `lik` value: `n·log Σe²` plus, for multiplicative errors, `2 Σ log|μ|`
    /// (−2 log-likelihood up to a constant). NaN observations contribute no error and leave
    /// the states predicted. Returns NaN when a multiplicative trend turns negative.
    ///
    /// `ring` must hold `m` doubles (seasonal ring buffer); `residuals` (n) and `states`
    /// (`(n + 1)·p`, row-major by time as R) are written when non-nil.
    /// - Complexity: O(n) time, no allocation.
    static func filter(y: UnsafePointer<Double>, n: Int, initial: UnsafePointer<Double>, m: Int,
                       form: Form, par: Smoothing, ring: UnsafeMutablePointer<Double>,
                       residuals: UnsafeMutablePointer<Double>?,
                       states: UnsafeMutablePointer<Double>?) -> Double {
        // One specialised loop per form: the component switches of `oneStep`/`update` fold
        // away, and the likelihood-only pass (no residuals, no states) gets its own copy.
        func run<E: ETSStaticForm.Flag, T: ETSStaticForm.Code, S: ETSStaticForm.Code, W: ETSStaticForm.Flag>(
            _: E.Type, _: T.Type, _: S.Type, _: W.Type) -> Double {
            filterKernel(y: y, n: n, initial: initial, m: m,
                         form: Form(multiplicativeError: E.value, trend: T.value, season: S.value),
                         par: par, ring: ring, residuals: W.value ? residuals : nil,
                         states: W.value ? states : nil)
        }
        func withWrite<E: ETSStaticForm.Flag, T: ETSStaticForm.Code, S: ETSStaticForm.Code>(_ e: E.Type, _ t: T.Type, _ s: S.Type) -> Double {
            residuals == nil && states == nil ? run(e, t, s, ETSStaticForm.No.self) : run(e, t, s, ETSStaticForm.Yes.self)
        }
        func withSeason<E: ETSStaticForm.Flag, T: ETSStaticForm.Code>(_ e: E.Type, _ t: T.Type) -> Double {
            switch form.season {
            case 0: return withWrite(e, t, ETSStaticForm.Zero.self)
            case 1: return withWrite(e, t, ETSStaticForm.One.self)
            default: return withWrite(e, t, ETSStaticForm.Two.self)
            }
        }
        func withTrend<E: ETSStaticForm.Flag>(_ e: E.Type) -> Double {
            switch form.trend {
            case 0: return withSeason(e, ETSStaticForm.Zero.self)
            case 1: return withSeason(e, ETSStaticForm.One.self)
            default: return withSeason(e, ETSStaticForm.Two.self)
            }
        }
        return form.multiplicativeError ? withTrend(ETSStaticForm.Yes.self) : withTrend(ETSStaticForm.No.self)
    }

    @inline(__always)
    private static func filterKernel(y: UnsafePointer<Double>, n: Int, initial: UnsafePointer<Double>, m: Int,
                                     form: Form, par: Smoothing, ring: UnsafeMutablePointer<Double>,
                                     residuals: UnsafeMutablePointer<Double>?,
                                     states: UnsafeMutablePointer<Double>?) -> Double {
        let hasTrend = form.trend > 0
        let seasonal = form.season > 0
        let period = seasonal ? max(m, 1) : 1
        let p = 1 + (hasTrend ? 1 : 0) + (seasonal ? period : 0)
        var level = initial[0]
        var growth = hasTrend ? initial[1] : 0.0
        let sOffset = hasTrend ? 2 : 1
        // ring[k] holds s_{m-k} of R's layout: ring[oldest] is the index due now.
        var oldest = 0
        if seasonal {
            for k in 0..<period { ring[k] = initial[sOffset + period - 1 - k] }
        }
        if let states {
            for j in 0..<p { states[j] = initial[j] }
        }
        let alpha = par.alpha, beta = par.beta, gamma = par.gamma, phi = par.phi
        let undampedMultiplicative = abs(phi - 1.0) < tolerance
        var sse = 0.0
        var logSum = 0.0
        let multiplicativeError = form.multiplicativeError
        var product = 1.0
        var count = 0
        for i in 0..<n {
            let oldSeason = seasonal ? ring[oldest] : 0.0
            let mu = oneStep(level: level, growth: growth, season: oldSeason, form: form, phi: phi)
            if mu.isNaN { return .nan }
            let yi = y[i]
            let missing = yi.isNaN
            var e = Double.nan
            if !missing { e = form.multiplicativeError ? (yi - mu) / mu : yi - mu }
            residuals?[i] = e
            update(level: &level, growth: &growth, ring: ring, oldest: &oldest, period: period, form: form,
                   alpha: alpha, beta: beta, gamma: gamma, phi: phi,
                   undampedMultiplicative: undampedMultiplicative, y: yi)
            if let states {
                let row = states + p * (i + 1)
                row[0] = level
                if hasTrend { row[1] = growth }
                if seasonal {
                    // R order: most recent first.
                    var k = oldest - 1
                    for j in 0..<period {
                        if k < 0 { k += period }
                        row[sOffset + j] = ring[k]
                        k -= 1
                    }
                }
            }
            if !missing {
                sse = sse + e * e
                // Only multiplicative errors use Σ log|μ|. It is accumulated as a product
                // flushed through one log whenever it leaves [1e-200, 1e200] (one log per
                // ~20 steps instead of one per step); extreme |μ| go straight to the sum.
                if multiplicativeError {
                    let am = abs(mu)
                    if am < 1e100 && am > 1e-100 {
                        product *= am
                        if !(product < 1e200 && product > 1e-200) { logSum += log(product); product = 1 }
                    } else {
                        logSum += log(am)
                    }
                }
                count += 1
            }
        }
        var lik = Double(count) * log(sse)
        if form.multiplicativeError { lik += 2 * (logSum + log(product)) }
        return lik
    }

    /// The one-step point forecast `(ℓ ⊕ φb) ⊗ s_m`; NaN for a negative multiplicative growth.
    @inline(__always)
    static func oneStep(level: Double, growth: Double, season: Double, form: Form, phi: Double) -> Double {
        var mu: Double
        switch form.trend {
        case 0: mu = level
        case 1: mu = level + phi * growth
        default:
            if growth < 0 { return .nan }
            mu = level * pow(growth, phi)
        }
        if form.season == 1 { mu = mu + season } else if form.season == 2 { mu = mu * season }
        return mu
    }

    /// The state update after observing `y` (NaN: states carried forward as predicted).
    @inline(__always)
    static func update(level: inout Double, growth: inout Double, ring: UnsafeMutablePointer<Double>,
                       oldest: inout Int, period: Int, form: Form, alpha: Double, beta: Double,
                       gamma: Double, phi: Double, undampedMultiplicative: Bool, y yi: Double) {
        let oldLevel = level
        let oldGrowth = growth
        let seasonal = form.season > 0
        let oldSeason = seasonal ? ring[oldest] : 0.0
        let missing = yi.isNaN
        var q: Double, phib: Double
        switch form.trend {
        case 0: q = oldLevel; phib = 0
        case 1: phib = phi * oldGrowth; q = oldLevel + phib
        default:
            if undampedMultiplicative { phib = oldGrowth; q = oldLevel * oldGrowth } else {
                phib = pow(oldGrowth, phi); q = oldLevel * phib
            }
        }
        var pAdj: Double
        if missing { pAdj = q } else if form.season == 0 { pAdj = yi } else if form.season == 1 {
            pAdj = yi - oldSeason
        } else { pAdj = abs(oldSeason) < tolerance ? hugeValue : yi / oldSeason }
        level = q + alpha * (pAdj - q)
        if form.trend > 0 {
            let r: Double
            if form.trend == 1 { r = level - oldLevel } else {
                r = abs(oldLevel) < tolerance ? hugeValue : level / oldLevel
            }
            growth = phib + (beta / alpha) * (r - phib)
        }
        if seasonal {
            let t: Double
            if missing { t = oldSeason } else if form.season == 1 { t = yi - q } else {
                t = abs(q) < tolerance ? hugeValue : yi / q
            }
            ring[oldest] = oldSeason + gamma * (t - oldSeason)
            oldest += 1
            if oldest == period { oldest = 0 }
        }
    }

    /// Simulates `paths` future sample paths of length `h` from the state `x` (R layout)
    /// with Gaussian innovations of variance σ² (truncated at −1 for multiplicative errors,
    /// as R's `simulate.ets`), written row-major into `out` (`paths × h`). A path whose
    /// multiplicative growth turns negative is filled with NaN.
    /// - Complexity: O(paths · h), no allocation beyond `ring`.
    static func simulate(state x: [Double], m: Int, form: Form, par: Smoothing, sigma: Double,
                         horizon h: Int, paths: Int, random: inout RandomSource,
                         ring: UnsafeMutablePointer<Double>, out: UnsafeMutablePointer<Double>) {
        let hasTrend = form.trend > 0
        let seasonal = form.season > 0
        let period = seasonal ? max(m, 1) : 1
        let sOffset = hasTrend ? 2 : 1
        let undampedMultiplicative = abs(par.phi - 1.0) < tolerance
        for path in 0..<paths {
            var level = x[0]
            var growth = hasTrend ? x[1] : 0
            var oldest = 0
            if seasonal { for k in 0..<period { ring[k] = x[sOffset + period - 1 - k] } }
            let row = out + path * h
            var failed = false
            for i in 0..<h {
                var e = sigma * random.normal()
                if failed { row[i] = .nan; continue }
                let mu = oneStep(level: level, growth: growth, season: seasonal ? ring[oldest] : 0,
                                 form: form, phi: par.phi)
                if mu.isNaN { failed = true; row[i] = .nan; continue }
                if form.multiplicativeError { e = max(-1, e) }
                let yi = form.multiplicativeError ? mu * (1 + e) : mu + e
                row[i] = yi
                update(level: &level, growth: &growth, ring: ring, oldest: &oldest, period: period, form: form,
                       alpha: par.alpha, beta: par.beta, gamma: par.gamma, phi: par.phi,
                       undampedMultiplicative: undampedMultiplicative, y: yi)
            }
        }
    }

    /// Point forecasts `μ_{n+1…n+h}` from a final state `x` (R layout), as R `etsforecast`:
    /// damped trends accumulate `φ + φ² + … + φʰ`.
    /// - Complexity: O(h).
    static func pointForecasts(state x: [Double], m: Int, form: Form, phi: Double, horizon h: Int) -> [Double] {
        let hasTrend = form.trend > 0
        let period = form.season > 0 ? max(m, 1) : 1
        let level = x[0]
        let growth = hasTrend ? x[1] : 0
        let sOffset = hasTrend ? 2 : 1
        var out = [Double](repeating: 0, count: h)
        var phiStar = phi
        for i in 0..<h {
            var f: Double
            switch form.trend {
            case 0: f = level
            case 1: f = level + phiStar * growth
            default: f = growth < 0 ? .nan : level * pow(growth, phiStar)
            }
            var j = period - 1 - i
            while j < 0 { j += period }
            if form.season == 1 { f = f + x[sOffset + j] } else if form.season == 2 { f = f * x[sOffset + j] }
            out[i] = f
            if i < h - 1 {
                if abs(phi - 1.0) < tolerance { phiStar = phiStar + 1.0 } else {
                    phiStar = phiStar + pow(phi, Double(i + 1))
                }
            }
        }
        return out
    }
}
