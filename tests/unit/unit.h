/* What every unit test shares: counters, CHECK, and the closing line the runner reads.
 *
 *   CHECK(mem_page_prot(a) == PROT_READ);
 *   return unit_summary("mem_test");     // prints "mem_test: N passed, N failed"; 1 on failure
 */
#ifndef ISOMORPH_TESTS_UNIT_H
#define ISOMORPH_TESTS_UNIT_H

#include <stdio.h>

static int passed, failed;

#define CHECK(cond)                                                                          \
	do {                                                                                 \
		if (cond) passed++;                                                          \
		else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
	} while (0)

static inline int unit_summary(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, passed, failed);
	return failed != 0;
}

#endif
