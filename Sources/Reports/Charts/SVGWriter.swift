import Foundation

/// A small builder of SVG markup. Numbers are printed with fixed precision so the same
/// chart is byte-identical across runs and machines.
struct SVGWriter {
    private(set) var body: String = ""
    let width: Double
    let height: Double

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func n(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        guard r.isFinite else { return "0" }  // Int(±Inf) would trap; a degenerate scale draws at 0
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(format: "%.2f", r)
    }

    /// XML text escaping (the same rules as HTML's).
    static func escape(_ s: String) -> String { HTML.escape(s) }

    mutating func raw(_ s: String) { body += s + "\n" }

    mutating func rect(x: Double, y: Double, w: Double, h: Double, fill: String,
                       stroke: String? = nil, opacity: Double? = nil) {
        var a = "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(w))\" height=\"\(Self.n(h))\" fill=\"\(fill)\""
        if let stroke { a += " stroke=\"\(stroke)\"" }
        if let opacity { a += " fill-opacity=\"\(Self.n(opacity))\"" }
        raw(a + "/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        var a = "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\""
        if let dash { a += " stroke-dasharray=\"\(dash)\"" }
        raw(a + "/>")
    }

    /// A polyline through the points; NaN points break it into separate runs.
    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 1.5,
                           dash: String? = nil) {
        var run: [String] = []
        func flush(_ w: inout SVGWriter) {
            if run.count >= 2 {
                var a = "<polyline fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\" stroke-linejoin=\"round\""
                if let dash { a += " stroke-dasharray=\"\(dash)\"" }
                w.raw(a + " points=\"\(run.joined(separator: " "))\"/>")
            } else if run.count == 1 {
                let xy = run[0].split(separator: ",")
                w.raw("<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"\(Self.n(width))\" fill=\"\(stroke)\"/>")
            }
            run.removeAll()
        }
        for (x, y) in points {
            if x.isFinite && y.isFinite { run.append("\(Self.n(x)),\(Self.n(y))") } else { flush(&self) }
        }
        flush(&self)
    }

    /// A closed polygon (a band between two curves).
    mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double) {
        let pts = points.filter { $0.0.isFinite && $0.1.isFinite }
        guard pts.count >= 3 else { return }
        raw("<polygon fill=\"\(fill)\" fill-opacity=\"\(Self.n(opacity))\" stroke=\"none\" points=\"\(pts.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " "))\"/>")
    }

    mutating func text(_ s: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                       fill: String = "#222", weight: String? = nil, rotate: Double? = nil) {
        var a = "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
        if let weight { a += " font-weight=\"\(weight)\"" }
        if let rotate { a += " transform=\"rotate(\(Self.n(rotate)) \(Self.n(x)) \(Self.n(y)))\"" }
        raw(a + ">\(Self.escape(s))</text>")
    }

    func document() -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.n(width))" height="\(Self.n(height))" viewBox="0 0 \(Self.n(width)) \(Self.n(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">
        <rect x="0" y="0" width="\(Self.n(width))" height="\(Self.n(height))" fill="#ffffff"/>
        \(body)</svg>

        """
    }
}
