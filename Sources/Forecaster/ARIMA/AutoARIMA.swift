import Dispatch
import Foundation
import AlmanacNumerics
import TimeSeries

/// Information criterion used to rank candidate models.
public enum InformationCriterion: String, Codable, Sendable {
    case aicc, aic, bic
}

/// Automatic ARIMA order selection, the Hyndman–Khandakar (2008) algorithm exactly as
/// `forecast::auto.arima` (forecast 8.20) with its defaults:
///
/// 1. `D` by `nsdiffs` (seasonal-strength test) when not given, `d` by `ndiffs` (KPSS,
///    α = 0.05) on the seasonally differenced series; with regressors both are chosen
///    on the residuals of `lm(y ~ xreg)`.
/// 2. Degenerate cases as R: a constant series is a mean model forecasting the value
///    with zero variance; a constant differenced series gets the fixed-drift / random
///    walk models R uses.
/// 3. Stepwise search from (2,d,2)(1,D,1), (0,d,0)(0,D,0), (1,d,0)(1,D,0), (0,d,1)(0,D,1)
///    and the constant-free null model, moving P, Q, then (P,Q) jointly, then p, q and
///    (p,q) jointly by ±1, and toggling the constant, keeping the first improvement; at
///    most `nmodels` fits. Orders are limited by `maxP…maxOrder`, by a third of the
///    series length, and (seasonal models) `p, q < m`.
/// 4. Approximation (`n > 150` or `m > 12` unless set): candidates are fitted by CSS and
///    ranked by `offset + n* log σ²_CSS + 2k`, then the best are refitted by CSS-ML in
///    order of that criterion until one is admissible.
/// 5. A candidate is rejected (criterion = ∞) when it fails to fit, has a root of the AR
///    or MA polynomial within 1.01 of the unit circle, or a negative coefficient variance.
///
/// `stepwise = false` fits every model with `p+q+P+Q ≤ maxOrder` concurrently
/// (DispatchQueue.concurrentPerform); the winner is chosen in R's loop order, so the
/// result does not depend on the number of cores.
public struct AutoARIMA: Sendable {
    public var d: Int?
    public var D: Int?
    public var maxp = 5
    public var maxq = 5
    public var maxP = 2
    public var maxQ = 2
    public var maxOrder = 5
    public var maxd = 2
    public var maxD = 1
    public var startp = 2
    public var startq = 2
    public var startP = 1
    public var startQ = 1
    public var stationary = false
    public var seasonal = true
    public var ic: InformationCriterion = .aicc
    public var stepwise = true
    public var nmodels = 94
    /// nil: R's rule `n > 150 || m > 12`.
    public var approximation: Bool?
    public var allowDrift = true
    public var allowMean = true
    public var lambda: Double?
    public var biasAdjust = false
    /// Use several cores for the non-stepwise search.
    public var parallel = false
    /// Fit the search's candidates by the exact diffuse likelihood on the differenced
    /// series (`DifferencedLikelihood`, several times faster), ranking them by R's
    /// objective at that optimum, and refit the chosen model with R's arithmetic. false:
    /// every candidate with R's κ = 10⁶ filter, as `auto.arima` (slower; same choices on
    /// the first 300 M3 monthly series, see Benchmarks/arima/RESULTS.md).
    public var fastSearch = true
    /// After an approximate (CSS) search (n > 150 or m > 12), refit the candidates by the
    /// exact diffuse likelihood on the differenced series (much faster on long seasonal
    /// series; Benchmarks/long-series/RESULTS.md). false: R's κ = 10⁶ filter, as
    /// `auto.arima`, whose optimum can differ by the optimiser's tolerance (bounds about
    /// 3·10⁻⁴ apart on the 201-month turnover with drivers). Regression with ARIMA errors
    /// on drivers (`RegressionWithARIMAErrors`, one series) uses false for R's numbers.
    public var fastRefit = true

    /// Longest seasonal period searched with seasonal terms (weekly data).
    public static let maxSeasonalPeriod = 52

    public init(d: Int? = nil, D: Int? = nil) {
        self.d = d
        self.D = D
    }

    /// One candidate's fit and criterion (∞ when rejected), as `forecast:::myarima`.
    struct Candidate {
        var model: ARIMAModel?
        var ic: Double
        /// The deferred covariance step of a lazily fitted candidate.
        var pending: (() throws -> Matrix?)? = nil
        /// The deferred closing state-space pass of a CSS candidate (the approximate search):
        /// `model.stateMean`/`stateCovariance` are empty until `withState` runs it.
        var pendingState: (() -> (a: [Double], P: [Double]))? = nil

        /// The model with its forecasting state complete (the deferred pass run if any).
        func withState() -> ARIMAModel? {
            guard var m = model else { return nil }
            if let job = pendingState {
                let s = job()
                m.stateMean = s.a
                m.stateCovariance = s.P
            }
            return m
        }
        /// The smallest root modulus of the AR and MA polynomials checked (2 when none was).
        var minRoot = 2.0
    }

    /// Selects and fits the model for `y` (NaN = missing) with seasonal period `period`.
    ///
    /// - Throws: `ForecasterError.insufficientData` when every value is missing or the
    ///   differenced series is empty; `.noSuitableModel` when every candidate is rejected.
    /// - Complexity: up to `nmodels` ARIMA fits (stepwise) or all admissible orders.
    public func fit(_ yIn: [Double], period: Int, xreg xregIn: Matrix? = nil) throws -> ARIMAModel {
        guard period >= 1 else { throw ForecasterError.invalidArgument("period must be ≥ 1") }
        if let xr = xregIn, xr.rows != yIn.count {
            throw ForecasterError.invalidArgument("xreg has \(xr.rows) rows but the series has \(yIn.count)")
        }
        guard let first = yIn.firstIndex(where: { !$0.isNaN }), let last = yIn.lastIndex(where: { !$0.isNaN }) else {
            throw ForecasterError.insufficientData("All data are missing")
        }
        let serieslength = yIn[first...last].filter { !$0.isNaN }.count
        var x = Array(yIn[first...])
        var xreg: Matrix? = nil
        if let xr = xregIn {
            xreg = xr.selecting(rows: Array(first..<xr.rows))
        }
        if UnitRoot.isConstant(x) {
            return try constantModel(x, period: period)
        }
        var ic = self.ic
        // Beyond weekly periods the seasonal terms cost O(m²) per Kalman step and O(m⁴) for the
        // initial covariance (period 350 ran for minutes in 14 GB): such series get a
        // non-seasonal ARIMA; ETS, Theta and the decompositions still model their seasonality.
        let m = seasonal && period <= Self.maxSeasonalPeriod ? max(1, period) : 1
        var maxp = min(self.maxp, serieslength / 3)
        var maxq = min(self.maxq, serieslength / 3)
        var maxP = min(self.maxP, serieslength / 3 / m)
        var maxQ = min(self.maxQ, serieslength / 3 / m)
        if serieslength <= 3 { ic = .aic }
        if let l = lambda { x = x.map { BoxCoxTransform.forward($0, lambda: l) } }

        // Series on which d and D are chosen: residuals of lm(x ~ xreg) with regressors.
        var xx = x
        var xregg: [[Double]] = []
        if let xr = xreg {
            xregg = (0..<xr.columns).map { xr.column($0) }.filter { !UnitRoot.isConstant($0) }
            if !xregg.isEmpty {
                let n = x.count
                let design = [[Double](repeating: 1, count: n)] + xregg
                guard let fit = ARIMALinearAlgebra.ols(y: x, x: design.flatMap { $0 }, n: n, k: design.count),
                      fit.rank == design.count else {
                    throw ForecasterError.invalidArgument("xreg is rank deficient")
                }
                for i in 0..<n where !x[i].isNaN && design.allSatisfy({ !$0[i].isNaN }) {
                    var f = 0.0
                    for j in 0..<design.count { f += design[j][i] * fit.coef[j] }
                    xx[i] = x[i] - f
                }
            }
        }
        var d = self.d, D = self.D
        if stationary { d = 0; D = 0 }
        if m == 1 {
            D = 0; maxP = 0; maxQ = 0
        } else if D == nil && xx.count <= 2 * m {
            D = 0
        } else if D == nil {
            var dd = Self.seasonalDifferences(xx, period: m, maxD: maxD)
            if dd > 0 && !xregg.isEmpty {
                if xregg.contains(where: { UnitRoot.isConstant(Self.diff($0, lag: m, times: dd)) }) { dd -= 1 }
            }
            if dd > 0 && Self.diff(xx, lag: m, times: dd).allSatisfy({ $0.isNaN }) { dd -= 1 }
            D = dd
        }
        let DD = D ?? 0
        var dx = DD > 0 ? Self.diff(xx, lag: m, times: DD) : xx
        if d == nil {
            var nd = UnitRoot.ndiffs(dx, alpha: 0.05, test: .kpss, maxD: maxd)
            if nd > 0 && !xregg.isEmpty {
                let dxreg = xregg.map { Self.diff($0, lag: m, times: DD) }
                if dxreg.contains(where: { UnitRoot.isConstant(Self.diff($0, lag: 1, times: nd)) }) { nd -= 1 }
            }
            if nd > 0 && Self.diff(dx, lag: 1, times: nd).allSatisfy({ $0.isNaN }) { nd -= 1 }
            d = nd
        }
        let dd = d ?? 0
        if dd > 0 { dx = Self.diff(dx, lag: 1, times: dd) }
        guard !dx.isEmpty else { throw ForecasterError.insufficientData("Not enough data to proceed") }
        if UnitRoot.isConstant(dx) {
            return try constantDifferencesModel(x, dx: dx, d: dd, D: DD, period: m, xreg: xreg)
        }
        if m > 1 {
            if maxP > 0 { maxp = min(maxp, m - 1) }
            if maxQ > 0 { maxq = min(maxq, m - 1) }
        }
        let approx = approximation ?? (x.count > 150 || period > 12)
        var offset = 0.0
        if approx {
            let spec = ARIMA(p: 0, d: dd, q: 0, P: 0, D: DD, Q: 0, period: DD > 0 ? m : 1, includeMean: true)
            if let f = try? spec.fit(x, xreg: xreg) {
                offset = -2 * f.logLikelihood - Double(serieslength) * log(f.arimaSigma2)
            }
        }
        let allowdrift = allowDrift && dd + DD == 1
        let allowmean = allowMean && dd + DD == 0
        let search = Search(x: x, xreg: xreg, d: dd, D: DD, period: m, ic: ic, offset: offset,
                            lambda: lambda, biasAdjust: biasAdjust, exactDiffuse: fastSearch,
                            exactDiffuseRefit: fastRefit)
        if !stepwise {
            return try search.exhaustive(maxp: maxp, maxq: maxq, maxP: maxP, maxQ: maxQ, maxOrder: maxOrder,
                                         allowdrift: allowdrift, allowmean: allowmean, approximation: approx,
                                         parallel: parallel)
        }
        var sp = startp, sq = startq, sP = startP, sQ = startQ
        if x.count < 10 { sp = min(sp, 1); sq = min(sq, 1); sP = 0; sQ = 0 }
        return try search.stepwise(start: (min(sp, maxp), min(sq, maxq), min(sP, maxP), min(sQ, maxQ)),
                                   maxp: maxp, maxq: maxq, maxP: maxP, maxQ: maxQ, nmodels: nmodels,
                                   constant: allowdrift || allowmean, allowConstantToggle: allowdrift || allowmean,
                                   approximation: approx)
    }

    /// `diff(x, lag, differences)`, NaN-propagating.
    static func diff(_ x: [Double], lag: Int, times: Int) -> [Double] {
        var v = x
        for _ in 0..<times {
            guard v.count > lag else { return [] }
            v = (lag..<v.count).map { v[$0] - v[$0 - lag] }
        }
        return v
    }

    /// The mean model of a constant series: forecasts the value with zero variance.
    private func constantModel(_ x: [Double], period: Int) throws -> ARIMAModel {
        let obs = x.filter { !$0.isNaN }
        guard !obs.isEmpty else { throw ForecasterError.insufficientData("All data are missing") }
        let mean = obs.reduce(0, +) / Double(obs.count)
        var model: ARIMAModel
        if allowMean {
            model = try ARIMA(period: period, includeMean: true, method: .ml).fit(x, fixed: [mean])
        } else {
            model = try ARIMA(period: period, includeMean: false, method: .ml).fit(x)
        }
        model.constantForecast = obs[0]
        return model
    }

    /// R's fallbacks when the differenced series is constant. `x` is already on the
    /// Box–Cox scale; the returned model carries `lambda` so that forecasts are
    /// back-transformed (R's auto.arima drops λ on this path; we keep it on purpose).
    private func constantDifferencesModel(_ x: [Double], dx: [Double], d: Int, D: Int, period m: Int,
                                          xreg: Matrix?) throws -> ARIMAModel {
        let obs = dx.filter { !$0.isNaN }
        let mdx = obs.reduce(0, +) / Double(max(obs.count, 1))
        var model: ARIMAModel
        if xreg == nil {
            if D > 0 && d == 0 {
                model = try ARIMA(d: 0, D: D, period: m, includeMean: true, includeDrift: true)
                    .fit(x, fixed: [mdx / Double(m)])
            } else if D > 0 && d > 0 {
                model = try ARIMA(d: d, D: D, period: m).fit(x)
            } else if d == 2 {
                model = try ARIMA(d: d, period: m).fit(x)
            } else {
                model = try ARIMA(d: d, period: m, includeMean: true, includeDrift: d == 1).fit(x, fixed: [mdx])
            }
        } else {
            model = try ARIMA(d: d, D: D, period: m).fit(x, xreg: xreg)
        }
        model.spec.lambda = lambda
        model.spec.biasAdjust = biasAdjust
        return model
    }

    /// `nsdiffs` by the seasonal-strength heuristic.
    static func seasonalDifferences(_ x: [Double], period: Int, maxD: Int) -> Int {
        UnitRoot.nsdiffs(x, period: period, test: .seasonalStrength, maxD: maxD)
    }
}
