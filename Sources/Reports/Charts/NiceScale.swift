import Foundation

/// Axis ranges and "nice" tick positions (steps of 1, 2, 2.5 or 5 × 10^k), as chart
/// readers expect: about `target` ticks covering the data, ends rounded outward.
public struct NiceScale: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var step: Double

    /// - Parameters:
    ///   - minimum: the smallest data value.
    ///   - maximum: the largest data value (equal values are widened by ±1 or ±10%).
    ///   - target: the desired number of intervals.
    ///   - integerStep: forces a step of at least 1 and a whole number (years on a time axis).
    public init(minimum: Double, maximum: Double, target: Int = 6, integerStep: Bool = false) {
        var lo = minimum.isFinite ? minimum : 0
        var hi = maximum.isFinite ? maximum : 1
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 * max(1, abs(hi)) {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        let raw = (hi - lo) / Double(max(1, target))
        let magnitude = pow(10, floor(log10(raw)))
        // Whole-unit axes (years) avoid 2.5 so ticks land on whole units.
        let candidates: [Double] = integerStep ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]
        var step = magnitude * (candidates.first { magnitude * $0 >= raw } ?? 10)
        if integerStep { step = max(1, step.rounded(.up)) }
        self.step = step
        self.lower = floor(lo / step) * step
        self.upper = ceil(hi / step) * step
    }

    /// Tick positions from `lower` to `upper` inclusive.
    public var ticks: [Double] {
        let intervals = ((upper - lower) / step).rounded()
        // A range too wide for Double (data near ±1e308) has no ticks to draw, not a trap.
        guard intervals.isFinite, intervals < 1e6 else { return lower.isFinite ? [lower] : [] }
        let count = Int(intervals) + 1
        return (0..<max(count, 0)).map { lower + Double($0) * step }
    }

    /// A label for `value` with as many decimals as the step needs, thousands grouped.
    public func label(_ value: Double) -> String {
        NiceScale.format(value, step: step)
    }

    static func format(_ value: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : min(6, Int(ceil(-log10(step) - 1e-9)) + (step * pow(10, ceil(-log10(step))) == 2.5 ? 1 : 0))
        let v = abs(value) < step * 1e-9 ? 0 : value
        let text = String(format: "%.\(decimals)f", v)
        return groupThousands(text)
    }

    /// Inserts thin-space-free comma grouping into the integer part: 12345.6 → 12,345.6.
    static func groupThousands(_ text: String) -> String {
        var sign = ""
        var body = Substring(text)
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = Array(parts[0])
        var grouped = ""
        for (i, ch) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }
}
