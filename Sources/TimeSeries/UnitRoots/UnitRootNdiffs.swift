extension UnitRoot {
    /// The unit-root / stationarity test behind `ndiffs`.
    public enum StationarityTest: String, Sendable, Codable, CaseIterable {
        /// KPSS (null: stationary); difference while its p-value < α. forecast's default.
        case kpss
        /// Augmented Dickey–Fuller with one lagged difference (null: unit root);
        /// difference while its p-value > α.
        case adf
        /// Phillips–Perron Z-τ (null: unit root); difference while its p-value > α.
        case pp

        /// The urca function R's `ndiffs` calls, for warning texts.
        var urcaFunction: String {
            switch self {
            case .kpss: return "ur.kpss"
            case .adf: return "ur.df"
            case .pp: return "ur.pp"
            }
        }
    }

    /// The outcome of `ndiffs` with the warnings R would print.
    public struct DifferencingChoice: Sendable, Codable, Equatable {
        /// d, the number of first differences.
        public let differences: Int
        /// α after clamping to [0.01, 0.10].
        public let alpha: Double
        /// Warnings as R's `ndiffs` gives them: the α-clamp texts verbatim; a test that
        /// failed (then taken as "no further difference") in R's template, with our error's
        /// description where R quotes its own error message.
        public let warnings: [String]
    }

    /// The number of first differences d needed for stationarity, exactly as R forecast
    /// 8.20 `ndiffs(x, alpha, test, type, max.d)`.
    ///
    /// NaN values are removed first (`na.omit`). A constant series (forecast's
    /// `is.constant`, see `isConstant`) needs 0 differences. Otherwise the test is applied
    /// to x, Δx, Δ²x, … and d increases while it indicates non-stationarity, up to `maxD`;
    /// a series that becomes constant after d differences stops there. The test's p-value
    /// is interpolated in its critical-value table (so it lies in [0.01, 0.10]).
    ///
    /// R's edge semantics are kept: α is clamped to [0.01, 0.10] with a warning (a NaN α is
    /// replaced by 0.05 with a warning, where R stops); a test that cannot be computed
    /// (R: an error, e.g. ADF on 3 points) counts as "no further difference" with a
    /// warning; a test whose p-value is NaN (R's NA, e.g. no residual degrees of freedom)
    /// returns the current d on the undifferenced series and d − 1 after differencing.
    ///
    /// - Parameters:
    ///   - x: the series; NaN = missing.
    ///   - alpha: significance level, clamped to [0.01, 0.10].
    ///   - test: `.kpss` (default), `.adf` or `.pp`.
    ///   - type: deterministic terms of the test: `.level` (default) or `.trend`.
    ///   - maxD: the largest d considered.
    /// - Complexity: O((maxD + 1) · n · l) for KPSS/PP with l lags; O(maxD · n) for ADF.
    public static func ndiffs(_ x: [Double], alpha: Double = 0.05, test: StationarityTest = .kpss,
                              type: Deterministic = .level, maxD: Int = 2) -> Int {
        ndiffsChoice(x, alpha: alpha, test: test, type: type, maxD: maxD).differences
    }

    /// `ndiffs` with the clamped α and R's warnings.
    /// - Complexity: as `ndiffs`.
    public static func ndiffsChoice(_ x: [Double], alpha: Double = 0.05, test: StationarityTest = .kpss,
                                    type: Deterministic = .level, maxD: Int = 2) -> DifferencingChoice {
        var warnings: [String] = []
        var level = alpha
        if level.isNaN {
            warnings.append("Specified alpha value is missing, setting alpha=0.05")
            level = 0.05
        } else if level < 0.01 {
            warnings.append("Specified alpha value is less than the minimum, setting alpha=0.01")
            level = 0.01
        } else if level > 0.1 {
            warnings.append("Specified alpha value is larger than the maximum, setting alpha=0.1")
            level = 0.1
        }
        var series = x.filter { !$0.isNaN }
        var d = 0
        func finish(_ d: Int) -> DifferencingChoice {
            DifferencingChoice(differences: d, alpha: level, warnings: warnings)
        }
        if isConstant(series) { return finish(0) }
        // nil = R's NA (the p-value could not be computed).
        func shouldDifference(_ y: [Double]) -> Bool? {
            do {
                let p: Double
                switch test {
                case .kpss: p = KPSS(y, type: type, lag: .forecast).pValue
                case .adf: p = try ADF(y, model: ADF.Model(type), lags: 1).pValue
                case .pp: p = try PhillipsPerron(y, type: type).pValue
                }
                if p.isNaN { return nil }
                return test == .kpss ? p < level : p > level
            } catch {
                let ordinal = ["first", "second", "third"]
                let which = d < ordinal.count ? ordinal[d] : "\(d + 1)th"
                warnings.append("The chosen unit root test encountered an error when testing for the \(which) difference.\n"
                    + "From \(test.urcaFunction)(): \(error)\n\(d) differences will be used. Consider using a different unit root test.")
                return false
            }
        }
        guard var difference = shouldDifference(series) else { return finish(d) }
        while difference && d < maxD {
            d += 1
            series = zip(series.dropFirst(), series).map { $0 - $1 }
            if isConstant(series) { return finish(d) }
            guard let next = shouldDifference(series) else { return finish(d - 1) }
            difference = next
        }
        return finish(d)
    }
}
