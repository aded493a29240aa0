import AlmanacNumerics
import Forecaster

/// The auto-ARIMA counterfactual of `impact`, with its regular differencing re-examined when
/// KPSS left it out.
///
/// Auto-ARIMA chooses `d` by KPSS. When the series needs a seasonal difference, that test has
/// little power against a unit root whose increments are mostly seasonal moving average: the
/// airline model `(1−B)(1−B¹²)y = (1−0.4B)(1−0.6B¹²)ε` has a zero-frequency spectrum of only
/// 0.4²·0.6² of its innovation variance, and R's `auto.arima` takes `d = 0` with drift on 19%
/// of 146-month pre-periods of it. A `d = 0` counterfactual has bounded forecast variance, so
/// over a long post period its cumulative-effect test rejected 57–71% of those series under no
/// effect (the other 81%: 7%; `Benchmarks/breaks/size-power/RESULTS.md`).
///
/// So when auto-ARIMA chooses `d = 0`, the regular unit root is tested by likelihood ratio in
/// the vehicle ARIMA(1,1,1)(P,D,Q) (the chosen seasonal orders, regressors as given): its MA
/// coefficient at −1 cancels the difference and leaves ARIMA(1,0,0)(P,D,Q) with a diffuse
/// mean (drift when `D = 1`), the differencing the chosen model has (`MovingAverageUnitRootTest`;
/// the AR term keeps short-run persistence from being read as a unit root). A vehicle of fixed
/// low order keeps the test one fit pair; the orders are chosen afterwards by the search. When the LR exceeds the
/// χ²₁ 5% point, auto-ARIMA chooses the orders again with `d = 1`.
enum CounterfactualDifferencing {
    /// Auto-ARIMA's model for `pre`, refitted with `d = 1` when the likelihood ratio rejects
    /// the MA unit root that `d = 0` implies.
    static func autoARIMA(_ pre: [Double], period: Int, xreg: Matrix?) throws -> ARIMAModel {
        let chosen = try AutoARIMA().fit(pre, period: period, xreg: xreg)
        let s = chosen.spec
        guard chosen.constantForecast == nil, s.d == 0 else { return chosen }
        let vehicle = ARIMA(p: 1, d: 1, q: 1, P: s.P, D: s.D, Q: s.Q, period: s.period,
                            includeMean: false, includeDrift: false, method: .ml)
        guard let lr = MovingAverageUnitRootTest.statistic(pre, spec: vehicle, coefficient: 1, xreg: xreg),
              lr > MovingAverageUnitRootTest.criticalValue else { return chosen }
        var search = AutoARIMA()
        search.d = 1
        search.D = s.D
        return (try? search.fit(pre, period: period, xreg: xreg)) ?? chosen
    }
}
