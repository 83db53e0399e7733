/* A guest that sends itself a deadly signal dies of it: SIGTERM left at its default, sent with
 * kill(getpid()) while blocked, kills as soon as it is unblocked, after output is flushed. The
 * runner compares the exit status with the native program's. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigprocmask(SIG_BLOCK, &set, NULL);
	kill(getpid(), SIGTERM);
	printf("still alive while blocked\n");
	fflush(stdout);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	printf("not reached\n");
	return 0;
}
