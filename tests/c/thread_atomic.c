/* Atomics across threads: __atomic_fetch_add, compare-and-swap loops and (on riscv64) a raw lr/sc
 * loop, all hammering shared words at once; the totals must be exact. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define THREADS 4
#define N 50000

static long fetch_add_total;
static int cas_total;
static uint64_t lrsc_total;
static uint32_t lrsc_word;
static long amo_max;

/* lr.d/sc.d increment, retried until sc succeeds; the native build uses a CAS loop instead */
static void lrsc_add(uint64_t *p, uint64_t v)
{
#ifdef __riscv
	uint64_t tmp, fail;
	__asm__ volatile("1: lr.d %0, (%2)\n"
			 "   add %0, %0, %3\n"
			 "   sc.d %1, %0, (%2)\n"
			 "   bnez %1, 1b\n"
			 : "=&r"(tmp), "=&r"(fail)
			 : "r"(p), "r"(v)
			 : "memory");
#else
	__atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
#endif
}

static void lrsc_add32(uint32_t *p, uint32_t v)
{
#ifdef __riscv
	uint32_t tmp, fail;
	__asm__ volatile("1: lr.w.aqrl %0, (%2)\n"
			 "   addw %0, %0, %3\n"
			 "   sc.w.aqrl %1, %0, (%2)\n"
			 "   bnez %1, 1b\n"
			 : "=&r"(tmp), "=&r"(fail)
			 : "r"(p), "r"(v)
			 : "memory");
#else
	__atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
#endif
}

static void *work(void *arg)
{
	long id = (long)arg;
	for (int i = 0; i < N; i++) {
		__atomic_fetch_add(&fetch_add_total, 1, __ATOMIC_RELAXED);
		int old = __atomic_load_n(&cas_total, __ATOMIC_RELAXED);
		while (!__atomic_compare_exchange_n(&cas_total, &old, old + 2, 1, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
			;
		lrsc_add(&lrsc_total, 3);
		lrsc_add32(&lrsc_word, 1);
		long v = id * N + i, cur = __atomic_load_n(&amo_max, __ATOMIC_RELAXED);
		while (v > cur && !__atomic_compare_exchange_n(&amo_max, &cur, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
			;
	}
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, work, (void *)i);
	for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
	printf("fetch_add %ld\ncas %d\nlr/sc.d %llu\nlr/sc.w %u\nmax %ld\n", fetch_add_total, cas_total,
	       (unsigned long long)lrsc_total, lrsc_word, amo_max);
	int ok = fetch_add_total == (long)THREADS * N && cas_total == 2 * THREADS * N &&
		 lrsc_total == 3ull * THREADS * N && lrsc_word == (uint32_t)THREADS * N && amo_max == (long)THREADS * N - 1;
	puts(ok ? "exact" : "LOST UPDATES");
	return !ok;
}
