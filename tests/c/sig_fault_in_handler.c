/* A SIGSEGV handler that faults itself: SIGSEGV is blocked while its handler runs, so the second
 * fault kills the program with SIGSEGV, as Linux does. The runner compares the output and the exit
 * status (death by SIGSEGV) with the native build's. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

static void on_segv(int sig)
{
	(void)sig;
	static const char msg[] = "in the handler\n";
	if (write(STDOUT_FILENO, msg, sizeof msg - 1) < 0) _exit(3);
	*(volatile int *volatile)(uintptr_t)16 = 2;
	_exit(4); /* not reached */
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_segv;
	sigaction(SIGSEGV, &sa, NULL);
	*(volatile int *volatile)(uintptr_t)8 = 1;
	return 5;
}
