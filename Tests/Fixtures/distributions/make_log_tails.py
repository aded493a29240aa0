"""Reference values of log tail probabilities below the double range, for
DistributionEdgeCaseTests.logTailsBeyondDoubleRange. mpmath at 60 digits (incomplete beta and
gamma via the cross-checked 60-digit routines of make_fixtures.py).
Run: python3 make_log_tails.py > log_tails.csv"""
import mpmath as mp
src = open(__file__.replace("make_log_tails.py", "make_fixtures.py")).read().split("# ---- distributions")[0]
exec(src)
mp.mp.dps = 60
print("dist,p1,p2,tail,x,logvalue")


def emit(dist, p1, p2, tail, x, v):
    print(f"{dist},{p1!r},{p2!r},{tail},{x!r},{mp.nstr(mp.log(v), 20)}")


for k, x in [(3, 3000.0), (1e6, 1.3e6), (10, 2000.0)]:
    emit("chisq", k, 0, "upper", x, gamma_tails(mp.mpf(k) / 2, mp.mpf(x) / 2)[1])
for k, x in [(300, 1.0), (1e6, 7e5), (2.5, 1e-250)]:
    emit("chisq", k, 0, "lower", x, gamma_tails(mp.mpf(k) / 2, mp.mpf(x) / 2)[0])
for nu, t in [(5, 1e80), (1e6, 60.0), (2.5, 1e130), (30, 1e25)]:
    nu_, t_ = mp.mpf(nu), mp.mpf(t)
    xx = nu_ / (nu_ + t_ * t_); yy = t_ * t_ / (nu_ + t_ * t_)
    if xx < mp.mpf(10) ** -200:  # mp continued fraction needs no shortcut, but keep it fast
        val = mp.exp(nu_ / 2 * mp.log(xx) - mp.log(nu_ / 2) - (mp.loggamma(nu_ / 2) + mp.loggamma(0.5) - mp.loggamma(nu_ / 2 + 0.5))) \
            * mp.hyp2f1(nu_ / 2, mp.mpf(0.5), nu_ / 2 + 1, xx) / 2
    else:
        val = ibeta_tails(nu_ / 2, mp.mpf(0.5), xx, yy)[0] / 2
    emit("t", nu, 0, "upper", t, val)
for d1, d2, x, tail in [(5, 7, 1e100, "upper"), (1e6, 1e6, 1.1, "upper"), (1e3, 1e3, 0.05, "lower")]:
    d1_, d2_, x_ = mp.mpf(d1), mp.mpf(d2), mp.mpf(x)
    u = d1_ * x_ / (d1_ * x_ + d2_); v = d2_ / (d1_ * x_ + d2_)
    lo, up = ibeta_tails(d1_ / 2, d2_ / 2, u, v)
    emit("f", d1, d2, tail, x, up if tail == "upper" else lo)
