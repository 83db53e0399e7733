/* Threads that contend: a mutex-protected counter, a producer/consumer queue on condition
 * variables, a barrier between phases, pthread_join return values. Output depends only on the
 * results, never on the interleaving. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define WORKERS 4
#define ROUNDS 20000
#define ITEMS 5000
#define QUEUE 8

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *add(void *arg)
{
	long id = (long)arg;
	for (int i = 0; i < ROUNDS; i++) {
		pthread_mutex_lock(&counter_lock);
		counter++;
		pthread_mutex_unlock(&counter_lock);
	}
	return (void *)(id * 100 + 7);
}

/* bounded queue */
static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t q_not_empty = PTHREAD_COND_INITIALIZER, q_not_full = PTHREAD_COND_INITIALIZER;
static int q[QUEUE], q_head, q_count;

static void put(int v)
{
	pthread_mutex_lock(&q_lock);
	while (q_count == QUEUE) pthread_cond_wait(&q_not_full, &q_lock);
	q[(q_head + q_count++) % QUEUE] = v;
	pthread_cond_signal(&q_not_empty);
	pthread_mutex_unlock(&q_lock);
}

static int get(void)
{
	pthread_mutex_lock(&q_lock);
	while (q_count == 0) pthread_cond_wait(&q_not_empty, &q_lock);
	int v = q[q_head];
	q_head = (q_head + 1) % QUEUE;
	q_count--;
	pthread_cond_signal(&q_not_full);
	pthread_mutex_unlock(&q_lock);
	return v;
}

static void *producer(void *arg)
{
	int base = (int)(long)arg;
	for (int i = 1; i <= ITEMS; i++) put(base + i);
	return NULL;
}

static void *consumer(void *arg)
{
	long sum = 0;
	int n = (int)(long)arg;
	for (int i = 0; i < n; i++) sum += get();
	return (void *)sum;
}

static pthread_barrier_t barrier;
static int phase_seen[WORKERS][3];
static int phase;

static void *phased(void *arg)
{
	long id = (long)arg;
	for (int p = 0; p < 3; p++) {
		phase_seen[id][p] = __atomic_load_n(&phase, __ATOMIC_SEQ_CST);
		if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD)
			__atomic_fetch_add(&phase, 1, __ATOMIC_SEQ_CST);
		pthread_barrier_wait(&barrier);
	}
	return NULL;
}

int main(void)
{
	pthread_t t[WORKERS];
	for (long i = 0; i < WORKERS; i++)
		if (pthread_create(&t[i], NULL, add, (void *)i)) return 1;
	for (int i = 0; i < WORKERS; i++) {
		void *r;
		pthread_join(t[i], &r);
		printf("join %d -> %ld\n", i, (long)r);
	}
	printf("counter %ld (want %d)\n", counter, WORKERS * ROUNDS);

	/* two producers, two consumers taking ITEMS each */
	pthread_t p[2], c[2];
	pthread_create(&p[0], NULL, producer, (void *)0L);
	pthread_create(&p[1], NULL, producer, (void *)100000L);
	pthread_create(&c[0], NULL, consumer, (void *)(long)ITEMS);
	pthread_create(&c[1], NULL, consumer, (void *)(long)ITEMS);
	long total = 0;
	for (int i = 0; i < 2; i++) {
		void *r;
		pthread_join(p[i], NULL);
		pthread_join(c[i], &r);
		total += (long)r;
	}
	long want = 2L * ITEMS * (ITEMS + 1) / 2 + 100000L * ITEMS;
	printf("queue total %ld (want %ld)\n", total, want);

	pthread_barrier_init(&barrier, NULL, WORKERS);
	for (long i = 0; i < WORKERS; i++) pthread_create(&t[i], NULL, phased, (void *)i);
	for (int i = 0; i < WORKERS; i++) pthread_join(t[i], NULL);
	int ok = 1;
	for (int i = 0; i < WORKERS; i++)
		for (int k = 0; k < 3; k++) ok &= phase_seen[i][k] == k;
	printf("barrier phases %s, final %d\n", ok ? "in order" : "MIXED", phase);
	return counter == WORKERS * ROUNDS && total == want && ok ? 0 : 1;
}
