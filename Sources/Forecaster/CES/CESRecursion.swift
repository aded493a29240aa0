import Foundation

/// The CES state recursion over a raw row-major state buffer, as statsforecast's `ces.cpp`
/// (`cesupdate`, `cesfcst`, `cescalc` with `backfit = 1`).
///
/// A row `t` of the buffer holds the state after observation `t − lag` (rows `0..<lag` are
/// the initial states); `k` = `type.components` columns: level `ℓ`, its complex part `c`,
/// then the seasonal `s` (partial, full) and its complex part `s′` (full). With the
/// innovation `e_t = y_t − ŷ_t`:
///
///     ŷ_t   = ℓ_{t−1} (+ s_{t−m})           N, P, F      ŷ_t = ℓ_{t−m}        S
///     ℓ_t   = ℓ_{t−r} − (1 − α₁) c_{t−r} + (α₀ − α₁) e_t
///     c_t   = ℓ_{t−r} + (1 − α₀) c_{t−r} + (α₀ + α₁) e_t        r = 1 (N, P, F), m (S)
///     s_t   = s_{t−m} + β₀ e_t                                   P
///     s_t   = s_{t−m} − (1 − β₁) s′_{t−m} + (β₀ − β₁) e_t        F
///     s′_t  = s_{t−m} + (1 − β₀) s′_{t−m} + (β₀ + β₁) e_t        F
///
/// The operations are ordered as statsforecast orders them (the innovation is recomputed
/// from the observation inside the update, so a forecast step feeds back a rounding-level
/// `e`) so that point forecasts agree to the last bits. Nothing here allocates.
struct CESRecursion {
    let type: CESSeasonType
    /// The state lag: 1 for `none`, the period `m` otherwise.
    let lag: Int
    let k: Int
    let a0: Double, a1: Double, b0: Double, b1: Double

    init(type: CESSeasonType, lag: Int, parameters p: CESParameters) {
        self.type = type
        self.lag = lag
        k = type.components
        a0 = p.alpha0
        a1 = p.alpha1
        b0 = p.beta0 ?? .nan
        b1 = p.beta1 ?? .nan
    }

    /// statsforecast's missing-value sentinel (`NA = −99999`): a one-step forecast equal to
    /// it (within 1e-10) aborts the likelihood, as in `cescalc`.
    static let sentinel = -99999.0

    /// The one-step forecast `ŷ` for row `i` from the rows before it.
    @inline(__always)
    func oneStep(_ s: UnsafeMutablePointer<Double>, _ i: Int) -> Double {
        switch type {
        case .none: return s[(i - 1) * k]
        case .simple: return s[(i - lag) * k]
        case .partial, .full: return s[(i - 1) * k] + s[(i - lag) * k + 2]
        }
    }

    /// Writes row `i` from observation `y` (statsforecast `cesupdate`).
    @inline(__always)
    func update(_ s: UnsafeMutablePointer<Double>, _ i: Int, _ y: Double) {
        let r = type == .simple ? lag : 1
        var e = y - s[(i - r) * k]
        if type == .partial || type == .full { e -= s[(i - lag) * k + 2] }
        let l = s[(i - r) * k], c = s[(i - r) * k + 1]
        s[i * k] = l - (1.0 - a1) * c + (a0 - a1) * e
        s[i * k + 1] = l + (1.0 - a0) * c + (a0 + a1) * e
        if type == .partial {
            s[i * k + 2] = s[(i - lag) * k + 2] + b0 * e
        } else if type == .full {
            let u = s[(i - lag) * k + 2], v = s[(i - lag) * k + 3]
            s[i * k + 2] = u - (1.0 - b1) * v + (b0 - b1) * e
            s[i * k + 3] = u + (1.0 - b0) * v + (b0 + b1) * e
        }
    }

    /// One filtering pass over `y` (read backwards when `reversed`) from the initial rows
    /// `0..<lag`, writing rows `lag..<n+lag` and, when `errors` is given, the innovations in
    /// time order of the pass. Returns the sum of squared innovations, or nil at the sentinel.
    func pass(_ y: UnsafeBufferPointer<Double>, reversed: Bool, _ s: UnsafeMutablePointer<Double>,
              errors: UnsafeMutablePointer<Double>?) -> Double? {
        let n = y.count
        var sse = 0.0
        for t in 0..<n {
            let i = t + lag
            let f = oneStep(s, i)
            if abs(f - Self.sentinel) < 1e-10 { return nil }
            let obs = reversed ? y[n - 1 - t] : y[t]
            let e = obs - f
            errors?[t] = e
            update(s, i, obs)
            sse += e * e
        }
        return sse
    }

    /// Rows `n+lag..<n+2·lag`: the zero-innovation continuation of the last `lag` states
    /// (statsforecast's "update last states", which the backward pass starts from).
    func continueStates(_ s: UnsafeMutablePointer<Double>, count n: Int) {
        for i in (n + lag)..<(n + 2 * lag) {
            update(s, i, oneStep(s, i))
        }
    }

    /// Reverses the order of the first `rows` rows in place.
    func reverseRows(_ s: UnsafeMutablePointer<Double>, rows: Int) {
        var top = 0, bottom = rows - 1
        while top < bottom {
            for j in 0..<k { swap(&s[top * k + j], &s[bottom * k + j]) }
            top += 1
            bottom -= 1
        }
    }

    /// statsforecast's `cescalc` with back-fitting: a forward pass, a backward pass over the
    /// reversed series started from the reversed continuation of the forward states, and a
    /// final forward pass started from the backcast states. Returns `n · log(SSE)` of the
    /// final pass (the objective `−2 log L` up to constants), or nil at the sentinel.
    ///
    /// `s` must have `n + 2·lag` rows with the initial states in rows `0..<lag`; on return
    /// rows `n..<n+lag` hold the final states that forecasts start from. `errors` (length
    /// `n`) receives the final pass's innovations.
    /// - Complexity: O(n · k), three passes.
    func backfittedObjective(_ y: UnsafeBufferPointer<Double>, _ s: UnsafeMutablePointer<Double>,
                             errors: UnsafeMutablePointer<Double>?) -> Double? {
        let n = y.count, rows = n + 2 * lag
        guard pass(y, reversed: false, s, errors: nil) != nil else { return nil }
        continueStates(s, count: n)
        reverseRows(s, rows: rows)
        guard pass(y, reversed: true, s, errors: nil) != nil else { return nil }
        continueStates(s, count: n)
        reverseRows(s, rows: rows)
        guard let sse = pass(y, reversed: false, s, errors: errors) else { return nil }
        continueStates(s, count: n)
        return Double(n) * log(sse)
    }

    /// Point forecasts from the `lag` final state rows in `work[0..<lag·k]`: each step
    /// forecasts and feeds its forecast back as the observation (statsforecast `cesfcst`).
    /// `work` must have `lag + h` rows; `out` receives `h` forecasts.
    func forecast(_ work: UnsafeMutablePointer<Double>, horizon h: Int, into out: UnsafeMutablePointer<Double>) {
        for j in 0..<h {
            let i = lag + j
            let f = oneStep(work, i)
            out[j] = f
            update(work, i, f)
        }
    }

    /// The ψ-weights `ψ_1 … ψ_{h−1}` of the innovations form `y_{n+j} − ŷ_{n+j|n} =
    /// Σ_{i<j} ψ_i ε_{n+j−i}` (`ψ_0 = 1`): the response of the recursion, started from zero
    /// states, to one unit innovation. The model is linear and homogeneous in the states and
    /// innovations, so this equals `w′ F^{i−1} g` of its state-space form exactly.
    /// `work` must have `lag + h` rows.
    func psi(_ work: UnsafeMutablePointer<Double>, horizon h: Int, into out: UnsafeMutablePointer<Double>) {
        for i in 0..<((lag + h) * k) { work[i] = 0 }
        for j in 0..<h {
            let i = lag + j
            let f = oneStep(work, i)
            if j > 0 { out[j - 1] = f }
            update(work, i, j == 0 ? f + 1 : f)
        }
    }
}
