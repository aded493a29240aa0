import Dispatch
import Foundation
import AlmanacNumerics

extension AutoARIMA {
    /// The candidate fitting and the two search strategies of `auto.arima`.
    struct Search: Sendable {
        var x: [Double]
        var xreg: Matrix?
        var d: Int
        var D: Int
        var period: Int
        var ic: InformationCriterion
        var offset: Double
        var lambda: Double?
        var biasAdjust: Bool
        /// Fit candidates on the fast path (see `candidate`); the chosen one is refitted.
        var exactDiffuse = true
        /// Refit after an approximate search on the fast path (`AutoARIMA.fastRefit`).
        var exactDiffuseRefit = true

        /// `forecast:::myarima`: fits one candidate and returns its criterion, ∞ when the
        /// fit fails, a root lies within 1.01 of the unit circle, or a coefficient
        /// variance is negative.
        ///
        /// With `lazy`, the Hessian-based variance check is left in `pending` and done by
        /// `resolve` only when the candidate could win (R computes it for every fit; the
        /// chosen model is the same).
        ///
        /// With `exactDiffuse` (the search), ML uses the exact diffuse likelihood on the
        /// differenced series (`DifferencedLikelihood`), several times faster than R's
        /// κ = 10⁶ filter and equal to it up to O((level/σ)²/κ); the chosen model is then
        /// refitted with R's arithmetic by `exactRefit`.
        func candidate(p: Int, q: Int, P: Int, Q: Int, constant: Bool, approximation: Bool,
                       lazy: Bool = false, exactDiffuse exactDiffuseIn: Bool? = nil) -> Candidate {
            let exactDiffuse = exactDiffuseIn ?? self.exactDiffuse
            let useSeason = P + D + Q > 0 && period > 1
            let diffs = d + D
            let spec = ARIMA(p: p, d: d, q: q, P: useSeason ? P : 0, D: useSeason ? D : 0, Q: useSeason ? Q : 0,
                             period: useSeason ? period : 1, includeMean: constant,
                             includeDrift: diffs == 1 && constant,
                             method: approximation ? .css : .cssML)
            var model: ARIMAModel
            var pending: (() throws -> Matrix?)? = nil
            var pendingState: (() -> (a: [Double], P: [Double]))? = nil
            do {
                // The CSS candidates of the approximate search leave the state-space pass
                // (only needed to forecast) until one is returned (`Candidate.withState`).
                (model, pending, pendingState) = try ARIMAEstimator.fitArimaDeferred(
                    spec, y: x, xreg: xreg, xregNames: nil, fixed: nil,
                    deferCovariance: lazy, exactDiffuse: exactDiffuse,
                    deferState: approximation)
            } catch { return Candidate(model: nil, ic: .infinity) }
            // n: non-missing values between the first and last non-missing of x.
            var n = 0
            if let f = x.firstIndex(where: { !$0.isNaN }), let l = x.lastIndex(where: { !$0.isNaN }) {
                for i in f...l where !x[i].isNaN { n += 1 }
            }
            let nstar = Double(n - d - D * period)
            let npar = Double(model.mask.filter { $0 }.count + 1)
            var aic = model.aic
            if approximation { aic = offset + nstar * log(model.arimaSigma2) + 2 * npar }
            var value: Double
            if aic.isNaN {
                aic = .infinity
                value = .infinity
                model.aicc = .infinity; model.bic = .infinity
            } else {
                let bic = aic + npar * (log(nstar) - 2)
                let aicc = aic + 2 * npar * (npar + 1) / (nstar - npar - 1)
                model.aic = aic; model.bic = bic; model.aicc = aicc
                switch ic {
                case .aicc: value = aicc
                case .aic: value = aic
                case .bic: value = bic
                }
            }
            var ss = 0.0
            for e in model.residuals where !e.isNaN { ss += e * e }
            model.sigma2 = ss / (nstar - npar + 1)
            var minroot = 2.0
            if p + P > 0 { minroot = min(minroot, PolynomialRoots.minimumRootModulus(model.phi, sign: -1)) }
            if q + Q > 0 && value < .infinity {
                minroot = min(minroot, PolynomialRoots.minimumRootModulus(model.theta, sign: 1))
            }
            if minroot < 1.01 || value.isNaN { value = .infinity }
            if pending == nil && hasNegativeVariance(model) { value = .infinity }
            model.spec.lambda = lambda
            model.spec.biasAdjust = biasAdjust
            return Candidate(model: model, ic: value, pending: value < .infinity ? pending : nil,
                             pendingState: pendingState, minRoot: minroot)
        }

        /// Completes a lazy candidate: computes the covariance; a failure or a negative
        /// variance makes its criterion ∞ (R's try-error / `checkarima`). A failed
        /// Hessian leaves no model, as when the fit computes it eagerly and throws.
        func resolve(_ c: inout Candidate) {
            guard let job = c.pending else { return }
            c.pending = nil
            do {
                c.model?.covariance = try job()
                if let m = c.model, hasNegativeVariance(m) { c.ic = .infinity }
            } catch {
                c.ic = .infinity
                c.model = nil
            }
        }

        /// The chosen model refitted with R's arithmetic (κ = 10⁶ filter, Gardner's Q0), so
        /// that auto-ARIMA returns exactly R's `Arima` fit of the chosen orders; nil when
        /// that fit is not admissible (the two objectives led BFGS to different local
        /// optima and R's is at the root or variance limits) — the caller then repeats the
        /// search with R's arithmetic, so the answer is always one R's search could give.
        func exactRefit(_ c: Candidate) -> Candidate? {
            // The orders from the fitted specification: the search's p, q, P, Q and
            // constant variables need not describe the incumbent (R does not reset
            // `constant` when the constant-free null model wins).
            guard let s = c.model?.spec else { return nil }
            let f = candidate(p: s.p, q: s.q, P: s.P, Q: s.Q, constant: s.includeMean, approximation: false,
                              exactDiffuse: false)
            return f.ic < .infinity && f.model != nil ? f : nil
        }

        /// The refit after an approximate (CSS) search, as R's loop: the fit of the orders `r`
        /// by `method = "CSS-ML"`, nil when R's criteria (roots within 1.01 of the unit
        /// circle, a failed fit, a negative coefficient variance) reject it.
        ///
        /// With `exactDiffuse` (the default `fastSearch`) the ML step is the exact diffuse
        /// likelihood on the differenced series (`DifferencedLikelihood`, O(n·r) per
        /// evaluation) instead of R's κ = 10⁶ filter on the (r + d + m·D)-dimensional state
        /// (O(n·(r + d + m·D)²)); the two objectives differ by O((level/σ)²/κ), so the
        /// coefficients agree with R's to the optimiser's tolerance (the non-approximate
        /// search ranks its candidates the same way). This path is taken only when the
        /// search is approximate (n > 150 or m > 12: never on M3 monthly, n ≤ 126). Without
        /// `exactDiffuse`, R's arithmetic.
        ///
        /// Why: on long seasonal series R's refits dominated. A seasonal MA coefficient
        /// Θ ≈ −0.9 puts the roots at |Θ|^(−1/12) ≈ 1.009, so candidate after candidate is
        /// rejected, each after a full fit on the 27–40-dimensional state (a 600-month
        /// series: 59 s, 27 refits; Benchmarks/long-series/RESULTS.md). The Hessian (the
        /// variance check) is computed only for a fit whose roots pass.
        func refit(_ r: Row) -> Candidate? {
            var f = candidate(p: r.p, q: r.q, P: r.P, Q: r.Q, constant: r.constant, approximation: false,
                              lazy: true, exactDiffuse: exactDiffuse && exactDiffuseRefit)
            resolve(&f)
            return f.ic < .infinity && f.model != nil ? f : nil
        }

        /// forecast's `checkarima`: NaN standard error (negative or NaN variance).
        private func hasNegativeVariance(_ m: ARIMAModel) -> Bool {
            guard let c = m.covariance else { return false }
            for i in 0..<c.rows where (c[i, i].squareRoot()).isNaN { return true }
            return false
        }

        /// One row of R's `results` table.
        struct Row: Equatable {
            var p: Int, q: Int, P: Int, Q: Int, constant: Bool
        }

        /// The stepwise search of `auto.arima`.
        func stepwise(start: (Int, Int, Int, Int), maxp: Int, maxq: Int, maxP: Int, maxQ: Int, nmodels: Int,
                      constant constantIn: Bool, allowConstantToggle: Bool, approximation: Bool) throws -> ARIMAModel {
            var constant = constantIn
            var (p, q, P, Q) = start
            var results: [(Row, Double)] = []
            let m = period
            // The Hessian (R's variance check) of every candidate is deferred: the search
            // needs it only for a candidate that would improve on the incumbent (`improves`)
            // and, after an approximate search, for a row the refit loop reaches (`deferred`).
            let lazy = true
            /// Approximate search: the rows whose variance check is still pending, by index
            /// in `results`.
            var deferred: [Int: Candidate] = [:]
            func record(_ row: Row, _ c: Candidate) {
                if approximation && c.pending != nil { deferred[results.count] = c }
                results.append((row, c.ic))
            }
            var best = candidate(p: p, q: q, P: P, Q: Q, constant: constant, approximation: approximation, lazy: lazy)
            resolve(&best)
            results.append((Row(p: p, q: q, P: P, Q: Q, constant: constant), best.ic))
            /// R's `fit$ic < bestfit$ic`, completing the challenger's checks first.
            func improves(_ c: inout Candidate) -> Bool {
                guard c.ic < best.ic else { return false }
                resolve(&c)
                return c.ic < best.ic
            }
            var fit = candidate(p: 0, q: 0, P: 0, Q: 0, constant: constant, approximation: approximation, lazy: lazy)
            if improves(&fit) { best = fit; p = 0; q = 0; P = 0; Q = 0 }
            record(Row(p: 0, q: 0, P: 0, Q: 0, constant: constant), fit)
            if maxp > 0 || maxP > 0 {
                let pp = maxp > 0 ? 1 : 0, PP = (m > 1 && maxP > 0) ? 1 : 0
                fit = candidate(p: pp, q: 0, P: PP, Q: 0, constant: constant, approximation: approximation, lazy: lazy)
                if improves(&fit) { best = fit; p = pp; P = PP; q = 0; Q = 0 }
                record(Row(p: pp, q: 0, P: PP, Q: 0, constant: constant), fit)
            }
            if maxq > 0 || maxQ > 0 {
                let qq = maxq > 0 ? 1 : 0, QQ = (m > 1 && maxQ > 0) ? 1 : 0
                fit = candidate(p: 0, q: qq, P: 0, Q: QQ, constant: constant, approximation: approximation, lazy: lazy)
                if improves(&fit) { best = fit; p = 0; P = 0; Q = QQ; q = qq }
                record(Row(p: 0, q: qq, P: 0, Q: QQ, constant: constant), fit)
            }
            if constant {
                fit = candidate(p: 0, q: 0, P: 0, Q: 0, constant: false, approximation: approximation, lazy: lazy)
                if improves(&fit) { best = fit; p = 0; q = 0; P = 0; Q = 0 }
                record(Row(p: 0, q: 0, P: 0, Q: 0, constant: false), fit)
            }
            var k = results.count
            var startk = 0
            func isNew(_ r: Row) -> Bool { !results.contains { $0.0 == r } }
            // The moves in R's order: (Δp, Δq, ΔP, ΔQ, toggle constant).
            let moves: [(Int, Int, Int, Int)] = [
                (0, 0, -1, 0), (0, 0, 0, -1), (0, 0, 1, 0), (0, 0, 0, 1),
                (0, 0, -1, -1), (0, 0, -1, 1), (0, 0, 1, -1), (0, 0, 1, 1),
                (-1, 0, 0, 0), (0, -1, 0, 0), (1, 0, 0, 0), (0, 1, 0, 0),
                (-1, -1, 0, 0), (-1, 1, 0, 0), (1, -1, 0, 0), (1, 1, 0, 0),
            ]
            while startk < k && k < nmodels {
                startk = k
                var moved = false
                for (dp, dq, dP, dQ) in moves {
                    let np = p + dp, nq = q + dq, nP = P + dP, nQ = Q + dQ
                    guard np >= 0, nq >= 0, nP >= 0, nQ >= 0, np <= maxp, nq <= maxq, nP <= maxP, nQ <= maxQ else { continue }
                    let row = Row(p: np, q: nq, P: nP, Q: nQ, constant: constant)
                    guard isNew(row) else { continue }
                    k += 1
                    if k > nmodels { break }
                    fit = candidate(p: np, q: nq, P: nP, Q: nQ, constant: constant, approximation: approximation, lazy: lazy)
                    let better = improves(&fit)
                    record(row, fit)
                    if better {
                        best = fit; p = np; q = nq; P = nP; Q = nQ
                        moved = true
                        break
                    }
                }
                if moved || k > nmodels { continue }
                if allowConstantToggle {
                    let row = Row(p: p, q: q, P: P, Q: Q, constant: !constant)
                    if isNew(row) {
                        k += 1
                        if k > nmodels { continue }
                        fit = candidate(p: p, q: q, P: P, Q: Q, constant: !constant, approximation: approximation, lazy: lazy)
                        let better = improves(&fit)
                        record(row, fit)
                        if better { best = fit; constant = !constant }
                    }
                }
            }
            if approximation && best.model != nil {
                // Refit without approximation, best criterion first, until one is admissible.
                // R's order: the finite criteria ascending (ties by index), then the ∞ rows by
                // index. A row whose deferred variance check fails when it is reached has
                // criterion ∞ and joins the ∞ rows, which is where R's eager check puts it.
                let order = results.indices.sorted { a, b in
                    results[a].1 < results[b].1 || (results[a].1 == results[b].1 && a < b)
                }
                var found = false
                for i in order where results[i].1 < .infinity {
                    if var c = deferred.removeValue(forKey: i) {
                        resolve(&c)
                        results[i].1 = c.ic
                        if !(c.ic < .infinity) { continue }
                    }
                    if let f = refit(results[i].0) { best = f; found = true; break }
                }
                if !found {
                    for i in results.indices where !(results[i].1 < .infinity) {
                        if let f = refit(results[i].0) { best = f; break }
                    }
                }
            }
            if !approximation && exactDiffuse {
                guard best.ic < .infinity, let refit = exactRefit(best) else {
                    var slow = self
                    slow.exactDiffuse = false
                    return try slow.stepwise(start: start, maxp: maxp, maxq: maxq, maxP: maxP, maxQ: maxQ,
                                             nmodels: nmodels, constant: constantIn,
                                             allowConstantToggle: allowConstantToggle, approximation: approximation)
                }
                best = refit
            }
            guard best.ic < .infinity, let model = best.withState() else {
                throw ForecasterError.noSuitableModel("No suitable ARIMA model found")
            }
            return model
        }

        /// `forecast:::search.arima`: every order with `p+q+P+Q ≤ maxOrder` and each allowed
        /// constant, fitted concurrently when `parallel`; the first minimum in R's loop
        /// order wins (deterministic).
        func exhaustive(maxp: Int, maxq: Int, maxP: Int, maxQ: Int, maxOrder: Int, allowdrift: Bool,
                        allowmean: Bool, approximation: Bool, parallel: Bool) throws -> ARIMAModel {
            let maxK = (allowdrift || allowmean) ? 1 : 0
            var rows: [Row] = []
            for i in 0...maxp { for j in 0...maxq { for I in 0...maxP { for J in 0...maxQ where i + j + I + J <= maxOrder {
                for K in 0...maxK { rows.append(Row(p: i, q: j, P: I, Q: J, constant: K == 1)) }
            } } } }
            var fits = fitAll(rows, approximation: approximation, parallel: parallel)
            var bestIndex = -1
            var bestIC = Double.infinity
            for i in fits.indices where fits[i].ic < bestIC {
                resolve(&fits[i])
                if fits[i].ic < bestIC { bestIC = fits[i].ic; bestIndex = i }
            }
            guard bestIndex >= 0 else { throw ForecasterError.noSuitableModel("No ARIMA model able to be estimated") }
            if approximation {
                if let f = refit(rows[bestIndex]), let m = f.withState() { return m }
                return try exhaustive(maxp: maxp, maxq: maxq, maxP: maxP, maxQ: maxQ, maxOrder: maxOrder,
                                      allowdrift: allowdrift, allowmean: allowmean, approximation: false,
                                      parallel: parallel)
            }
            if exactDiffuse {
                guard let refit = exactRefit(fits[bestIndex]), let m = refit.withState() else {
                    var slow = self
                    slow.exactDiffuse = false
                    return try slow.exhaustive(maxp: maxp, maxq: maxq, maxP: maxP, maxQ: maxQ, maxOrder: maxOrder,
                                               allowdrift: allowdrift, allowmean: allowmean,
                                               approximation: approximation, parallel: parallel)
                }
                return m
            }
            guard let m = fits[bestIndex].withState() else { throw ForecasterError.noSuitableModel("No suitable ARIMA model found") }
            return m
        }

        private func fitAll(_ rows: [Row], approximation: Bool, parallel: Bool) -> [Candidate] {
            if !parallel {
                return rows.map { candidate(p: $0.p, q: $0.q, P: $0.P, Q: $0.Q, constant: $0.constant,
                                            approximation: approximation, lazy: true) }
            }
            let box = CandidateBox(count: rows.count)
            let search = self
            DispatchQueue.concurrentPerform(iterations: rows.count) { i in
                let r = rows[i]
                box.set(i, search.candidate(p: r.p, q: r.q, P: r.P, Q: r.Q, constant: r.constant,
                                            approximation: approximation, lazy: true))
            }
            return box.values
        }
    }
}

/// Slots written once each from concurrent iterations (distinct indices, lock-protected).
private final class CandidateBox: @unchecked Sendable {
    private var storage: [AutoARIMA.Candidate]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: AutoARIMA.Candidate(model: nil, ic: .infinity), count: count) }
    func set(_ i: Int, _ c: AutoARIMA.Candidate) { lock.lock(); storage[i] = c; lock.unlock() }
    var values: [AutoARIMA.Candidate] { lock.lock(); defer { lock.unlock() }; return storage }
}


