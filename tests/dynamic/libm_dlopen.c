/* Dynamic C: libc and libm through the ELF interpreter, and dlopen/dlsym at run time. */
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	double x = argc > 1 ? atof(argv[1]) : 2.0;
	printf("sqrt(%g) = %.12f, exp(1) = %.12f\n", x, sqrt(x), exp(1.0));
	void *h = dlopen("libm.so.6", RTLD_NOW);
	if (!h) {
		printf("dlopen failed: %s\n", dlerror());
		return 1;
	}
	double (*cosine)(double) = (double (*)(double))dlsym(h, "cos");
	if (!cosine) return 2;
	printf("cos(0.5) via dlsym = %.12f\n", cosine(0.5));
	if (fabs(cosine(0.5) - cos(0.5)) > 0) return 3;
	if (dlclose(h) != 0) return 4;
	char *s = strdup("dynamic");
	printf("%s ok\n", s);
	free(s);
	return 0;
}
