/* Superblocks: loops whose bodies branch forward (a block goes on along a branch's fall-through,
 * the branch taken is a side exit), run hot so that they are translated, with every result checked
 * here against a second way of computing it. With an argument "instret", it also prints how many
 * instructions each loop retired (rdinstret before and after): a count that does not depend on
 * the engine, since side exits take back the instructions a block counted at its entry and did not
 * run. qemu-riscv64 counts host ticks there, so the suite compares those lines between engines. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "selfcheck.h"

/* A sieve: the inner loop's test `if (composite) continue` is a side exit in the middle of the
 * outer loop's block. */
static long sieve(int n)
{
	static unsigned char composite[200000];
	memset(composite, 0, sizeof composite);
	long count = 0;
	for (int i = 2; i < n; i++) {
		if (composite[i]) continue;
		count++;
		for (long j = (long)i * i; j < n; j += i) composite[j] = 1;
	}
	return count;
}

static long trial_division(int n)
{
	long count = 0;
	for (int i = 2; i < n; i++) {
		int prime = 1;
		for (int d = 2; (long)d * d <= i; d++)
			if (i % d == 0) {
				prime = 0;
				break;
			}
		count += prime;
	}
	return count;
}

/* Early exits: the first index where two arrays differ, searched with a loop whose body has two
 * side exits (the end, a difference) and a branch to skip equal words. */
static long first_difference(const uint32_t *a, const uint32_t *b, long n)
{
	for (long i = 0; i < n; i++) {
		if (a[i] == b[i]) continue;
		if ((a[i] ^ b[i]) & 0xff) return i;
		if (a[i] > b[i]) return -i;
	}
	return n;
}

/* Counting trailing zeros by bytes (as libgcc does without Zbb): a loop of two blocks joined
 * into one looping block. */
static int ctz_bytes(uint64_t x)
{
	int n = 0;
	if (!x) return 64;
	while (!(x & 0xff)) {
		x >>= 8;
		n += 8;
	}
	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
}

int main(int argc, char **argv)
{
	show_instret = argc > 1 && strcmp(argv[1], "instret") == 0;

	uint64_t t0 = rdinstret();
	long primes = sieve(200000);
	uint64_t t1 = rdinstret();
	report("sieve", t0, t1);
	check("sieve against trial division", primes, trial_division(200000));
	check("primes below 200000", primes, 17984);

	static uint32_t a[4096], b[4096];
	long found = 0;
	t0 = rdinstret();
	for (int round = 0; round < 4096; round++) {
		for (int i = 0; i < 4096; i++) a[i] = b[i] = (uint32_t)(i * 2654435761u);
		int at = (round * 37) % 4096;
		b[at] ^= round & 1 ? 0x100u : 0x1u;
		long d = first_difference(a, b, 4096);
		/* a low byte changed: found there; a higher one: found when a's word is the larger */
		long want = round & 1 ? (a[at] > b[at] ? -at : 4096) : at;
		check("first difference", d, want);
		found += d;
	}
	t1 = rdinstret();
	report("first_difference", t0, t1);

	long total = 0;
	t0 = rdinstret();
	for (uint64_t i = 1; i < 300000; i++) {
		uint64_t x = i * 0x9e3779b97f4a7c15ull;
		int n = ctz_bytes(x);
		if (n != __builtin_ctzll(x)) {
			check("ctz", n, __builtin_ctzll(x));
			break;
		}
		total += n;
	}
	t1 = rdinstret();
	report("ctz", t0, t1);

	printf("primes %ld, differences %ld, trailing zeros %ld\n", primes, found, total);
	if (failures) return 1;
	printf("ok\n");
	return 0;
}
