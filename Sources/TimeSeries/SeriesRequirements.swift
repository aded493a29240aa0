/// Preconditions a model places on its data, checked up front so that a consumer refuses
/// bad data with a clear message instead of producing NaN or trapping.
public struct SeriesRequirements: Sendable, Hashable {
    /// No NaN (missing) or infinite value.
    public var finite: Bool
    /// Every value > 0 (log, Box–Cox with λ ≤ 0, multiplicative models).
    public var positive: Bool
    /// At least two distinct values.
    public var nonConstant: Bool
    /// At least this many observations.
    public var minimumLength: Int

    public init(finite: Bool = true, positive: Bool = false, nonConstant: Bool = false, minimumLength: Int = 1) {
        self.finite = finite
        self.positive = positive
        self.nonConstant = nonConstant
        self.minimumLength = minimumLength
    }

    /// Checks `x` against the requirements, in the order length, finite, positive,
    /// non-constant (the first violation is reported).
    /// - Parameters:
    ///   - x: the series.
    ///   - source: the series' name, used as the error's `file`.
    ///   - label: names position `i` in messages (a date, say); 1-based index by default.
    /// - Throws: `InputError` naming the first offending value and its position.
    /// - Complexity: O(n).
    public func check(_ x: [Double], source: String = "series",
                      label: (Int) -> String = { "position \($0 + 1)" }) throws(InputError) {
        if x.count < minimumLength {
            throw InputError(file: source, "too short: \(x.count) observation\(x.count == 1 ? "" : "s"), at least \(minimumLength) needed")
        }
        if finite {
            if let i = x.firstIndex(where: { $0.isNaN }) {
                let n = MissingValues.count(x)
                throw InputError(file: source, "missing value at \(label(i))\(n > 1 ? " (\(n) in all)" : ""); fill or trim missing values first")
            }
            if let i = x.firstIndex(where: { $0.isInfinite }) {
                throw InputError(file: source, "infinite value \(x[i]) at \(label(i))")
            }
        }
        if positive, let i = x.firstIndex(where: { $0 <= 0 }) {
            throw InputError(file: source, "non-positive value \(x[i]) at \(label(i)); a log, Box–Cox (λ ≤ 0) or multiplicative model needs strictly positive data")
        }
        if nonConstant, let v = x.first(where: { !$0.isNaN }), x.allSatisfy({ $0 == v || $0.isNaN }) {
            throw InputError(file: source, "constant series (every value is \(v)); nothing to model")
        }
    }
}

extension TimeSeries {
    /// ``SeriesRequirements/check(_:source:label:)`` with dates in the messages.
    public func check(_ requirements: SeriesRequirements) throws(InputError) {
        let start = self.start
        try requirements.check(values, source: name.isEmpty ? "series" : name,
                               label: { start.advanced(by: $0).description })
    }
}
