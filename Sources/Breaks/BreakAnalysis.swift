import Foundation
import Numerics
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

    /// The date of regression row `i` (0-based).
    public func date(ofRow i: Int) -> Period { series.date(at: regression.observationIndex[i]) }

    /// Runs the analysis.
    ///
    /// - Parameters:
    ///   - events: dates at which a new regime may start (the Chow test puts the break
    ///     just before each), with labels.
    ///   - trim: strucchange's `from` for Fstats and `h` for breakpoints.
    ///   - maxBreaks: the largest number of breaks Bai–Perron considers (default: as many as
    ///     the minimum segment allows, at most 5).
    /// - Throws: `BreaksError` for an event outside the sample or with too few observations
    ///   on a side, trimming that leaves no candidate, a too-short series.
    public init(series: TimeSeries, model: Model, scale: BreakRegression.ValueScale = .level,
                events: [Event] = [], trim: Double = 0.15, maxBreaks: Int? = nil,
                level: Double = 0.95) throws {
        guard !series.values.contains(where: \.isInfinite) else {
            throw BreaksError.invalidInput("the series contains an infinite value")
        }
        self.series = series
        self.model = model
        self.scale = scale
        let y = series.values
        switch model {
        case .mean: regression = try BreakRegression.mean(y, scale: scale)
        case .trend: regression = try BreakRegression.trend(y, scale: scale)
        case .seasonal:
            guard series.period >= 2 else {
                throw BreaksError.invalidInput("seasonal dummies need seasonal data; \(series.name) has period \(series.period)")
            }
            regression = try BreakRegression.seasonal(y, period: series.period, scale: scale)
        case .lags(let lags): regression = try BreakRegression.laggedDependent(y, lags: lags, scale: scale)
        }
        let reg = regression

        // Known dates: a regime starting at date D breaks after the last row before D.
        func breakRow(_ event: Event) throws -> Int {
            guard event.date.resolution == series.start.resolution else {
                throw BreaksError.invalidInput("event \(event.date) (\(event.label)) is not a \(series.frequency) date")
            }
            guard let src = series.index(of: event.date) else {
                throw BreaksError.dateOutsideSample("event \(event.date) (\(event.label)) is outside the data \(series.start)…\(series.end)")
            }
            // Rows (after lags/missing values) before the event's source position.
            let before = reg.observationIndex.filter { $0 < src }.count
            guard before >= reg.regressorCount, reg.count - before >= reg.regressorCount else {
                throw BreaksError.segmentTooShort("event \(event.date) (\(event.label)) leaves \(before) observations before and \(reg.count - before) after; each side needs at least \(reg.regressorCount)")
            }
            return before
        }
        var known: [KnownDateTest] = []
        var rows: [(Int, Event)] = []
        for e in events {
            let b = try breakRow(e)
            rows.append((b, e))
            known.append(KnownDateTest(labels: [e.label], regimeStarts: [e.date], chow: try ChowTest(reg, breakpoints: [b], level: level)))
        }
        knownDates = known
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
        confidenceLevel = level
        let m = breakpoints.bicOptimalBreaks
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

        var processes: [EmpiricalFluctuation] = []
        for kind in EmpiricalFluctuation.Kind.allCases {
            if let p = try? EmpiricalFluctuation(reg, kind: kind, h: trim) { processes.append(p) }
        }
        fluctuation = processes
        fluctuationTests = processes.map { $0.test() }
    }

    /// "significant at 1%/5%/10%" or "not significant at 10%".
    public static func verdict(_ p: Double) -> String {
        if p < 0.01 { return "significant at 1%" }
        if p < 0.05 { return "significant at 5%" }
        if p < 0.10 { return "significant at 10% only" }
        return "not significant at 10%"
    }
}
