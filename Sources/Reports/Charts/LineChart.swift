import Foundation

/// A time chart: lines, shaded bands, vertical event markers (optionally with a shaded
/// interval), horizontal reference lines, axes with readable ticks and a legend. Every
/// chart Almanac draws (forecast fans, F-statistic sequences, CUSUM paths, impact
/// panels) is one or more of these.
///
/// The x axis is numeric time (`2022.167` for March 2022, or an observation index);
/// `xLabel` turns a tick position into its label, so dates print in the data's calendar.
public struct LineChart: Sendable {
    public struct Line: Sendable {
        public var label: String
        public var x: [Double]
        public var y: [Double]
        public var color: String
        public var width: Double
        public var dashed: Bool
        public init(label: String, x: [Double], y: [Double], color: String, width: Double = 1.6, dashed: Bool = false) {
            self.label = label; self.x = x; self.y = y; self.color = color; self.width = width; self.dashed = dashed
        }
    }

    public struct Band: Sendable {
        public var label: String
        public var x: [Double]
        public var lower: [Double]
        public var upper: [Double]
        public var color: String
        public var opacity: Double
        public init(label: String, x: [Double], lower: [Double], upper: [Double], color: String, opacity: Double) {
            self.label = label; self.x = x; self.lower = lower; self.upper = upper; self.color = color; self.opacity = opacity
        }
    }

    /// A vertical marker at `x` (an event or a break date), with an optional shaded
    /// interval `[from, to]` around it (a break-date confidence interval).
    public struct Marker: Sendable {
        public var x: Double
        public var label: String
        public var interval: ClosedRange<Double>?
        public var color: String
        public init(x: Double, label: String, interval: ClosedRange<Double>? = nil, color: String = "#b22222") {
            self.x = x; self.label = label; self.interval = interval; self.color = color
        }
    }

    /// A horizontal reference line (a critical value, zero).
    public struct ReferenceLine: Sendable {
        public var y: Double
        public var label: String
        public var color: String
        public init(y: Double, label: String, color: String = "#b22222") {
            self.y = y; self.label = label; self.color = color
        }
    }

    public var title: String
    public var yLabel: String
    public var xLabel: @Sendable (Double) -> String
    public var lines: [Line] = []
    public var bands: [Band] = []
    public var markers: [Marker] = []
    public var references: [ReferenceLine] = []
    public var width: Double = 860
    public var height: Double = 420
    /// Time axes tick on whole units (years); index axes may use any nice step.
    public var integerXTicks: Bool = true
    /// A fixed x range (stacked panels share one); `nil` spans the data.
    public var xDomain: ClosedRange<Double>? = nil

    public init(title: String, yLabel: String, xLabel: @escaping @Sendable (Double) -> String = { String(Int($0.rounded())) }) {
        self.title = title
        self.yLabel = yLabel
        self.xLabel = xLabel
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        var w = SVGWriter(width: width, height: height)
        draw(into: &w, originX: 0, originY: 0)
        return w.document()
    }

    func dataRanges() -> (x: (Double, Double), y: (Double, Double)) {
        var xs: [Double] = [], ys: [Double] = []
        for l in lines { xs += l.x; ys += l.y }
        for b in bands { xs += b.x; ys += b.lower; ys += b.upper }
        for m in markers { xs.append(m.x); if let i = m.interval { xs += [i.lowerBound, i.upperBound] } }
        for r in references { ys.append(r.y) }
        let fx = xs.filter(\.isFinite), fy = ys.filter(\.isFinite)
        let x = xDomain.map { ($0.lowerBound, $0.upperBound) } ?? (fx.min() ?? 0, fx.max() ?? 1)
        return (x, (fy.min() ?? 0, fy.max() ?? 1))
    }

    func draw(into w: inout SVGWriter, originX: Double, originY: Double) {
        let left = originX + 78, right = originX + width - 24
        let top = originY + 62, bottom = originY + height - 40
        let ranges = dataRanges()
        let xs = NiceScale(minimum: ranges.x.0, maximum: ranges.x.1, target: 8, integerStep: integerXTicks)
        // The x axis spans the data exactly; ticks are drawn only inside it.
        let x0 = ranges.x.0, x1 = ranges.x.1 > ranges.x.0 ? ranges.x.1 : ranges.x.0 + 1
        let ys = NiceScale(minimum: ranges.y.0, maximum: ranges.y.1, target: 6)
        func px(_ x: Double) -> Double { left + (x - x0) / (x1 - x0) * (right - left) }
        func py(_ y: Double) -> Double { bottom - (y - ys.lower) / (ys.upper - ys.lower) * (bottom - top) }

        w.text(title, x: left, y: originY + 24, size: 16, weight: "bold")
        // Grid and y ticks.
        for t in ys.ticks {
            w.line(x1: left, y1: py(t), x2: right, y2: py(t), stroke: "#e6e6e6")
            w.text(ys.label(t), x: left - 8, y: py(t) + 4, size: 11, anchor: "end", fill: "#444")
        }
        for t in xs.ticks where t >= x0 - 1e-9 && t <= x1 + 1e-9 {
            w.line(x1: px(t), y1: bottom, x2: px(t), y2: bottom + 5, stroke: "#444")
            w.line(x1: px(t), y1: top, x2: px(t), y2: bottom, stroke: "#f0f0f0")
            w.text(xLabel(t), x: px(t), y: bottom + 19, size: 11, anchor: "middle", fill: "#444")
        }
        w.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#444")
        w.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#444")
        w.text(yLabel, x: originX + 18, y: (top + bottom) / 2, size: 12, anchor: "middle", fill: "#333", rotate: -90)

        for m in markers {
            if let i = m.interval {
                w.rect(x: px(i.lowerBound), y: top, w: max(1, px(i.upperBound) - px(i.lowerBound)),
                       h: bottom - top, fill: m.color, opacity: 0.10)
            }
        }
        for b in bands {
            let upperPts = zip(b.x, b.upper).map { (px($0), py($1)) }
            let lowerPts = zip(b.x, b.lower).map { (px($0), py($1)) }.reversed()
            w.polygon(upperPts + lowerPts, fill: b.color, opacity: b.opacity)
        }
        for r in references {
            w.line(x1: left, y1: py(r.y), x2: right, y2: py(r.y), stroke: r.color, width: 1.2, dash: "6 4")
            w.text(r.label, x: right - 4, y: py(r.y) - 5, size: 11, anchor: "end", fill: r.color)
        }
        for l in lines {
            w.polyline(zip(l.x, l.y).map { (px($0), py($1)) }, stroke: l.color, width: l.width,
                       dash: l.dashed ? "5 4" : nil)
        }
        // Marker labels: shortened, placed left of the line when they would run off the
        // plot, and stacked in the first text row where they overlap no earlier label.
        var rows: [[ClosedRange<Double>]] = []
        for m in markers {
            w.line(x1: px(m.x), y1: top, x2: px(m.x), y2: bottom, stroke: m.color, width: 1.2, dash: "3 3")
            let text = m.label.count > 34 ? String(m.label.prefix(33)) + "…" : m.label
            let textWidth = Double(text.count) * 6.2
            let leftward = px(m.x) + 4 + textWidth > right
            let x0 = leftward ? px(m.x) - 4 - textWidth : px(m.x) + 4
            let extent = (x0 - 3)...(x0 + textWidth + 3)
            var row = rows.firstIndex { $0.allSatisfy { !$0.overlaps(extent) } } ?? rows.count
            if row == rows.count { rows.append([]) }
            rows[row].append(extent)
            row = min(row, 5)
            let y = top + 14 + Double(row) * 14
            w.text(text, x: leftward ? px(m.x) - 4 : px(m.x) + 4, y: y, size: 11,
                   anchor: leftward ? "end" : "start", fill: m.color)
        }
        // Legend: one row under the title, left to right.
        var legend: [(String, String, Double?)] = lines.filter { !$0.label.isEmpty }.map { ($0.label, $0.color, nil) }
        legend += bands.filter { !$0.label.isEmpty }.map { ($0.label, $0.color, $0.opacity) }
        var lx = left
        let ly = originY + 42
        for (label, color, bandOpacity) in legend {
            if let bandOpacity {
                w.rect(x: lx, y: ly - 9, w: 18, h: 10, fill: color, opacity: min(1, bandOpacity * 1.2))
            } else {
                w.line(x1: lx, y1: ly - 4, x2: lx + 18, y2: ly - 4, stroke: color, width: 2.5)
            }
            w.text(label, x: lx + 23, y: ly, size: 11, fill: "#333")
            lx += 23 + Double(label.count) * 6.6 + 18
        }
    }
}

/// Several charts stacked vertically in one SVG (the impact panels).
public struct ChartStack: Sendable {
    public var charts: [LineChart]
    public init(_ charts: [LineChart]) { self.charts = charts }

    public func svg() -> String {
        let width = charts.map(\.width).max() ?? 860
        let height = charts.map(\.height).reduce(0, +)
        var w = SVGWriter(width: width, height: height)
        var y = 0.0
        for c in charts {
            c.draw(into: &w, originX: 0, originY: y)
            y += c.height
        }
        return w.document()
    }
}
