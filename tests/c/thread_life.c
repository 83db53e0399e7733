/* Thread lives: __thread variables per thread, many short-lived threads (joined and detached),
 * return values through pthread_join and pthread_exit, gettid distinct per thread, and a process
 * whose main thread leaves first (pthread_exit) while another thread finishes the output. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MANY 300
#define BATCH 8

static __thread int tls_counter = 5;
static __thread char tls_name[16];
static int tids_distinct = 1;
static pid_t tids[BATCH];

static void *tls_work(void *arg)
{
	long id = (long)arg;
	snprintf(tls_name, sizeof tls_name, "t%ld", id);
	for (int i = 0; i < 1000; i++) tls_counter += (int)id;
	tids[id] = gettid();
	if (id == 3) pthread_exit((void *)(long)(tls_counter + 1000)); /* pthread_exit's value */
	char *r = malloc(32);
	snprintf(r, 32, "%s:%d", tls_name, tls_counter);
	return r;
}

static void *short_lived(void *arg) { return (void *)((long)arg * 3); }

static int detached_done;
static void *detached(void *arg)
{
	(void)arg;
	__atomic_fetch_add(&detached_done, 1, __ATOMIC_SEQ_CST);
	return NULL;
}

static void *last_words(void *arg)
{
	pthread_t main_thread = *(pthread_t *)arg;
	(void)main_thread;
	usleep(20000);
	printf("last thread: main is gone, tls %d\n", tls_counter);
	fflush(stdout);
	return NULL; /* the last thread ending ends the process with status 0 */
}

int main(void)
{
	pthread_t t[BATCH];
	for (long i = 0; i < BATCH; i++) pthread_create(&t[i], NULL, tls_work, (void *)i);
	for (int i = 0; i < BATCH; i++) {
		void *r;
		pthread_join(t[i], &r);
		if (i == 3) printf("thread %d exited with %ld\n", i, (long)r);
		else {
			printf("thread %d returned %s\n", i, (char *)r);
			free(r);
		}
	}
	for (int i = 0; i < BATCH; i++)
		for (int k = 0; k < i; k++) tids_distinct &= tids[i] != tids[k] && tids[i] != getpid();
	printf("main tls still %d, tids distinct: %s\n", tls_counter, tids_distinct ? "yes" : "no");

	long sum = 0;
	for (int round = 0; round < MANY / BATCH; round++) {
		for (long i = 0; i < BATCH; i++) pthread_create(&t[i], NULL, short_lived, (void *)(round * BATCH + i));
		for (int i = 0; i < BATCH; i++) {
			void *r;
			pthread_join(t[i], &r);
			sum += (long)r;
		}
	}
	printf("short-lived sum %ld\n", sum);

	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	for (int i = 0; i < 50; i++) {
		pthread_t d;
		pthread_create(&d, &attr, detached, NULL);
	}
	while (__atomic_load_n(&detached_done, __ATOMIC_SEQ_CST) < 50) usleep(1000);
	printf("detached done %d\n", detached_done);
	fflush(stdout);

	static pthread_t self;
	self = pthread_self();
	pthread_t last;
	pthread_create(&last, NULL, last_words, &self);
	pthread_exit(NULL);
}
