/* Guest signal handlers that return: siginfo from raise, kill and tgkill; blocking and unblocking;
 * sa_mask and SA_NODEFER (nesting), SA_RESETHAND, sigsuspend, sigwaitinfo/sigtimedwait, and a
 * handler leaving by siglongjmp. Each check prints its line; the output is compared with the
 * native build's. */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL line %d: %s\n", __LINE__, #c); failures++; } } while (0)

static volatile sig_atomic_t count, depth, max_depth;
static volatile int last_code, last_pid, last_uid, last_signo, last_value;
static char order[64];
static volatile sig_atomic_t order_len;

static void note(char c)
{
	if (order_len < (int)sizeof order - 1) order[order_len++] = c;
}

static void install(int sig, void (*fn)(int, siginfo_t *, void *), int flags, int masked)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO | flags;
	sigemptyset(&sa.sa_mask);
	if (masked) sigaddset(&sa.sa_mask, masked);
	CHECK(sigaction(sig, &sa, NULL) == 0);
}

static void counting(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	count++;
	last_signo = si->si_signo;
	last_code = si->si_code;
	last_pid = si->si_pid;
	last_uid = (int)si->si_uid;
	last_value = si->si_code == SI_QUEUE ? si->si_value.sival_int : -1;
	CHECK(sig == si->si_signo);
}

static sigset_t only(int sig)
{
	sigset_t s;
	sigemptyset(&s);
	if (sig) sigaddset(&s, sig);
	return s;
}

static int blocked_now(int sig)
{
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	return sigismember(&cur, sig);
}

static void test_siginfo(void)
{
	install(SIGUSR1, counting, 0, 0);
	count = 0;
	raise(SIGUSR1);
	CHECK(count == 1 && last_signo == SIGUSR1 && last_code == SI_TKILL && last_pid == getpid());
	kill(getpid(), SIGUSR1);
	CHECK(count == 2 && last_code == SI_USER && last_pid == getpid() && last_uid == (int)getuid());
	syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);
	CHECK(count == 3 && last_code == SI_TKILL);
	CHECK(kill(getpid(), 0) == 0);
	install(SIGRTMIN + 1, counting, 0, 0);
	CHECK(sigqueue(getpid(), SIGRTMIN + 1, (union sigval){ .sival_int = 99 }) == 0);
	CHECK(count == 4 && last_signo == SIGRTMIN + 1 && last_code == SI_QUEUE && last_value == 99);
	printf("siginfo: %d deliveries\n", (int)count);
}

static void test_block(void)
{
	install(SIGUSR1, counting, 0, 0);
	count = 0;
	sigset_t s = only(SIGUSR1), pending;
	sigprocmask(SIG_BLOCK, &s, NULL);
	raise(SIGUSR1);
	raise(SIGUSR1); /* a standard signal is pending once */
	CHECK(count == 0);
	sigpending(&pending);
	CHECK(sigismember(&pending, SIGUSR1) && !sigismember(&pending, SIGUSR2));
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	CHECK(count == 1);
	sigpending(&pending);
	CHECK(!sigismember(&pending, SIGUSR1));
	printf("block: delivered %d on unblock\n", (int)count);
}

static void outer(int sig, siginfo_t *si, void *uc)
{
	(void)si, (void)uc;
	note('a');
	CHECK(blocked_now(sig)); /* a handler runs with its own signal blocked */
	raise(SIGUSR2);
	note('b');
}

static void inner(int sig, siginfo_t *si, void *uc)
{
	(void)sig, (void)si, (void)uc;
	note('2');
}

static void test_sa_mask(void)
{
	install(SIGUSR2, inner, 0, 0);
	order_len = 0;
	install(SIGUSR1, outer, 0, SIGUSR2); /* USR2 waits for USR1's handler to return */
	raise(SIGUSR1);
	install(SIGUSR1, outer, 0, 0); /* USR2 nests */
	raise(SIGUSR1);
	order[order_len] = 0;
	CHECK(strcmp(order, "ab2a2b") == 0);
	CHECK(!blocked_now(SIGUSR1) && !blocked_now(SIGUSR2));
	printf("sa_mask: order %s\n", order);
}

static void recursive(int sig, siginfo_t *si, void *uc)
{
	(void)si, (void)uc;
	count++;
	depth++;
	if (depth > max_depth) max_depth = depth;
	if (count < 4) raise(sig);
	depth--;
}

static void test_nodefer(void)
{
	count = depth = max_depth = 0;
	install(SIGUSR1, recursive, SA_NODEFER, 0);
	raise(SIGUSR1);
	CHECK(count == 4 && max_depth == 4);
	printf("nodefer: %d calls, depth %d\n", (int)count, (int)max_depth);
	count = depth = max_depth = 0;
	install(SIGUSR1, recursive, 0, 0);
	raise(SIGUSR1);
	CHECK(count == 4 && max_depth == 1);
	printf("defer: %d calls, depth %d\n", (int)count, (int)max_depth);
}

static void test_resethand(void)
{
	count = 0;
	install(SIGUSR2, counting, SA_RESETHAND, 0);
	raise(SIGUSR2);
	struct sigaction now;
	sigaction(SIGUSR2, NULL, &now);
	CHECK(count == 1 && now.sa_handler == SIG_DFL);
	printf("resethand: %d, then %s\n", (int)count, now.sa_handler == SIG_DFL ? "SIG_DFL" : "still set");
}

static void test_sigsuspend(void)
{
	install(SIGUSR1, counting, 0, 0);
	count = 0;
	sigset_t s = only(SIGUSR1), none = only(0);
	sigprocmask(SIG_BLOCK, &s, NULL);
	raise(SIGUSR1);
	int r = sigsuspend(&none);
	CHECK(r == -1 && errno == EINTR && count == 1);
	CHECK(blocked_now(SIGUSR1)); /* the mask from before the call is back */
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	printf("sigsuspend: %d, errno EINTR %d\n", (int)count, errno == EINTR);
}

static void test_sigwait(void)
{
	install(SIGUSR2, counting, 0, 0);
	count = 0;
	sigset_t s = only(SIGUSR2);
	sigprocmask(SIG_BLOCK, &s, NULL);
	raise(SIGUSR2);
	siginfo_t si;
	int sig = sigwaitinfo(&s, &si);
	CHECK(sig == SIGUSR2 && si.si_signo == SIGUSR2 && si.si_code == SI_USER && count == 0); /* glibc shows SI_TKILL as SI_USER */
	struct timespec ts = { 0, 10 * 1000 * 1000 };
	int r = sigtimedwait(&s, &si, &ts);
	CHECK(r == -1 && errno == EAGAIN);
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	CHECK(count == 0);
	printf("sigwaitinfo: %s, timeout EAGAIN %d\n", sig == SIGUSR2 ? "SIGUSR2" : "?", r == -1 && errno == EAGAIN);
}

static sigjmp_buf env;
static void jumping(int sig, siginfo_t *si, void *uc)
{
	(void)si, (void)uc;
	siglongjmp(env, sig);
}

static void test_longjmp(void)
{
	install(SIGUSR1, jumping, 0, 0);
	volatile int rounds = 0;
	int v = sigsetjmp(env, 1);
	if (v == 0) {
		raise(SIGUSR1);
		printf("longjmp: not reached\n");
	}
	rounds++;
	CHECK(v == SIGUSR1 && !blocked_now(SIGUSR1)); /* siglongjmp restored the mask */
	if (rounds < 3) {
		v = sigsetjmp(env, 1);
		if (v == 0) raise(SIGUSR1);
		CHECK(v == SIGUSR1);
		rounds++;
	}
	printf("longjmp: back with %d after %d rounds\n", v, rounds);
}

int main(void)
{
	test_siginfo();
	test_block();
	test_sa_mask();
	test_nodefer();
	test_resethand();
	test_sigsuspend();
	test_sigwait();
	test_longjmp();
	printf("%d failures\n", failures);
	return failures != 0;
}
