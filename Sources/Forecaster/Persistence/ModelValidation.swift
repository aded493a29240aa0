import Foundation

/// The invariants a loaded model must satisfy before it may forecast. A model file is text a
/// user can edit: a seasonal lag of 0 divides by zero, an empty list of seasonal indices or a
/// short ETS state indexes out of range, a period of 100 000 or a negative variance gives
/// garbage, and a Theta `count` of −5 forecasts nonsense. Each check names the field and
/// the reason, so a refused file can be repaired.
struct ModelValidationError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}

extension FittedModel {
    /// Throws `ModelValidationError` naming the first field that breaks the model's invariants.
    func validate(at path: String = "model") throws {
        func fail(_ field: String, _ reason: String) -> ModelValidationError {
            ModelValidationError(path: "\(path).\(field)", reason: reason)
        }
        func finite(_ v: Double, _ field: String) throws {
            guard v.isFinite, abs(v) <= 1e100 else { throw fail(field, "\(v) is not a finite number of sensible size") }
        }
        func finite(_ v: [Double], _ field: String) throws {
            if let i = v.firstIndex(where: { !$0.isFinite || abs($0) > 1e100 }) { throw fail("\(field)[\(i)]", "\(v[i]) is not a finite number of sensible size") }
        }
        func variance(_ v: Double, _ field: String) throws {
            guard v.isFinite, v >= 0, v <= 1e200 else { throw fail(field, "variance \(v) is not a finite non-negative number") }
        }
        func period(_ m: Int, _ field: String) throws {
            guard (1...1000).contains(m) else { throw fail(field, "period \(m) outside 1…1000") }
        }
        func indices(_ s: [Double]?, count: Int, _ field: String) throws {
            guard let s else { return }
            guard s.count == count else { throw fail(field, "\(s.count) seasonal indices for period \(count)") }
            if let i = s.firstIndex(where: { !($0.isFinite && $0 > 0 && $0 < 1e100) }) {
                throw fail("\(field)[\(i)]", "seasonal index \(s[i]) is not a positive finite number")
            }
        }
        switch self {
        case .ets(let m):
            try period(m.period, "period")
            let seasons = m.spec.season == .none ? 0 : m.period
            if m.spec.season != .none, m.period < 2 { throw fail("period", "a seasonal ETS model needs period ≥ 2, got \(m.period)") }
            let states = 1 + (m.spec.trend == .none ? 0 : 1) + seasons
            guard m.finalState.count == states else {
                throw fail("finalState", "\(m.finalState.count) values; ETS(\(m.spec)) with period \(m.period) has \(states)")
            }
            try finite(m.finalState, "finalState")
            try finite(m.alpha, "alpha")
            if let b = m.beta { try finite(b, "beta") }
            if let g = m.gamma { try finite(g, "gamma") }
            if let phi = m.phi, !(phi > 0 && phi <= 1) { throw fail("phi", "damping \(phi) outside (0, 1]") }
            if m.spec.damped, m.phi == nil { throw fail("phi", "missing for a damped model") }
            if m.spec.trend != .none, m.beta == nil { throw fail("beta", "missing for a model with trend") }
            if m.spec.season != .none, m.gamma == nil { throw fail("gamma", "missing for a seasonal model") }
            try variance(m.sigma2, "sigma2")
        case .arima(let m):
            try period(m.spec.period, "spec.period")
            let r = max(m.phi.count, m.theta.count + 1), rd = r + m.delta.count
            guard m.stateMean.count == rd, m.stateCovariance.count == rd * rd else {
                throw fail("stateMean", "state of \(m.stateMean.count) values and covariance of \(m.stateCovariance.count) for \(rd) states")
            }
            guard m.coefficients.count == m.coefficientNames.count else {
                throw fail("coefficients", "\(m.coefficients.count) coefficients for \(m.coefficientNames.count) names")
            }
            try finite(m.phi, "phi"); try finite(m.theta, "theta"); try finite(m.delta, "delta")
            try finite(m.stateMean, "stateMean"); try finite(m.stateCovariance, "stateCovariance")
            try finite(m.coefficients, "coefficients")
            if let c = m.constantForecast { try finite(c, "constantForecast") }
            try variance(m.sigma2, "sigma2")
            guard m.n >= 0, m.n <= 100_000_000 else { throw fail("n", "\(m.n) observations") }
        case .theta(let m):
            try period(m.period, "period")
            guard m.count >= 1, m.count <= 100_000_000 else { throw fail("count", "\(m.count) observations; at least 1") }
            guard m.alpha > 0, m.alpha <= 1 else { throw fail("alpha", "smoothing \(m.alpha) outside (0, 1]") }
            try finite(m.level, "level"); try finite(m.drift, "drift")
            try variance(m.sigma2, "sigma2")
            try indices(m.seasonalIndices, count: m.period, "seasonalIndices")
        case .dotm(let m):
            try period(m.period, "period")
            guard m.count >= 1, m.count <= 100_000_000 else { throw fail("state.count", "\(m.count) observations; at least 1") }
            try finite(m.parameters.alpha, "parameters.alpha")
            guard m.parameters.theta.isFinite, m.parameters.theta >= 1 else {
                throw fail("parameters.theta", "theta \(m.parameters.theta) below 1")
            }
            try finite([m.state.level, m.state.meanY, m.state.a, m.state.b, m.state.decay], "state")
            try variance(m.mse, "mse")
            try indices(m.seasonalIndices, count: m.period, "seasonalIndices")
        case .ces(let m):
            try period(m.period, "period")
            guard m.states.count == m.lag * m.seasonType.components else {
                throw fail("states", "\(m.states.count) values for lag \(m.lag) × \(m.seasonType.components) components")
            }
            try finite(m.states, "states")
            try variance(m.sigma2, "sigma2")
        case .lagWalk(let m):
            guard (1...1000).contains(m.lag) else { throw fail("lag", "seasonal lag \(m.lag) outside 1…1000") }
            guard m.future.count == m.lag else { throw fail("future", "\(m.future.count) values for lag \(m.lag)") }
            try finite(m.future, "future"); try finite(m.drift, "drift"); try finite(m.driftStandardError, "driftStandardError")
            try variance(m.sigma2, "sigma2")
        case .mean(let m):
            guard m.count >= 2 else { throw fail("count", "\(m.count) observations; at least 2") }
            try finite(m.mean, "mean")
            guard m.standardDeviation.isFinite, m.standardDeviation >= 0 else {
                throw fail("standardDeviation", "\(m.standardDeviation) is not a finite non-negative number")
            }
        case .naive2(let m):
            try FittedModel.lagWalk(m.walk).validate(at: "\(path).walk")
            if let s = m.seasonalIndices, s.isEmpty { throw fail("seasonalIndices", "empty") }
            try indices(m.seasonalIndices, count: m.seasonalIndices?.count ?? 0, "seasonalIndices")
        case .flat(let v):
            try finite(v, "flat")
        case .ensemble(let e):
            guard !e.members.isEmpty else { throw fail("members", "an ensemble without members") }
            for (i, member) in e.members.enumerated() { try member.validate(at: "\(path).members[\(i)]") }
            if let w = e.weights {
                guard w.count == e.members.count, w.allSatisfy({ $0.isFinite && $0 >= 0 }), w.contains(where: { $0 > 0 }) else {
                    throw fail("weights", "\(w.count) weights for \(e.members.count) members, each finite and non-negative")
                }
            }
            guard e.widthFactor.isFinite, e.widthFactor > 0, e.widthFactor <= 100 else {
                throw fail("widthFactor", "\(e.widthFactor) outside (0, 100]")
            }
        case .logScale(let inner):
            try inner.validate(at: "\(path).logScale")
        case .registered(let m):
            do { try m.validateLoaded() } catch { throw fail(type(of: m).fileKey, "\(error)") }
        }
    }
}
