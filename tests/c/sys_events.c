/* Event descriptors: epoll over pipes and an eventfd (level and edge triggered, one-shot, MOD and
 * DEL, the 64-bit data word coming back whole, more ready descriptors than maxevents, a signal
 * mask), eventfd counter and semaphore modes, timerfd expirations (relative, interval, absolute,
 * gettime, non-blocking read with nothing due), inotify on a scratch directory, and the errors
 * of each. Prints only what is the same natively and on riscv64. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

#define DATA(i) (0x1122334455667700ull + (i)) /* a data word with all 64 bits in use */

static void epoll_pipes(void)
{
	int ep = epoll_create1(EPOLL_CLOEXEC);
	CHECK(ep >= 0);
	CHECK((fcntl(ep, F_GETFD) & FD_CLOEXEC) != 0);
	int p[4][2];
	for (int i = 0; i < 4; i++) {
		CHECK(pipe(p[i]) == 0);
		struct epoll_event ev = { .events = EPOLLIN, .data.u64 = DATA(i) };
		CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[i][0], &ev) == 0);
	}
	struct epoll_event ev = { .events = EPOLLIN };
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0][0], &ev) == -1 && errno == EEXIST);
	CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, p[0][1], &ev) == -1 && errno == ENOENT);
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, 999, &ev) == -1 && errno == EBADF);
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0][0], (struct epoll_event *)16) == -1 && errno == EFAULT);

	struct epoll_event out[8];
	memset(out, 0xee, sizeof out);
	printf("nothing ready: %d\n", epoll_wait(ep, out, 8, 0));
	CHECK(write(p[2][1], "x", 1) == 1);
	int n = epoll_wait(ep, out, 8, 1000);
	printf("one ready: %d, data %d, events %#x\n", n, out[0].data.u64 == DATA(2), out[0].events);
	/* level-triggered: still ready until read */
	n = epoll_wait(ep, out, 8, 0);
	printf("still ready: %d\n", n);
	for (int i = 0; i < 4; i++) CHECK(write(p[i][1], "y", 1) == 1);
	n = epoll_wait(ep, out, 2, 0);
	printf("maxevents 2 of 4 ready: %d\n", n);
	n = epoll_wait(ep, out, 8, 0);
	int seen = 0;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < 4; j++) seen |= (out[i].data.u64 == DATA(j)) << j;
	printf("all four: %d, each once: %#x\n", n, seen);

	/* edge-triggered and one-shot */
	ev.events = EPOLLIN | EPOLLET;
	ev.data.u64 = DATA(10);
	CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, p[1][0], &ev) == 0);
	n = epoll_wait(ep, out, 8, 0);
	int edge = 0;
	for (int i = 0; i < n; i++) edge += out[i].data.u64 == DATA(10);
	n = epoll_wait(ep, out, 8, 0);
	for (int i = 0; i < n; i++) edge += (out[i].data.u64 == DATA(10)) * 10;
	printf("edge-triggered reported once: %d\n", edge);
	ev.events = EPOLLIN | EPOLLONESHOT;
	ev.data.u64 = DATA(11);
	CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, p[3][0], &ev) == 0);
	int shots = 0;
	for (int k = 0; k < 2; k++) {
		n = epoll_wait(ep, out, 8, 0);
		for (int i = 0; i < n; i++) shots += out[i].data.u64 == DATA(11);
	}
	printf("one-shot reported once: %d\n", shots);

	for (int i = 0; i < 3; i++) CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p[i][0], NULL) == 0);
	CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p[3][0], (struct epoll_event *)16) == 0); /* not read */
	printf("after DEL: %d\n", epoll_wait(ep, out, 8, 0));
	CHECK(epoll_wait(ep, out, 0, 0) == -1 && errno == EINVAL);
	CHECK(epoll_wait(p[0][0], out, 4, 0) == -1 && errno == EINVAL);

	/* hang-up on the write end closing, through epoll_pwait with a mask */
	ev.events = EPOLLIN;
	ev.data.u64 = DATA(20);
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0][0], &ev) == 0);
	char buf[8];
	CHECK(epoll_wait(ep, (struct epoll_event *)16, 4, 0) == -1 && errno == EFAULT); /* one ready */
	CHECK(read(p[0][0], buf, sizeof buf) == 1);
	close(p[0][1]);
	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR1);
	n = epoll_pwait(ep, out, 8, 1000, &mask);
	printf("hang-up: %d, %d, events %#x\n", n, out[0].data.u64 == DATA(20), out[0].events);
	for (int i = 0; i < 4; i++) {
		close(p[i][0]);
		if (i) close(p[i][1]);
	}
	close(ep);
}

static void eventfds(void)
{
	int e = eventfd(3, EFD_NONBLOCK | EFD_CLOEXEC);
	CHECK(e >= 0);
	uint64_t v = 0;
	CHECK(read(e, &v, sizeof v) == 8);
	printf("eventfd initial: %llu\n", (unsigned long long)v);
	CHECK(read(e, &v, sizeof v) == -1 && errno == EAGAIN);
	v = 5;
	CHECK(write(e, &v, sizeof v) == 8);
	v = 7;
	CHECK(write(e, &v, sizeof v) == 8);
	int ep = epoll_create1(0);
	struct epoll_event ev = { .events = EPOLLIN | EPOLLOUT, .data.u64 = DATA(30) }, out[2];
	CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, e, &ev) == 0);
	int n = epoll_wait(ep, out, 2, 0);
	printf("eventfd in epoll: %d, %d, events %#x\n", n, out[0].data.u64 == DATA(30), out[0].events);
	CHECK(read(e, &v, sizeof v) == 8);
	printf("eventfd sum: %llu\n", (unsigned long long)v);
	CHECK(read(e, &v, 4) == -1 && errno == EINVAL);
	close(ep);
	close(e);

	e = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
	CHECK(e >= 0);
	int reads = 0;
	while (read(e, &v, sizeof v) == 8 && v == 1) reads++;
	printf("semaphore reads: %d\n", reads);
	close(e);
	CHECK(eventfd(0, 0x80) == -1 && errno == EINVAL);
}

static void timerfds(void)
{
	int t = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	CHECK(t >= 0);
	struct itimerspec its = { .it_value = { 0, 2000000 }, .it_interval = { 0, 1000000 } }, old;
	CHECK(timerfd_settime(t, 0, &its, &old) == 0);
	printf("old setting empty: %d\n", old.it_value.tv_sec == 0 && old.it_value.tv_nsec == 0);
	uint64_t expirations = 0, total = 0;
	while (total < 5) {
		CHECK(read(t, &expirations, sizeof expirations) == 8);
		if (expirations == 0) break;
		total += expirations;
	}
	printf("interval timer expired at least 5 times: %d\n", total >= 5);
	struct itimerspec cur;
	CHECK(timerfd_gettime(t, &cur) == 0);
	printf("interval kept: %ld ns\n", cur.it_interval.tv_nsec);
	memset(&its, 0, sizeof its);
	CHECK(timerfd_settime(t, 0, &its, NULL) == 0);
	CHECK(timerfd_gettime(t, &cur) == 0);
	printf("disarmed: %d\n", cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);
	close(t);

	/* absolute deadline just past; then a non-blocking read with nothing due */
	t = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK);
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	its = (struct itimerspec){ .it_value = now };
	CHECK(timerfd_settime(t, TFD_TIMER_ABSTIME, &its, NULL) == 0);
	struct timespec pause = { 0, 1000000 };
	nanosleep(&pause, NULL);
	CHECK(read(t, &expirations, sizeof expirations) == 8);
	printf("absolute expired once: %llu\n", (unsigned long long)expirations);
	CHECK(read(t, &expirations, sizeof expirations) == -1 && errno == EAGAIN);
	CHECK(timerfd_settime(t, 0, (struct itimerspec *)16, NULL) == -1 && errno == EFAULT);
	CHECK(timerfd_gettime(t, (struct itimerspec *)16) == -1 && errno == EFAULT);
	close(t);
	CHECK(timerfd_create(CLOCK_MONOTONIC, 0x80) == -1 && errno == EINVAL);
	CHECK(timerfd_gettime(0, &cur) == -1 && errno == EINVAL);
}

static void inotify(void)
{
	char dir[] = "inotify-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	int in = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	CHECK(in >= 0);
	int w = inotify_add_watch(in, dir, IN_CREATE | IN_DELETE);
	CHECK(w >= 0);
	char path[64];
	snprintf(path, sizeof path, "%s/file", dir);
	int fd = open(path, O_CREAT | O_WRONLY, 0600);
	close(fd);
	unlink(path);
	char buf[4096] __attribute__((aligned(8)));
	ssize_t n = read(in, buf, sizeof buf);
	CHECK(n > 0);
	int events = 0;
	for (char *p = buf; n > 0 && p < buf + n;) {
		struct inotify_event *e = (struct inotify_event *)p;
		printf("inotify: %s %s\n", e->mask & IN_CREATE ? "create" : e->mask & IN_DELETE ? "delete" : "other",
		       e->len ? e->name : "");
		CHECK(e->wd == w);
		p += sizeof *e + e->len;
		events++;
	}
	CHECK(read(in, buf, sizeof buf) == -1 && errno == EAGAIN);
	CHECK(inotify_rm_watch(in, w) == 0);
	CHECK(inotify_rm_watch(in, w) == -1 && errno == EINVAL);
	CHECK(inotify_add_watch(in, "no-such-dir", IN_CREATE) == -1 && errno == ENOENT);
	close(in);
	rmdir(dir);
}

int main(void)
{
	epoll_pipes();
	eventfds();
	timerfds();
	inotify();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
