import Foundation
import AlmanacNumerics

/// A pooled linear autoregression on per-series normalised data (Montero-Manso & Hyndman
/// 2021, "Principles and algorithms for forecasting groups of time series: locality and
/// globality", the global linear AR): one set of AR coefficients for the whole batch.
///
/// 1. **Normalisation.** Series `i` is divided by its level `sᵢ`, the mean of its last
///    `max(period, 1)` training values (the level the forecasts start from); a series with
///    a non-positive or non-finite level is left out of the fit and not forecast (nil).
/// 2. **Windows.** Every window `(zₜ₋ₚ … zₜ₋₁ → zₜ)` of every normalised series is a row
///    of one least-squares problem `z = c + Σⱼ φⱼ zₜ₋ⱼ`; `order` p is `orderCycles`
///    seasonal cycles (default 2, i.e. 24 lags for monthly data), capped at half the
///    shortest training length so that every series contributes windows.
/// 3. **Least squares** by the column-pivoted Householder QR of the stacked design
///    (`LinearRegression`, LAPACK `dgeqp3`, R's `lm` arithmetic); aliased lags get 0.
/// 4. **Forecasts** are recursive (each step's forecast feeds the next lags), then scaled
///    back by `sᵢ`.
/// 5. **Intervals** are empirical: from every origin `o` in the last `calibrationOrigins`
///    positions of each series (with at least p values before it), the model forecasts the
///    in-sample values recursively; the normalised h-step errors `zₒ₊ₕ − ẑₒ₊ₕ` are pooled
///    over all series per horizon, and the bounds at level L are the point forecast plus
///    `sᵢ ×` the (1 ∓ L/100)/2 sample quantiles (R's type 7) of that horizon's errors. A
///    horizon with fewer than 20 pooled errors uses the farthest horizon that has them,
///    widened by √(h / h'). These are in-sample errors of a model fitted on the same
///    windows, so the intervals are somewhat optimistic (measured in Benchmarks/m3/RESULTS.md).
///
/// Deterministic: sums in fixed order, a sorted sample per horizon.
public struct PooledAutoregression: GlobalForecastModel {
    public var name: String { "pooled-ar" }
    public var minimumSeries: Int
    /// Fixed order, or nil for `orderCycles` seasonal cycles capped by the shortest series.
    public var order: Int?
    public var orderCycles: Int
    /// Forecast origins per series for the interval errors.
    public var calibrationOrigins: Int

    public init(order: Int? = nil, orderCycles: Int = 2, minimumSeries: Int = 10, calibrationOrigins: Int = 24) {
        self.order = order
        self.orderCycles = orderCycles
        self.minimumSeries = minimumSeries
        self.calibrationOrigins = calibrationOrigins
    }

    /// The fitted pooled model: intercept and lag coefficients on the normalised scale.
    public struct Fit: Sendable, Equatable {
        public var order: Int
        public var intercept: Double
        /// `φ₁ … φₚ` (coefficient of `zₜ₋ⱼ` at index j − 1).
        public var coefficients: [Double]
        /// Each series' level `sᵢ` (nil: left out).
        public var scales: [Double?]
        public var windows: Int
    }

    /// The order used for a batch whose shortest usable training series has `shortest` values.
    public func order(period: Int, shortest: Int) -> Int {
        if let order { return order }
        return max(1, min(orderCycles * max(period, 1), shortest / 2))
    }

    /// Normalises the batch and solves the pooled least-squares problem.
    /// - Throws: `ForecasterError.invalidData` when fewer than `minimumSeries` series can be
    ///   used or the design is empty; numerics errors of the QR.
    public func fit(_ batch: [[Double]], period: Int) throws -> Fit {
        let m = max(period, 1)
        let scales: [Double?] = batch.map { y in
            guard y.count >= 2, y.allSatisfy(\.isFinite) else { return nil }
            let k = min(m, y.count)
            var s = 0.0
            for v in y[(y.count - k)...] { s += v }
            s /= Double(k)
            return s > 0 && s.isFinite ? s : nil
        }
        let used = scales.indices.filter { scales[$0] != nil }
        guard used.count >= minimumSeries, batch.count >= minimumSeries else {
            throw ForecasterError.invalidData(model: name, detail: "a global model needs at least \(minimumSeries) series with a positive level; \(used.count) given")
        }
        let shortest = used.map { batch[$0].count }.min() ?? 0
        let p = order(period: m, shortest: shortest)
        var rows = 0
        for i in used where batch[i].count > p { rows += batch[i].count - p }
        guard rows > p + 1 else {
            throw ForecasterError.invalidData(model: name, detail: "too few windows (\(rows)) for order \(p)")
        }
        // Column-major design [1, z_{t-1}, …, z_{t-p}] and response z_t.
        var design = [Double](repeating: 0, count: rows * (p + 1))
        var response = [Double](repeating: 0, count: rows)
        var row = 0
        for i in used where batch[i].count > p {
            let y = batch[i], s = scales[i]!
            for t in p..<y.count {
                design[row] = 1
                for j in 1...p { design[row + rows * j] = y[t - j] / s }
                response[row] = y[t] / s
                row += 1
            }
        }
        let reg = try LinearRegression(y: response, x: try Matrix(rows: rows, columns: p + 1, columnMajor: design),
                                       rankPolicy: .dropAliased, intercept: true)
        let beta = reg.coefficients.map { $0.isNaN ? 0 : $0 }
        return Fit(order: p, intercept: beta[0], coefficients: Array(beta[1...]), scales: scales, windows: rows)
    }

    /// Recursive forecasts of `horizon` steps from the normalised history `z[0..<end]`
    /// (end ≥ order) into `out` (`horizon` values); `lags` is scratch of `order` values.
    static func recursive(_ fit: Fit, z: UnsafeBufferPointer<Double>, end: Int, horizon: Int,
                          lags: UnsafeMutableBufferPointer<Double>, out: UnsafeMutableBufferPointer<Double>) {
        let p = fit.order
        // lags[j] = z_{t-1-j} for the next step t.
        for j in 0..<p { lags[j] = z[end - 1 - j] }
        for h in 0..<horizon {
            var f = fit.intercept
            for j in 0..<p { f += fit.coefficients[j] * lags[j] }
            out[h] = f
            var j = p - 1
            while j > 0 { lags[j] = lags[j - 1]; j -= 1 }
            if p > 0 { lags[0] = f }
        }
    }

    public func forecastBatch(_ batch: [[Double]], period: Int, horizon: Int, levels: [Double]) throws -> [Forecast?] {
        guard horizon >= 1 else { throw ForecasterError.invalidArgument("horizon must be ≥ 1") }
        let lv = try PredictionIntervals.validatedLevels(levels)
        let fit = try self.fit(batch, period: period)
        let p = fit.order
        // Pooled normalised h-step in-sample errors.
        var errors = [[Double]](repeating: [], count: horizon)
        var lags = [Double](repeating: 0, count: max(p, 1))
        var path = [Double](repeating: 0, count: horizon)
        var z = [Double]()
        for (i, y) in batch.enumerated() {
            guard let s = fit.scales[i], y.count > p else { continue }
            z.removeAll(keepingCapacity: true)
            for v in y { z.append(v / s) }
            let firstOrigin = max(p, y.count - calibrationOrigins)
            for o in firstOrigin..<y.count {
                let steps = min(horizon, y.count - o)
                z.withUnsafeBufferPointer { zb in
                    lags.withUnsafeMutableBufferPointer { lb in
                        path.withUnsafeMutableBufferPointer { pb in
                            Self.recursive(fit, z: zb, end: o, horizon: steps, lags: lb, out: pb)
                        }
                    }
                }
                for h in 0..<steps { errors[h].append(z[o + h] - path[h]) }
            }
        }
        for h in 0..<horizon { errors[h].sort() }
        let minimumSample = 20
        var out: [Forecast?] = []
        out.reserveCapacity(batch.count)
        for (i, y) in batch.enumerated() {
            guard let s = fit.scales[i], y.count >= p else { out.append(nil); continue }
            let z = y.map { $0 / s }
            var mean = [Double](repeating: 0, count: horizon)
            z.withUnsafeBufferPointer { zb in
                lags.withUnsafeMutableBufferPointer { lb in
                    mean.withUnsafeMutableBufferPointer { mb in
                        Self.recursive(fit, z: zb, end: z.count, horizon: horizon, lags: lb, out: mb)
                    }
                }
            }
            var lower: [[Double]] = [], upper: [[Double]] = []
            for l in lv {
                var lo = [Double](repeating: 0, count: horizon), hi = lo
                for h in 0..<horizon {
                    var k = h
                    while k > 0 && errors[k].count < minimumSample { k -= 1 }
                    let widen = (Double(h + 1) / Double(k + 1)).squareRoot()
                    let e = errors[k]
                    let ql = e.isEmpty ? 0 : Self.quantile(e, (1 - l / 100) / 2)
                    let qu = e.isEmpty ? 0 : Self.quantile(e, (1 + l / 100) / 2)
                    lo[h] = s * (mean[h] + widen * ql)
                    hi[h] = s * (mean[h] + widen * qu)
                }
                lower.append(lo); upper.append(hi)
            }
            out.append(Forecast(model: name, mean: mean.map { $0 * s }, levels: lv, lower: lower, upper: upper))
        }
        return out
    }

    /// R's type-7 sample quantile of sorted `x`.
    static func quantile(_ x: [Double], _ prob: Double) -> Double {
        let pos = prob * Double(x.count - 1)
        let lo = Int(pos.rounded(.down)), hi = min(lo + 1, x.count - 1)
        let frac = pos - Double(lo)
        return x[lo] + frac * (x[hi] - x[lo])
    }
}
