import Forecaster

/// The forecast fan chart: history, the forecast mean, and its 80% and 95% bands (or
/// whichever levels the forecast carries, widest palest), with event markers.
public enum ForecastChart {
    /// - Parameters:
    ///   - title: the chart's title.
    ///   - unit: the label of the value axis.
    ///   - historyX: the time positions of the observations.
    ///   - history: the observed values.
    ///   - forecastX: the time positions of the forecast steps.
    ///   - forecast: the forecast drawn as the mean and its bands.
    ///   - events: vertical markers (position, label).
    ///   - xLabel: turns a tick position into a date label.
    public static func make(title: String, unit: String, historyX: [Double], history: [Double],
                            forecastX: [Double], forecast: Forecast, events: [(Double, String)] = [],
                            xLabel: @escaping @Sendable (Double) -> String) -> LineChart {
        var chart = LineChart(title: title, yLabel: unit, xLabel: xLabel)
        // Widest level first so narrower bands draw on top of it.
        let order = forecast.levels.indices.sorted { forecast.levels[$0] > forecast.levels[$1] }
        for (rank, k) in order.enumerated() {
            let opacity = rank == order.count - 1 ? 0.45 : 0.22
            chart.bands.append(.init(label: "\(formatLevel(forecast.levels[k]))% interval", x: forecastX,
                                     lower: forecast.lower[k], upper: forecast.upper[k],
                                     color: "#2b6cb0", opacity: opacity))
        }
        chart.lines.append(.init(label: "history", x: historyX, y: history, color: "#1a1a1a", width: 1.4))
        // Join the forecast to the last observation so the eye follows it.
        var fx = forecastX, fy = forecast.mean
        if let lx = historyX.last, let ly = history.last, ly.isFinite {
            fx.insert(lx, at: 0)
            fy.insert(ly, at: 0)
        }
        chart.lines.append(.init(label: "forecast (\(forecast.model))", x: fx, y: fy, color: "#2b6cb0", width: 2))
        chart.markers = events.map { LineChart.Marker(x: $0.0, label: $0.1) }
        return chart
    }

    static func formatLevel(_ l: Double) -> String {
        l == l.rounded() ? String(Int(l)) : String(l)
    }
}
