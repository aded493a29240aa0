/// Encodes a `Double` as a JSON number when finite and as the string "NaN",
/// "Infinity" or "-Infinity" otherwise, so that fitted models (whose residuals carry
/// NaN for missing values and whose CSS AIC is NaN) save with a default `JSONEncoder`.
struct NonFiniteDouble: Codable, Equatable, Sendable {
    var value: Double

    init(_ value: Double) { self.value = value }

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Double.self) { value = v; return }
        switch try c.decode(String.self) {
        case "NaN": value = .nan
        case "Infinity": value = .infinity
        case "-Infinity": value = -.infinity
        case let s: throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a number: \(s)")
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if value.isFinite { try c.encode(value) }
        else if value.isNaN { try c.encode("NaN") }
        else { try c.encode(value > 0 ? "Infinity" : "-Infinity") }
    }
}

extension KeyedEncodingContainer {
    mutating func encodeNonFinite(_ v: Double, forKey k: Key) throws { try encode(NonFiniteDouble(v), forKey: k) }
    mutating func encodeNonFinite(_ v: [Double], forKey k: Key) throws { try encode(v.map(NonFiniteDouble.init), forKey: k) }
    mutating func encodeNonFinite(_ v: Double?, forKey k: Key) throws {
        try encodeIfPresent(v.map(NonFiniteDouble.init), forKey: k)
    }
}

extension KeyedDecodingContainer {
    func decodeNonFinite(_ k: Key) throws -> Double { try decode(NonFiniteDouble.self, forKey: k).value }
    func decodeNonFiniteArray(_ k: Key) throws -> [Double] { try decode([NonFiniteDouble].self, forKey: k).map(\.value) }
    func decodeNonFiniteIfPresent(_ k: Key) throws -> Double? { try decodeIfPresent(NonFiniteDouble.self, forKey: k)?.value }
}
