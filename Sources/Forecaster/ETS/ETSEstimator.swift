import Foundation
import AlmanacNumerics

/// Maximum-likelihood estimation of one ETS form on one series, as R `forecast:::etsmodel`
/// with `opt.crit = "lik"`, `bounds = "both"`, `nmse = 3`, minimised by R's Nelder–Mead
/// (`AlmanacNumerics.NelderMead`, a port of `nmmin`, which `etsmodel` calls directly).
///
/// The optimiser works on `(α, β?, γ?, φ?, ℓ₀, b₀?, s₁ … s_{m−1})`; the last seasonal index
/// is implied (`Σs = 0` additive, `Σs = m` multiplicative). The objective is R's `lik`
/// (`n log Σe²`, plus `2 Σ log|μ|` for multiplicative errors), set to +∞ outside the
/// usual ∩ admissible region or when a multiplicative seasonal state is negative, and
/// floored at −10¹⁰ to avoid perfect fits.
///
/// All buffers are allocated once per estimator so each objective evaluation is
/// allocation-free.
final class ETSEstimator {
    let y: UnsafeMutableBufferPointer<Double>
    let period: Int
    private let stateBuffer: UnsafeMutablePointer<Double>
    private let ring: UnsafeMutablePointer<Double>
    private var admissibility: ETSAdmissibility

    /// `period` is the data frequency; non-seasonal forms use 1 internally as R does.
    init(_ data: [Double], period: Int) {
        y = UnsafeMutableBufferPointer.allocate(capacity: max(data.count, 1))
        _ = y.initialize(from: data)
        self.period = max(period, 1)
        stateBuffer = UnsafeMutablePointer.allocate(capacity: self.period + 2)
        ring = UnsafeMutablePointer.allocate(capacity: self.period)
        admissibility = ETSAdmissibility(period: self.period)
    }

    deinit {
        y.deallocate()
        stateBuffer.deallocate()
        ring.deallocate()
    }

    var count: Int { y.count }

    /// Fits `spec`; returns nil when R's `etsmodel` would give an infinite criterion
    /// (too many parameters for the data, or no finite likelihood at the start).
    /// - Complexity: O(evaluations · n); at most `maxEvaluations` filter passes.
    func estimate(_ spec: ETSSpec, maxEvaluations: Int) throws -> ETSModel? {
        let n = y.count
        let m = spec.season == .none ? 1 : period
        let form = ETSRecursion.Form(spec)
        let start = ETSInitialization.parameters(spec: spec, period: m)
        let data = Array(y)
        let initStates = try ETSInitialization.states(data, spec: spec, period: m)
        let x0 = start + initStates
        let np = x0.count
        if np >= n - 1 { return nil }
        let nSmoothing = start.count
        let nState = initStates.count
        let hasTrend = spec.trend != .none
        let seasonal = spec.season != .none
        let multiplicativeSeason = spec.season == .multiplicative
        let damped = spec.damped
        let fullStates = nState + (seasonal ? 1 : 0)
        let seasonStart = hasTrend ? 2 : 1
        let adm = admissibility
        let lower = ETSInitialization.lower, upper = ETSInitialization.upper
        let buffer = stateBuffer, ringBuffer = ring
        let yBase = UnsafePointer(y.baseAddress!)
        let md = Double(m)

        func unpack(_ x: UnsafeBufferPointer<Double>) -> ETSRecursion.Smoothing {
            var j = 0
            let alpha = x[j]; j += 1
            var beta = 0.0, gamma = 0.0, phi = 1.0
            if hasTrend { beta = x[j]; j += 1 }
            if seasonal { gamma = x[j]; j += 1 }
            if damped { phi = x[j] }
            return ETSRecursion.Smoothing(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
        }
        let objective: (UnsafeBufferPointer<Double>) -> Double = { x in
            let par = unpack(x)
            if !adm.accepts(par, form: form, damped: damped, lower: lower, upper: upper) { return .infinity }
            var sum = 0.0
            for i in 0..<nState {
                let v = x[nSmoothing + i]
                buffer[i] = v
                if i >= seasonStart { sum += v }
            }
            if seasonal {
                buffer[nState] = (multiplicativeSeason ? md : 0) - sum
                if multiplicativeSeason {
                    for i in seasonStart..<fullStates where buffer[i] < 0 { return .infinity }
                }
            }
            var lik = ETSRecursion.filter(y: yBase, n: n, initial: buffer, m: m, form: form, par: par,
                                          ring: ringBuffer, residuals: nil, states: nil)
            if lik < -1e10 { lik = -1e10 }
            if lik.isNaN { lik = .infinity }
            return lik
        }
        // R calls its `nmmin` with abstol −∞, reltol √ε, (1, 0.5, 2) and maxit 2000.
        var options = NelderMead.Options()
        options.maxIterations = maxEvaluations
        var optimizer = NelderMead(dimension: np, options: options)
        let result = optimizer.minimize(from: x0, objective)
        if result.stopReason == .nonFiniteInitialValue || result.stopReason == .invalidStart { return nil }
        return finish(spec: spec, m: m, x: result.x, nSmoothing: nSmoothing)
    }

    /// Re-runs the filter at the optimum and assembles the model with R's statistics.
    private func finish(spec: ETSSpec, m: Int, x: [Double], nSmoothing: Int) -> ETSModel? {
        let n = y.count
        let seasonal = spec.season != .none
        let hasTrend = spec.trend != .none
        var state = Array(x[nSmoothing...])
        if seasonal {
            let seasonStart = hasTrend ? 2 : 1
            var sum = 0.0
            for i in seasonStart..<state.count { sum += state[i] }
            state.append((spec.season == .multiplicative ? Double(m) : 0) - sum)
        }
        var j = 0
        let alpha = x[j]; j += 1
        var beta: Double? = nil, gamma: Double? = nil, phi: Double? = nil
        if hasTrend { beta = x[j]; j += 1 }
        if seasonal { gamma = x[j]; j += 1 }
        if spec.damped { phi = x[j] }
        let par = ETSRecursion.Smoothing(alpha: alpha, beta: beta ?? 0, gamma: gamma ?? 0, phi: phi ?? 1)
        let p = state.count
        var residuals = [Double](repeating: .nan, count: n)
        var states = [Double](repeating: 0, count: p * (n + 1))
        let form = ETSRecursion.Form(spec)
        let lik = state.withUnsafeBufferPointer { s in
            residuals.withUnsafeMutableBufferPointer { r in
                states.withUnsafeMutableBufferPointer { st in
                    ETSRecursion.filter(y: UnsafePointer(y.baseAddress!), n: n, initial: s.baseAddress!, m: m,
                                        form: form, par: par, ring: ring, residuals: r.baseAddress,
                                        states: st.baseAddress)
                }
            }
        }
        let k = x.count
        let npTotal = Double(k + 1)
        let nd = Double(n)
        let aic = lik + 2 * npTotal
        let bic = lik + log(nd) * npTotal
        let aicc = aic + 2 * npTotal * (npTotal + 1) / (nd - npTotal - 1)
        var sse = 0.0
        for e in residuals where !e.isNaN { sse += e * e }
        let data = Array(y)
        let fitted = (0..<n).map { i in
            spec.error == .additive ? data[i] - residuals[i] : data[i] / (1 + residuals[i])
        }
        return ETSModel(spec: spec, period: m, alpha: alpha, beta: beta, gamma: gamma, phi: phi,
                        initialState: state, finalState: Array(states[(p * n)..<(p * (n + 1))]),
                        logLikelihood: -0.5 * lik, aic: aic, aicc: aicc, bic: bic,
                        sigma2: sse / (nd - Double(k)), parameterCount: k, observations: data,
                        fitted: fitted, residuals: residuals)
    }
}
