import Foundation
import AlmanacNumerics

/// Estimation of (seasonal) ARIMA models with regression errors: a faithful port of
/// R's `stats::arima` (CSS, ML, CSS-ML; Jones' transformation; OLS start and SVD
/// rotation of several regressors; Hessian-based standard errors) wrapped as
/// `forecast::Arima` (drift, AICc, BIC, σ²).
enum ARIMAEstimator {
    /// R's `Delta`: coefficients of `(1−B)ᵈ(1−Bᵐ)ᴰ` with the sign flipped and the
    /// leading 1 removed, so that `yₜ = Σ Δᵢ yₜ₋ᵢ + wₜ`.
    static func differencingPolynomial(d: Int, D: Int, period: Int) -> [Double] {
        var poly: [Double] = [1]
        func conv(_ a: [Double], _ b: [Double]) -> [Double] {
            var out = [Double](repeating: 0, count: a.count + b.count - 1)
            for i in 0..<a.count { for j in 0..<b.count { out[i + j] += a[i] * b[j] } }
            return out
        }
        for _ in 0..<d { poly = conv(poly, [1, -1]) }
        if D > 0 {
            var s = [Double](repeating: 0, count: period + 1)
            s[0] = 1; s[period] = -1
            for _ in 0..<D { poly = conv(poly, s) }
        }
        return poly.dropFirst().map { -$0 }
    }

    /// `forecast::Arima`: normalises the specification, adds drift, fits by `stats::arima`
    /// and computes AICc, BIC and σ² as the forecast package does.
    static func fitArima(_ specIn: ARIMA, y yIn: [Double], xreg: Matrix?, xregNames: [String]?,
                         fixed: [Double]?) throws -> ARIMAModel {
        try fitArimaDeferred(specIn, y: yIn, xreg: xreg, xregNames: xregNames, fixed: fixed,
                             deferCovariance: false).model
    }

    /// `fitArima`, optionally leaving the Hessian (the coefficient covariance) to be
    /// computed later by `pending` — auto-ARIMA only needs it for candidates that would
    /// improve on the incumbent, and skipping it elsewhere changes no decision.
    ///
    /// With `exactDiffuse`, the ML objective of a complete series is the exact diffuse
    /// likelihood on the differenced series (`DifferencedLikelihood`, several times
    /// faster) instead of R's κ = 10⁶ approximation; the estimates then differ from R's in
    /// the last digits (O(1/κ) in the objective, within the optimiser's tolerance in the
    /// coefficients). Auto-ARIMA's search uses it; `ARIMA.fit` keeps R's arithmetic.
    ///
    /// With `deferState`, a CSS fit (`method == .css`, the approximate search's candidates)
    /// leaves its closing state-space pass (R's final `arimaSS`: the filtered state and its
    /// covariance, needed only to forecast) to `pendingState`: the model's `stateMean` and
    /// `stateCovariance` are empty until it is run. Nothing else of a CSS fit depends on
    /// that pass (σ², residuals and criterion are the CSS ones), so the numbers are the same.
    static func fitArimaDeferred(_ specIn: ARIMA, y yIn: [Double], xreg: Matrix?, xregNames: [String]?,
                                 fixed: [Double]?, deferCovariance: Bool, exactDiffuse: Bool = false,
                                 deferState: Bool = false)
        throws -> (model: ARIMAModel, pending: (() throws -> Matrix?)?,
                   pendingState: (() -> (a: [Double], P: [Double]))?) {
        var spec = specIn
        guard spec.p >= 0, spec.d >= 0, spec.q >= 0, spec.P >= 0, spec.D >= 0, spec.Q >= 0 else {
            throw ForecasterError.invalidArgument("ARIMA orders must be non-negative")
        }
        guard spec.period >= 1 else { throw ForecasterError.invalidArgument("period must be ≥ 1") }
        if spec.period <= 1 { spec.P = 0; spec.D = 0; spec.Q = 0; spec.period = 1 }
        let n = yIn.count
        if let x = xreg, x.rows != n {
            throw ForecasterError.invalidArgument("xreg has \(x.rows) rows but the series has \(n)")
        }
        guard n > spec.d + spec.D * spec.period else {
            throw ForecasterError.insufficientData("Not enough data to fit the model")
        }
        if spec.d + spec.D > 1 && spec.includeDrift { spec.includeDrift = false }
        var y = yIn
        if let l = spec.lambda { y = y.map { BoxCoxTransform.forward($0, lambda: l) } }
        // Regressor columns: drift first (as forecast::Arima's cbind(drift, xreg)), then user.
        var cols: [[Double]] = []
        var names: [String] = []
        if spec.includeDrift {
            cols.append((1...n).map(Double.init)); names.append("drift")
        }
        let userK = xreg?.columns ?? 0
        if let x = xreg {
            for j in 0..<x.columns {
                cols.append(x.column(j))
                if let nm = xregNames, j < nm.count { names.append(nm[j]) }
                else { names.append(x.columns == 1 ? "xreg" : "xreg\(j + 1)") }
            }
        }
        let core = try fitStats(y: y, spec: spec, xregColumns: cols, xregNames: names, fixed: fixed,
                                deferCovariance: deferCovariance, exactDiffuse: exactDiffuse,
                                deferState: deferState)
        // forecast::Arima's statistics.
        let npar = core.mask.filter { $0 }.count + 1
        let res = core.residuals
        var first = -1, last = -1
        for (i, v) in res.enumerated() where !v.isNaN { if first < 0 { first = i }; last = i }
        var nNonMissing = 0
        if first >= 0 { for i in first...last where !res[i].isNaN { nNonMissing += 1 } }
        let nstar = Double(nNonMissing - spec.d - spec.D * spec.period)
        let k = Double(npar)
        let aicc = core.aic + 2 * k * (nstar / (nstar - k - 1) - 1)
        let bic = core.aic + k * (log(nstar) - 2)
        var ss = 0.0
        for v in res where !v.isNaN { ss += v * v }
        let sigma2 = ss / (nstar - k + 1)
        let model = ARIMAModel(spec: spec, coefficients: core.coef, coefficientNames: core.names, mask: core.mask,
                          covariance: core.covariance, sigma2: sigma2, arimaSigma2: core.sigma2,
                          logLikelihood: core.loglik, aic: core.aic, aicc: aicc, bic: bic,
                          residuals: res, nobs: core.nUsed, convergence: core.convergence, n: n,
                          userRegressors: userK, series: y, phi: core.phi, theta: core.theta,
                          delta: core.delta, stateMean: core.a, stateCovariance: core.P,
                          constantForecast: nil)
        return (model, core.pendingCovariance, core.pendingState)
    }

    /// The output of `stats::arima`.
    struct StatsFit {
        var coef: [Double]
        var names: [String]
        var mask: [Bool]
        var covariance: Matrix?
        var sigma2: Double
        var loglik: Double
        var aic: Double
        var residuals: [Double]
        var nUsed: Int
        var convergence: Int
        var phi: [Double]
        var theta: [Double]
        var delta: [Double]
        var a: [Double]
        var P: [Double]
        /// When estimation deferred it: computes `covariance` (the Hessian step).
        var pendingCovariance: (() throws -> Matrix?)?
        /// When estimation deferred it (`deferState`, CSS only): computes `a` and `P`.
        var pendingState: (() -> (a: [Double], P: [Double]))? = nil
    }

    /// The longest AR or MA lag (`p + mP`, `q + mQ + 1`) a model may have.
    static let maxLag = 100

    /// `stats::arima(x, order, seasonal, xreg, include.mean, method, transform.pars, fixed, kappa)`.
    static func fitStats(y x: [Double], spec: ARIMA, xregColumns: [[Double]], xregNames: [String],
                         fixed fixedIn: [Double]?, deferCovariance: Bool = false,
                         exactDiffuse: Bool = false, deferState: Bool = false) throws -> StatsFit {
        let n = x.count
        let arma = ARMAOrders(p: spec.p, q: spec.q, P: spec.P, Q: spec.Q, period: spec.period, d: spec.d, D: spec.D)
        // R's getQ0 allows 350, but Gardner's method needs an O(r⁴) workspace: 30 GB at
        // r = 351 (issue #14 saw 14 GB and no end). 100 keeps it near 200 MB.
        guard max(arma.p + arma.period * arma.P, arma.q + arma.period * arma.Q + 1) <= Self.maxLag else {
            throw ForecasterError.invalidArgument("maximum supported lag is \(Self.maxLag) (seasonal AR/MA terms at period \(arma.period))")
        }
        let narma = arma.count
        let delta = differencingPolynomial(d: spec.d, D: spec.D, period: spec.period)
        let nd = spec.d + spec.D
        var nUsed = x.filter { !$0.isNaN }.count - delta.count
        var cols = xregColumns
        var names = xregNames
        if spec.includeMean && nd == 0 {
            cols.insert([Double](repeating: 1, count: n), at: 0)
            names.insert("intercept", at: 0)
        }
        let ncxreg = cols.count
        var method = spec.method
        if method == .cssML {
            var anyNA = x.contains { $0.isNaN }
            for c in cols where c.contains(where: { $0.isNaN }) { anyNA = true }
            if anyNA { method = .ml }
        }
        var ncond = 0
        if method == .css || method == .cssML {
            ncond = spec.d + spec.D * spec.period + spec.p + spec.period * spec.P
        }
        let fixed = fixedIn ?? [Double](repeating: .nan, count: narma + ncxreg)
        guard fixed.count == narma + ncxreg else {
            throw ForecasterError.invalidArgument("wrong length for 'fixed' (\(fixed.count), expected \(narma + ncxreg))")
        }
        let mask = fixed.map { $0.isNaN }
        let noOptim = !mask.contains(true)
        var transformPars = spec.transformPars
        if noOptim { transformPars = false }
        if transformPars {
            let arFixed = (0..<arma.p).contains { !mask[$0] } ||
                (0..<arma.P).contains { !mask[arma.p + arma.q + $0] }
            if arFixed { transformPars = false }
        }
        var init0 = [Double](repeating: 0, count: narma)
        var parscale = [Double](repeating: 1, count: narma)
        // Column-major n × ncxreg design.
        var xreg = [Double](repeating: 0, count: n * ncxreg)
        for j in 0..<ncxreg { for i in 0..<n { xreg[i + n * j] = cols[j][i] } }
        var rotation: [Double]? = nil
        if ncxreg > 0 {
            let origXreg = ncxreg == 1 || (0..<ncxreg).contains { !mask[narma + $0] }
            if !origXreg {
                guard let v = ARIMALinearAlgebra.rightSingularVectors(xreg, n: n, k: ncxreg) else {
                    throw ForecasterError.estimationFailed("SVD of xreg failed")
                }
                var rotated = [Double](repeating: 0, count: n * ncxreg)
                for j in 0..<ncxreg {
                    for l in 0..<ncxreg {
                        let vlj = v[l + ncxreg * j]
                        if vlj == 0 { continue }
                        for i in 0..<n { rotated[i + n * j] += xreg[i + n * l] * vlj }
                    }
                }
                xreg = rotated
                rotation = v
            }
            // Differenced OLS start.
            var dx = x
            var dxreg = (0..<ncxreg).map { j in Array(xreg[(n * j)..<(n * (j + 1))]) }
            func diff(_ v: [Double], lag: Int) -> [Double] {
                v.count > lag ? (lag..<v.count).map { v[$0] - v[$0 - lag] } : []
            }
            for _ in 0..<spec.d { dx = diff(dx, lag: 1); dxreg = dxreg.map { diff($0, lag: 1) } }
            if spec.period > 1 {
                for _ in 0..<spec.D { dx = diff(dx, lag: spec.period); dxreg = dxreg.map { diff($0, lag: spec.period) } }
            }
            var fit: (coef: [Double], se: [Double], rank: Int)? = nil
            if dx.count > ncxreg {
                fit = ARIMALinearAlgebra.ols(y: dx, x: dxreg.flatMap { $0 }, n: dx.count, k: ncxreg)
            }
            if fit == nil || fit?.rank == 0 {
                fit = ARIMALinearAlgebra.ols(y: x, x: xreg, n: n, k: ncxreg)
            }
            guard let f = fit, f.rank == ncxreg else {
                throw ForecasterError.estimationFailed("regressors are collinear (rank-deficient xreg)")
            }
            var used = 0
            for i in 0..<n where !x[i].isNaN && !(0..<ncxreg).contains(where: { xreg[i + n * $0].isNaN }) { used += 1 }
            nUsed = used - delta.count
            init0 += f.coef
            parscale += f.se.map { 10 * $0 }
        }
        guard nUsed > 0 else { throw ForecasterError.insufficientData("too few non-missing observations") }
        var initial = init0
        var coef = fixed
        let free = (0..<(narma + ncxreg)).filter { mask[$0] }
        // R's optim(method = "BFGS") defaults (reltol √ε, maxit 100, ndeps 1e-3) with the
        // OLS-based parscale; an unusable scale entry falls back to 1 for that entry only.
        let scale = free.map { parscale[$0] }.map { $0.isFinite && $0 != 0 ? $0 : 1 }
        var options = BFGS.Options()
        options.parscale = scale
        let bfgsOptions = options
        /// R's `vmmin` (Numerics `BFGS`); its early stops (non-finite start or
        /// finite-difference gradient) are errors in R's `optim`, so they throw here.
        func minimize(_ start: [Double], _ fn: ([Double]) -> Double) throws -> OptimizationResult {
            var bfgs = BFGS(dimension: start.count, options: bfgsOptions)
            let res = bfgs.minimize(from: start) { fn(Array($0)) }
            switch res.stopReason {
            case .converged, .maxIterations, .degenerateSimplex: return res
            case .nonFiniteInitialValue, .invalidStart, .nonFiniteGradient:
                throw ForecasterError.estimationFailed("optim stopped: \(res.stopReason.rawValue)")
            }
        }
        /// R's `optimHess` at `point` with the same `ndeps` and `parscale`; column-major.
        func hessian(at point: [Double], _ fn: ([Double]) -> Double) throws -> [Double] {
            try NumericalDerivatives.hessian(at: point, step: bfgsOptions.ndeps, parscale: scale) { fn(Array($0)) }
                .storage
        }

        let objective = ARIMAObjective(x: x, xreg: xreg, ncxreg: ncxreg, arma: arma, delta: delta,
                                       kappa: spec.kappa, ncond: ncond, rossignol: spec.stateInit == .rossignol2011,
                                       exactDiffuse: exactDiffuse)
        var value = 0.0
        var convergence = 0
        var sigma2 = 0.0
        var residuals = [Double](repeating: .nan, count: n)
        func fill(_ p: [Double], base: [Double]) -> [Double] {
            var par = base
            for (k, i) in free.enumerated() { par[i] = p[k] }
            return par
        }
        let nFree = free.count

        if method == .css {
            let fn: ([Double]) -> Double = { p in objective.cssObjective(fill(p, base: fixed)) }
            var parOut: [Double] = []
            if noOptim {
                value = fn([])
            } else {
                let res: OptimizationResult
                do { res = try minimize(free.map { initial[$0] }, fn) } catch {
                    throw ForecasterError.estimationFailed("non-finite finite-difference value in CSS")
                }
                value = res.value; convergence = res.stopReason.rCode; parOut = res.x
            }
            coef = fill(parOut, base: coef)
            let point = parOut
            let job: () throws -> Matrix? = {
                if noOptim { return nil }
                guard let h = try? hessian(at: point, fn) else {
                    throw ForecasterError.estimationFailed("non-finite Hessian")
                }
                let v = try solveScaled(h, nFree, Double(nUsed))
                return try covarianceMatrix(v, narma: narma, ncxreg: ncxreg, mask: mask, rotation: rotation)
            }
            let st: ARIMAObjective.FinalState
            var stateJob: (() -> (a: [Double], P: [Double]))? = nil
            if deferState {
                // Only φ and θ now (the root checks); the filter pass when the model is kept.
                let poly = objective.expandedPolynomials(coef)
                st = ARIMAObjective.FinalState(phi: poly.phi, theta: poly.theta, a: [], P: [], residuals: [],
                                               ssq: .nan, value: .nan)
                let stateCoef = coef
                stateJob = {
                    let s = objective.finalState(stateCoef)
                    return (s.a, s.P)
                }
            } else {
                st = objective.finalState(coef)
            }
            let css = objective.cssResiduals(coef)
            sigma2 = css.sigma2
            residuals = css.residuals
            let statsValue = 2 * Double(nUsed) * value + Double(nUsed) + Double(nUsed) * log(2 * Double.pi)
            var fit = try finish(coef: coef, narma: narma, ncxreg: ncxreg, mask: mask, covarianceJob: job,
                              deferCovariance: deferCovariance,
                              rotation: rotation, names: armaNames(arma) + names, sigma2: sigma2,
                              value: statsValue, method: method, residuals: residuals, nUsed: nUsed,
                              convergence: convergence, state: st, delta: delta)
            fit.pendingState = stateJob
            return fit
        }

        if method == .cssML {
            let fn: ([Double]) -> Double = { p in objective.cssObjective(fill(p, base: fixed)) }
            if !noOptim {
                let res: OptimizationResult
                do { res = try minimize(free.map { initial[$0] }, fn) } catch {
                    throw ForecasterError.estimationFailed("non-finite finite-difference value in CSS")
                }
                if res.stopReason == .converged { initial = fill(res.x, base: initial) }
            }
            if arma.p > 0 && !PolynomialRoots.arIsStationary(Array(initial[0..<arma.p])) {
                throw ForecasterError.nonStationary("non-stationary AR part from CSS")
            }
            if arma.P > 0 {
                let o = arma.p + arma.q
                if !PolynomialRoots.arIsStationary(Array(initial[o..<(o + arma.P)])) {
                    throw ForecasterError.nonStationary("non-stationary seasonal AR part from CSS")
                }
            }
            ncond = 0
        }
        if transformPars {
            initial = ParameterTransform.invtrans(initial, arma)
            if arma.q > 0 {
                let o = arma.p
                let inv = PolynomialRoots.maInvert(Array(initial[o..<(o + arma.q)]))
                for i in 0..<arma.q { initial[o + i] = inv[i] }
            }
            if arma.Q > 0 {
                let o = arma.p + arma.q + arma.P
                let inv = PolynomialRoots.maInvert(Array(initial[o..<(o + arma.Q)]))
                for i in 0..<arma.Q { initial[o + i] = inv[i] }
            }
        }
        let trans = transformPars
        // `fixed` as base: every free entry is replaced by the optimiser's value.
        let fn: ([Double]) -> Double = { p in objective.mlObjective(fill(p, base: fixed), transform: trans) }
        var parOut: [Double] = []
        if noOptim {
            value = fn([])
        } else {
            do {
                let res = try minimize(free.map { initial[$0] }, fn)
                value = res.value; convergence = res.stopReason.rCode; parOut = res.x
            } catch {
                throw ForecasterError.estimationFailed("non-finite finite-difference value in ML")
            }
        }
        coef = fill(parOut, base: coef)
        var hessianPoint = parOut
        if transformPars {
            if arma.q > 0 && (0..<arma.q).allSatisfy({ mask[arma.p + $0] }) {
                let inv = PolynomialRoots.maInvert(Array(coef[arma.p..<(arma.p + arma.q)]))
                for i in 0..<arma.q { coef[arma.p + i] = inv[i] }
            }
            let o = arma.p + arma.q + arma.P
            if arma.Q > 0 && (0..<arma.Q).allSatisfy({ mask[o + $0] }) {
                let inv = PolynomialRoots.maInvert(Array(coef[o..<(o + arma.Q)]))
                for i in 0..<arma.Q { coef[o + i] = inv[i] }
            }
            let newPar = free.map { coef[$0] }
            if newPar != parOut {
                // R re-runs optim with maxit = 0: the value and Hessian at the inverted MA.
                value = fn(newPar)
                hessianPoint = newPar
            }
        }
        let transformedCoef = coef
        let point = hessianPoint
        // R: var = Aᵀ(H·n.used)⁻¹A on the transformed scale (A = Jacobian of the
        // transformation), else (H·n.used)⁻¹; H from optimHess at the optimum.
        let job: () throws -> Matrix? = {
            if noOptim { return nil }
            let hess: [Double]
            do { hess = try hessian(at: point, fn) } catch {
                throw ForecasterError.estimationFailed("non-finite finite-difference value in ML")
            }
            guard trans else {
                let v = try solveScaled(hess, nFree, Double(nUsed))
                return try covarianceMatrix(v, narma: narma, ncxreg: ncxreg, mask: mask, rotation: rotation)
            }
            let total = narma + ncxreg
            let aFull = ParameterTransform.gradtrans(transformedCoef, arma)
            var aM = [Double](repeating: 0, count: nFree * nFree)
            for (jj, j) in free.enumerated() { for (ii, i) in free.enumerated() { aM[ii + nFree * jj] = aFull[i + total * j] } }
            let hn = hess.map { $0 * Double(nUsed) }
            guard let sol = ARIMALinearAlgebra.solve(hn, n: nFree, aM, nrhs: nFree) else {
                throw ForecasterError.estimationFailed("singular Hessian")
            }
            var v = [Double](repeating: 0, count: nFree * nFree)
            for j in 0..<nFree { for i in 0..<nFree {
                var s = 0.0
                for l in 0..<nFree { s += aM[l + nFree * i] * sol[l + nFree * j] }
                v[i + nFree * j] = s
            } }
            return try covarianceMatrix(v, narma: narma, ncxreg: ncxreg, mask: mask, rotation: rotation)
        }
        if transformPars { coef = ParameterTransform.undoPars(coef, arma) }
        let st = objective.finalState(coef)
        residuals = st.residuals
        if objective.differenced != nil {
            // The optimum was found on the exact diffuse likelihood; report R's objective
            // (κ filter) at that point, from the same pass that gives the residuals (with no
            // free parameter, R's objective outright). The two
            // optima differ by O((level/σ)²/κ) in the coefficients, so this is R's value at
            // R's optimum up to the square of that (and the optimiser's tolerance), which
            // keeps auto-ARIMA's AICc comparisons those of R.
            value = st.value
        }
        sigma2 = st.ssq / Double(nUsed)
        let statsValue = 2 * Double(nUsed) * value + Double(nUsed) + Double(nUsed) * log(2 * Double.pi)
        return try finish(coef: coef, narma: narma, ncxreg: ncxreg, mask: mask, covarianceJob: job,
                          deferCovariance: deferCovariance,
                          rotation: rotation, names: armaNames(arma) + names, sigma2: sigma2,
                          value: statsValue, method: method, residuals: residuals, nUsed: nUsed,
                          convergence: convergence, state: st, delta: delta)
    }

    private static func solveScaled(_ h: [Double], _ k: Int, _ nUsed: Double) throws -> [Double] {
        var id = [Double](repeating: 0, count: k * k)
        for i in 0..<k { id[i + k * i] = 1 }
        guard let inv = ARIMALinearAlgebra.solve(h.map { $0 * nUsed }, n: k, id, nrhs: k) else {
            throw ForecasterError.estimationFailed("singular Hessian")
        }
        return inv
    }

    static func armaNames(_ arma: ARMAOrders) -> [String] {
        (0..<arma.p).map { "ar\($0 + 1)" } + (0..<arma.q).map { "ma\($0 + 1)" } +
            (0..<arma.P).map { "sar\($0 + 1)" } + (0..<arma.Q).map { "sma\($0 + 1)" }
    }

    /// R's `var.coef` rotated back when the regressors were rotated by their SVD
    /// (`A var Aᵀ` with `A = diag(I, V)` restricted to the free coefficients).
    private static func covarianceMatrix(_ varIn: [Double], narma: Int, ncxreg: Int, mask: [Bool],
                                         rotation: [Double]?) throws -> Matrix {
        let nFree = mask.filter { $0 }.count
        var varCoef = varIn
        if let v = rotation {
            let total = narma + ncxreg
            var a = [Double](repeating: 0, count: total * total)
            for i in 0..<narma { a[i + total * i] = 1 }
            for i in 0..<ncxreg { for j in 0..<ncxreg { a[(narma + i) + total * (narma + j)] = v[i + ncxreg * j] } }
            let free = (0..<total).filter { mask[$0] }
            var am = [Double](repeating: 0, count: nFree * nFree)
            for (jj, j) in free.enumerated() { for (ii, i) in free.enumerated() { am[ii + nFree * jj] = a[i + total * j] } }
            var tmp = [Double](repeating: 0, count: nFree * nFree)
            for i in 0..<nFree { for j in 0..<nFree {
                var s = 0.0
                for l in 0..<nFree { s += am[i + nFree * l] * varIn[l + nFree * j] }
                tmp[i + nFree * j] = s
            } }
            for i in 0..<nFree { for j in 0..<nFree {
                var s = 0.0
                for l in 0..<nFree { s += tmp[i + nFree * l] * am[j + nFree * l] }
                varCoef[i + nFree * j] = s
            } }
        }
        return try Matrix(rows: nFree, columns: nFree, columnMajor: varCoef)
    }

    private static func finish(coef coefIn: [Double], narma: Int, ncxreg: Int, mask: [Bool],
                               covarianceJob: @escaping () throws -> Matrix?, deferCovariance: Bool,
                               rotation: [Double]?, names: [String], sigma2: Double, value: Double,
                               method: ARIMAMethod, residuals: [Double], nUsed: Int, convergence: Int,
                               state: ARIMAObjective.FinalState, delta: [Double]) throws -> StatsFit {
        var coef = coefIn
        if let v = rotation {
            // Rotate regression coefficients back to the original xreg.
            let old = Array(coef[narma..<(narma + ncxreg)])
            for i in 0..<ncxreg {
                var s = 0.0
                for j in 0..<ncxreg { s += v[i + ncxreg * j] * old[j] }
                coef[narma + i] = s
            }
        }
        let cov = deferCovariance ? nil : try covarianceJob()
        let nFree = mask.filter { $0 }.count
        let aic = method == .css ? Double.nan : value + 2 * Double(nFree) + 2
        return StatsFit(coef: coef, names: names, mask: mask, covariance: cov, sigma2: sigma2,
                        loglik: -0.5 * value, aic: aic, residuals: residuals, nUsed: nUsed,
                        convergence: convergence, phi: state.phi, theta: state.theta, delta: delta,
                        a: state.a, P: state.P, pendingCovariance: deferCovariance ? covarianceJob : nil)
    }
}
