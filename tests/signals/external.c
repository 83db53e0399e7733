/* Signals from another process (the suite's shell) while the program blocks in a read from a pipe:
 * SIGINT and SIGUSR1 have SA_RESTART, so the read goes on; SIGTERM has not, so it fails with EINTR;
 * then the shell writes a line, which the next read gets. Each handler writes its name (write is
 * async-signal-safe), which is how the shell knows it ran before it sends the next signal. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s)
{
	if (write(STDOUT_FILENO, s, strlen(s)) < 0) _exit(3);
}

static void on_signal(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	say(sig == SIGINT ? "INT" : sig == SIGUSR1 ? "USR1" : sig == SIGTERM ? "TERM" : "other");
	say(si->si_code == SI_USER && si->si_pid == getppid() ? " from the parent\n" : " from elsewhere\n");
}

static void on(int sig, int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_signal;
	sa.sa_flags = SA_SIGINFO | flags;
	sigaction(sig, &sa, NULL);
}

int main(void)
{
	on(SIGINT, SA_RESTART);
	on(SIGUSR1, SA_RESTART);
	on(SIGTERM, 0);
	say("ready\n");
	char c;
	ssize_t r = read(STDIN_FILENO, &c, 1);
	printf("first read: %zd, EINTR %d\n", r, r < 0 && errno == EINTR);
	fflush(stdout);
	r = read(STDIN_FILENO, &c, 1);
	printf("second read: %zd '%c'\n", r, r == 1 ? c : '?');
	return 0;
}
