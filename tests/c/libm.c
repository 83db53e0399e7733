/* reference: qemu
 * libm's transcendental functions: their last bits may differ between glibc's x86-64 and riscv64
 * builds (FMA variants, different kernels), so qemu-riscv64 running the same binary is the
 * reference here, not the native build. */
#include <math.h>
#include <stdio.h>

int main(void)
{
	volatile double xs[] = { 0.0, 0.5, 1.0, 2.0, 3.14159, -7.5, 100.25, 1e-300, 1e300 };
	for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
		double x = xs[i];
		printf("%-8g sin %a cos %a exp %a log %a atan %a cbrt %a\n", x, sin(x), cos(x), exp(x),
		       log(fabs(x)), atan(x), cbrt(x));
		printf("%-8g pow %a hypot %a tanh %a sinf %a lgamma %a\n", x, pow(fabs(x), 0.37), hypot(x, 3),
		       tanh(x), (double)sinf((float)x), lgamma(fabs(x) + 0.5));
	}
	return 0;
}
