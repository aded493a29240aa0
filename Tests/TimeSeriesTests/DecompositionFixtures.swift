import Foundation
import TestSupport

/// Series used by the decomposition tests: the monthly reference series and the M3
/// monthly training series, read once.
enum DecompositionFixtures {
    /// `value` column of `Datasets/reference/<name>.csv`.
    static func reference(_ name: String) throws -> [Double] {
        let table = try Fixtures.csv(Fixtures.dataset("reference/\(name).csv"))
        return table["value"] ?? []
    }

    /// The series behind an id of seasonality_reference.csv: `<name>`, `<name>_log`, or
    /// `<name>_seasonalcumsum` (y_t = x_t + y_{t−12}, R's recursive filter).
    static func referenceVariant(_ id: String) throws -> [Double] {
        if id.hasSuffix("_log") {
            return try reference(String(id.dropLast(4))).map { Foundation.log($0) }
        }
        if id.hasSuffix("_seasonalcumsum") {
            let x = try reference(String(id.dropLast("_seasonalcumsum".count)))
            var y = x
            for t in 12..<y.count { y[t] = x[t] + y[t - 12] }
            return y
        }
        return try reference(id)
    }

    /// Training parts of the M3 monthly series, keyed by id, values ordered by `t`.
    static var m3Train: [String: [Double]] { M3Monthly.shared.train }
}
