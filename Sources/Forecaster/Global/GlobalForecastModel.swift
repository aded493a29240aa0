import Foundation

/// A model fitted across all the series of a batch at once (cross-learning), as opposed to
/// a `ForecastModel`, which is fitted to one series.
///
/// The rule for callers (`almanac benchmark --models pooled-ar|auto-batch`): the model is fitted on
/// the whole batch and forecasts every series long enough for it; a batch smaller than the
/// model's `minimumSeries` (in particular a single series) throws, and a series the model
/// cannot start from (shorter than its order) gets `nil`; both fall back to a local model
/// (`auto`), saying so.
public protocol GlobalForecastModel: Sendable {
    /// The name `--models` knows it by.
    var name: String { get }
    /// Fewest series the model is fitted on.
    var minimumSeries: Int { get }
    /// Fits the model to `batch` (clean training data, one array per series, seasonal period
    /// `period`) and forecasts `horizon` steps of each series with intervals at `levels`;
    /// `nil` for a series the model cannot forecast.
    /// - Throws: `ForecasterError` when the batch is too small or the fit fails.
    func forecastBatch(_ batch: [[Double]], period: Int, horizon: Int, levels: [Double]) throws -> [Forecast?]
    /// `forecastBatch` and a one-line account of what the fit chose on the batch (nil when
    /// there is nothing to say), for the caller to show.
    func forecastBatchDescribed(_ batch: [[Double]], period: Int, horizon: Int,
                                levels: [Double]) throws -> (forecasts: [Forecast?], description: String?)
}

extension GlobalForecastModel {
    public func forecastBatchDescribed(_ batch: [[Double]], period: Int, horizon: Int,
                                       levels: [Double]) throws -> (forecasts: [Forecast?], description: String?) {
        (try forecastBatch(batch, period: period, horizon: horizon, levels: levels), nil)
    }
}

/// The global models `almanac benchmark --models` knows (not part of `--models all`, which
/// is the per-series registry the CI gate scores).
public enum GlobalModels {
    public static let all: [any GlobalForecastModel] = [PooledAutoregression(), BatchSelectedAuto()]

    public static func model(named name: String) -> (any GlobalForecastModel)? {
        all.first { $0.name == name }
    }

    /// Forecasts every series of `series` with `model` fitted on the whole batch; a batch the
    /// model refuses, or a series it cannot forecast, gets `fallback` (a local model), and the
    /// number of series that did is returned beside the forecasts, with the model's account
    /// of its fit.
    public static func forecast(_ model: any GlobalForecastModel, series: [[Double]], period: Int, horizon: Int,
                                levels: [Double], fallback: ForecastMethod = .auto)
        -> (forecasts: [Result<Forecast, Error>], fallbacks: Int, description: String?) {
        let fitted = try? model.forecastBatchDescribed(series, period: period, horizon: horizon, levels: levels)
        let global = fitted?.forecasts ?? [Forecast?](repeating: nil, count: series.count)
        var fallbacks = 0
        let out: [Result<Forecast, Error>] = zip(series, global).map { y, fc in
            if let fc { return .success(fc) }
            fallbacks += 1
            return Result { try fallback.forecast(y, period: period, horizon: horizon, levels: levels, covariance: false) }
        }
        return (out, fallbacks, fitted?.description)
    }
}
