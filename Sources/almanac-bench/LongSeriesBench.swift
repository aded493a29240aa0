import Forecaster
import Foundation
import TimeSeries

/// `almanac-bench long FILE [names]`: CPU time per series of `auto` and of each of its ten
/// members (fit + forecast of the test horizon, 80/95 intervals, no error covariance, as
/// `almanac benchmark` forecasts), on one thread, grouped by training length. FILE is a long
/// CSV `series,split,t,value` with period 12 (Benchmarks/long-series/generate.py).
///
/// Prints one TSV row per (length, name): series, mean and max thread-CPU seconds per series,
/// and the CPU per series divided by the length (constant when the cost is linear).
enum LongSeriesBench {
    /// The members of `auto` (AutoPolicy.default), by their member names.
    static let members: [CombinationMember] = [.etsAkaike, .logETSAkaike, .arima, .logARIMA, .theta, .logTheta,
                                               .dotm, .logDOTM, .ces, .logCES]

    /// `a,b(c,d),e` → `[a, b(c,d), e]`: commas inside parentheses belong to the name.
    static func splitNames(_ text: String) -> [String] {
        var names: [String] = [], current = "", depth = 0
        for ch in text {
            if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 }
            if ch == "," && depth == 0 { names.append(current); current = "" } else { current.append(ch) }
        }
        if !current.isEmpty { names.append(current) }
        return names
    }

    static func run(path: String, names: [String]?) throws -> String {
        let series = try M3Data.load(path)
        let wanted = names ?? (["auto"] + members.map(\.rawValue))
        // length -> name -> CPU seconds per series
        var cpu: [Int: [String: [Double]]] = [:]
        for s in series {
            let h = s.test.count
            for name in wanted {
                let c0 = BenchClock.threadCPUSeconds()
                if name == "auto" {
                    _ = try ForecastMethod.auto.forecast(s.train, period: 12, horizon: h, levels: [80, 95], covariance: false)
                } else if let member = members.first(where: { $0.rawValue == name }) ?? CombinationMember(rawValue: name) {
                    if let model = try? member.fit(s.train, period: 12) {
                        _ = try? model.forecast(horizon: h, levels: [80, 95], covariance: false)
                    }
                } else {
                    throw ForecasterError.invalidOption("unknown member '\(name)'")
                }
                cpu[s.train.count, default: [:]][name, default: []].append(BenchClock.threadCPUSeconds() - c0)
            }
        }
        var out = "length\tname\tseries\tcpu_mean_s\tcpu_max_s\tcpu_per_obs_ms\n"
        for n in cpu.keys.sorted() {
            for name in wanted {
                let v = cpu[n]?[name] ?? []
                guard !v.isEmpty else { continue }
                let mean = v.reduce(0, +) / Double(v.count)
                out += String(format: "%d\t%@\t%d\t%.4f\t%.4f\t%.4f\n", n, name, v.count, mean, v.max() ?? 0,
                              1000 * mean / Double(n))
            }
        }
        return out
    }
}
