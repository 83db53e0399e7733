/* A SIGSEGV sent by another process (not a fault): the SA_SIGINFO handler sees SI_USER; back at its
 * default action, the second one kills. The suite compares output and status with native. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static volatile int got, code;
static void h(int s, siginfo_t *si, void *u) { (void)u; got = s; code = si->si_code; }
int main(void) {
	struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, 0);
	puts("ready"); fflush(stdout);
	while (!got) ;
	printf("got %d code %d\n", got, code);
	signal(SIGSEGV, SIG_DFL);
	puts("again"); fflush(stdout);
	for (;;) ;
}
