import Foundation
import TimeSeries

/// A model file (`almanac forecast --save`): the fitted model with the history it was fitted
/// to (for dates and annual totals), as versioned JSON (schema `almanac.model`, version 1).
///
/// Files from another schema or an unknown version, and files that do not decode, are
/// refused with a message that says which, never half-read. Version 1 has grown only by
/// additions (new model cases such as DOTM and CES, log-scale and weighted members, new
/// combination rules): every older file still loads; a file using a newer case is refused
/// by an older build as content that does not decode.
public struct SavedModel: Sendable, Codable, Equatable {
    public static let schemaName = "almanac.model"
    public static let currentVersion = 1

    public var schema: String
    public var version: Int
    /// The method asked for (`auto`, `ets`, …).
    public var method: String
    /// The model actually used, as printed (e.g. `auto(ETS(M,Ad,M)+theta)`).
    public var chosen: String
    public var history: TimeSeries
    /// Trailing missing periods of the history that the model forecasts over.
    public var skipped: Int
    public var warnings: [String]
    public var model: FittedModel

    public init(method: String, chosen: String, history: TimeSeries, skipped: Int, warnings: [String],
                model: FittedModel) {
        self.schema = Self.schemaName
        self.version = Self.currentVersion
        self.method = method
        self.chosen = chosen
        self.history = history
        self.skipped = skipped
        self.warnings = warnings
        self.model = model
    }

    /// Forecasts `horizon` periods after the end of the history.
    /// `covariance: false` (means and bounds only) keeps time and memory linear in the horizon.
    public func forecast(horizon: Int, levels: [Double], covariance: Bool = true) throws -> Forecast {
        try ForecastLimits.check(horizon: horizon, covariance: covariance)
        var fc = try model.forecast(horizon: horizon + skipped, levels: levels, covariance: covariance).droppingFirst(skipped)
        if !covariance { fc.errorCovariance = nil }
        return fc
    }

    /// The JSON text: pretty-printed with sorted keys (deterministic), non-finite numbers as
    /// the strings "NaN", "Infinity", "-Infinity".
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a model file.
    /// - Throws: `ForecasterError.invalidOption` naming the file for another schema, an
    ///   unknown version, or content that does not decode.
    public static func decode(_ data: Data, source: String) throws -> SavedModel {
        struct Header: Decodable { var schema: String?; var version: Int? }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let header = try? decoder.decode(Header.self, from: data) else {
            throw ForecasterError.invalidOption("\(source): not a model file (not a JSON object)")
        }
        guard header.schema == schemaName else {
            throw ForecasterError.invalidOption("\(source): not an Almanac model file (schema \(header.schema.map { "'\($0)'" } ?? "missing"), expected '\(schemaName)')")
        }
        guard header.version == currentVersion else {
            throw ForecasterError.invalidOption("\(source): model file version \(header.version.map(String.init) ?? "missing"); this Almanac reads version \(currentVersion)")
        }
        let saved: SavedModel
        do {
            saved = try decoder.decode(SavedModel.self, from: data)
        } catch {
            throw ForecasterError.invalidOption("\(source): corrupted model file: \(Self.describe(error))")
        }
        do {
            try saved.validate()
        } catch let e as ModelValidationError {
            throw ForecasterError.invalidOption("\(source): invalid model file: \(e)")
        }
        return saved
    }

    /// The header agrees with the model (the method is known, `chosen` is the label the model
    /// forecasts under) and every field of the model is within its invariants.
    func validate() throws {
        guard ForecastMethod(rawValue: method) != nil else {
            throw ModelValidationError(path: "method", reason: "unknown method '\(method)'")
        }
        guard (1...1000).contains(history.period) else {
            throw ModelValidationError(path: "history", reason: "period \(history.period) outside 1…1000")
        }
        guard skipped >= 0, skipped <= history.count else {
            throw ModelValidationError(path: "skipped", reason: "\(skipped) skipped periods for a history of \(history.count)")
        }
        try model.validate()
        let label = try model.forecast(horizon: 1, levels: [80], covariance: false).model
        guard label == chosen else {
            throw ModelValidationError(path: "chosen", reason: "the header says '\(chosen)' but the model is '\(label)'")
        }
    }

    /// A one-line account of a decoding error: what was wrong and where.
    public static func describe(_ error: Error) -> String {
        func path(_ c: DecodingError.Context) -> String {
            c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let c)?: return "missing '\(key.stringValue)' at \(path(c).isEmpty ? "top level" : path(c))"
        case .typeMismatch(_, let c)?, .valueNotFound(_, let c)?: return "\(c.debugDescription) at \(path(c))"
        case .dataCorrupted(let c)?: return "\(c.debugDescription) at \(path(c))"
        default: return String(describing: error)
        }
    }
}
