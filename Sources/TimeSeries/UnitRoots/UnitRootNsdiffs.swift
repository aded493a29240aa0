extension UnitRoot {
    /// The test `nsdiffs` uses to decide on a seasonal difference.
    public enum SeasonalTest: String, Codable, Sendable {
        /// forecast's default `test = "seas"`: difference when the seasonal strength
        /// (`SeasonalStrength.of`, from an STL fit) exceeds 0.64.
        case seasonalStrength
        /// `test = "ocsb"`: difference when the Osborn–Chui–Smith–Birchenhall statistic
        /// (`OCSB`, lag order chosen by AIC up to 3) exceeds its 5% critical value.
        case ocsb
    }

    /// The seasonal-strength threshold of forecast's `nsdiffs(test = "seas")`.
    public static let seasonalStrengthThreshold = 0.64

    /// Number of seasonal differences D (0…maxD), as forecast 8.20's `nsdiffs`.
    ///
    /// Rules, in R's order: a constant series (`isConstant`) or `period ≥ n` needs none;
    /// otherwise test; while the test says "difference" and D < maxD, take a lag-`period`
    /// difference (stop with D if the result is constant) and, when it still has at least
    /// 2·period values and D < maxD, test again. A test that cannot run (series too short
    /// for STL, n ≤ 2·period, or for the OCSB regressions, or containing NaN) counts as
    /// "do not difference", as R's `tryCatch` makes it (R warns; we document it here).
    /// forecast's `alpha` does not enter either test (OCSB is tabulated at 5% only).
    ///
    /// Deliberate differences from R: `period < 2` returns 0 (R stops with "Non seasonal
    /// data" for period 1); NaN values are not interpolated (R's mstl calls `na.interp`),
    /// so a series with NaN gets D = 0.
    /// - Complexity: up to maxD + 1 STL fits or OCSB tests.
    public static func nsdiffs(_ x: [Double], period: Int, test: SeasonalTest = .seasonalStrength,
                               maxD: Int = 1) -> Int {
        var d = 0
        if isConstant(x) { return d }
        guard period >= 2, period < x.count else { return d }
        var series = x
        var difference = seasonalTestSaysDifference(series, period: period, test: test)
        while difference && d < maxD {
            d += 1
            series = (period..<series.count).map { series[$0] - series[$0 - period] }
            if isConstant(series) { return d }
            if series.count >= 2 * period && d < maxD {
                difference = seasonalTestSaysDifference(series, period: period, test: test)
            } else {
                difference = false
            }
        }
        return d
    }

    private static func seasonalTestSaysDifference(_ x: [Double], period: Int, test: SeasonalTest) -> Bool {
        switch test {
        case .seasonalStrength:
            guard let strength = try? SeasonalStrength.of(x, period: period) else { return false }
            return strength > seasonalStrengthThreshold
        case .ocsb:
            guard let test = try? OCSB(x, period: period, maxLag: 3, selection: .aic) else { return false }
            return test.needsSeasonalDifference
        }
    }
}
