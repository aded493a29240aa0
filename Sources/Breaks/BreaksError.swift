/// Errors of the structural-break tests: inputs that leave a test undefined are refused
/// with a message that says which and why (the impact analyses have `ImpactError`).
public enum BreaksError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Trimming or the minimum segment size leaves no admissible break date.
    case noCandidateBreaks(String)
    /// A requested break or event date is outside the sample.
    case dateOutsideSample(String)
    /// A segment has fewer observations than the regression has coefficients.
    case segmentTooShort(String)
    /// Anything else the analysis cannot be run on.
    case invalidInput(String)

    public var description: String {
        switch self {
        case .noCandidateBreaks(let s): return "no candidate break dates: \(s)"
        case .dateOutsideSample(let s): return "date outside the sample: \(s)"
        case .segmentTooShort(let s): return "segment too short: \(s)"
        case .invalidInput(let s): return "invalid input: \(s)"
        }
    }
}
