import Foundation

/// A small seeded generator for ETS sample paths: xoshiro256** (Blackman & Vigna) seeded
/// through SplitMix64, with standard normals by the Box–Muller transform. Same seed, same
/// stream on every platform.
struct ETSRandom {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    private var spare: Double? = nil

    init(seed: UInt64) {
        var z = seed
        func splitMix() -> UInt64 {
            z &+= 0x9E37_79B9_7F4A_7C15
            var x = z
            x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
            x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
            return x ^ (x >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform on the open interval (0, 1) with 53 random bits.
    mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// Standard normal deviate (Box–Muller; the second value of each pair is kept).
    mutating func normal() -> Double {
        if let z = spare { spare = nil; return z }
        let u = uniform(), v = uniform()
        let r = (-2 * log(u)).squareRoot()
        let angle = 2 * Double.pi * v
        spare = r * sin(angle)
        return r * cos(angle)
    }
}
