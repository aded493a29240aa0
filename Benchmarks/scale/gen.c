/* Synthetic monthly panel for the scale benchmarks: N series of 60–200 observations
 * (uniform), long form `unique_id,ds,y`, series contiguous and in time order, written to
 * standard output. Deterministic for a given seed (splitmix64 + Box–Muller).
 *
 *   cc -O2 -o gen gen.c -lm && ./gen 100000 42 > panel.csv
 *
 * Each series: positive level × (1 + trend·t) × (1 + seasonal amplitude·sin) plus AR(1)
 * noise; a share of series have no seasonality or no trend, so ETS sees every kind. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state;
static uint64_t next64(void) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static double uniform(void) { return (next64() >> 11) * (1.0 / 9007199254740992.0); }
static double normal(void) {
    double u = uniform(), v = uniform();
    if (u < 1e-300) u = 1e-300;
    return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: gen N [seed] [first-id]\n"); return 64; }
    long n = atol(argv[1]);
    state = argc > 2 ? strtoull(argv[2], 0, 10) : 42;
    long first = argc > 3 ? atol(argv[3]) : 0;
    static char buf[1 << 20];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    fputs("unique_id,ds,y\n", stdout);
    for (long s = first; s < first + n; s++) {
        int len = 60 + (int)(uniform() * 141);               /* 60..200 */
        int year = 1990 + (int)(uniform() * 20), month = 1 + (int)(uniform() * 12);
        double level = 100.0 + 900.0 * uniform();
        double trend = uniform() < 0.3 ? 0.0 : (uniform() - 0.3) * 0.01;
        double amp = uniform() < 0.3 ? 0.0 : 0.05 + 0.25 * uniform();
        double phase = 6.283185307179586 * uniform();
        double sd = 0.02 + 0.08 * uniform(), phi = 0.5 * uniform(), e = 0.0;
        for (int t = 0; t < len; t++) {
            e = phi * e + sd * normal();
            double y = level * (1.0 + trend * t) * (1.0 + amp * sin(phase + 6.283185307179586 * t / 12.0)) * (1.0 + e);
            if (y < 1.0) y = 1.0;
            printf("S%07ld,%04d-%02d-01,%.2f\n", s, year, month, y);
            if (++month > 12) { month = 1; year++; }
        }
    }
    return 0;
}
