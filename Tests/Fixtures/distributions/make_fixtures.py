"""Reference values for Tests/NumericsTests/DistributionTests.swift.

Abscissae are scipy 1.17 ppf/isf values (so the grid reaches tail probabilities down to
1e-300); every reference *value* is computed with mpmath at 60 significant digits:
  * normal: mpmath.ncdf / npdf;
  * incomplete beta and gamma: mpmath.betainc / gammainc where their hypergeometric series
    converge, otherwise (large shape parameters) the same continued fractions / series
    evaluated in 60-digit arithmetic; both are cross-checked against each other to 1e-30
    wherever both are available;
  * quantiles: mpmath.findroot on log(tail(exp(s))) = log(p) started at scipy's estimate.
Run: python3 make_fixtures.py  (writes distributions.csv; ~2 minutes)."""
import csv, math, sys
import mpmath as mp
from scipy import stats

mp.mp.dps = 60
EPS = mp.mpf(10) ** -55


def ibeta_cf(a, b, x):
    """I_x(a,b) via the Lentz continued fraction in mp arithmetic (x below the mean)."""
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    front = mp.exp(a * mp.log(x) + b * mp.log1p(-x) - (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))) / a
    tiny = mp.mpf(10) ** -300
    qab, qap, qam = a + b, a + 1, a - 1
    c = mp.mpf(1)
    d = 1 - qab * x / qap
    d = 1 / d
    h = d
    m = 1
    while True:
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d; d = tiny if abs(d) < tiny else d
        c = 1 + aa / c; c = tiny if abs(c) < tiny else c
        d = 1 / d; h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d; d = tiny if abs(d) < tiny else d
        c = 1 + aa / c; c = tiny if abs(c) < tiny else c
        d = 1 / d; de = d * c; h *= de
        if abs(de - 1) < EPS:
            break
        m += 1
        if m > 5_000_000:
            raise RuntimeError("cf")
    return front * h


def ibeta_tails(a, b, x, y):
    """(I_x(a,b), 1 - I_x(a,b)) in mp; x and y = 1 - x given exactly (mp numbers)."""
    a, b = mp.mpf(a), mp.mpf(b)
    if x < (a + 1) / (a + b + 2):
        lo = ibeta_cf(a, b, x)
        small, which = lo, 0
    else:
        up = ibeta_cf(b, a, y)
        small, which = up, 1
    if a < 1e4 and b < 1e4:  # cross-check with mpmath's hypergeometric evaluation
        try:
            ref = mp.betainc(a, b, 0, x, regularized=True) if which == 0 else mp.betainc(b, a, 0, y, regularized=True)
            if small != 0 and abs(ref / small - 1) > mp.mpf(10) ** -30:
                sys.exit(f"betainc cross-check failed a={a} b={b} x={x}: {ref} vs {small}")
        except mp.libmp.libhyper.NoConvergence:
            pass
    return (small, 1 - small) if which == 0 else (1 - small, small)


def gamma_tails(a, x):
    """(P(a,x), Q(a,x)) in mp, series below a+1, continued fraction above; cross-checked."""
    a, x = mp.mpf(a), mp.mpf(x)
    front = mp.exp(a * mp.log(x) - x - mp.loggamma(a))
    if x < a + 1:
        ap, de, s = a, mp.mpf(1), mp.mpf(1)
        while True:
            ap += 1; de *= x / ap; s += de
            if de < s * EPS:
                break
        p = front * s / a
        small, which = p, 0
    else:
        tiny = mp.mpf(10) ** -300
        bb = x + 1 - a; c = 1 / tiny; d = 1 / bb; h = d; i = 1
        while True:
            an = -i * (i - a); bb += 2
            d = an * d + bb; d = tiny if abs(d) < tiny else d
            c = bb + an / c; c = tiny if abs(c) < tiny else c
            d = 1 / d; de = d * c; h *= de
            if abs(de - 1) < EPS:
                break
            i += 1
        small, which = front * h, 1
    if a < 1e4:
        try:
            ref = mp.gammainc(a, 0, x, regularized=True) if which == 0 else mp.gammainc(a, x, mp.inf, regularized=True)
            if small != 0 and abs(ref / small - 1) > mp.mpf(10) ** -30:
                sys.exit(f"gammainc cross-check failed a={a} x={x}: {ref} vs {small}")
        except mp.libmp.libhyper.NoConvergence:
            pass
    return (small, 1 - small) if which == 0 else (1 - small, small)


# ---- distributions in mp: return (cdf, sf, pdf) at an exact double x -------------------
def normal(x):
    x = mp.mpf(x)
    return mp.ncdf(x), mp.ncdf(-x), mp.npdf(x)


def student(nu, t):
    nu, t = mp.mpf(nu), mp.mpf(t)
    if t == 0:
        tail = mp.mpf(0.5)
    else:
        x = nu / (nu + t * t); y = t * t / (nu + t * t)
        tail = ibeta_tails(nu / 2, mp.mpf(0.5), x, y)[0] / 2
    cdf, sf = (tail, 1 - tail) if t <= 0 else (1 - tail, tail)
    pdf = mp.exp(mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2
                 - (nu + 1) / 2 * mp.log1p(t * t / nu))
    return cdf, sf, pdf


def chisq(k, x):
    k, x = mp.mpf(k), mp.mpf(x)
    p, q = gamma_tails(k / 2, x / 2)
    pdf = mp.exp((k / 2 - 1) * mp.log(x) - x / 2 - (k / 2) * mp.log(2) - mp.loggamma(k / 2))
    return p, q, pdf


def fdist(d1, d2, x):
    d1, d2, x = mp.mpf(d1), mp.mpf(d2), mp.mpf(x)
    u = d1 * x / (d1 * x + d2); v = d2 / (d1 * x + d2)
    p, q = ibeta_tails(d1 / 2, d2 / 2, u, v)
    a, b = d1 / 2, d2 / 2
    logpdf = (a * mp.log(u) + b * mp.log(v) - (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))) - mp.log(x)
    return p, q, mp.exp(logpdf)


def quantile(f, p, guess, upper):
    """Solve tail(x) = p in s = log x (x > 0) to ~50 digits; f returns (cdf, sf, pdf)."""
    lp = mp.log(p)
    g = lambda s: mp.log(f(mp.exp(s))[1 if upper else 0]) - lp
    s0 = mp.log(mp.mpf(guess))
    return mp.exp(mp.findroot(g, (s0, s0 + mp.mpf(10) ** -8), solver="secant", tol=mp.mpf(10) ** -45))


PS = [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 1e-3, 0.025, 0.2, 0.5]
QPS = [1e-300, 1e-100, 1e-10, 1e-3, 0.025, 0.3, 0.7, 0.975, 0.999]
rows = []


def emit(kind, dist, p1, p2, x, value):
    v = float(value)
    if v != 0 and abs(v) < 2.3e-308:  # below the normal range: skip (subnormal precision)
        return
    rows.append([kind, dist, repr(p1), repr(p2), repr(float(x)), repr(v)])


def grid(sp):
    xs = set()
    for p in PS:
        for v in (sp.ppf(p), sp.isf(p)):
            if math.isfinite(v) and v != 0:
                xs.add(float(v))
    return sorted(xs)


def add_dist(name, p1, p2, sp, f, positive, signed=False):
    xs = grid(sp)
    if positive:
        xs = [x for x in xs if x > 0]
    for x in xs:
        cdf, sf, pdf = f(x)
        emit("cdf", name, p1, p2, x, cdf); emit("sf", name, p1, p2, x, sf); emit("pdf", name, p1, p2, x, pdf)
    for p in QPS:
        est = sp.ppf(p)
        if not (math.isfinite(est) and est != 0):
            continue
        if signed:  # t: solve for |t| on the tail that is below one half
            pp = p if p <= 0.5 else 1 - p
            mag = quantile(lambda m: f(-m), pp, abs(est), upper=False)  # cdf at -m decreasing..
            q = -mag if p <= 0.5 else mag
        elif p <= 0.5:
            q = quantile(f, mp.mpf(p), est, upper=False)
        else:
            q = quantile(f, 1 - mp.mpf(p), est, upper=True)
        emit("quantile", name, p1, p2, p, q)
    for qv in [1e-300, 1e-100, 1e-10]:  # inverse survival at tiny upper-tail probabilities
        est = sp.isf(qv)
        if not (math.isfinite(est) and est > 0):
            continue
        emit("isf", name, p1, p2, qv, quantile(f, mp.mpf(qv), est, upper=True))


# Normal
for x in [-38.4, -37.5, -30, -20, -10, -5, -3, -1.5, -0.5, 0.0, 0.3, 1, 2.5, 8, 20, 37, 38.4]:
    c, s, d = normal(x)
    emit("cdf", "normal", 0, 0, x, c); emit("sf", "normal", 0, 0, x, s); emit("pdf", "normal", 0, 0, x, d)
for p in [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 1e-3, 0.025, 0.1, 0.3, 0.5, 0.7, 0.975, 0.999999]:
    q = mp.mpf(0) if p == 0.5 else (-quantile(lambda m: normal(-m), mp.mpf(p), -stats.norm.ppf(p), upper=False)
                                    if p < 0.5 else quantile(normal, 1 - mp.mpf(p), stats.norm.ppf(p), upper=True))
    emit("quantile", "normal", 0, 0, p, q)

for nu in [0.5, 1, 2.5, 3, 10, 30, 1e3, 1e6, 1e10]:
    print("t", nu, file=sys.stderr)
    add_dist("t", nu, 0, stats.t(nu), lambda x, nu=nu: student(nu, x), positive=False, signed=True)
for k in [0.5, 1, 2.5, 10, 1e3, 1e6, 1e8]:
    print("chisq", k, file=sys.stderr)
    add_dist("chisq", k, 0, stats.chi2(k), lambda x, k=k: chisq(k, x), positive=True)
for d1, d2 in [(1, 1), (0.5, 3), (2.5, 10), (10, 2.5), (5, 1e3), (1e3, 1e3), (1e6, 1e6), (3, 1e6), (1e6, 4), (4, 1e10), (1e10, 1e10)]:
    print("F", d1, d2, file=sys.stderr)
    add_dist("f", d1, d2, stats.f(d1, d2), lambda x, d1=d1, d2=d2: fdist(d1, d2, x), positive=True)

# Special functions directly.
for x in [1e-300, 1e-10, 0.25, 0.5, 1, 1.5, 2, 2.5, 3.7, 10, 100, 1e5, 1e10, 1e100, 1e300]:
    emit("logGamma", "special", 0, 0, x, mp.loggamma(mp.mpf(x)))
for a, b, x in [(0.5, 0.5, 0.3), (2, 3, 0.4), (0.1, 10, 0.001), (10, 0.1, 0.999), (50, 60, 0.45),
                (5e5, 5e5, 0.4995), (5e5, 5e5, 0.5008), (5e9, 0.5, 1 - 9e-10), (100, 200, 0.1), (1e-3, 1e-3, 0.5)]:
    lo, up = ibeta_tails(a, b, mp.mpf(x), 1 - mp.mpf(x))
    emit("betaI", "special", a, b, x, lo)
for a, x in [(0.25, 1e-5), (0.5, 2), (1, 1), (3, 0.5), (10, 30), (100, 90), (5e5, 499000), (5e5, 501500), (1e-3, 0.1)]:
    p, q = gamma_tails(a, x)
    emit("gammaP", "special", a, 0, x, p); emit("gammaQ", "special", a, 0, x, q)

with open("distributions.csv", "w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["kind", "dist", "p1", "p2", "x", "value"])
    w.writerows(rows)
print(len(rows), "rows", file=sys.stderr)
