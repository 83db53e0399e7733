/* A fault while SIGSEGV is blocked kills, handler or not (Linux's force_sig_fault). Output and
 * exit status (death by SIGSEGV) compared with the native build's. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void on_segv(int sig)
{
	(void)sig;
	static const char msg[] = "handler ran\n";
	if (write(STDOUT_FILENO, msg, sizeof msg - 1) < 0) _exit(3);
	_exit(4);
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_segv;
	sigaction(SIGSEGV, &sa, NULL);
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGSEGV);
	sigprocmask(SIG_BLOCK, &s, NULL);
	printf("blocked, now faulting\n");
	fflush(stdout);
	*(volatile int *volatile)(uintptr_t)8 = 1;
	return 5;
}
