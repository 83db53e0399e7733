/* Process and system information: getrandom, uname, ids, resource limits, umask, CPU affinity,
 * prctl names, sysinfo, /proc/self/exe and /proc/self/maps, the environment, terminal ioctls on a
 * non-terminal, signal dispositions and masks, SIGPIPE ignored, signals sent to ourselves that
 * do not kill, and qsort/printf of doubles. Prints only what is the same natively and on riscv64. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

static void randomness(void)
{
	unsigned char buf[256] = { 0 };
	CHECK(getrandom(buf, sizeof buf, 0) == (ssize_t)sizeof buf);
	int zeros = 0;
	for (size_t i = 0; i < sizeof buf; i++) zeros += buf[i] == 0;
	printf("getrandom filled: %d\n", zeros < 32);
	char *volatile bad = (char *)16;
	CHECK(getrandom(bad, 8, 0) == -1 && errno == EFAULT);
}

static void identity(char *argv0)
{
	struct utsname u;
	CHECK(uname(&u) == 0);
	printf("sysname %s\n", u.sysname);
	CHECK(u.release[0] >= '0' && u.release[0] <= '9');
	CHECK(getpid() > 1 && getppid() > 0 && getpid() == getpid());
	CHECK(gettid() == getpid());
	uid_t r, e, s;
	CHECK(getresuid(&r, &e, &s) == 0 && r == getuid() && e == geteuid());
	gid_t gr, ge, gs;
	CHECK(getresgid(&gr, &ge, &gs) == 0 && gr == getgid() && ge == getegid());

	char exe[4096] = { 0 };
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	CHECK(n > 0 && exe[0] == '/');
	const char *base = strrchr(argv0, '/');
	base = base ? base + 1 : argv0;
	const char *tail = strrchr(exe, '/');
	printf("/proc/self/exe names the program: %d\n", tail && strcmp(tail + 1, base) == 0);
	char two[2];
	CHECK(readlink("/proc/self/exe", two, 2) == 2);

	int fd = open("/proc/self/maps", O_RDONLY);
	CHECK(fd >= 0);
	char maps[512];
	CHECK(read(fd, maps, sizeof maps) > 0);
	close(fd);

	char name[16] = { 0 };
	CHECK(prctl(PR_SET_NAME, "isomorph-test") == 0);
	CHECK(prctl(PR_GET_NAME, name) == 0);
	printf("prctl name: %s\n", name);
	CHECK(prctl(PR_SET_NAME, "a-very-long-thread-name") == 0);
	CHECK(prctl(PR_GET_NAME, name) == 0);
	printf("prctl long name: %s\n", name);

	printf("PATH passed through: %d\n", getenv("PATH") != NULL);
}

static void limits(void)
{
	struct rlimit rl, back;
	CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur > 3);
	struct rlimit low = { 64, rl.rlim_max };
	CHECK(setrlimit(RLIMIT_NOFILE, &low) == 0);
	CHECK(getrlimit(RLIMIT_NOFILE, &back) == 0 && back.rlim_cur == 64);
	CHECK(prlimit(0, RLIMIT_NOFILE, &rl, &back) == 0 && back.rlim_cur == 64);
	struct rlimit wrong = { 10, 5 };
	CHECK(setrlimit(RLIMIT_NOFILE, &wrong) == -1 && errno == EINVAL);
	CHECK(getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur > 0);
	printf("limits ok\n");

	mode_t old = umask(027);
	CHECK(umask(old) == 027);

	cpu_set_t set;
	CPU_ZERO(&set);
	CHECK(sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0);
	CHECK(sched_setaffinity(0, sizeof set, &set) == 0);
	CHECK(sched_yield() == 0);
	CHECK(sched_getcpu() >= 0);

	struct sysinfo si;
	CHECK(sysinfo(&si) == 0 && si.totalram > 0 && si.mem_unit > 0);
	CHECK(get_nprocs() > 0);

	struct termios t;
	int tty = isatty(0);
	CHECK(tty || (tcgetattr(0, &t) == -1 && errno == ENOTTY));
	CHECK(ioctl(0, 0x12345678, &t) == -1);
}

static volatile int handled;
static void on_usr1(int sig) { handled = sig; }

static void signals(void)
{
	struct sigaction sa = { 0 }, old;
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	sa.sa_flags = SA_RESTART;
	CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
	CHECK(sigaction(SIGUSR1, NULL, &old) == 0);
	printf("sigaction round trip: handler %d mask %d restart %d\n", old.sa_handler == on_usr1,
	       sigismember(&old.sa_mask, SIGUSR2), !!(old.sa_flags & SA_RESTART));
	CHECK(sigaction(SIGKILL, &sa, NULL) == -1 && errno == EINVAL);
	CHECK(sigaction(0, &sa, NULL) == -1 && errno == EINVAL);

	sigset_t set, cur;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigaddset(&set, SIGHUP);
	CHECK(sigprocmask(SIG_BLOCK, &set, NULL) == 0);
	CHECK(sigprocmask(SIG_SETMASK, NULL, &cur) == 0);
	printf("blocked: usr2 %d hup %d int %d\n", sigismember(&cur, SIGUSR2), sigismember(&cur, SIGHUP),
	       sigismember(&cur, SIGINT));
	CHECK(sigprocmask(SIG_UNBLOCK, &set, NULL) == 0);
	CHECK(sigprocmask(SIG_SETMASK, NULL, &cur) == 0 && !sigismember(&cur, SIGUSR2));

	/* ignored, or ignored by default: sending them to ourselves does nothing */
	signal(SIGUSR2, SIG_IGN);
	CHECK(kill(getpid(), SIGUSR2) == 0);
	CHECK(raise(SIGCHLD) == 0);
	CHECK(kill(getpid(), 0) == 0);
	CHECK(kill(getpid(), 999) == -1 && errno == EINVAL);

	signal(SIGPIPE, SIG_IGN);
	int p[2];
	CHECK(pipe(p) == 0);
	close(p[0]);
	CHECK(write(p[1], "x", 1) == -1 && errno == EPIPE);
	close(p[1]);
	printf("signals ok\n");
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	(void)argc;
	randomness();
	identity(argv[0]);
	limits();
	signals();
	double v[] = { 3.25, -1e10, 2.5e-7, 0.1, 1.0 / 3, -0.0, 123456.789 };
	qsort(v, sizeof v / sizeof v[0], sizeof v[0], by_value);
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) printf("%g %.17g %a\n", v[i], v[i], v[i]);
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
