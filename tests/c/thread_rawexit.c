/* Threads ending one by one with the exit system call itself (not exit_group): the main thread
 * first, with status 3, then the last thread with 7. The process ends when the last one does, with
 * the status the host kernel reports for it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

static void *last(void *arg)
{
	(void)arg;
	usleep(30000);
	printf("the last thread ends the process\n");
	fflush(stdout);
	syscall(SYS_exit, 7);
	return NULL;
}

int main(void)
{
	pthread_t t;
	pthread_create(&t, NULL, last, NULL);
	printf("main thread leaves first\n");
	fflush(stdout);
	syscall(SYS_exit, 3);
	return 1;
}
