// The `Almanac` library: one import for programs that forecast and test for breaks.
//
//     import Almanac
//
// re-exports the libraries a user needs — dated series and CSV readers (`TimeSeries`), the
// models, intervals, annual totals and accuracy measures (`Forecaster`), the break tests
// (`Breaks`), counterfactual impact and intervention analysis (`Impact`) and the matrices
// and distributions they expose (`AlmanacNumerics`, e.g. the `Matrix` of
// `Forecast.errorCovariance`) — so that no program has to import them one by one.
@_exported import Breaks
@_exported import Forecaster
@_exported import Impact
@_exported import AlmanacNumerics
@_exported import TimeSeries
