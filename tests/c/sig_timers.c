/* Timers: alarm() and setitimer interrupting a busy loop that makes no system calls, getitimer,
 * a POSIX timer (timer_create with SIGEV_SIGNAL) carrying its sigev_value, and one with SIGEV_NONE
 * read back with timer_gettime. Output compared with the native build. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL line %d: %s\n", __LINE__, #c); failures++; } } while (0)

static volatile sig_atomic_t alarms, timer_hits;
static volatile int timer_code, timer_value;

static void on_alarm(int sig)
{
	if (sig == SIGALRM) alarms++;
}

static void on_timer(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	if (sig != SIGUSR1) return;
	timer_hits++;
	timer_code = si->si_code;
	timer_value = si->si_value.sival_int;
}

/* Spins without system calls until the counter reaches want; returns the iterations. */
static unsigned long spin_until(volatile sig_atomic_t *counter, int want)
{
	unsigned long n = 0;
	while (*counter < want) n++;
	return n;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);

	alarm(1);
	unsigned long n = spin_until(&alarms, 1);
	CHECK(alarms == 1 && n > 0);
	printf("alarm: %d after a busy loop\n", (int)alarms);

	/* a periodic interval timer, 20 ms */
	struct itimerval every = { { 0, 20000 }, { 0, 20000 } }, now, off = { { 0, 0 }, { 0, 0 } };
	CHECK(setitimer(ITIMER_REAL, &every, NULL) == 0);
	spin_until(&alarms, 5);
	CHECK(getitimer(ITIMER_REAL, &now) == 0);
	CHECK(now.it_interval.tv_usec == 20000 && now.it_value.tv_sec == 0 && now.it_value.tv_usec <= 20000);
	CHECK(setitimer(ITIMER_REAL, &off, &now) == 0 && now.it_interval.tv_usec == 20000);
	CHECK(getitimer(ITIMER_REAL, &now) == 0 && now.it_value.tv_usec == 0 && now.it_value.tv_sec == 0);
	printf("setitimer: 5 alarms or more %d\n", alarms >= 5); /* one more may come before the stop */

	/* a POSIX timer sending SIGUSR1 with a value */
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_timer;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGUSR1;
	ev.sigev_value.sival_int = 1234;
	timer_t t;
	CHECK(timer_create(CLOCK_MONOTONIC, &ev, &t) == 0);
	struct itimerspec once = { { 0, 0 }, { 0, 30 * 1000 * 1000 } }, left;
	CHECK(timer_settime(t, 0, &once, NULL) == 0);
	spin_until(&timer_hits, 1);
	CHECK(timer_code == SI_TIMER && timer_value == 1234);
	CHECK(timer_gettime(t, &left) == 0 && left.it_value.tv_sec == 0 && left.it_value.tv_nsec == 0);
	CHECK(timer_getoverrun(t) == 0);
	CHECK(timer_delete(t) == 0);
	printf("timer_create: %d hit, SI_TIMER %d, value %d\n", (int)timer_hits, timer_code == SI_TIMER, timer_value);

	/* SIGEV_NONE: nothing is sent, the time left can be read */
	ev.sigev_notify = SIGEV_NONE;
	CHECK(timer_create(CLOCK_MONOTONIC, &ev, &t) == 0);
	struct itimerspec long_one = { { 0, 0 }, { 100, 0 } };
	CHECK(timer_settime(t, 0, &long_one, NULL) == 0);
	CHECK(timer_gettime(t, &left) == 0 && left.it_value.tv_sec >= 98 && left.it_value.tv_sec <= 100);
	CHECK(timer_delete(t) == 0);
	CHECK(timer_delete(t) == -1);
	printf("%d failures\n", failures);
	return failures != 0;
}
