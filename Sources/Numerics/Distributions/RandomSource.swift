/// A small, fast, deterministic pseudo-random generator for seeded simulations:
/// xoshiro256** (Blackman & Vigna 2018) with its 256-bit state filled from the 64-bit seed
/// by SplitMix64, as the authors recommend. Same seed → same stream on every platform.
///
/// Not cryptographic. The stream is *not* R's Mersenne Twister: simulations are
/// reproducible within Almanac, not draw-for-draw against R.
public struct RandomSource: Sendable, Codable, Equatable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The second normal deviate of the last polar pair, returned by the next call.
    private var spareNormal: Double?

    public init(seed: UInt64) {
        var sm = seed
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
        spareNormal = nil
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// The next raw 64-bit output of xoshiro256**.
    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// A uniform draw on the open interval (0, 1): the top 53 bits, offset by half a step so
    /// that neither 0 nor 1 can occur (safe for `log(u)`).
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// A uniform draw on (lower, upper).
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * uniform()
    }

    /// A standard-normal draw by Marsaglia's polar method: draw (u, v) uniform on the square
    /// (−1, 1)², reject unless `0 < s = u² + v² < 1`, and return `u·√(−2 ln s / s)`; the twin
    /// `v·√(−2 ln s / s)` is kept for the next call.
    public mutating func normal() -> Double {
        if let z = spareNormal {
            spareNormal = nil
            return z
        }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let m = (-2 * _log(s) / s).squareRoot()
                spareNormal = v * m
                return u * m
            }
        }
    }

    /// A normal draw with the given mean and standard deviation.
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }
}

import Foundation
@inline(__always) private func _log(_ x: Double) -> Double { Foundation.log(x) }
