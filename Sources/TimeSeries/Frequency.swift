/// How often a series is observed, and so how many observations make one seasonal cycle.
///
/// Calendar frequencies carry their own seasonal period (12 months, 4 quarters, 1 year);
/// integer-indexed series (M3 `t` columns, simulation output) state theirs explicitly,
/// as R's `ts(x, frequency = m)` does.
public enum Frequency: Hashable, Sendable, Codable, CustomStringConvertible {
    case monthly
    case quarterly
    case annual
    /// Observations labelled 1, 2, 3, … with `period` observations per seasonal cycle
    /// (1 for a non-seasonal series).
    case indexed(period: Int)

    /// Observations per seasonal cycle: 12, 4, 1 or the indexed period (never below 1).
    public var period: Int {
        switch self {
        case .monthly: return 12
        case .quarterly: return 4
        case .annual: return 1
        case .indexed(let p): return max(p, 1)
        }
    }

    /// The kind of calendar label observations of this frequency carry.
    public var resolution: Period.Resolution {
        switch self {
        case .monthly: return .month
        case .quarterly: return .quarter
        case .annual: return .year
        case .indexed: return .index
        }
    }

    /// The natural frequency for labels of `resolution` (`indexed` gets `period`).
    public init(resolution: Period.Resolution, indexedPeriod period: Int = 1) {
        switch resolution {
        case .month: self = .monthly
        case .quarter: self = .quarterly
        case .year: self = .annual
        case .index: self = .indexed(period: max(period, 1))
        }
    }

    public var description: String {
        switch self {
        case .monthly: return "monthly"
        case .quarterly: return "quarterly"
        case .annual: return "annual"
        case .indexed(let p): return "indexed (period \(p))"
        }
    }
}

extension Frequency {
    /// JSON form: `"monthly"`, `"quarterly"`, `"annual"`, or the period (an integer) of an
    /// indexed series.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let p = try? c.decode(Int.self) {
            guard p >= 1 else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "seasonal period must be at least 1, got \(p)")
            }
            self = .indexed(period: p)
            return
        }
        switch try c.decode(String.self) {
        case "monthly": self = .monthly
        case "quarterly": self = .quarterly
        case "annual": self = .annual
        case let other:
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown frequency '\(other)' (monthly, quarterly, annual or an integer period)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .monthly: try c.encode("monthly")
        case .quarterly: try c.encode("quarterly")
        case .annual: try c.encode("annual")
        case .indexed(let p): try c.encode(p)
        }
    }
}
