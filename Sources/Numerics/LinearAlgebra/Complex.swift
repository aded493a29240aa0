import Foundation

/// A complex number, as returned by general eigenvalue and polynomial-root routines.
public struct Complex: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var re: Double
    public var im: Double

    public init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    public init(re: Double, im: Double) {
        self.re = re
        self.im = im
    }

    /// `|z|`, computed with `hypot` (no overflow for large parts).
    public var modulus: Double { hypot(re, im) }

    /// `arg z` in (−π, π].
    public var argument: Double { atan2(im, re) }

    public var conjugate: Complex { Complex(re, -im) }

    /// True when the imaginary part is exactly zero.
    public var isReal: Bool { im == 0 }

    public static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    public static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    public static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }
    public static func * (s: Double, a: Complex) -> Complex { Complex(s * a.re, s * a.im) }

    public var description: String {
        im >= 0 ? "\(re)+\(im)i" : "\(re)\(im)i"
    }
}
