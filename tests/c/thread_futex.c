/* futex directly: WAIT (value mismatch, relative timeout), WAIT_BITSET with absolute timeouts on
 * both clocks, WAKE, CMP_REQUEUE releasing sleepers through a second word, WAKE_OP, the PRIVATE
 * forms, bad arguments; pthread timed waits on top; the robust list glibc registered. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define WAITERS 5

static long futex(uint32_t *uaddr, int op, uint32_t val, const void *timeout_or_val2, uint32_t *uaddr2, uint32_t val3)
{
	return syscall(SYS_futex, uaddr, op, val, timeout_or_val2, uaddr2, val3);
}

static const char *result(long r)
{
	static char buf[32];
	if (r < 0) return strerrorname_np(errno);
	snprintf(buf, sizeof buf, "%ld", r);
	return buf;
}

static uint32_t gate, second_gate;
static int released;

static void *waiter(void *arg)
{
	(void)arg;
	while (__atomic_load_n(&gate, __ATOMIC_SEQ_CST) == 0) futex(&gate, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	__atomic_fetch_add(&released, 1, __ATOMIC_SEQ_CST);
	return NULL;
}

static struct timespec in_ms(clockid_t clock, long ms)
{
	struct timespec t;
	clock_gettime(clock, &t);
	t.tv_nsec += ms * 1000000;
	t.tv_sec += t.tv_nsec / 1000000000;
	t.tv_nsec %= 1000000000;
	return t;
}

int main(void)
{
	uint32_t word = 7;
	struct timespec rel = { 0, 10 * 1000000 };
	printf("WAIT on a changed value: %s\n", result(futex(&word, FUTEX_WAIT, 8, NULL, NULL, 0)));
	printf("WAIT with relative timeout: %s\n", result(futex(&word, FUTEX_WAIT_PRIVATE, 7, &rel, NULL, 0)));
	struct timespec abs_mono = in_ms(CLOCK_MONOTONIC, 10), abs_real = in_ms(CLOCK_REALTIME, 10);
	printf("WAIT_BITSET monotonic deadline: %s\n",
	       result(futex(&word, FUTEX_WAIT_BITSET_PRIVATE, 7, &abs_mono, NULL, FUTEX_BITSET_MATCH_ANY)));
	printf("WAIT_BITSET realtime deadline: %s\n",
	       result(futex(&word, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 7, &abs_real, NULL, FUTEX_BITSET_MATCH_ANY)));
	printf("WAKE nobody: %s\n", result(futex(&word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0)));
	printf("WAKE_BITSET nobody: %s\n", result(futex(&word, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 0xf)));
	printf("WAIT_BITSET zero mask: %s\n", result(futex(&word, FUTEX_WAIT_BITSET, 7, NULL, NULL, 0)));
	printf("misaligned: %s\n", result(futex((uint32_t *)((char *)&word + 1), FUTEX_WAKE, 1, NULL, NULL, 0)));
	printf("unmapped: %s\n", result(futex((uint32_t *)16, FUTEX_WAKE, 1, NULL, NULL, 0)));
	printf("CLOCK_REALTIME with WAKE: %s\n", result(futex(&word, FUTEX_WAKE | FUTEX_CLOCK_REALTIME, 1, NULL, NULL, 0)));

	/* WAKE_OP: add 5 to the second word, wake on the first if its old value was 0 */
	uint32_t w1 = 0, w2 = 0;
	long r = futex(&w1, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &w2, FUTEX_OP(FUTEX_OP_ADD, 5, FUTEX_OP_CMP_EQ, 0));
	printf("WAKE_OP: %s, second word now %u\n", result(r), w2);

	/* CMP_REQUEUE: sleepers on gate move to second_gate, then wake there */
	pthread_t t[WAITERS];
	for (int i = 0; i < WAITERS; i++) pthread_create(&t[i], NULL, waiter, NULL);
	usleep(20000); /* most are asleep by now; the result does not depend on it */
	__atomic_store_n(&gate, 1, __ATOMIC_SEQ_CST);
	r = futex(&gate, FUTEX_CMP_REQUEUE_PRIVATE, 0, (void *)(long)INT_MAX, &second_gate, 1);
	printf("CMP_REQUEUE: %s\n", r >= 0 ? "ok" : strerrorname_np(errno));
	r = futex(&gate, FUTEX_CMP_REQUEUE_PRIVATE, 0, (void *)(long)INT_MAX, &second_gate, 99);
	printf("CMP_REQUEUE on a changed value: %s\n", result(r));
	futex(&second_gate, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
	for (int i = 0; i < WAITERS; i++) pthread_join(t[i], NULL);
	printf("released %d of %d\n", released, WAITERS);

	/* timed waits on pthread objects */
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t c = PTHREAD_COND_INITIALIZER;
	pthread_mutex_lock(&m);
	struct timespec deadline = in_ms(CLOCK_REALTIME, 10);
	printf("cond_timedwait: %s\n", strerrorname_np(pthread_cond_timedwait(&c, &m, &deadline)));
	pthread_mutex_unlock(&m);

	/* the robust list glibc set up for this thread */
	void *head;
	size_t len;
	r = syscall(SYS_get_robust_list, 0, &head, &len);
	printf("get_robust_list: %s, head %s, len %zu\n", result(r), head ? "set" : "NULL", len);
	return 0;
}
