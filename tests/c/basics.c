/* A mix of what compiled C does: recursion, function pointers, switch tables, 64- and 128-bit
 * arithmetic, setjmp/longjmp, malloc/realloc, string functions, printf formats, bit fields,
 * varargs. Prints results; compared with the native build. */
#include <inttypes.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int ack(int m, int n)
{
	if (m == 0) return n + 1;
	if (n == 0) return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

static const char *day(int d)
{
	switch (d) {
	case 0: return "sun"; case 1: return "mon"; case 2: return "tue"; case 3: return "wed";
	case 4: return "thu"; case 5: return "fri"; case 6: return "sat"; default: return "?";
	}
}

static int sum(int n, ...)
{
	va_list ap;
	va_start(ap, n);
	int s = 0;
	for (int i = 0; i < n; i++) s += va_arg(ap, int);
	va_end(ap);
	return s;
}

static jmp_buf jb;
static void deep(int n) { if (n == 0) longjmp(jb, 42); deep(n - 1); }

struct bits { unsigned a : 3, b : 7; signed c : 5; };

static int by_value(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void)
{
	printf("fib(25)=%ld ack(2,3)=%d\n", fib(25), ack(2, 3));
	int (*ops[])(int, ...) = { sum };
	printf("sum=%d\n", ops[0](5, 1, 2, 3, 4, 5));
	for (int d = 0; d < 8; d++) printf("%s ", day(d));
	printf("\n");

	volatile int64_t a = INT64_MIN, b = -1, z = 0;
	printf("min/-1 wraps? %" PRId64 " %" PRId64 "\n", a / 3, a % 7);
	printf("u: %" PRIu64 " %" PRIx64 " %" PRIo64 "\n", (uint64_t)a, (uint64_t)b, (uint64_t)12345);
	(void)z;
	unsigned __int128 p = (unsigned __int128)0xfedcba9876543210ull * 0x0123456789abcdefull;
	printf("128: %016" PRIx64 "%016" PRIx64 "\n", (uint64_t)(p >> 64), (uint64_t)p);
	__int128 q = (__int128)-123456789012345678ll * 98765432109876ll;
	printf("i128 hi %" PRId64 " lo %" PRIu64 "\n", (int64_t)(q >> 64), (uint64_t)q);
	printf("div: %d %d %u %u\n", -7 / 2, -7 % 2, 7u / 2u, 0xffffffffu % 10u);
	printf("shifts: %d %u %" PRId64 "\n", -256 >> 4, 0x80000000u >> 31, (int64_t)-1 << 40);
	printf("clz %d ctz %d pop %d\n", __builtin_clzll(0x00f0000000000000ull), __builtin_ctzll(0x100),
	       __builtin_popcountll(0xf0f0f0f0f0f0f0f0ull));

	int r = setjmp(jb);
	if (r == 0) deep(100);
	printf("longjmp returned %d\n", r);

	struct bits bf = { 5, 100, -9 };
	printf("bitfields %u %u %d size %zu\n", bf.a, bf.b, bf.c, sizeof bf);

	int *v = NULL;
	size_t n = 0;
	for (int i = 0; i < 100000; i++) {
		if ((i & (i - 1)) == 0) v = realloc(v, (n = i ? 2 * i : 1) * sizeof *v);
		v[i] = (i * 7919) % 10007;
	}
	qsort(v, 100000, sizeof *v, by_value);
	long acc = 0;
	for (int i = 0; i < 100000; i += 1000) acc += v[i] * (long)i;
	printf("sorted sample sum %ld first %d last %d cap %zu\n", acc, v[0], v[99999], n);
	free(v);

	char s[64] = "The quick brown fox";
	strcat(s, " jumps");
	printf("%s|%zu|%s|%d|%s\n", s, strlen(s), strchr(s, 'q'), strncmp(s, "The", 3), strstr(s, "fox"));
	char buf[128];
	snprintf(buf, sizeof buf, "[%5d|%-5d|%05d|%+d|%x|%#o|%c|%10.3s]", 42, 42, 42, 42, 255, 8, 'z', "abcdef");
	puts(buf);
	printf("%s %d %ld\n", "limits", INT_MAX, LONG_MIN);
	char *dup = strdup("memmove overlap test");
	memmove(dup + 2, dup, 10);
	printf("%s\n", dup);
	free(dup);
	return 0;
}
