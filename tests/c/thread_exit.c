/* exit() from a thread other than main ends the whole process with its status (exit_group),
 * while main is blocked in pthread_join and other threads spin or sleep in futex waits. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static volatile int spin;

static void *sleeper(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&m);
	for (;;) pthread_cond_wait(&never, &m);
}

static void *spinner(void *arg)
{
	(void)arg;
	for (;;) spin++;
}

static void *quitter(void *arg)
{
	(void)arg;
	usleep(10000);
	printf("quitting from a thread\n");
	exit(42);
}

int main(void)
{
	pthread_t a, b, c;
	pthread_create(&a, NULL, sleeper, NULL);
	pthread_create(&b, NULL, spinner, NULL);
	pthread_create(&c, NULL, quitter, NULL);
	pthread_join(a, NULL);
	puts("not reached");
	return 0;
}
