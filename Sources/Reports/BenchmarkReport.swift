import Foundation
import Forecaster

/// The result of `almanac benchmark`: per-model summaries, rendered as a table or JSON
/// (schema `almanac.benchmark` version 1, which is also the baseline format), and the
/// regression gate that compares a run with a recorded baseline.
public struct BenchmarkReport: Codable, Sendable, Equatable {
    public var schema = "almanac.benchmark"
    public var version = 1
    public var file: String
    public var series: Int
    public var horizon: Int
    public var summaries: [BenchmarkSummary]

    public init(file: String, series: Int, horizon: Int, summaries: [BenchmarkSummary]) {
        self.file = file
        self.series = series
        self.horizon = horizon
        self.summaries = summaries
    }

    public func table() -> TextTable {
        var t = TextTable(headers: ["model", "series", "fail", "sMAPE", "MASE", "OWA", "MAE", "RMSE",
                                    "cov80", "cov95", "MSIS", "seconds", "series/s"])
        for s in summaries {
            t.rows.append([s.model, "\(s.series)", "\(s.failures)", NumberText.fixed(s.sMAPE, decimals: 3),
                           NumberText.fixed(s.MASE, decimals: 4), s.OWA.map { NumberText.fixed($0, decimals: 4) } ?? "NA",
                           NumberText.fixed(s.MAE, decimals: 2), NumberText.fixed(s.RMSE, decimals: 2),
                           NumberText.fixed(s.coverage80, decimals: 3), NumberText.fixed(s.coverage95, decimals: 3),
                           NumberText.fixed(s.MSIS, decimals: 3), NumberText.fixed(s.seconds, decimals: 2),
                           NumberText.fixed(s.seriesPerSecond, decimals: 1)])
        }
        return t
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func load(_ path: String) throws -> BenchmarkReport {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ForecasterError.invalidOption("\(path): cannot be read")
        }
        return try decode(data, source: path)
    }

    /// Decodes a baseline read by the caller (the CLI reads it with its size limit).
    public static func decode(_ data: Data, source path: String) throws -> BenchmarkReport {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return try decoder.decode(BenchmarkReport.self, from: data)
        } catch {
            throw ForecasterError.invalidOption("\(path): not an almanac benchmark baseline (\(SavedModel.describe(error)))")
        }
    }

    /// Metrics of this run worse than `base` by more than `tolerance`: relative for the
    /// error measures (sMAPE, MASE, OWA, MAE, RMSE, MSIS), absolute distance from the nominal
    /// level for coverage, any increase for failures; a model run without a baseline line is
    /// reported too, so that a new model cannot pass the gate unrecorded. Time is not gated
    /// (machine-dependent).
    public func regressions(against base: BenchmarkReport, tolerance: Double) -> [String] {
        var out: [String] = []
        if base.series != series { out.append("series: \(series) scored, the baseline has \(base.series)") }
        for b in base.summaries {
            guard let s = summaries.first(where: { $0.model == b.model }) else {
                out.append("\(b.model): in the baseline but not run")
                continue
            }
            func lowerIsBetter(_ name: String, _ new: Double?, _ old: Double?) {
                guard let new, let old, old.isFinite else { return }
                if !new.isFinite || new > old * (1 + tolerance) + 1e-12 {
                    out.append("\(b.model) \(name): \(fmt(new)) vs baseline \(fmt(old)) (> \(fmt(old * (1 + tolerance))))")
                }
            }
            func coverage(_ name: String, _ new: Double, _ old: Double, nominal: Double) {
                if abs(new - nominal) > abs(old - nominal) + tolerance + 1e-12 {
                    out.append("\(b.model) \(name): \(fmt(new)) is further from \(fmt(nominal)) than baseline \(fmt(old)) by more than \(fmt(tolerance))")
                }
            }
            lowerIsBetter("sMAPE", s.sMAPE, b.sMAPE)
            lowerIsBetter("MASE", s.MASE, b.MASE)
            lowerIsBetter("OWA", s.OWA, b.OWA)
            lowerIsBetter("MAE", s.MAE, b.MAE)
            lowerIsBetter("RMSE", s.RMSE, b.RMSE)
            lowerIsBetter("MSIS", s.MSIS, b.MSIS)
            coverage("coverage80", s.coverage80, b.coverage80, nominal: 0.80)
            coverage("coverage95", s.coverage95, b.coverage95, nominal: 0.95)
            if s.failures > b.failures { out.append("\(b.model) failures: \(s.failures) vs baseline \(b.failures)") }
        }
        for s in summaries where !base.summaries.contains(where: { $0.model == s.model }) {
            out.append("\(s.model): run but not in the baseline (record it with --write-baseline)")
        }
        return out
    }

    func fmt(_ x: Double) -> String { String(format: "%.5g", x) }

    /// Every forecast as CSV `series,t,mean,lo80,hi80,lo95,hi95` (with a leading `model`
    /// column when several models ran); `t` is the 1-based step of the test period.
    public static func forecastCSV(_ runs: [(model: String, scores: [SeriesScore])]) -> String {
        let many = runs.count > 1
        var out = (many ? "model," : "") + "series,t,mean,lo80,hi80,lo95,hi95\n"
        for (model, scores) in runs {
            for s in scores {
                guard let fc = s.forecast else { continue }
                let k80 = fc.levels.firstIndex(of: 80), k95 = fc.levels.firstIndex(of: 95)
                for h in 0..<fc.horizon {
                    var cells = many ? [model] : []
                    cells += [s.id, String(h + 1), NumberText.exact(fc.mean[h])]
                    for k in [k80, k95] {
                        cells += k.map { [NumberText.exact(fc.lower[$0][h]), NumberText.exact(fc.upper[$0][h])] } ?? ["NA", "NA"]
                    }
                    out += cells.map(CSVField.quoted).joined(separator: ",") + "\n"
                }
            }
        }
        return out
    }
}
