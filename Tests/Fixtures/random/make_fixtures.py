"""Independent reference for RandomSource: xoshiro256** seeded by SplitMix64
(https://prng.di.unimi.it/), uniform = (top53 + 0.5)·2^-53, normals by Marsaglia polar.
Run: python3 make_fixtures.py > xoshiro_reference.json"""
import json, math

M = (1 << 64) - 1

def splitmix(state):
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return state, z ^ (z >> 31)

def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M

class Xoshiro:
    def __init__(self, seed):
        st = seed
        self.s = []
        for _ in range(4):
            st, v = splitmix(st)
            self.s.append(v)
    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result
    def uniform(self):
        return ((self.next() >> 11) + 0.5) * 2.0 ** -53

def normals(g, count):
    out = []
    while len(out) < count:
        u = 2 * g.uniform() - 1
        v = 2 * g.uniform() - 1
        s = u * u + v * v
        if 0 < s < 1:
            m = math.sqrt(-2 * math.log(s) / s)
            out += [u * m, v * m]
    return out[:count]

ref = {}
for seed in (0, 42, 20260301):
    g = Xoshiro(seed)
    raw = [str(g.next()) for _ in range(8)]
    g = Xoshiro(seed)
    uni = [g.uniform() for _ in range(8)]
    nor = normals(Xoshiro(seed), 9)
    ref[str(seed)] = {"raw": raw, "uniform": uni, "normal": nor}
print(json.dumps(ref, indent=1))
