/* What the self-checking guest programs of tests/dbt share: a result checked against a second
 * way of computing it (check: a FAIL line, and failures counted for the exit status), and the
 * instructions a part retired (report, when the program runs with "instret": rdinstret before and
 * after, a count every engine must give as the switch engine does; qemu-riscv64 counts host
 * ticks there, so the suite compares those lines between engines). */
#ifndef ISOMORPH_TESTS_DBT_SELFCHECK_H
#define ISOMORPH_TESTS_DBT_SELFCHECK_H

#include <stdint.h>
#include <stdio.h>

static int failures;
static int show_instret;

static inline uint64_t rdinstret(void)
{
	uint64_t v;
	__asm__ volatile("rdinstret %0" : "=r"(v));
	return v;
}

static inline void check(const char *what, long got, long want)
{
	if (got != want) {
		printf("FAIL %s: %ld, want %ld\n", what, got, want);
		failures++;
	}
}

static inline void report(const char *what, uint64_t before, uint64_t after)
{
	if (show_instret) printf("instret %s %llu\n", what, (unsigned long long)(after - before));
}

#endif
