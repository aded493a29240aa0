import Dispatch
import Foundation
import Forecaster
import Reports
import TimeSeries

/// Column layouts of the streaming batch output (`almanac forecast - --columns …`).
enum ColumnLayout: String, CaseIterable {
    /// `series,date,mean,lo80,hi80,lo95,hi95` (with `model` after `series` when several
    /// models are asked): the layout of `almanac forecast LONG.csv --format csv`.
    case almanac
    /// statsforecast's `forecast()` frame: `unique_id,ds,<Model>,<Model>-lo-95,
    /// <Model>-lo-80,<Model>-hi-80,<Model>-hi-95,…` with statsforecast's model names.
    case statsforecast
}

extension ForecastMethod {
    /// The column name statsforecast gives the equivalent model (its default alias); the
    /// Almanac ensembles and models statsforecast lacks are named `Almanac…`.
    var statsforecastName: String {
        switch self {
        case .auto: return "AlmanacAuto"
        case .combo: return "AlmanacCombo"
        case .arima: return "AutoARIMA"
        case .ets: return "AutoETS"
        case .theta: return "Theta"
        case .dotm: return "DynamicOptimizedTheta"
        case .ces: return "CES"
        case .naive: return "Naive"
        case .snaive: return "SeasonalNaive"
        case .drift: return "RWD"
        case .naive2: return "Naive2"
        case .mean: return "HistoricAverage"
        // A model registered later has no statsforecast twin: `Almanac` + its name.
        default: return "Almanac" + rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}

/// The streaming batch mode of `almanac forecast`: reads a long CSV one series at a time,
/// fits every model to each series (on `jobs` threads), and writes each series' rows as
/// soon as it and every series before it are done, so the output keeps the input order
/// whatever `jobs` is. At most `window` series are in flight, so memory does not grow
/// with the number of series (except for the table of names behind the grouping check,
/// about 50 bytes a series, which `trustGrouping` drops).
///
/// A series that a model cannot fit is forecast with `fallback` instead (then naive, then
/// mean, whichever fits first; NA when none does); a series whose
/// rows cannot be read is skipped. Either way one line `series,model,reason,fallback`
/// goes to the error file (or standard error), and the batch goes on. Errors about the
/// input as a whole (unreadable bytes, a series resuming after others) stop the batch
/// after the series read before it are written.
struct StreamingForecast {
    var path: String
    /// Bytes already taken from standard input (the peeked header line).
    var prefix: [UInt8] = []
    var models: [ForecastMethod]
    var fallback: ForecastMethod
    var horizon: Int?
    var levels: [Double]
    var frequency: Int?
    var fill = false
    var layout: ColumnLayout = .almanac
    var jobs: Int
    var output: String?
    var errors: String?
    var trustGrouping = false
    /// `--intervals`: conformal and calibrated refit each model at the calibration origins;
    /// calibrated sees one series at a time, so it shrinks towards `ShrunkCalibration.prior`.
    var intervals = IntervalChoice()

    /// Runs the batch; returns the number of series read and of error lines written.
    @discardableResult
    func run() throws -> (series: Int, errors: Int) {
        let levels = try PredictionIntervals.validatedLevels(levels)
        var reader = try LongCSVReader(path: path, indexedPeriod: frequency ?? 1, prefix: prefix, byteLimit: nil)
        reader.checksGrouping = !trustGrouping
        let sink = try CSVSink(path: output)
        let errorSink: CSVSink? = try errors.map { try CSVSink(path: $0) }
        let formatter = RowFormatter(models: models, fallback: fallback, horizon: horizon, levels: levels,
                                     fill: fill, layout: layout, intervals: intervals)
        sink.append(formatter.header)
        errorSink?.append("series,model,reason,fallback\n")
        var errorCount = 0
        func deliver(_ out: SeriesOutput) {
            sink.append(out.rows)
            for e in out.errors {
                errorCount += 1
                if let errorSink {
                    errorSink.append(e.csvLine)
                } else {
                    FileHandle.standardError.write(Data("almanac: warning: \(e.message)\n".utf8))
                }
            }
        }
        var count = 0
        var failure: Error?
        if jobs <= 1 {
            do {
                while let item = try reader.nextRecovering() {
                    count += 1
                    deliver(formatter.output(for: item))
                    sink.flushIfStale()
                }
            } catch { failure = error }
        } else {
            let pipeline = ReorderPipeline<Result<LongSeries, SkippedSeries>, SeriesOutput>(
                workers: jobs, window: max(64, 32 * jobs), work: { formatter.output(for: $0) }, deliver: deliver,
                idle: { try? sink.flush(); try? errorSink?.flush() })
            do {
                while let item = try reader.nextRecovering() {
                    count += 1
                    pipeline.submit(item)
                }
            } catch { failure = error }
            pipeline.finish()
        }
        try errorSink?.close()
        if let failure {
            try sink.close(keepPartial: true)
            throw failure
        }
        try sink.close()
        if errorCount > 0, let errors {
            FileHandle.standardError.write(Data("almanac: \(errorCount) model fit(s) or series failed; see \(errors)\n".utf8))
        }
        return (count, errorCount)
    }
}

/// One line of the error file.
struct SeriesFailure: Sendable {
    var series: String
    var model: String
    var reason: String
    var fallback: String

    var csvLine: String { [series, model, reason, fallback].map(csvField).joined(separator: ",") + "\n" }
    var message: String { "series '\(series)'\(model.isEmpty ? "" : ", \(model)"): \(reason) (fallback: \(fallback))" }
}

/// What one series contributes to the output.
struct SeriesOutput: Sendable {
    var rows: String
    var errors: [SeriesFailure]
}

/// Fits and formats one series (thread-safe: no mutable state).
struct RowFormatter: Sendable {
    let models: [ForecastMethod]
    let fallback: ForecastMethod
    let horizon: Int?
    let levels: [Double]
    let fill: Bool
    let layout: ColumnLayout
    let intervals: IntervalChoice

    /// The fallback chain: the chosen fallback, then naive (needs two observations), then
    /// mean (one); a model never falls back to itself.
    var fallbacks: [ForecastMethod] {
        var chain = [fallback]
        for f in [ForecastMethod.naive, .mean] where !chain.contains(f) { chain.append(f) }
        return chain
    }

    static func levelText(_ l: Double) -> String { l == l.rounded() ? String(Int(l)) : String(l) }

    var header: String {
        var cols: [String]
        switch layout {
        case .almanac:
            cols = models.count > 1 ? ["series", "model", "date", "mean"] : ["series", "date", "mean"]
            for l in levels { cols += ["lo\(Self.levelText(l))", "hi\(Self.levelText(l))"] }
        case .statsforecast:
            cols = ["unique_id", "ds"]
            for m in models {
                let name = m.statsforecastName
                cols.append(name)
                for l in levels.reversed() { cols.append("\(name)-lo-\(Self.levelText(l))") }
                for l in levels { cols.append("\(name)-hi-\(Self.levelText(l))") }
            }
        }
        return cols.joined(separator: ",") + "\n"
    }

    /// statsforecast's `ds` for a step: the first day of a calendar period, or the index.
    static func dsText(_ p: Period) -> String {
        switch p.resolution {
        case .index: return String(p.ordinal)
        case .month: return "\(p.description)-01"
        case .quarter:
            let q = p.quarter ?? 1
            let m = 3 * (q - 1) + 1
            return "\(yearText(p.year))-\(m < 10 ? "0" : "")\(m)-01"
        case .year: return "\(yearText(p.year))-01-01"
        }
    }

    private static func yearText(_ y: Int) -> String { Period.year(y).description }

    func output(for item: Result<LongSeries, SkippedSeries>) -> SeriesOutput {
        switch item {
        case .failure(let skipped):
            return SeriesOutput(rows: "", errors: [SeriesFailure(series: skipped.name, model: "",
                                                                  reason: skipped.error.description, fallback: "none")])
        case .success(let long):
            return output(for: long.train)
        }
    }

    func output(for input: TimeSeries) -> SeriesOutput {
        var errors: [SeriesFailure] = []
        var series = input
        if fill {
            do { series = try series.filled() } catch {
                errors.append(SeriesFailure(series: series.name, model: "", reason: "--fill: \(error)", fallback: "unfilled"))
            }
        }
        let h = horizon ?? ForecastCommand.defaultHorizon(series, annual: false)
        var forecasts: [Forecast?] = []
        for m in models {
            do {
                let result = try intervals.run(m, series.values, period: series.period, horizon: h, levels: levels,
                                               covariance: false)
                forecasts.append(result.forecast)
                if intervals.method == .conformal, let w = result.warnings.last, w.hasPrefix("conformal") {
                    errors.append(SeriesFailure(series: series.name, model: m.rawValue, reason: w, fallback: "model intervals"))
                }
            } catch {
                let reason = "\(error)"
                var used: (ForecastMethod, Forecast)?
                for f in fallbacks where f != m {
                    if let fc = try? f.run(series.values, period: series.period, horizon: h, levels: levels,
                                           covariance: false).forecast {
                        used = (f, fc)
                        break
                    }
                }
                forecasts.append(used?.1)
                errors.append(SeriesFailure(series: series.name, model: m.rawValue, reason: reason,
                                            fallback: used?.0.rawValue ?? "none (NA)"))
            }
        }
        return SeriesOutput(rows: rows(series, h: h, forecasts), errors: errors)
    }

    private func rows(_ s: TimeSeries, h: Int, _ forecasts: [Forecast?]) -> String {
        var out = ""
        out.reserveCapacity(h * (24 + 22 * (1 + 2 * levels.count) * models.count))
        let id = csvField(s.name)
        func cells(_ fc: Forecast?, _ step: Int, into out: inout String) {
            guard let fc, step < fc.horizon else {
                for _ in 0..<(1 + 2 * levels.count) { out += ",NA" }
                return
            }
            out += ","; out += NumberText.exact(fc.mean[step])
            switch layout {
            case .almanac:
                for k in levels.indices {
                    out += ","; out += NumberText.exact(fc.lower[k][step])
                    out += ","; out += NumberText.exact(fc.upper[k][step])
                }
            case .statsforecast:
                for k in levels.indices.reversed() { out += ","; out += NumberText.exact(fc.lower[k][step]) }
                for k in levels.indices { out += ","; out += NumberText.exact(fc.upper[k][step]) }
            }
        }
        switch layout {
        case .almanac:
            for (m, fc) in zip(models, forecasts) {
                for step in 0..<h {
                    out += id
                    if models.count > 1 { out += ","; out += m.rawValue }
                    out += ","; out += s.end.advanced(by: step + 1).description
                    cells(fc, step, into: &out)
                    out += "\n"
                }
            }
        case .statsforecast:
            for step in 0..<h {
                out += id
                out += ","; out += Self.dsText(s.end.advanced(by: step + 1))
                for fc in forecasts { cells(fc, step, into: &out) }
                out += "\n"
            }
        }
        return out
    }
}

/// RFC 4180 quoting when needed.
func csvField(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// Buffered output to standard output or to a file. A regular file is written as
/// `FILE.partial` and renamed to `FILE` when complete, so a reader never sees half a
/// result under the final name; anything else that exists (`/dev/null`, `/dev/stdout`, a
/// symbolic link, a named pipe) is written in place.
final class CSVSink: @unchecked Sendable {
    private let fd: Int32
    /// The final name of a regular file written through `FILE.partial`.
    private let path: String?
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 16
    private var lastFlush = DispatchTime.now().uptimeNanoseconds

    init(path: String?) throws {
        var info = stat()
        // lstat: /dev/stdout and friends are links to whatever the descriptor is, a
        // regular file included, and must never be replaced.
        if let path, lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG || path.hasPrefix("/dev/") {
            self.path = nil
            let opened = open(path, O_WRONLY | O_APPEND)
            guard opened >= 0 else { throw CLIError("\(path): cannot write: \(String(cString: strerror(errno)))", code: 73) }
            fd = opened
        } else if let path {
            self.path = path
            let partial = path + ".partial"
            let opened = open(partial, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard opened >= 0 else { throw CLIError("\(path): cannot write: \(String(cString: strerror(errno)))", code: 73) }
            fd = opened
        } else {
            self.path = nil
            fd = 1
        }
        buffer.reserveCapacity(Self.flushAt * 2)
    }

    func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushAt { try? flush() }
    }

    /// Flushes when the oldest buffered row has waited 50 ms, so rows reach a slow
    /// reader of the output without a write per series.
    func flushIfStale() {
        guard !buffer.isEmpty else { return }
        if DispatchTime.now().uptimeNanoseconds - lastFlush > 50_000_000 { try? flush() }
    }

    func flush() throws {
        lastFlush = DispatchTime.now().uptimeNanoseconds
        guard !buffer.isEmpty else { return }
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeAll(keepingCapacity: true)
                throw CLIError("\(path ?? "<stdout>"): write failed: \(reason)", code: 74)
            }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, renames `FILE.partial` to `FILE` (or leaves the partial
    /// file, with what was written, when `keepPartial`).
    func close(keepPartial: Bool = false) throws {
        try flush()
        guard let path else {
            if fd != 1 { Foundation.close(fd) }
            return
        }
        Foundation.close(fd)
        if !keepPartial, rename(path + ".partial", path) != 0 {
            throw CLIError("\(path): cannot rename from \(path).partial: \(String(cString: strerror(errno)))", code: 73)
        }
    }
}

/// Runs `work` on `workers` threads over submitted items and hands the results to
/// `deliver` in submission order, on one writer thread. At most `window` items are
/// between submission and delivery: `submit` blocks while the window is full, so a slow
/// series holds up reading rather than letting results pile up.
final class ReorderPipeline<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(Int, Item)] = []
    private var queueHead = 0
    private var finished: [Int: Output] = [:]
    private var submitted = 0
    private var delivered = 0
    private var closed = false
    private var runningThreads = 0
    private let window: Int
    private let work: @Sendable (Item) -> Output
    private let deliver: (Output) -> Void
    private let idle: () -> Void

    /// `idle` runs on the writer thread whenever it has delivered all it can for now
    /// (the place to flush buffered output).
    init(workers: Int, window: Int, work: @escaping @Sendable (Item) -> Output, deliver: @escaping (Output) -> Void,
         idle: @escaping () -> Void = {}) {
        self.window = window
        self.work = work
        self.deliver = deliver
        self.idle = idle
        runningThreads = workers + 1
        for _ in 0..<workers { start { [self] in workerLoop() } }
        start { [self] in writerLoop() }
    }

    private func start(_ body: @escaping @Sendable () -> Void) {
        let t = Thread { body() }
        t.stackSize = 16 << 20
        t.start()
    }

    func submit(_ item: Item) {
        condition.lock()
        while submitted - delivered >= window { condition.wait() }
        queue.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Delivers everything submitted, then stops the threads.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        while runningThreads > 0 { condition.wait() }
        condition.unlock()
    }

    private func workerLoop() {
        condition.lock()
        while true {
            while queueHead == queue.count && !closed { condition.wait() }
            if queueHead == queue.count { break }
            let (i, item) = queue[queueHead]
            queueHead += 1
            if queueHead > 1024 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()
            let out = work(item)
            condition.lock()
            finished[i] = out
            condition.broadcast()
        }
        runningThreads -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func writerLoop() {
        condition.lock()
        while true {
            if let out = finished.removeValue(forKey: delivered) {
                condition.unlock()
                deliver(out)
                condition.lock()
                delivered += 1
                condition.broadcast()
                continue
            }
            if closed && delivered == submitted { break }
            condition.unlock()
            idle()
            condition.lock()
            if finished[delivered] != nil || (closed && delivered == submitted) { continue }
            condition.wait()
        }
        runningThreads -= 1
        condition.broadcast()
        condition.unlock()
    }
}
