/* Floating point as compiled C uses it: arithmetic, conversions both ways, comparisons with NaN,
 * fma, sqrt, rounding functions, float vs double, printf of special values, and the exact bits
 * of results (%a). IEEE 754 basic operations give the same bits on every conforming machine, so
 * the native build is the reference. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t bits_d(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

int main(void)
{
	volatile double zero = 0.0, one = 1.0, third = 1.0 / 3.0, big = 1e308, tiny = 4.9e-324;
	volatile float f3 = 1.0f / 3.0f, fbig = 3e38f;
	printf("%a %a %a\n", third, (double)f3, third * 3);
	printf("%.17g %.17g %.9g\n", big * 10, -big * 10, fbig * 10);
	volatile double half_tiny = tiny * 0.5; /* a separate statement: no fused multiply-add */
	printf("%a %a\n", tiny / 2, half_tiny + tiny);
	double nan = zero / zero;
	printf("nan: %d %d %d %d\n", nan == nan, nan < one, nan != nan, isnan(nan));
	printf("sqrt %a %a %a\n", sqrt(2.0), sqrt(third), (double)sqrtf(2.0f));
	printf("fma %a %a\n", fma(third, 3.0, -1.0), (double)fmaf(f3, 3.0f, -1.0f));
	printf("conv %ld %ld %d %u\n", (long)-2.9, (long)2.9, (int)-0.5, (unsigned)3.99);
	printf("conv %a %a %a\n", (double)INT64_MAX, (double)(uint64_t)UINT64_MAX, (double)(float)16777217);
	printf("round %g %g %g %g %g\n", floor(-2.5), ceil(-2.5), trunc(-2.5), round(-2.5), rint(-2.5));
	printf("lround %ld %ld %ld\n", lround(2.5), lrint(2.5), lrint(3.5));
	printf("minmax %g %g %g\n", fmin(nan, 1.0), fmax(-0.0, 0.0), fmin(-0.0, 0.0));
	printf("copysign %g %g fabs %g\n", copysign(3, -0.0), copysign(-3, 1), fabs(-7.25));
	double acc = 0;
	for (volatile int i = 1; i <= 1000; i++) acc += 1.0 / ((double)i * i);
	printf("basel %.17g %016llx\n", acc, (unsigned long long)bits_d(acc));
	float facc = 0;
	for (int i = 1; i <= 1000; i++) facc += 1.0f / ((float)i * (float)i);
	printf("basel f %.9g\n", facc);
	printf("eps %a %a %a\n", DBL_EPSILON, (double)FLT_EPSILON, DBL_MIN);
	printf("cmp %d %d %d\n", -0.0 == 0.0, 1.0 / -0.0 < 0, islessgreater(1.0, 2.0));
	long double ld = 1.0L / 3.0L; /* 128-bit quad on riscv64, 80-bit on x86: print at double */
	printf("ld %.15f\n", (double)ld);
	return 0;
}
