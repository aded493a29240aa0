import Foundation
import TimeSeries

/// The M3-monthly ETS benchmark: automatic selection on every training series, h = 18
/// forecasts, accuracy against the test split, and timings. The lead wires `run` into
/// the bench executable.
public enum ETSBenchmark {
    /// One M3 series split into training and test parts.
    public struct Series: Sendable {
        public var id: String
        public var train: [Double]
        public var test: [Double]
    }

    /// Accuracy over a set of series.
    public struct Score: Sendable, Equatable {
        /// Mean sMAPE on the 0–200 scale.
        public var smape: Double
        /// Mean MASE, scaled by the in-sample seasonal-naive (lag `period`) MAE.
        public var mase: Double
        /// Share of test values inside the 95% interval.
        public var coverage95: Double
        public var series: Int
    }

    /// Reads the long-form M3 file (`series,split,t,value`; split is `train` or `test`),
    /// keeping the order in which series first appear.
    /// - Throws: `InputError` with the offending line for malformed rows.
    public static func loadM3(_ path: String) throws -> [Series] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot read file")
        }
        var order: [String] = []
        var rows: [String: (train: [(Int, Double)], test: [(Int, Double)])] = [:]
        var lineNumber = 0
        for raw in data.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if lineNumber == 1 || line.isEmpty { continue }
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            guard f.count == 4 else { throw InputError(file: path, line: lineNumber, "expected 4 fields") }
            guard let t = Int(f[2]) else { throw InputError(file: path, line: lineNumber, column: 3, "bad time index") }
            let value = Double(f[3]) ?? .nan
            let id = String(f[0])
            if rows[id] == nil { order.append(id); rows[id] = ([], []) }
            switch f[1] {
            case "train": rows[id, default: ([], [])].train.append((t, value))
            case "test": rows[id, default: ([], [])].test.append((t, value))
            default: throw InputError(file: path, line: lineNumber, column: 2, "split must be train or test")
            }
        }
        return order.map { id in
            let r = rows[id, default: ([], [])]
            return Series(id: id, train: r.train.sorted { $0.0 < $1.0 }.map(\.1),
                          test: r.test.sorted { $0.0 < $1.0 }.map(\.1))
        }
    }

    /// Symmetric MAPE on the 0–200 scale: mean of `200|y − f| / (|y| + |f|)`.
    public static func smape(actual: [Double], forecast: [Double]) -> Double {
        var s = 0.0
        for i in 0..<actual.count {
            let d = abs(actual[i]) + abs(forecast[i])
            s += d == 0 ? 0 : 200 * abs(actual[i] - forecast[i]) / d
        }
        return s / Double(actual.count)
    }

    /// MASE: mean |y − f| over the in-sample MAE of the seasonal naive forecast at lag
    /// `period` (lag 1 when the training set is not longer than one period).
    public static func mase(actual: [Double], forecast: [Double], train: [Double], period: Int) -> Double {
        let lag = train.count > period ? period : 1
        var scale = 0.0
        for i in lag..<train.count { scale += abs(train[i] - train[i - lag]) }
        scale /= Double(train.count - lag)
        var e = 0.0
        for i in 0..<actual.count { e += abs(actual[i] - forecast[i]) }
        return e / Double(actual.count) / scale
    }

    /// Share of `actual` values inside `[lower, upper]`.
    public static func coverage(actual: [Double], lower: [Double], upper: [Double]) -> Double {
        var inside = 0
        for i in 0..<actual.count where actual[i] >= lower[i] && actual[i] <= upper[i] { inside += 1 }
        return Double(inside) / Double(actual.count)
    }

    /// Fits AutoETS to the first `limit` series of `m3Path` (all when nil), forecasts
    /// h = 18 with 95% intervals and returns a Markdown report: series count, selection
    /// time on one core and on all cores, sMAPE, MASE and 95% coverage.
    /// - Throws: `InputError` for an unreadable or malformed file.
    public static func run(m3Path: String, limit: Int? = nil) throws -> String {
        var all = try loadM3(m3Path)
        if let limit { all = Array(all.prefix(limit)) }
        let period = 12, h = 18
        let t0 = Date()
        let cpu0 = threadCPUSeconds()
        var models: [Result<ETSModel, ETSError>] = []
        for s in all {
            do { models.append(.success(try AutoETS.fit(s.train, period: period))) } catch let e as ETSError {
                models.append(.failure(e))
            }
        }
        let serialCPU = threadCPUSeconds() - cpu0
        let serialWall = Date().timeIntervalSince(t0)
        let t1 = Date()
        let parallel = AutoETS.fitMany(all.map(\.train), period: period)
        let parallelWall = Date().timeIntervalSince(t1)
        let identical = zip(models, parallel).allSatisfy { a, b in
            if case .success(let x) = a, case .success(let y) = b { return x == y }
            if case .failure(let x) = a, case .failure(let y) = b { return x == y }
            return false
        }
        var smapes: [Double] = [], mases: [Double] = [], covered = 0, total = 0
        var failures = 0
        var methods: [String: Int] = [:]
        for (s, r) in zip(all, models) {
            guard case .success(let model) = r,
                  let f = try? model.forecast(horizon: h, levels: [95], covariance: false) else { failures += 1; continue }
            methods[model.method, default: 0] += 1
            let actual = Array(s.test.prefix(h))
            let mean = Array(f.mean.prefix(actual.count))
            smapes.append(smape(actual: actual, forecast: mean))
            mases.append(mase(actual: actual, forecast: mean, train: s.train, period: period))
            for i in 0..<actual.count where actual[i] >= f.lower[0][i] && actual[i] <= f.upper[0][i] { covered += 1 }
            total += actual.count
        }
        let meanOf = { (x: [Double]) in x.reduce(0, +) / Double(max(x.count, 1)) }
        var out = "| metric | value |\n|---|---|\n"
        out += "| series | \(all.count) (failures: \(failures)) |\n"
        out += String(format: "| AutoETS selection, 1 thread: wall | %.2f s |\n", serialWall)
        out += String(format: "| AutoETS selection, 1 thread: CPU | %.2f s |\n", serialCPU)
        out += String(format: "| AutoETS.fitMany, all cores: wall | %.2f s (%d cores, identical to serial: %@) |\n",
                      parallelWall, ProcessInfo.processInfo.activeProcessorCount, identical ? "yes" : "NO")
        out += String(format: "| sMAPE (0–200) | %.4f |\n", meanOf(smapes))
        out += String(format: "| MASE (seasonal naive, lag 12) | %.4f |\n", meanOf(mases))
        out += String(format: "| 95%% coverage | %.4f |\n", Double(covered) / Double(max(total, 1)))
        out += "\nSelected forms: " + methods.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
            .joined(separator: ", ") + "\n"
        return out
    }

    /// CPU time consumed by the calling thread.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}

extension ETSBenchmark {
    /// Compares our AutoETS on M3 with R's output written by Benchmarks/ets/r_m3.R
    /// (`series,method,step,mean,lo95,hi95`): share of identical selected forms, and, over
    /// the series where the forms agree, the largest relative differences of the means and
    /// 95% bounds; also R's own sMAPE/MASE/coverage recomputed from its forecasts.
    /// - Throws: `InputError` for unreadable or malformed files.
    public static func compareWithR(m3Path: String, rPath: String, limit: Int? = nil) throws -> String {
        var all = try loadM3(m3Path)
        if let limit { all = Array(all.prefix(limit)) }
        guard let data = FileManager.default.contents(atPath: rPath) else {
            throw InputError(file: rPath, "cannot read file")
        }
        var rMethod: [String: String] = [:]
        var rRows: [String: [[Double]]] = [:]
        var lineNumber = 0
        for raw in data.split(separator: 10) {
            lineNumber += 1
            let line = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if lineNumber == 1 || line.isEmpty { continue }
            // The method contains commas: "N1402,ETS(M,A,N),1,…".
            guard let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")") else {
                throw InputError(file: rPath, line: lineNumber, "expected an ETS(…) method")
            }
            let id = String(line[..<open].dropLast(4))
            let method = String(line[line.index(open, offsetBy: -3)...close])
            let rest = line[line.index(after: close)...].split(separator: ",").compactMap { Double($0) }
            guard rest.count == 4 else { throw InputError(file: rPath, line: lineNumber, "expected 4 numbers") }
            rMethod[id] = method
            rRows[id, default: []].append(Array(rest[1...]))
        }
        let models = AutoETS.fitMany(all.map(\.train), period: 12)
        var same = 0, compared = 0
        var worstMean = 0.0, worstBound = 0.0
        var differing: [String] = []
        var rSmape: [Double] = [], rMase: [Double] = [], rCovered = 0, rTotal = 0
        for (s, r) in zip(all, models) {
            guard let method = rMethod[s.id], let rows = rRows[s.id] else { continue }
            compared += 1
            let actual = Array(s.test.prefix(rows.count))
            let rMean = rows.map { $0[0] }
            rSmape.append(smape(actual: actual, forecast: Array(rMean.prefix(actual.count))))
            rMase.append(mase(actual: actual, forecast: Array(rMean.prefix(actual.count)), train: s.train, period: 12))
            for i in 0..<actual.count where actual[i] >= rows[i][1] && actual[i] <= rows[i][2] { rCovered += 1 }
            rTotal += actual.count
            guard case .success(let model) = r else { differing.append("\(s.id): failed vs \(method)"); continue }
            if model.method != method { differing.append("\(s.id): \(model.method) vs R \(method)"); continue }
            same += 1
            guard let f = try? model.forecast(horizon: rows.count, levels: [95], covariance: false) else { continue }
            for i in 0..<rows.count {
                let scale = max(abs(rows[i][0]), 1e-12)
                worstMean = max(worstMean, abs(f.mean[i] - rows[i][0]) / scale)
                worstBound = max(worstBound, abs(f.lower[0][i] - rows[i][1]) / scale,
                                 abs(f.upper[0][i] - rows[i][2]) / scale)
            }
        }
        let meanOf = { (x: [Double]) in x.reduce(0, +) / Double(max(x.count, 1)) }
        var out = "Selected form identical to R: \(same) / \(compared)\n"
        out += String(format: "Where identical: max relative difference of means %.3g, of 95%% bounds %.3g\n",
                      worstMean, worstBound)
        out += String(format: "R ets recomputed: sMAPE %.4f, MASE %.4f, 95%% coverage %.4f\n",
                      meanOf(rSmape), meanOf(rMase), Double(rCovered) / Double(max(rTotal, 1)))
        if !differing.isEmpty { out += "Differing: " + differing.joined(separator: "; ") + "\n" }
        return out
    }
}
