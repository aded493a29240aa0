import Forecaster
import Foundation
import TimeSeries

/// `almanac-bench ets M3FILE [limit]`: automatic ETS selection on every M3 monthly training
/// series, h = 18 forecasts, accuracy against the test split (`Accuracy`), and timings on one
/// thread and on all cores (`Benchmarks/ets/RESULTS.md`).
enum ETSBench {
    /// Fits AutoETS to the first `limit` series of `m3Path` (all when nil), forecasts
    /// h = 18 with 95% intervals and returns a Markdown report: series count, selection
    /// time on one core and on all cores, sMAPE, MASE and 95% coverage.
    /// - Throws: `InputError` for an unreadable or malformed file.
    static func run(m3Path: String, limit: Int? = nil) throws -> String {
        let all = try M3Data.load(m3Path, limit: limit)
        let period = 12, h = 18
        let t0 = Date()
        let cpu0 = BenchClock.threadCPUSeconds()
        var models: [Result<ETSModel, ETSError>] = []
        for s in all {
            do { models.append(.success(try AutoETS.fit(s.train, period: period))) } catch let e as ETSError {
                models.append(.failure(e))
            }
        }
        let serialCPU = BenchClock.threadCPUSeconds() - cpu0
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
            smapes.append(Accuracy.sMAPE(actual: actual, forecast: mean))
            mases.append(Accuracy.MASE(actual: actual, forecast: mean,
                                       scale: Accuracy.scale(insample: s.train, period: period)))
            let hits = Accuracy.coverage(actual: actual, lower: f.lower[0], upper: f.upper[0])
            covered += hits.hits
            total += hits.count
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

}

extension ETSBench {
    /// Compares our AutoETS on M3 with R's output written by Benchmarks/ets/r_m3.R
    /// (`series,method,step,mean,lo95,hi95`): share of identical selected forms, and, over
    /// the series where the forms agree, the largest relative differences of the means and
    /// 95% bounds; also R's own sMAPE/MASE/coverage recomputed from its forecasts.
    /// - Throws: `InputError` for unreadable or malformed files.
    static func compareWithR(m3Path: String, rPath: String, limit: Int? = nil) throws -> String {
        let all = try M3Data.load(m3Path, limit: limit)
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
            let rForecast = Array(rMean.prefix(actual.count))
            rSmape.append(Accuracy.sMAPE(actual: actual, forecast: rForecast))
            rMase.append(Accuracy.MASE(actual: actual, forecast: rForecast,
                                       scale: Accuracy.scale(insample: s.train, period: 12)))
            let hits = Accuracy.coverage(actual: actual, lower: rows.map { $0[1] }, upper: rows.map { $0[2] })
            rCovered += hits.hits
            rTotal += hits.count
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
