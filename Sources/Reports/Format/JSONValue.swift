/// A JSON value whose objects keep their keys in the order written, so Almanac's JSON
/// output reads in a sensible order and is byte-identical across runs.
///
/// Numbers print in Swift's shortest round-trip form; NaN and ±∞ (which JSON lacks)
/// print as `null`.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case number(Double)
    case integer(Int)
    case string(String)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    public static func numbers(_ xs: [Double]) -> JSONValue { .array(xs.map { .number($0) }) }

    /// Pretty-printed with two-space indentation and a trailing newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (k, (key, value)) in pairs.enumerated() {
                out += inner + JSONValue.quote(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += k == pairs.count - 1 ? "\n" : ",\n"
            }
            out += pad + "}"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of scalars stay on one line: forecast vectors read better that way.
            if items.allSatisfy({ $0.isScalar }) {
                out += "[" + items.map { $0.scalarText }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (k, value) in items.enumerated() {
                out += inner
                value.write(into: &out, indent: indent + 1)
                out += k == items.count - 1 ? "\n" : ",\n"
            }
            out += pad + "]"
        default:
            out += scalarText
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }

    private var scalarText: String {
        switch self {
        case .number(let x): return x.isFinite ? JSONValue.format(x) : "null"
        case .integer(let i): return String(i)
        case .string(let s): return JSONValue.quote(s)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        default: return ""
        }
    }

    /// Shortest round-trip decimal; integral values without a fractional part.
    static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
