import Forecaster
import Reports

/// The rolling-origin forecasts of one series' conformal calibration, for offline study of
/// calibration rules (`almanac benchmark --intervals conformal --calibration-records FILE`;
/// Benchmarks/m3/choose_calibration.py reads them). One row per origin and step: the origin
/// (number of values fitted), the step `h` (1-based), the value that occurred `y[origin + h − 1]`,
/// and the forecast's mean and 80/95% bounds, so that any score (`ConformalIntervals.score`) and
/// any rescaled interval can be recomputed.
struct CalibrationRecords: Sendable {
    var series: String
    var history: [Double]
    var rows: [(origin: Int, forecast: Forecast)] = []

    init(series: String, history: [Double]) {
        self.series = series
        self.history = history
    }

    mutating func add(origin: Int, forecast: Forecast) { rows.append((origin, forecast)) }

    /// CSV `model,series,origin,h,actual,mean,lo80,hi80,lo95,hi95` of all models' records.
    static func csv(_ runs: [(String, [CalibrationRecords])]) -> String {
        var out = "model,series,origin,h,actual,mean,lo80,hi80,lo95,hi95\n"
        for (model, all) in runs {
            for r in all {
                for (origin, fc) in r.rows {
                    let k80 = fc.levels.firstIndex(of: 80), k95 = fc.levels.firstIndex(of: 95)
                    for h in 0..<fc.horizon where origin + h < r.history.count {
                        var cells = [model, r.series, String(origin), String(h + 1),
                                     NumberText.exact(r.history[origin + h]), NumberText.exact(fc.mean[h])]
                        for k in [k80, k95] {
                            cells += k.map { [NumberText.exact(fc.lower[$0][h]), NumberText.exact(fc.upper[$0][h])] } ?? ["NA", "NA"]
                        }
                        out += cells.map(CSVField.quoted).joined(separator: ",") + "\n"
                    }
                }
            }
        }
        return out
    }
}
