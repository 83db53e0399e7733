/* Blocking calls and signals: a read from an empty pipe interrupted by SIGINT from a timer, restarted
 * with SA_RESTART (the handler writes the byte the read then gets) and failing with EINTR without
 * it; nanosleep and pause come back with EINTR even with SA_RESTART; ppoll with a mask that lets a
 * blocked signal in, the mask back afterwards. Output compared with the native build. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL line %d: %s\n", __LINE__, #c); failures++; } } while (0)

static int fds[2];
static volatile sig_atomic_t hits;

static void feed(int sig)
{
	(void)sig;
	hits++;
	char c = 'x';
	if (write(fds[1], &c, 1) != 1) _exit(3);
}

static void count(int sig)
{
	(void)sig;
	hits++;
}

static void on(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

static timer_t timer;

/* sig in ms milliseconds, from a POSIX timer */
static void send_later(int sig, int ms)
{
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = sig;
	if (timer_create(CLOCK_MONOTONIC, &ev, &timer)) _exit(4);
	struct itimerspec once = { { 0, 0 }, { 0, ms * 1000 * 1000 } };
	timer_settime(timer, 0, &once, NULL);
}

static void done_sending(void) { timer_delete(timer); }

int main(void)
{
	if (pipe(fds)) return 5;
	char c = 0;

	/* SA_RESTART: the read goes on and gets the handler's byte */
	on(SIGINT, feed, SA_RESTART);
	hits = 0;
	send_later(SIGINT, 50);
	ssize_t r = read(fds[0], &c, 1);
	CHECK(r == 1 && c == 'x' && hits == 1);
	printf("restart: read %zd '%c', %d signal\n", r, c, (int)hits);
	done_sending();

	/* no SA_RESTART: EINTR, and the byte is there for the next read */
	on(SIGINT, feed, 0);
	hits = 0;
	send_later(SIGINT, 50);
	r = read(fds[0], &c, 1);
	int err = errno;
	CHECK(r == -1 && err == EINTR && hits == 1);
	printf("no restart: read %zd, EINTR %d\n", r, err == EINTR);
	c = 0;
	r = read(fds[0], &c, 1);
	CHECK(r == 1 && c == 'x');
	done_sending();

	/* nanosleep is not restarted: EINTR and the time left */
	on(SIGALRM, count, SA_RESTART);
	hits = 0;
	send_later(SIGALRM, 30);
	struct timespec want = { 5, 0 }, left = { 0, 0 };
	int s = nanosleep(&want, &left);
	err = errno;
	CHECK(s == -1 && err == EINTR && hits == 1 && left.tv_sec >= 3 && left.tv_sec < 5);
	printf("nanosleep: EINTR %d, some time left %d\n", err == EINTR, left.tv_sec >= 3);
	done_sending();

	/* pause returns after a handler */
	hits = 0;
	send_later(SIGALRM, 30);
	s = pause();
	err = errno;
	CHECK(s == -1 && err == EINTR && hits == 1);
	printf("pause: EINTR %d\n", err == EINTR);
	done_sending();

	/* ppoll with a mask that unblocks SIGUSR1 for the wait only */
	on(SIGUSR1, count, SA_RESTART);
	sigset_t usr1, none, cur;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	hits = 0;
	send_later(SIGUSR1, 30);
	struct pollfd pfd = { .fd = fds[0], .events = POLLIN };
	struct timespec limit = { 5, 0 };
	s = ppoll(&pfd, 1, &limit, &none);
	err = errno;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	CHECK(s == -1 && err == EINTR && hits == 1 && sigismember(&cur, SIGUSR1));
	printf("ppoll: EINTR %d, %d signal, blocked again %d\n", err == EINTR, (int)hits, sigismember(&cur, SIGUSR1));
	done_sending();

	/* a signal blocked during ppoll's own mask stays pending */
	hits = 0;
	send_later(SIGUSR1, 10);
	limit.tv_sec = 0;
	limit.tv_nsec = 100 * 1000 * 1000;
	s = ppoll(&pfd, 1, &limit, &usr1);
	CHECK(s == 0 && hits == 0);
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	CHECK(hits == 1);
	printf("ppoll masked: timeout %d, delivered on unblock %d\n", s == 0, (int)hits);
	done_sending();

	printf("%d failures\n", failures);
	return failures != 0;
}
