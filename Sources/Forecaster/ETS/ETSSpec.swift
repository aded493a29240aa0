/// The error component of an ETS model (Hyndman et al. 2008, taxonomy E).
public enum ETSErrorType: String, Sendable, Codable, CaseIterable {
    case additive = "A", multiplicative = "M"
}

/// The trend component (taxonomy T); damping is a separate flag of `ETSSpec`.
public enum ETSTrendType: String, Sendable, Codable, CaseIterable {
    case none = "N", additive = "A", multiplicative = "M"
}

/// The seasonal component (taxonomy S).
public enum ETSSeasonType: String, Sendable, Codable, CaseIterable {
    case none = "N", additive = "A", multiplicative = "M"
}

/// A fully specified ETS(E, T, S) form, e.g. ETS(M,Ad,M).
public struct ETSSpec: Sendable, Codable, Hashable, CustomStringConvertible {
    public var error: ETSErrorType
    public var trend: ETSTrendType
    public var season: ETSSeasonType
    public var damped: Bool

    public init(error: ETSErrorType, trend: ETSTrendType, season: ETSSeasonType, damped: Bool = false) {
        self.error = error
        self.trend = trend
        self.season = season
        self.damped = damped
    }

    /// Parses R's three-letter code with an optional `d` after the trend ("MAdM", "ANN").
    /// Returns nil for malformed codes or a damped "N" trend.
    public init?(_ code: String) {
        var letters = Array(code)
        var damped = false
        if letters.count == 4, letters[2] == "d" {
            damped = true
            letters.remove(at: 2)
        }
        guard letters.count == 3,
              let e = ETSErrorType(rawValue: String(letters[0])),
              let t = ETSTrendType(rawValue: String(letters[1])),
              let s = ETSSeasonType(rawValue: String(letters[2])),
              !(damped && t == .none) else { return nil }
        self.init(error: e, trend: t, season: s, damped: damped)
    }

    /// R's `method` string, e.g. "ETS(M,Ad,M)".
    public var description: String {
        "ETS(\(error.rawValue),\(trend.rawValue)\(damped ? "d" : ""),\(season.rawValue))"
    }

    /// True when R's `restrict = TRUE` excludes the combination: additive error with a
    /// multiplicative trend or season (infinite variance), and ETS(M,M,A).
    public var isRestricted: Bool {
        if error == .additive && (trend == .multiplicative || season == .multiplicative) { return true }
        return error == .multiplicative && trend == .multiplicative && season == .additive
    }

    /// Whether the model needs strictly positive data.
    public var needsPositiveData: Bool {
        error == .multiplicative || trend == .multiplicative || season == .multiplicative
    }

    /// The forecast-variance class of Hyndman et al. (2008, ch. 6): 1 = linear homoscedastic
    /// (A,N/A/Ad,N/A), 2 = (M,N/A/Ad,N/A), 3 = (M,N/A/Ad,M); nil = no closed form (simulate).
    public var varianceClass: Int? {
        guard trend != .multiplicative else { return nil }
        switch (error, season) {
        case (.additive, .none), (.additive, .additive): return 1
        case (.multiplicative, .none), (.multiplicative, .additive): return 2
        case (.multiplicative, .multiplicative): return 3
        default: return nil
        }
    }
}
