import Foundation

/// A forecasting method that can be fitted to a series: the one interface every model
/// family of Almanac implements (ETS, ARIMA, Theta, DOTM, CES, the baselines), and the one a
/// model of your own implements to appear in `ForecastMethod`, in combinations and in model
/// files (see `ModelRegistry` and the guide `docs/guides/adding-a-model.md`).
///
/// `fit` receives clean data: `ForecastMethod` has already dropped leading missing values,
/// skipped trailing ones and interpolated internal gaps (`SeriesPreparation`).
public protocol ForecastModel: Sendable {
    /// What `fit` returns.
    associatedtype Fitted: FittedForecast

    /// Fits the model to `y` (finite values) with seasonal period `period` (1 = none).
    /// - Throws: `ForecasterError` for data the model cannot fit.
    func fit(_ y: [Double], period: Int) throws -> Fitted

    /// The model's own fit to `log y` as a combination member on the log scale, or nil to let
    /// `RegisteredModel.fit` fit `log y` and back-transform (the default). Theta and DOTM
    /// override it: they back-transform inside their fitted models.
    func fitLogScale(_ y: [Double], period: Int) throws -> FittedModel?
}

/// A fitted model: it forecasts with prediction intervals, reports its in-sample fit, and
/// is `Codable` so that `almanac forecast --save` can store it and `--load` forecast from it
/// without refitting (byte-identical forecasts: Swift's shortest round-trip decimal text
/// restores every `Double` exactly).
public protocol FittedForecast: Sendable, Codable, Equatable {
    /// The key under which model files store this type (`{"KEY": {"_0": …}}`). Unique among
    /// the registered types; `ModelRegistry` reads files by it.
    static var fileKey: String { get }

    /// Forecasts `horizon` steps with intervals at `levels` (percent, each in (0, 100)).
    ///
    /// With `covariance: false` a model may skip the `H × H` forecast-error covariance (and
    /// leave `Forecast.errorCovariance` nil); means and bounds must not depend on it.
    /// - Throws: `ForecasterError` for an invalid horizon or level, or a model that cannot forecast.
    func forecast(horizon: Int, levels: [Double], covariance: Bool) throws -> Forecast

    /// One-step in-sample fitted values, aligned with the end of the series (a model that
    /// cannot fit the first observations returns fewer), nil when the model does not keep them.
    var fittedValues: [Double]? { get }

    /// In-sample residuals (innovations) in the model's own sense, nil when not kept.
    var fitResiduals: [Double]? { get }

    /// Likelihood-based information criteria, nil for models not fitted by likelihood.
    var informationCriteria: InformationCriteria? { get }

    /// This model as a `FittedModel`, the form ensembles and model files hold. The default
    /// wraps it in `FittedModel.registered`; the families that predate the protocol return
    /// their own `FittedModel` case so that older model files keep loading.
    var asFittedModel: FittedModel { get }

    /// Checks a model read from a file against the model's invariants (a file is text a user
    /// can edit); throws a message naming the bad field. The default accepts everything, so a
    /// model with invariants of its own should say what they are.
    func validateLoaded() throws
}

extension FittedForecast {
    public func validateLoaded() throws {}
    public var fittedValues: [Double]? { nil }
    public var fitResiduals: [Double]? { nil }
    public var informationCriteria: InformationCriteria? { nil }
    public var asFittedModel: FittedModel { .registered(self) }
}

/// The log-likelihood and the information criteria of a likelihood fit (R's `logLik`,
/// `AIC`, `AICc`, `BIC` conventions of the model family that reports them).
public struct InformationCriteria: Sendable, Codable, Equatable {
    public var logLikelihood: Double
    public var aic: Double
    public var aicc: Double
    public var bic: Double

    public init(logLikelihood: Double, aic: Double, aicc: Double, bic: Double) {
        self.logLikelihood = logLikelihood
        self.aic = aic
        self.aicc = aicc
        self.bic = bic
    }
}

/// The scale a combination member is fitted on.
public enum ModelScale: String, Sendable, Codable, CaseIterable {
    /// The data as given.
    case original
    /// `log y` (positive data only), forecasts back-transformed with `exp` (median forecasts).
    case log
}

/// A fitted model whose `forecast(horizon:levels:)` always computes the error covariance
/// (cheap for analytic models): `forecast(horizon:levels:covariance:)` drops it when not asked.
public protocol AnalyticForecast: FittedForecast {
    func forecast(horizon: Int, levels: [Double]) throws -> Forecast
}

extension AnalyticForecast {
    public func forecast(horizon: Int, levels: [Double], covariance: Bool) throws -> Forecast {
        var fc = try forecast(horizon: horizon, levels: levels)
        if !covariance { fc.errorCovariance = nil }
        return fc
    }
}

/// A model fitted by maximum likelihood that keeps its fitted values and residuals: the
/// `FittedForecast` fit statistics come from these.
public protocol LikelihoodFit: FittedForecast {
    var logLikelihood: Double { get }
    var aic: Double { get }
    var aicc: Double { get }
    var bic: Double { get }
    var fitted: [Double] { get }
    var residuals: [Double] { get }
}

extension LikelihoodFit {
    public var fittedValues: [Double]? { fitted }
    public var fitResiduals: [Double]? { residuals }
    public var informationCriteria: InformationCriteria? {
        InformationCriteria(logLikelihood: logLikelihood, aic: aic, aicc: aicc, bic: bic)
    }
}
