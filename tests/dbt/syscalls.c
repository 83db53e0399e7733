/* System calls from hot translated code (dbt/syscall.c): each part checks its own results and
 * prints only what qemu-riscv64 prints too (no pids, no timings, no counts that depend on timing).
 *
 *   loops      getpid, write and read on a pipe, many times in a hot loop; read into a buffer
 *   interrupt  a read blocking on an empty pipe, cut short by signals from another thread (EINTR),
 *              restarted under SA_RESTART until the other thread writes, cut short by a timer
 *   kill       kill(self) in a loop: the handler has run by the time kill returns (and returned
 *              through rt_sigreturn); a blocked one arrives as rt_sigprocmask unblocks it
 *   code       code that a system call changes: munmap and mmap again, mprotect and rewrite, read()
 *              into a code page, and code whose own read() rewrites the instructions after its ecall
 *   threads    threads doing system calls (blocking pipe ping-pong too) while another runs hundreds
 *              of functions (with a small --code-cache: flushes under them), then exit
 *   fork       a child doing system calls in a loop, its exit status
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int failures;
#define CHECK(cond, ...)                                   \
	do {                                               \
		if (!(cond)) {                             \
			printf("FAIL %s:%d: ", __func__, __LINE__); \
			printf(__VA_ARGS__);               \
			printf("\n");                      \
			failures++;                        \
		}                                          \
	} while (0)

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };
	nanosleep(&ts, NULL);
}

/* --- loops ---------------------------------------------------------------------------------- */
static void loops(void)
{
	pid_t pid = getpid();
	int bad = 0;
	for (int i = 0; i < 20000; i++) bad += getpid() != pid;
	CHECK(bad == 0, "getpid changed %d times", bad);

	int p[2];
	CHECK(pipe(p) == 0, "pipe");
	uint64_t sum = 0;
	for (uint64_t i = 0; i < 20000; i++) {
		uint64_t v = i * 0x9e3779b97f4a7c15ull, w = 0;
		if (write(p[1], &v, sizeof v) != sizeof v || read(p[0], &w, sizeof w) != sizeof w) bad++;
		bad += w != v;
		sum += w >> 32;
	}
	CHECK(bad == 0, "pipe round trips wrong: %d", bad);
	printf("loops: pipe sum %llu\n", (unsigned long long)sum);

	/* one big write, read back in odd pieces into a buffer */
	static unsigned char out[3000], in[3000];
	for (int i = 0; i < 3000; i++) out[i] = (unsigned char)(i * 7 + 3);
	CHECK(write(p[1], out, sizeof out) == sizeof out, "write 3000");
	size_t got = 0;
	while (got < sizeof in) {
		ssize_t n = read(p[0], in + got, got + 37 < sizeof in ? 37 : sizeof in - got);
		if (n <= 0) break;
		got += (size_t)n;
	}
	CHECK(got == sizeof in && memcmp(in, out, sizeof in) == 0, "read back %zu bytes", got);
	close(p[0]);
	close(p[1]);
	printf("loops: ok\n");
}

/* --- interrupt -------------------------------------------------------------------------------- */
static volatile int usr1_count;
static void on_usr1(int sig)
{
	(void)sig;
	__atomic_add_fetch(&usr1_count, 1, __ATOMIC_SEQ_CST);
}

struct pester {
	pthread_t target;
	int fd;       /* write "xyz" here once the handler ran `until` times, or -1 */
	int until;
	volatile int done;
};

static void *pester(void *arg)
{
	struct pester *s = arg;
	while (!s->done) {
		pthread_kill(s->target, SIGUSR1);
		if (s->fd >= 0 && __atomic_load_n(&usr1_count, __ATOMIC_SEQ_CST) >= s->until) {
			CHECK(write(s->fd, "xyz", 3) == 3, "write xyz");
			break;
		}
		sleep_ms(5);
	}
	return NULL;
}

static void handle(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

static void read_interrupted(int restart)
{
	int p[2];
	CHECK(pipe(p) == 0, "pipe");
	handle(SIGUSR1, on_usr1, restart ? SA_RESTART : 0);
	usr1_count = 0;
	struct pester s = { .target = pthread_self(), .fd = restart ? p[1] : -1, .until = 3 };
	pthread_t t;
	pthread_create(&t, NULL, pester, &s);
	char buf[8] = { 0 };
	ssize_t n = read(p[0], buf, sizeof buf);
	int err = errno;
	s.done = 1;
	pthread_join(t, NULL);
	if (restart) {
		CHECK(n == 3 && memcmp(buf, "xyz", 3) == 0, "restarted read gave %zd", n);
		CHECK(usr1_count >= 3, "handler ran %d times", usr1_count);
		printf("interrupt: SA_RESTART read %zd '%s'\n", n, buf);
	} else {
		CHECK(n == -1 && err == EINTR, "read gave %zd errno %d", n, err);
		CHECK(usr1_count >= 1, "handler ran %d times", usr1_count);
		printf("interrupt: read %zd %s\n", n, err == EINTR ? "EINTR" : "?");
	}
	close(p[0]);
	close(p[1]);
}

static volatile int alarm_count;
static void on_alarm(int sig)
{
	(void)sig;
	alarm_count++;
}

static void read_timer(void)
{
	int p[2];
	CHECK(pipe(p) == 0, "pipe");
	handle(SIGALRM, on_alarm, 0);
	struct itimerval it = { { 0, 20000 }, { 0, 20000 } }; /* again and again: one may come early */
	setitimer(ITIMER_REAL, &it, NULL);
	char c;
	ssize_t n = read(p[0], &c, 1);
	int err = errno;
	struct itimerval off = { { 0, 0 }, { 0, 0 } };
	setitimer(ITIMER_REAL, &off, NULL);
	CHECK(n == -1 && err == EINTR && alarm_count >= 1, "read gave %zd errno %d, %d alarms", n, err, alarm_count);
	printf("interrupt: timer read %zd %s\n", n, err == EINTR ? "EINTR" : "?");
	close(p[0]);
	close(p[1]);
}

/* --- kill ------------------------------------------------------------------------------------- */
static volatile long usr2_count;
static volatile long usr2_sum;
static void on_usr2(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	usr2_count++;
	usr2_sum += sig + (si->si_pid == getpid());
}

static void kill_self(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr2;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, NULL);
	pid_t pid = getpid();
	int bad = 0;
	for (long i = 0; i < 5000; i++) {
		long x = i * 3; /* live across the call and the handler */
		kill(pid, SIGUSR2);
		bad += usr2_count != i + 1 || x != i * 3;
	}
	CHECK(bad == 0 && usr2_sum == 5000 * (SIGUSR2 + 1), "%d late, sum %ld", bad, usr2_sum);

	/* blocked: pending once, however often sent; delivered when unblocked, by that very call */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	for (int round = 0; round < 200; round++) {
		long before = usr2_count;
		sigprocmask(SIG_BLOCK, &set, NULL);
		for (int k = 0; k < 3; k++) kill(pid, SIGUSR2);
		bad += usr2_count != before;
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		bad += usr2_count != before + 1;
	}
	CHECK(bad == 0, "blocked signals: %d wrong", bad);
	printf("kill: %ld handled\n", usr2_count);
}

/* --- code ------------------------------------------------------------------------------------- */
#define RV_ADDI_A0(k) ((uint32_t)(((k) & 0xfff) << 20 | 10 << 7 | 0x13)) /* addi a0, zero, k */
#define RV_ADDI_A7(k) ((uint32_t)(((k) & 0xfff) << 20 | 17 << 7 | 0x13)) /* addi a7, zero, k */
#define RV_ECALL 0x00000073u
#define RV_RET 0x00008067u /* jalr zero, 0(ra) */

typedef long (*fn0)(void);
typedef long (*fn3)(long, long, long);

static void put(uint32_t *at, uint32_t a, uint32_t b)
{
	at[0] = a;
	at[1] = b;
}

/* Calls f n times with a system call in the loop; how many calls did not give want. */
__attribute__((noinline)) static int call_n(fn0 f, long want, int n)
{
	int bad = 0;
	for (int i = 0; i < n; i++) {
		bad += f() != want;
		bad += getppid() < 0;
	}
	return bad;
}

static void code(void)
{
	long page = sysconf(_SC_PAGESIZE);
	int prot = PROT_READ | PROT_WRITE | PROT_EXEC;
	uint32_t *c = mmap(NULL, (size_t)page, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(c != MAP_FAILED, "mmap");
	int bad = 0;

	put(c, RV_ADDI_A0(11), RV_RET);
	__builtin___clear_cache((char *)c, (char *)(c + 2));
	bad += call_n((fn0)c, 11, 100);

	/* unmapped and mapped again at the same place, new code */
	munmap(c, (size_t)page);
	uint32_t *c2 = mmap(c, (size_t)page, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	CHECK(c2 == c, "mmap again");
	put(c, RV_ADDI_A0(22), RV_RET);
	__builtin___clear_cache((char *)c, (char *)(c + 2));
	bad += call_n((fn0)c, 22, 100);

	/* made writable, rewritten, made executable again: no cache flush (the VM catches it) */
	mprotect(c, (size_t)page, PROT_READ | PROT_WRITE);
	put(c, RV_ADDI_A0(33), RV_RET);
	mprotect(c, (size_t)page, PROT_READ | PROT_EXEC);
	bad += call_n((fn0)c, 33, 100);
	mprotect(c, (size_t)page, prot);

	/* read() writes the code */
	int p[2];
	CHECK(pipe(p) == 0, "pipe");
	uint32_t fresh[2] = { RV_ADDI_A0(44), RV_RET };
	CHECK(write(p[1], fresh, sizeof fresh) == sizeof fresh, "write code");
	CHECK(read(p[0], c, sizeof fresh) == sizeof fresh, "read code");
	bad += call_n((fn0)c, 44, 100);

	/* code whose own read() (a0 = fd, a1 = buf, a2 = len) rewrites what follows its ecall */
	uint32_t *g = c + 64;
	g[0] = RV_ADDI_A7(63); /* read */
	g[1] = RV_ECALL;
	put(g + 2, RV_ADDI_A0(55), RV_RET);
	__builtin___clear_cache((char *)g, (char *)(g + 4));
	for (int i = 0; i < 60; i++) {
		uint32_t next[2] = { RV_ADDI_A0(i < 59 ? 55 : 66), RV_RET };
		CHECK(write(p[1], next, sizeof next) == sizeof next, "write code");
		long r = ((fn3)g)(p[0], (long)(g + 2), sizeof next);
		bad += r != (i < 59 ? 55 : 66);
	}
	CHECK(bad == 0, "%d calls ran stale code", bad);
	close(p[0]);
	close(p[1]);
	munmap(c, (size_t)page);
	printf("code: ok\n");
}

/* --- threads ---------------------------------------------------------------------------------- */
/* Many functions, so that a small code cache fills and flushes while the others make calls. */
#define F1(n) __attribute__((noinline)) static long f##n(long x) { return (x * (n + 1)) ^ (x >> ((n) % 7 + 1)) ^ n; }
#define F8(n) F1(n##0) F1(n##1) F1(n##2) F1(n##3) F1(n##4) F1(n##5) F1(n##6) F1(n##7)
#define F64(n) F8(n##0) F8(n##1) F8(n##2) F8(n##3) F8(n##4) F8(n##5) F8(n##6) F8(n##7)
F64(1) F64(2) F64(3)
#define R1(n) f##n,
#define R8(n) R1(n##0) R1(n##1) R1(n##2) R1(n##3) R1(n##4) R1(n##5) R1(n##6) R1(n##7)
#define R64(n) R8(n##0) R8(n##1) R8(n##2) R8(n##3) R8(n##4) R8(n##5) R8(n##6) R8(n##7)
static long (*const funcs[])(long) = { R64(1) R64(2) R64(3) };
#define N_FUNCS (int)(sizeof funcs / sizeof funcs[0])

static void *churn(void *arg)
{
	long x = (long)(intptr_t)arg;
	for (int round = 0; round < 40; round++)
		for (int i = 0; i < N_FUNCS; i++) x = funcs[i](x) & 0xffffffff;
	return (void *)(intptr_t)x;
}

static long caller_bad[3];

static void *caller(void *arg)
{
	int k = (int)(intptr_t)arg, fd[2];
	long bad = 0;
	if (pipe(fd)) bad++;
	pid_t pid = getpid();
	for (long i = 0; i < 3000 + 100 * k; i++) {
		long w = 0;
		bad += getpid() != pid;
		bad += write(fd[1], &i, sizeof i) != sizeof i;
		bad += read(fd[0], &w, sizeof w) != sizeof w || w != i;
	}
	close(fd[0]);
	close(fd[1]);
	caller_bad[k] = bad;
	syscall(SYS_exit, 0); /* the thread's own exit, not through pthread_exit */
	return NULL;
}

struct pingpong {
	int to[2], from[2];
	long rounds;
};

static void *ponger(void *arg)
{
	struct pingpong *pp = arg;
	long v;
	while (read(pp->to[0], &v, sizeof v) == sizeof v && v >= 0) {
		v = v * 2 + 1;
		if (write(pp->from[1], &v, sizeof v) != sizeof v) break;
	}
	return NULL;
}

static void threads(void)
{
	pthread_t ch, calls[3], pong;
	pthread_create(&ch, NULL, churn, (void *)(intptr_t)12345);
	for (int i = 0; i < 3; i++) pthread_create(&calls[i], NULL, caller, (void *)(intptr_t)i);
	struct pingpong pp;
	CHECK(pipe(pp.to) == 0 && pipe(pp.from) == 0, "pipes");
	pthread_create(&pong, NULL, ponger, &pp);
	long bad = 0;
	for (long i = 0; i < 2000; i++) {
		long v = i, w = 0;
		bad += write(pp.to[1], &v, sizeof v) != sizeof v;
		bad += read(pp.from[0], &w, sizeof w) != sizeof w || w != 2 * i + 1;
	}
	long stop = -1;
	CHECK(write(pp.to[1], &stop, sizeof stop) == sizeof stop, "stop");
	pthread_join(pong, NULL);
	void *r;
	for (int i = 0; i < 3; i++) pthread_join(calls[i], NULL); /* exited by SYS_exit: no value */
	pthread_join(ch, &r);
	long x = 12345;
	for (int round = 0; round < 40; round++)
		for (int i = 0; i < N_FUNCS; i++) x = funcs[i](x) & 0xffffffff;
	CHECK(bad == 0, "ping-pong: %ld wrong", bad);
	for (int i = 0; i < 3; i++) CHECK(caller_bad[i] == 0, "caller %d: %ld wrong", i, caller_bad[i]);
	CHECK((long)(intptr_t)r == x, "churn gave %ld, want %ld", (long)(intptr_t)r, x);
	printf("threads: churn %ld\n", x);
}

/* --- fork ------------------------------------------------------------------------------------- */
static void fork_child(void)
{
	pid_t child = fork();
	if (child == 0) {
		pid_t me = getpid();
		int bad = 0;
		for (int i = 0; i < 3000; i++) bad += getpid() != me || getppid() == me;
		_exit(bad ? 1 : 42);
	}
	int status = 0;
	CHECK(waitpid(child, &status, 0) == child, "waitpid");
	printf("fork: child status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* Every part with no arguments, else the parts named. */
static int wanted(int argc, char **argv, const char *part)
{
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], part)) return 1;
	return argc == 1;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	if (wanted(argc, argv, "loops")) loops();
	if (wanted(argc, argv, "interrupt")) {
		read_interrupted(0);
		read_interrupted(1);
		read_timer();
	}
	if (wanted(argc, argv, "kill")) kill_self();
	if (wanted(argc, argv, "code")) code();
	if (wanted(argc, argv, "threads")) threads();
	if (wanted(argc, argv, "fork")) fork_child();
	printf("%s\n", failures ? "FAILED" : "all ok");
	return failures != 0;
}
