import AlmanacNumerics

/// How member point forecasts are pooled.
public enum CombinationRule: String, Sendable, Codable, CaseIterable {
    /// The equally weighted mean (the M3/M4 "Comb" benchmarks, Makridakis et al. 2020).
    case mean
    /// The median, robust to one member going astray (an odd member count gives a member's value).
    case median
    /// The mean after dropping the largest and the smallest member forecast at each horizon
    /// (Jose & Winkler 2008, "Simple robust averages of forecasts"); with fewer than three
    /// members, the plain mean. Member standard errors are pooled as for the mean.
    case trimmedMean = "trimmed-mean"
}

/// How member intervals are pooled into the combination's error variance.
public enum CombinationIntervals: String, Sendable, Codable, CaseIterable {
    /// Members' errors treated as perfectly correlated: the combined standard error is the
    /// mean (or, for the median rule, the median) of the members' standard errors, and the
    /// correlation across horizons is the members' average. For symmetric member intervals
    /// and the mean rule this is exactly the mean of the members' bounds.
    case pooledStandardError
    /// The equal-weight mixture of the members' predictive distributions, by the law of total
    /// variance: `Σ = (1/K) Σ_a Σ^a + (1/K) Σ_a (μ_a − μ̄)(μ_a − μ̄)ᵀ`, the average error
    /// covariance plus the spread of the member forecasts (model uncertainty).
    case mixture
    /// The median of the members' standard errors at each horizon (whatever the point rule),
    /// with the members' average correlation across horizons. Robust to one member whose
    /// back-transformed interval explodes (e.g. ARIMA with d = 2 on the log scale of a short
    /// series), which would otherwise dominate a mean of standard errors.
    case medianStandardError
    /// Quantile averaging: each bound, level by level and horizon by horizon, is the
    /// trimmed mean of the members' bounds (the highest and the lowest dropped; the plain
    /// mean below three members), placed around the combined point and scaled by the width
    /// factor: `ŷ_h + c·(b̄_h − ŷ_h)`, with `b̄_h` first clamped to the point's side (only a
    /// member whose bounds exclude its own point, such as a simulated interval around a
    /// mean, can push it across) (Lichtendahl, Grushka-Cockayne & Winkler 2013;
    /// trimmed: Grushka-Cockayne, Jose & Lichtendahl 2017). Unlike the standard-error rules
    /// it keeps the asymmetry of back-transformed (log-scale) members. The error covariance
    /// uses the standard errors implied by the widest combined interval and the members'
    /// average correlation across horizons.
    case trimmedQuantiles = "trimmed-quantiles"
}

/// A combination of forecasts from several models of the same series and horizon.
///
/// Member standard errors are read from each member's widest interval
/// (`(upper − lower) / 2z`), or from its `errorCovariance` diagonal when it has none. The
/// combined bounds are normal, `ŷ_h ± z·c·se_h` with `c` a global width factor (1 = none),
/// except with `.trimmedQuantiles`, where they are the trimmed means of the members' bounds
/// moved out from `ŷ_h` by `c`. The combined `errorCovariance` is the covariance the bounds
/// are built on, times c².
public enum ForecastCombination {
    /// Combines `members` (at least one; all with the same horizon).
    ///
    /// - Parameters:
    ///   - members: the members' forecasts, in a fixed order.
    ///   - rule: mean, median or trimmed mean of the point forecasts.
    ///   - intervals: how the variance is pooled (`.mixture` is always with the mean), or
    ///     `.trimmedQuantiles` (bounds averaged directly; member weights do not apply to them).
    ///   - widthFactor: a calibration constant: multiplies every standard error, or the
    ///     distance of each trimmed-quantile bound from the point.
    ///   - levels: interval levels in percent.
    ///   - name: the combined forecast's model name; nil names it after the rule.
    ///   - weights: member weights for the mean rule (normalised to sum 1); nil = equal.
    ///     They weight the point forecasts, the pooled standard errors and correlations, and
    ///     the mixture's components.
    ///   - covariance: whether to build `errorCovariance` (false: nil, bounds unchanged).
    /// - Throws: `ForecasterError.invalidOption` for no members, mixed horizons, invalid
    ///   weights or a non-positive width factor; `.fitFailed` when a member has non-finite values.
    /// - Complexity: O(K·h²).
    public static func combine(_ members: [Forecast], rule: CombinationRule = .mean,
                               intervals: CombinationIntervals = .pooledStandardError,
                               widthFactor: Double = 1, levels: [Double] = [80, 95],
                               name: String? = nil, weights: [Double]? = nil,
                               covariance: Bool = true) throws -> Forecast {
        guard let first = members.first else { throw ForecasterError.invalidOption("a combination needs at least one member") }
        let h = first.horizon
        guard h >= 1, members.allSatisfy({ $0.horizon == h }) else {
            throw ForecasterError.invalidOption("combination members must share one horizon ≥ 1")
        }
        guard widthFactor > 0, widthFactor.isFinite else {
            throw ForecasterError.invalidOption("width factor must be positive, got \(widthFactor)")
        }
        let levels = try PredictionIntervals.validatedLevels(levels)
        let k = members.count
        let w = try memberWeights(weights, count: k, rule: rule)
        var ses: [[Double]] = []
        var correlations: [Matrix] = []
        for m in members {
            guard m.mean.allSatisfy(\.isFinite) else {
                throw ForecasterError.fitFailed(model: m.model, detail: "non-finite member forecast")
            }
            // Without the covariance no H×H correlation is built: time and memory stay O(K·h).
            let (se, corr) = try standardErrors(m, correlation: covariance)
            ses.append(se)
            correlations.append(corr)
        }
        var mean = [Double](repeating: 0, count: h)
        var se = [Double](repeating: 0, count: h)
        let given = weights == nil ? nil : w
        for t in 0..<h {
            let points = members.map { $0.mean[t] }
            let errs = ses.map { $0[t] }
            // Points by the rule; standard errors pooled alike, unless the median is asked for.
            switch rule {
            case .mean:
                mean[t] = weightedMean(points, given)
                se[t] = weightedMean(errs, given)
            case .median:
                mean[t] = median(points)
                se[t] = median(errs)
            case .trimmedMean:
                mean[t] = trimmedMean(points)
                se[t] = weightedMean(errs, nil)
            }
            if intervals == .medianStandardError { se[t] = median(errs) }
        }
        var quantileBounds: (lower: [[Double]], upper: [[Double]])? = nil
        if intervals == .trimmedQuantiles {
            let b = try trimmedQuantileBounds(members, standardErrors: ses, mean: mean, levels: levels)
            quantileBounds = b
            if let k = levels.indices.max(by: { levels[$0] < levels[$1] }) {
                // The standard errors the widest combined interval implies (for the covariance).
                let z = try Normal.quantile(0.5 + levels[k] / 200)
                for t in 0..<h { se[t] = max(0, b.upper[k][t] - b.lower[k][t]) / (2 * z) }
            } else {
                for t in 0..<h { se[t] = median(ses.map { $0[t] }) }  // no level: the members' median
            }
        }
        var cov = Matrix(rows: covariance ? h : 0, columns: covariance ? h : 0)
        switch intervals {
        case .pooledStandardError, .medianStandardError, .trimmedQuantiles:
            guard covariance else { break }
            for j in 0..<h {
                for i in 0..<h {
                    var r = 0.0
                    if weights == nil {
                        for c in correlations { r += c[i, j] }
                        r /= Double(k)
                    } else {
                        for (a, c) in correlations.enumerated() { r += w[a] * c[i, j] }
                    }
                    cov[i, j] = se[i] * se[j] * r
                }
            }
        case .mixture:
            var centre = [Double](repeating: 0, count: h)
            for (a, m) in members.enumerated() { for t in 0..<h { centre[t] += w[a] * m.mean[t] } }
            guard covariance else {
                // The diagonal alone (correlations are 1 there).
                for t in 0..<h {
                    var s = 0.0
                    for (a, m) in members.enumerated() {
                        // Two steps, as in the full loop below, so the rounding is the same.
                        s += w[a] * ses[a][t] * ses[a][t]
                        s += w[a] * (m.mean[t] - centre[t]) * (m.mean[t] - centre[t])
                    }
                    se[t] = s.squareRoot()
                }
                break
            }
            for j in 0..<h {
                for i in 0..<h {
                    var s = 0.0
                    for (a, m) in members.enumerated() {
                        s += w[a] * ses[a][i] * ses[a][j] * correlations[a][i, j]
                        s += w[a] * (m.mean[i] - centre[i]) * (m.mean[j] - centre[j])
                    }
                    cov[i, j] = s
                }
            }
            for t in 0..<h { se[t] = cov[t, t].squareRoot() }
        }
        if covariance {
            let c2 = widthFactor * widthFactor
            for j in 0..<h { for i in 0..<h { cov[i, j] *= c2 } }
        }
        let lower: [[Double]], upper: [[Double]]
        if let q = quantileBounds {
            lower = q.lower.map { b in (0..<h).map { mean[$0] + widthFactor * (b[$0] - mean[$0]) } }
            upper = q.upper.map { b in (0..<h).map { mean[$0] + widthFactor * (b[$0] - mean[$0]) } }
        } else {
            let scaled = se.map { $0 * widthFactor }
            (lower, upper) = try PredictionIntervals.normal(mean: mean, standardErrors: scaled, levels: levels)
        }
        let label = name ?? "\(rule.rawValue)(" + members.map(\.model).joined(separator: "+") + ")"
        return Forecast(model: label, mean: mean, levels: levels, lower: lower, upper: upper,
                        errorCovariance: covariance ? cov : nil)
    }

    /// The member's standard errors per horizon and its error correlation across horizons.
    ///
    /// Standard errors come from the widest interval, `(upper − lower) / 2z`, so they are on
    /// the scale of the forecasts even for back-transformed members (whose
    /// `errorCovariance` is on the transformed scale); a member without intervals uses its
    /// covariance diagonal. The correlation comes from the covariance (identity without one:
    /// the diagonal is all the bounds need).
    /// `correlation: false` returns an empty matrix instead (O(h) memory).
    static func standardErrors(_ f: Forecast, correlation: Bool = true) throws -> (se: [Double], correlation: Matrix) {
        let h = f.horizon
        var r = correlation ? Matrix.identity(h) : Matrix(rows: 0, columns: 0)
        var covarianceSE: [Double]? = nil
        if let c = f.errorCovariance, c.rows == h, c.columns == h,
           (0..<h).allSatisfy({ c[$0, $0].isFinite && c[$0, $0] >= 0 }) {
            let sd = (0..<h).map { c[$0, $0].squareRoot() }
            for j in 0..<(correlation ? h : 0) {
                for i in 0..<h where i != j {
                    let d = sd[i] * sd[j]
                    r[i, j] = d > 0 && c[i, j].isFinite ? max(-1, min(1, c[i, j] / d)) : 0
                }
            }
            covarianceSE = sd
        }
        if let k = f.levels.indices.max(by: { f.levels[$0] < f.levels[$1] }),
           f.lower.count == f.levels.count, f.upper.count == f.levels.count,
           f.lower[k].count == h, f.upper[k].count == h {
            let z = try Normal.quantile(0.5 + f.levels[k] / 200)
            let se = (0..<h).map { max(0, (f.upper[k][$0] - f.lower[k][$0]) / (2 * z)) }
            guard se.allSatisfy(\.isFinite) else {
                throw ForecasterError.fitFailed(model: f.model, detail: "member has non-finite intervals")
            }
            return (se, r)
        }
        guard let se = covarianceSE else {
            throw ForecasterError.fitFailed(model: f.model, detail: "member has neither intervals nor an error covariance")
        }
        return (se, r)
    }

    /// The trimmed means of the members' bounds at each level (sorted `levels`) and horizon.
    /// A member without a bound at a level uses its normal bound `μ ± z·se`.
    static func trimmedQuantileBounds(_ members: [Forecast], standardErrors ses: [[Double]], mean: [Double],
                                      levels: [Double]) throws -> (lower: [[Double]], upper: [[Double]]) {
        let h = mean.count
        var lower = [[Double]](repeating: [Double](repeating: 0, count: h), count: levels.count)
        var upper = lower
        for (k, level) in levels.enumerated() {
            let z = try Normal.quantile(0.5 + level / 200)
            var lo = [Double](repeating: 0, count: members.count), hi = lo
            for t in 0..<h {
                for (a, m) in members.enumerated() {
                    if let j = m.levels.firstIndex(of: level), m.lower.count > j, m.upper.count > j,
                       m.lower[j].count == h, m.upper[j].count == h, m.lower[j][t].isFinite, m.upper[j][t].isFinite {
                        lo[a] = m.lower[j][t]
                        hi[a] = m.upper[j][t]
                    } else {
                        lo[a] = m.mean[t] - z * ses[a][t]
                        hi[a] = m.mean[t] + z * ses[a][t]
                    }
                }
                lower[k][t] = min(trimmedMeanSorting(&lo), mean[t])
                upper[k][t] = max(trimmedMeanSorting(&hi), mean[t])
            }
        }
        return (lower, upper)
    }

    /// Validated member weights: equal (1/K) when nil; otherwise K finite non-negative
    /// values with a positive sum, normalised to sum 1 (mean rule only).
    static func memberWeights(_ weights: [Double]?, count k: Int, rule: CombinationRule) throws -> [Double] {
        guard let weights else { return [Double](repeating: 1 / Double(k), count: k) }
        guard rule == .mean else { throw ForecasterError.invalidOption("member weights need the mean rule") }
        let total = weights.reduce(0, +)
        guard weights.count == k, weights.allSatisfy({ $0.isFinite && $0 >= 0 }), total > 0, total.isFinite else {
            throw ForecasterError.invalidOption("member weights must be \(k) non-negative numbers with a positive sum")
        }
        return weights.map { $0 / total }
    }

    /// Σ wᵢvᵢ, or the plain average (bit-identical to earlier releases) without weights.
    static func weightedMean(_ v: [Double], _ w: [Double]?) -> Double {
        guard let w else { return v.reduce(0, +) / Double(v.count) }
        return zip(w, v).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// The mean without the largest and the smallest value (the plain mean below 3 values).
    static func trimmedMean(_ v: [Double]) -> Double {
        var s = v
        return trimmedMeanSorting(&s)
    }

    /// `trimmedMean`, sorting `v` in place (no allocation).
    static func trimmedMeanSorting(_ v: inout [Double]) -> Double {
        v.sort()
        guard v.count >= 3 else { return v.reduce(0, +) / Double(v.count) }
        return v[1..<(v.count - 1)].reduce(0, +) / Double(v.count - 2)
    }

    /// The sample median (mean of the two middle values for an even count).
    static func median(_ v: [Double]) -> Double {
        let s = v.sorted()
        let n = s.count
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2])
    }
}
