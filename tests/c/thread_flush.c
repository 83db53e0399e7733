/* Decoded code thrown away while other threads run it: one thread keeps flushing the instruction
 * cache (riscv_flush_icache under isomorph: a block store flush, which stops the world) while
 * workers run loops through many blocks; every result must still be exact. */
#include <pthread.h>
#include <stdio.h>

#define WORKERS 3
#define FLUSHES 300

static volatile int stop;

static unsigned long collatz_steps(unsigned long n)
{
	unsigned long s = 0;
	while (n != 1) {
		n = n & 1 ? 3 * n + 1 : n / 2;
		s++;
	}
	return s;
}

static void *worker(void *arg)
{
	unsigned long total = 0, base = (unsigned long)arg;
	for (unsigned long n = 1; n < 6000; n++) total += collatz_steps(n + base);
	return (void *)total;
}

static char code_area[64];

static void *flusher(void *arg)
{
	(void)arg;
	for (int i = 0; i < FLUSHES && !stop; i++) __builtin___clear_cache(code_area, code_area + sizeof code_area);
	return NULL;
}

int main(void)
{
	pthread_t w[WORKERS], f;
	pthread_create(&f, NULL, flusher, NULL);
	for (long i = 0; i < WORKERS; i++) pthread_create(&w[i], NULL, worker, (void *)(i * 1000));
	for (int i = 0; i < WORKERS; i++) {
		void *r;
		pthread_join(w[i], &r);
		printf("worker %d: %lu steps\n", i, (unsigned long)r);
	}
	stop = 1;
	pthread_join(f, NULL);
	return 0;
}
