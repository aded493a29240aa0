import Foundation
import AlmanacNumerics

/// The parametric bootstrap of a break regression under the null of no break.
///
/// The null model is the regression itself with constant coefficients `β̂` (OLS) and errors
/// from `NullErrorProcess`. A replicate series is generated over the source positions the
/// regression covers, `y*ₜ = xₜ(y*)ᵀβ̂ + u*ₜ`, recursively when the design holds lags of the
/// response (so a dynamic model is bootstrapped as a dynamic model), and rebuilt into a
/// regression with the same terms and missing-value pattern. Any statistic computed on the
/// data and on `B` replicates then has the p-value `(1 + #{S* ≥ S})/(B + 1)`: the test
/// keeps strucchange's statistic and gets a null distribution that knows the serial
/// correlation and seasonality of the series (Davison & Hinkley 1997, ch. 8).
public struct NullBootstrap: Sendable {
    public let terms: [BreakRegression.Term]
    /// The response on the model scale, over the source positions (NaN = missing).
    let source: [Double]
    let firstRow: Int
    let coefficients: [Double]
    /// Source positions of the regression's rows.
    let rows: [Int]
    public private(set) var errors: NullErrorProcess
    /// The regression's design with the event steps, for the residuals of an error path.
    let design: Matrix
    /// What the bias correction added to the fitted ARMA coefficients (`c̃ − ĉ`; zeros
    /// without one). A re-estimate on a replicate gets the same correction, since Kilian's
    /// full procedure per replicate would cost its refits again for every replicate.
    let coefficientCorrection: [Double]

    /// The error model is estimated from the residuals of the regression *with* level
    /// shifts at `shiftRows` (the event dates): a break left in the residuals
    /// would look like persistence or a unit root, and a bootstrap from that error model
    /// would explain the break away (the test would lose its power exactly when there is a
    /// break). Under the null the extra steps are merely redundant. Only dates fixed before
    /// looking at the data qualify: a step at the supF date would remove the most break-like
    /// stretch of noise, and the error model would then be too smooth (oversized tests).
    /// The replicates are then
    /// generated from that fit with the shifts set to zero.
    ///
    /// - Parameters:
    ///   - source: the response on the model scale (after any logarithm), NaN = missing.
    ///   - terms: the regressors the replicates are rebuilt with, as for `regression`.
    ///   - firstRow: the `firstRow` the regression was built with: source rows before it are
    ///     dropped from every replicate regression too (R's `window(start =)`).
    ///   - regression: `BreakRegression.build(series: source, terms: terms, firstRow:)`.
    ///   - shiftRows: rows at which a level shift starts in the fit the errors come from.
    ///   - period: seasonal period of the error model.
    ///   - biasCorrection: replications of Kilian's bias correction of the error model's
    ///     ARMA coefficients (`ErrorModelBiasCorrection`); 0 turns it off.
    /// - Throws: `BreaksError` when the OLS fit or the error model cannot be fitted.
    public init(source: [Double], terms: [BreakRegression.Term], firstRow: Int = 0,
                regression: BreakRegression, shiftRows: [Int] = [], period: Int,
                biasCorrection: Int = 30) throws {
        let n = regression.count, k = regression.regressorCount
        var storage = regression.x.storage
        for b in Set(shiftRows.filter { $0 >= 1 && $0 < n }).sorted() {
            for t in 0..<n { storage.append(t >= b ? 1 : 0) }
        }
        let design = try Matrix(rows: n, columns: storage.count / max(n, 1), columnMajor: storage)
        let fit = try LinearRegression(y: regression.y, x: design, rankPolicy: .dropAliased)
        self.terms = terms
        self.source = source
        self.firstRow = firstRow
        coefficients = Array(fit.coefficients.prefix(k)).map { $0.isNaN ? 0 : $0 }
        rows = regression.observationIndex
        // Residuals over the covered span, NaN where a row is missing.
        let first = rows.first ?? 0, last = rows.last ?? 0
        var u = [Double](repeating: .nan, count: last - first + 1)
        for (i, r) in rows.enumerated() { u[r - first] = fit.residuals[i] }
        let seasonalMeans = terms.contains { if case .seasonalDummies = $0 { return true } else { return false } }
        let observed = regression.observationIndex
        let shiftStarts = Set(shiftRows.filter { $0 >= 1 && $0 < n }).sorted().map { observed[$0] - first }
        errors = try NullErrorProcess(residuals: u, period: period, seasonalMeans: seasonalMeans,
                                      shiftStarts: shiftStarts)
        self.design = design
        var correction = [Double](repeating: 0, count: errors.armaCount)
        let span = last - first + 1
        if biasCorrection > 0, let c = ErrorModelBiasCorrection.corrected(errors, span: span, replications: biasCorrection,
                                                                           seed: 0x5EED, residualsOf: { [rows] in
                                                                               Self.residuals(ofPath: $0, rows: rows, design: design)
                                                                           }) {
            errors.phi = c.phi
            errors.theta = c.theta
            correction = zip(c.coefficients, errors.model.coefficients).map { $0 - $1 }
        }
        coefficientCorrection = correction
    }

    /// The residuals over the covered span (NaN where a row is missing) of the regression
    /// of an error path `u` on the design: what the data's residuals would be if `u` were
    /// its errors, since `y* = Xβ̂ + u` leaves the residuals of `u` alone.
    static func residuals(ofPath path: [Double], rows: [Int], design: Matrix) -> [Double]? {
        let first = rows.first ?? 0, last = rows.last ?? 0
        let yy = rows.map { path[$0 - first] }
        guard let f = try? LinearRegression(y: yy, x: design, rankPolicy: .dropAliased) else { return nil }
        var out = [Double](repeating: .nan, count: last - first + 1)
        for (i, r) in rows.enumerated() { out[r - first] = f.residuals[i] }
        return out
    }

    /// The error process re-estimated on a replicate's error path: the orders of the data's
    /// error model refitted to the path's regression residuals (`ARIMA.fitWithoutCovariance`, exact diffuse),
    /// plus the data's bias correction; nil when the refit fails or is not stationary.
    func reestimated(fromPath path: [Double]) -> NullErrorProcess? {
        guard errors.armaCount > 0, let u = Self.residuals(ofPath: path, rows: rows, design: design),
              let c = errors.refit(u) else { return nil }
        return errors.with(coefficients: zip(c, coefficientCorrection).map { $0 + $1 })
    }

    /// One replicate regression.
    ///
    /// - Complexity: O(n·(k + p + q)) for the series plus the design rebuild.
    func replicate(rng: inout RandomSource, errorPath: inout [Double], scratch: inout [Double]) throws -> BreakRegression {
        let first = rows.first ?? 0, last = rows.last ?? 0
        errors.simulate(count: last - first + 1, rng: &rng, into: &errorPath, scratch: &scratch)
        var y = source
        for t in first...last where !source[t].isNaN {
            var mean = 0.0
            var complete = true
            var j = 0
            for term in terms {
                term.forEachColumn(at: t, response: y) { x in
                    if x.isNaN { complete = false }
                    mean += coefficients[j] * x
                    j += 1
                }
            }
            // Rows the regression drops (lags reaching before the data) keep the observed value.
            if complete { y[t] = mean + errorPath[t - first] }
        }
        return try BreakRegression.build(series: y, terms: terms, firstRow: firstRow)
    }
}

extension BreakRegression.Term {
    /// Calls `body` with the value of each column this term adds at source position `t`
    /// (0-based), NaN when a lag reaches before the data or onto a missing value — the
    /// columns `BreakRegression.build` forms.
    func forEachColumn(at t: Int, response y: [Double], _ body: (Double) -> Void) {
        switch self {
        case .intercept: body(1)
        case .trend: body(Double(t + 1))
        case .seasonalDummies(let period):
            for s in 1..<max(period, 1) { body(t % period == s ? 1 : 0) }
        case .lag(let l): body(t >= l ? y[t - l] : .nan)
        }
    }
}
