import Foundation

/// Automatic ETS selection (R `ets(y)`, model "ZZZ").
public enum AutoETS {
    /// Fits every admissible candidate (multiplicative error/season only for positive data,
    /// season only for 1 < period ≤ 24 and n > period, damped and undamped trends) and
    /// returns the one with the smallest AICc (or `options.criterion`). A constant series
    /// gets R's fixed ETS(A,N,N) with α = 0.99999.
    /// - Throws: `ETSError.insufficientData` for n ≤ 6 (R would fit Holt–Winters-style
    ///   fallbacks there), `ETSError.noModelFitted` when nothing converges.
    /// - Complexity: O(candidates · evaluations · n); 15 candidates for positive monthly data.
    public static func fit(_ y: [Double], period: Int, options: ETSOptions = ETSOptions()) throws -> ETSModel {
        try ETSSelection.select(y, period: period, error: nil, trend: nil, season: nil, damped: options.damped,
                                options: options, automatic: true)
    }

    /// Fits many series in parallel over all cores; `results[i]` belongs to `series[i]`
    /// whatever the scheduling, so output is deterministic.
    public static func fitMany(_ series: [[Double]], period: Int, options: ETSOptions = ETSOptions())
        -> [Result<ETSModel, ETSError>] {
        let box = ETSResultSlots<ETSModel>(count: series.count)
        DispatchQueue.concurrentPerform(iterations: series.count) { i in
            let r: Result<ETSModel, ETSError>
            do { r = .success(try fit(series[i], period: period, options: options)) } catch let e as ETSError {
                r = .failure(e)
            } catch { r = .failure(.noModelFitted) }
            box.set(i, r)
        }
        return box.values()
    }
}
