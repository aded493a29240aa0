import Foundation
import AlmanacNumerics
import TimeSeries

/// Everything `almanac breaks` reports for one series, as one value: the model, Chow tests
/// at the named event dates (one by one and jointly), the supF/aveF/expF tests for an
/// unknown date, the Bai–Perron breaks with their date intervals, and the fluctuation
/// tests. Dates are attached through the regression's observation index.
public struct BreakAnalysis: Sendable {
    /// The regression model tested for breaks (strucchange's formula vocabulary).
    public enum Model: Sendable, Equatable, CustomStringConvertible {
        case mean
        case trend
        case seasonal
        case lags([Int])

        /// Parses `1`, `trend`, `season` or `lag:1,12`.
        public init?(parsing text: String) {
            let t = text.lowercased().trimmingCharacters(in: .whitespaces)
            switch t {
            case "1", "mean", "level": self = .mean
            case "trend": self = .trend
            case "season", "seasonal": self = .seasonal
            default:
                guard t.hasPrefix("lag:") else { return nil }
                let lags = t.dropFirst(4).split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !lags.isEmpty, lags.allSatisfy({ $0 >= 1 }) else { return nil }
                self = .lags(lags)
            }
        }

        /// The regressors of the model.
        public func terms(period: Int) -> [BreakRegression.Term] {
            switch self {
            case .mean: return [.intercept]
            case .trend: return [.intercept, .trend]
            case .seasonal: return [.intercept, .seasonalDummies(period: period)]
            case .lags(let l): return [.intercept] + l.map { .lag($0) }
            }
        }

        public var description: String {
            switch self {
            case .mean: return "y ~ 1"
            case .trend: return "y ~ 1 + trend"
            case .seasonal: return "y ~ 1 + season"
            case .lags(let l): return "y ~ 1 + " + l.map { "ylag\($0)" }.joined(separator: " + ")
            }
        }
    }

    /// A Chow test at named dates, with the date each new regime starts.
    public struct KnownDateTest: Sendable {
        public var labels: [String]
        public var regimeStarts: [Period]
        public var chow: ChowTest
    }

    /// A Bai–Perron break with its confidence interval, as dates.
    public struct DatedBreak: Sendable {
        /// The last observation of the earlier regime (strucchange's convention).
        public var date: Period
        public var lower: Period?
        public var upper: Period?
    }

    public var series: TimeSeries
    public var model: Model
    public var scale: BreakRegression.ValueScale
    public var regression: BreakRegression
    public var knownDates: [KnownDateTest]
    /// The joint test of all event dates (nil with fewer than two, or when a segment
    /// between them is too short — see `jointNote`).
    public var joint: KnownDateTest?
    public var jointNote: String?
    public var fstats: FStatistics
    public var supF: BreakTestResult
    public var aveF: BreakTestResult
    public var expF: BreakTestResult
    /// The supF statistic's 5% critical value (for the chart's reference line).
    public var supFCritical: Double?
    public var breakpoints: Breakpoints
    public var breaks: [DatedBreak]
    public var confidenceLevel: Double
    public var fluctuation: [EmpiricalFluctuation]
    public var fluctuationTests: [BreakTestResult]
    /// The error assumption the verdicts rest on.
    public var errors: ErrorAssumption
    /// With `.arima` errors: the events and their labels in input order, and the tests
    /// calibrated by the null bootstrap (the iid results above stay for reference).
    public var events: [Event]
    public var calibrated: CalibratedBreakTests?
    /// Events that cannot be tested at all, with the reason.
    public var untestable: [(event: Event, reason: String)]

    /// The number of breaks the verdict reports: BIC's choice (strucchange) under iid
    /// errors; with `.arima` errors none unless the calibrated supF test rejects at 5%,
    /// and then BIC's choice. BIC on serially correlated residuals adds
    /// breaks for what is persistence, so the test decides whether there is any break
    /// (Bai & Perron 2003 recommend a test first, too).
    public var chosenBreaks: Int {
        guard errors == .arima else { return breakpoints.bicOptimalBreaks }
        guard let p = calibrated?.unknownDate.first??.pValue, p <= 0.05 else { return 0 }
        return breakpoints.bicOptimalBreaks
    }

    /// The date of regression row `i` (0-based).
    public func date(ofRow i: Int) -> Period { series.date(at: regression.observationIndex[i]) }

    /// Runs the analysis.
    ///
    /// - Parameters:
    ///   - series: the observations (NaN = missing; an infinite value is refused).
    ///   - model: the regression tested for breaks (`y ~ 1`, trend, seasonal means or lags).
    ///   - scale: model the values themselves, their natural logarithm or `log10`.
    ///   - events: dates at which a new regime may start (the Chow test puts the break
    ///     just before each), with labels.
    ///   - trim: strucchange's `from` for Fstats and `h` for breakpoints.
    ///   - maxBreaks: the largest number of breaks Bai–Perron considers (default: as many as
    ///     the minimum segment allows, at most 5).
    ///   - level: confidence level, a fraction, of the Chow tests' coefficient-change intervals,
    ///     the break-date intervals and (`.arima`) the bootstrap level-shift intervals.
    ///   - errors: `.iid` for strucchange's p-values; `.arima` for p-values from the null
    ///     bootstrap with ARIMA errors (``CalibratedBreakTests``), which also tests events
    ///     too recent for a Chow test.
    ///   - replications: the bootstrap's number of replicates (`.arima` only).
    ///   - seed: the bootstrap generator's seed (`.arima` only).
    ///   - parallel: spread the bootstrap over the cores.
    /// - Throws: `BreaksError` for an event outside the sample or with too few observations
    ///   on a side, trimming that leaves no candidate, a too-short series.
    public init(series: TimeSeries, model: Model, scale: BreakRegression.ValueScale = .level,
                events: [Event] = [], trim: Double = 0.15, maxBreaks: Int? = nil,
                level: Double = 0.95, errors: ErrorAssumption = .iid, replications: Int = 999,
                seed: UInt64 = 20_140_301, parallel: Bool = true) throws {
        guard !series.values.contains(where: \.isInfinite) else {
            throw BreaksError.invalidInput("the series contains an infinite value")
        }
        // Values near 1e155 square to Inf: sums of squares, F statistics and the RSS table
        // become Inf/NaN and the break search indexed out of range.
        guard series.values.filter(\.isFinite).reduce(0, { $0 + $1 * $1 }).isFinite else {
            throw BreaksError.invalidInput("the values are too large (their squares overflow); rescale the series")
        }
        self.series = series
        self.model = model
        self.scale = scale
        self.errors = errors
        self.events = events
        let y = series.values
        let terms = model.terms(period: series.period)
        if case .seasonal = model, series.period < 2 {
            throw BreaksError.invalidInput("seasonal dummies need seasonal data; \(series.name) has period \(series.period)")
        }
        regression = try BreakRegression.build(series: y, terms: terms, scale: scale)
        let reg = regression
        try Self.requireVariation(reg)

        // Known dates: a regime starting at date D breaks after the last row before D.
        func rowsBefore(_ event: Event) throws -> Int {
            guard event.date.resolution == series.start.resolution else {
                throw BreaksError.invalidInput("event \(event.date) (\(event.label)) is not a \(series.frequency) date")
            }
            guard let src = series.index(of: event.date) else {
                throw BreaksError.dateOutsideSample("event \(event.date) (\(event.label)) is outside the data \(series.start)…\(series.end)")
            }
            // Rows (after lags/missing values) before the event's source position.
            return reg.observationIndex.filter { $0 < src }.count
        }
        func shortSides(_ event: Event, _ before: Int) -> String? {
            guard before < reg.regressorCount || reg.count - before < reg.regressorCount else { return nil }
            return "event \(event.date) (\(event.label)) leaves \(before) observations before and \(reg.count - before) after; each side needs at least \(reg.regressorCount)"
        }
        var known: [KnownDateTest] = []
        var rows: [(Int, Event)] = []
        var testable: [(Int, Event)] = []
        var untestable: [(event: Event, reason: String)] = []
        for e in events {
            let b = try rowsBefore(e)
            if let reason = shortSides(e, b) {
                // Under iid errors the Chow test is all there is (strucchange refuses too);
                // the calibrated tests can still test a recent event.
                guard errors == .arima else { throw BreaksError.segmentTooShort(reason) }
                if b < 2 || reg.count - b < 1 {
                    untestable.append((e, "\(b) observations before and \(reg.count - b) after the event: nothing to compare"))
                } else {
                    testable.append((b, e))
                }
                continue
            }
            rows.append((b, e))
            testable.append((b, e))
            known.append(KnownDateTest(labels: [e.label], regimeStarts: [e.date], chow: try ChowTest(reg, breakpoints: [b], level: level)))
        }
        knownDates = known
        self.untestable = untestable
        let distinct = Dictionary(rows.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a }).sorted { $0.key < $1.key }
        if distinct.count >= 2 {
            do {
                joint = KnownDateTest(labels: distinct.map(\.value.label), regimeStarts: distinct.map(\.value.date),
                                      chow: try ChowTest(reg, breakpoints: distinct.map(\.key), level: level))
            } catch let e as BreaksError {
                jointNote = "joint test of all dates not possible: \(e)"
            }
        }

        fstats = try FStatistics(reg, from: trim)
        supF = fstats.test(.supF)
        aveF = fstats.test(.aveF)
        expF = fstats.test(.expF)
        let k = reg.regressorCount, lambda = fstats.lambda
        supFCritical = fstats.statistics.count > 1
            ? (try? Brent.root(lower: 0.01, upper: 200) { HansenPValue.pValue($0, test: .supF, regressors: k, lambda: lambda) - 0.05 })?.root
            : nil

        breakpoints = try Breakpoints(reg, h: trim, maxBreaks: maxBreaks)
        try Self.requireSegmentVariation(reg, breakpoints, series: series)
        confidenceLevel = level
        breaks = []

        var processes: [EmpiricalFluctuation] = []
        for kind in EmpiricalFluctuation.Kind.allCases {
            if let p = try? EmpiricalFluctuation(reg, kind: kind, h: trim) { processes.append(p) }
        }
        fluctuation = processes
        fluctuationTests = processes.map { $0.test() }

        if errors == .arima {
            let source = try BreakRegression.scaled(y, scale: scale)
            let bootstrap = try NullBootstrap(source: source, terms: terms, regression: reg,
                                              shiftRows: testable.map(\.0),
                                              period: series.period)
            calibrated = try CalibratedBreakTests(bootstrap: bootstrap, regression: reg, breakRows: testable.map(\.0),
                                                  trim: trim, replications: replications, seed: seed, level: level,
                                                  parallel: parallel)
            self.events = testable.map(\.1)
        }
        let m = min(chosenBreaks, breakpoints.maximumBreaks)
        var dated: [DatedBreak] = []
        if m > 0 {
            let ci = try? BreakpointConfidence(reg, breakpoints: breakpoints, breaks: m, level: level)
            let bps = try breakpoints.breakpoints(m)
            for (j, b) in bps.enumerated() {
                let interval = ci?.intervals[j]
                func rowDate(_ r: Int?) -> Period? {
                    guard let r else { return nil }
                    return series.date(at: reg.observationIndex[min(max(r, 1), reg.count) - 1])
                }
                dated.append(DatedBreak(date: series.date(at: reg.observationIndex[b - 1]),
                                        lower: rowDate(interval?.lower), upper: rowDate(interval?.upper)))
            }
        }
        breaks = dated
    }

    /// Refuses a response without variation: every F, CUSUM and information criterion
    /// would divide zero by zero (strucchange prints negative F statistics and −Inf BIC).
    static func requireVariation(_ reg: BreakRegression) throws {
        let fit = try LinearRegression(y: reg.y, x: reg.x, rankPolicy: .dropAliased)
        let scale = reg.y.reduce(0) { max($0, abs($1)) }
        guard fit.rss > 1e-20 * max(scale * scale, 1e-300) * Double(reg.count) else {
            throw BreaksError.invalidInput("the regression \(reg.names.joined(separator: " + ")) fits the series exactly (a constant or perfectly regular series): no break test is defined")
        }
    }

    /// Refuses a series that some partition fits exactly (constant or perfectly regular
    /// segments, e.g. 10 for three years and then 1000): the F statistics divide by a zero
    /// RSS (about 1e32) and BIC is −Inf, which no verdict can rest on.
    static func requireSegmentVariation(_ reg: BreakRegression, _ bp: Breakpoints, series: TimeSeries) throws {
        let scale = reg.y.reduce(0) { max($0, abs($1)) }
        let tolerance = 1e-20 * max(scale * scale, 1e-300) * Double(reg.count)
        guard let m = bp.rss.indices.dropFirst().first(where: { bp.rss[$0] <= tolerance }) else { return }
        let dates = bp.breaks[m].map { series.date(at: reg.observationIndex[$0 - 1]).description }.joined(separator: ", ")
        throw BreaksError.invalidInput("the regression \(reg.names.joined(separator: " + ")) fits the series exactly with \(m) break(s) (after \(dates)): the segments are constant or perfectly regular, so the F statistics and BIC are not defined")
    }

    /// "significant at 1%/5%/10%" or "not significant at 10%".
    public static func verdict(_ p: Double) -> String {
        // `≤`: a bootstrap p-value (1 + #{S* ≥ S})/(B + 1) rejects at level α with probability
        // exactly α when it is at most α (Davison & Hinkley 1997, §4.2); `<` would give 0.049
        // at 5% with B = 999. A continuous p-value never sits on the boundary.
        if p <= 0.01 { return "significant at 1%" }
        if p <= 0.05 { return "significant at 5%" }
        if p <= 0.10 { return "significant at 10% only" }
        return "not significant at 10%"
    }
}
