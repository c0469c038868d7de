// What one 8-lane AVX2 operation costs on this machine, in cycles of throughput: the figures
// docs/performance.md ("What misses the targets") reasons with. Not part of the package.
//
//   clang -O2 -march=native scripts/probe-vector-units.c -o /tmp/probe-vector-units && /tmp/probe-vector-units
//
// The clock comes from a chain of dependent additions (3 cycles each on Zen 3); each other
// operation runs as 12 independent chains, so that only its throughput
// counts. The empty `asm` statements keep the compiler from folding or reordering the chains.

#include <immintrin.h>
#include <stdio.h>
#include <time.h>

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

#define STEPS 50000000L
#define KEEP(v) __asm__ volatile("" : "+x"(v))
#define KEEP12(v) KEEP(v[0]); KEEP(v[1]); KEEP(v[2]); KEEP(v[3]); KEEP(v[4]); KEEP(v[5]); \
                  KEEP(v[6]); KEEP(v[7]); KEEP(v[8]); KEEP(v[9]); KEEP(v[10]); KEEP(v[11])

// Seconds per operation for `op` applied to 12 independent chains, STEPS times.
#define TIME12(name, op)                                                               \
    do {                                                                               \
        __m256 v[12];                                                                  \
        for (int j = 0; j < 12; j++) v[j] = _mm256_set1_ps(1.0f + j);                  \
        double start = seconds();                                                      \
        for (long i = 0; i < STEPS; i++) {                                             \
            for (int j = 0; j < 12; j++) v[j] = op;                                    \
            KEEP12(v);                                                                 \
        }                                                                              \
        double each = (seconds() - start) / (STEPS * 12.0);                            \
        printf("%-26s %.2f cycles\n", name, each / cycle);                             \
    } while (0)

int main(void) {
    __m256 tiny = _mm256_set1_ps(1e-9f), near1 = _mm256_set1_ps(0.999f);
    __m256i reverse = _mm256_set_epi32(0, 1, 2, 3, 4, 5, 6, 7);

    __m256 chain = _mm256_set1_ps(1.0f);
    double start = seconds();
    for (long i = 0; i < 4 * STEPS; i++) {
        chain = _mm256_add_ps(chain, tiny);
        KEEP(chain);
    }
    double cycle = (seconds() - start) / (4 * STEPS) / 3;
    printf("clock                      %.2f GHz (a dependent vaddps taken as 3 cycles)\n", 1e-9 / cycle);

    TIME12("vfmadd231ps", _mm256_fmadd_ps(v[j], near1, tiny));
    TIME12("vaddps", _mm256_add_ps(v[j], tiny));
    TIME12("vpermps (8 entries)", _mm256_permutevar8x32_ps(v[j], reverse));
    TIME12("vpermilps (4 entries)", _mm256_permutevar_ps(v[j], reverse));
    TIME12("vblendvps", _mm256_blendv_ps(v[j], tiny, v[j]));
    TIME12("vdivps", _mm256_div_ps(tiny, v[j]));
    return 0;
}
