/// Errors of the counterfactual-impact and intervention analyses: inputs that leave an
/// analysis undefined are refused with a message that says which and why.
///
/// The cases and their descriptions are those of the break tests' `BreaksError`, so the
/// `almanac impact` command reports a refused input in the same words as `almanac breaks`.
public enum ImpactError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A requested event date is outside the sample.
    case dateOutsideSample(String)
    /// Too few observations before the event to fit the counterfactual model.
    case segmentTooShort(String)
    /// Anything else the analysis cannot be run on.
    case invalidInput(String)

    public var description: String {
        switch self {
        case .dateOutsideSample(let s): return "date outside the sample: \(s)"
        case .segmentTooShort(let s): return "segment too short: \(s)"
        case .invalidInput(let s): return "invalid input: \(s)"
        }
    }
}
