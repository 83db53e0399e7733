/* Spectral norm in single precision: float arithmetic, int to float conversions and divisions in
 * the inner loops, float to int conversions in a histogram of the result vector, sqrtf.
 * usage: spectral [N [ITERATIONS]]
 * Self-checking: the norm of this matrix is 1.2742241...; the output (rounded, so that a fused
 * multiply-add where the compiler chose one cannot change it) is the same natively and on riscv64. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* the matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1) */
static float a(int i, int j)
{
	return 1.0f / (float)((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_a(const float *v, float *out, int n)
{
	for (int i = 0; i < n; i++) {
		float s = 0;
		for (int j = 0; j < n; j++) s += a(i, j) * v[j];
		out[i] = s;
	}
}

static void mul_at(const float *v, float *out, int n)
{
	for (int i = 0; i < n; i++) {
		float s = 0;
		for (int j = 0; j < n; j++) s += a(j, i) * v[j];
		out[i] = s;
	}
}

static void mul_ata(const float *v, float *out, float *tmp, int n)
{
	mul_a(v, tmp, n);
	mul_at(tmp, out, n);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2500;
	int iters = argc > 2 ? atoi(argv[2]) : 10;
	if (n < 1 || iters < 1) {
		fprintf(stderr, "usage: spectral [N [ITERATIONS]]\n");
		return 2;
	}
	float *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
	if (!u || !v || !tmp) return 1;
	for (int i = 0; i < n; i++) u[i] = 1;
	for (int k = 0; k < iters; k++) {
		mul_ata(u, v, tmp, n);
		mul_ata(v, u, tmp, n);
	}
	float vbv = 0, vv = 0;
	for (int i = 0; i < n; i++) {
		vbv += u[i] * v[i];
		vv += v[i] * v[i];
	}
	float norm = sqrtf(vbv / vv);
	/* the shape of the eigenvector: a histogram of its scaled components (float to int) */
	int hist[8] = { 0 };
	float top = u[0];
	for (int i = 0; i < n; i++) {
		int b = (int)(sqrtf(u[i] / top) * 7.99f);
		hist[b < 0 ? 0 : b > 7 ? 7 : b]++;
	}
	printf("%.5f\n", (double)norm);
	for (int i = 0; i < 8; i++) printf("%d%c", hist[i], i == 7 ? '\n' : ' ');
	if (fabsf(norm - 1.2742241f) > 1e-4f) {
		printf("wrong norm\n");
		return 1;
	}
	return 0;
}
