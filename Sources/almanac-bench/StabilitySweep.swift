import Dispatch
import Forecaster
import Foundation

/// "No NaN, no explosion" (issue #14): every model on every M3 monthly series at the
/// benchmark horizon and at ten times it. A forecast fails the sweep when a mean or bound is
/// not finite, when a mean exceeds 100 × the largest |value| of the history (or a bound
/// 1000 ×), or when a bound lies on the wrong side of the mean. A model that refuses a series
/// with an error is counted separately: refusing is allowed, garbage is not.
enum StabilitySweep {
    struct Tally {
        var forecasts = 0, errors = 0, nonFinite = 0, explosions = 0, inverted = 0
        var seconds = 0.0
        var examples: [String] = []
    }

    enum Verdict { case ok, error, nonFinite, explosion, inverted }

    static func check(_ fc: Forecast, scale: Double) -> Verdict {
        let values = fc.mean + fc.lower.flatMap { $0 } + fc.upper.flatMap { $0 }
        if values.contains(where: { !$0.isFinite }) { return .nonFinite }
        if fc.mean.contains(where: { abs($0) > 100 * scale }) { return .explosion }
        if values.contains(where: { abs($0) > 1000 * scale }) { return .explosion }
        for k in fc.lower.indices {
            for h in 0..<fc.horizon where fc.lower[k][h] > fc.mean[h] + 1e-9 * scale || fc.upper[k][h] < fc.mean[h] - 1e-9 * scale {
                return .inverted
            }
        }
        return .ok
    }

    static func run(path: String, horizons: [Int], models: [ForecastMethod], limit: Int?, jobs: Int) throws -> String {
        let series = try M3Data.load(path, limit: limit)
        var lines = ["model\thorizon\tforecasts\terrors\tnon-finite\texplosions\tinverted\twall s\texamples"]
        for method in models {
            for h in horizons {
                let slots = OrderedResults<Verdict>(count: series.count)
                let start = Date()
                DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { w in
                    var i = w
                    while i < series.count {
                        let y = series[i].train
                        let scale = max(y.map(abs).max() ?? 1, 1e-12)
                        let v: Verdict
                        if let fc = try? method.forecast(y, period: 12, horizon: h, levels: [80, 95], covariance: false) {
                            v = check(fc, scale: scale)
                        } else {
                            v = .error
                        }
                        slots.set(i, v)
                        i += max(1, jobs)
                    }
                }
                var t = Tally()
                t.seconds = Date().timeIntervalSince(start)
                for (i, v) in slots.values.enumerated() {
                    t.forecasts += 1
                    switch v {
                    case .ok: continue
                    case .error: t.errors += 1
                    case .nonFinite: t.nonFinite += 1
                    case .explosion: t.explosions += 1
                    case .inverted: t.inverted += 1
                    }
                    if t.examples.count < 5 { t.examples.append("\(series[i].id):\(v)") }
                }
                let line = "\(method.rawValue)\t\(h)\t\(t.forecasts)\t\(t.errors)\t\(t.nonFinite)\t\(t.explosions)\t\(t.inverted)\t"
                    + String(format: "%.1f", t.seconds) + "\t" + (t.examples.isEmpty ? "-" : t.examples.joined(separator: " "))
                lines.append(line)
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
        return lines.joined(separator: "\n")
    }
}
