import TimeSeries

/// A future intervention to forecast under: `NAME:KIND@DATE=SIZE`, e.g. `lifted:step@2027-01=0.15`.
///
/// The scenario's forecast adds `c · xₜ` to the model-scale forecast, with `xₜ` the
/// intervention regressor of Box & Tiao (1975) starting at `date` (`Intervention`: step
/// `1[t ≥ τ]`, pulse `1[t = τ]`, ramp `(t − τ + 1)·1[t ≥ τ]`) and `c` the size: on the log
/// scale with `--log` (c = −0.15 lowers the level by 1 − e^{−0.15} ≈ 14%), otherwise in
/// series units. `estimated@E` (or `-estimated@E`) takes `c = ±β̂_E`, the level shift
/// estimated at the past date `E` by a step regressor added to the model.
public struct Scenario: Sendable, Equatable {
    public enum Shape: String, Sendable, CaseIterable { case step, pulse, ramp }
    public enum Size: Sendable, Equatable {
        case known(Double)
        /// `sign · β̂` of a step at the past date.
        case estimated(at: Period, sign: Double)
    }

    public var name: String
    public var shape: Shape
    public var date: Period
    public var size: Size

    public init(name: String, shape: Shape, date: Period, size: Size) {
        self.name = name
        self.shape = shape
        self.date = date
        self.size = size
    }

    /// The intervention regressor starting `index` periods after the series' start.
    public func intervention(at index: Int) -> Intervention {
        switch shape {
        case .step: return .step(at: index)
        case .pulse: return .pulse(at: index)
        case .ramp: return .ramp(at: index)
        }
    }

    /// Parses `NAME:KIND@DATE=SIZE`; `source` names where the text came from (`--scenario`
    /// or `file:line`) in the one-line error.
    /// - Throws: `ScenarioError` for a missing part, an unknown kind, an unreadable date or size.
    public static func parse(_ text: String, source: String = "--scenario",
                             resolution: Period.Resolution) throws -> Scenario {
        let example = "give NAME:KIND@DATE=SIZE, e.g. lifted:step@2027-01=0.15 or repeat:step@2027-01=estimated@2022-03"
        func fail(_ why: String) -> ScenarioError { ScenarioError("\(source) '\(text)': \(why)") }
        guard let colon = text.firstIndex(of: ":") else { throw fail(example) }
        let name = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else {
            throw fail("the name must be letters, digits, '_', '-' or '.'")
        }
        guard name.lowercased() != "baseline" else { throw fail("'baseline' is the forecast without scenarios; choose another name") }
        let rest = text[text.index(after: colon)...]
        guard let at = rest.firstIndex(of: "@"), let eq = rest.firstIndex(of: "="), at < eq else { throw fail(example) }
        let kindText = rest[..<at].trimmingCharacters(in: .whitespaces).lowercased()
        guard let shape = Shape(rawValue: kindText) else {
            throw fail("unknown kind '\(kindText)'; choose step, pulse or ramp")
        }
        let dateText = rest[rest.index(after: at)..<eq].trimmingCharacters(in: .whitespaces)
        guard let date = Period(parsing: dateText, as: resolution), date.resolution == resolution else {
            throw fail("cannot read the date '\(dateText)' as a \(resolution) date like the series'")
        }
        let sizeText = rest[rest.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        let size: Size
        if sizeText.lowercased().hasPrefix("estimated@") || sizeText.lowercased().hasPrefix("-estimated@") {
            let sign: Double = sizeText.hasPrefix("-") ? -1 : 1
            // Everything after the first '@' (empty for "estimated@", which split() would drop).
            let eText = sizeText.firstIndex(of: "@").map { String(sizeText[sizeText.index(after: $0)...]) } ?? ""
            guard let e = Period(parsing: eText, as: resolution), e.resolution == resolution else {
                throw fail("cannot read the date '\(eText)' of the estimated effect")
            }
            size = .estimated(at: e, sign: sign)
        } else if let v = Double(sizeText), v.isFinite {
            size = .known(v)
        } else {
            throw fail("size '\(sizeText)' is not a number or estimated@DATE")
        }
        return Scenario(name: name, shape: shape, date: date, size: size)
    }
}

/// A bad scenario, as one line naming `--scenario` or the scenario file and line.
public struct ScenarioError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
