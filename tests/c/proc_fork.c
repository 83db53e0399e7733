/* fork and wait: exit statuses, a child killed by a signal, a stopped-and-continued one is not
 * needed; vfork; waitid; wait4's rusage; getppid in the child; the child's copy of memory is its
 * own; fork from a process with threads running. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int shared_value = 1;

static void report(const char *what, int status)
{
	if (WIFEXITED(status)) printf("%s: exited %d\n", what, WEXITSTATUS(status));
	else if (WIFSIGNALED(status)) printf("%s: killed by signal %d\n", what, WTERMSIG(status));
	else printf("%s: status 0x%x\n", what, status);
}

static volatile int spinning = 1;
static void *spin(void *arg)
{
	(void)arg;
	unsigned long n = 0;
	while (spinning) n++;
	return (void *)n;
}

int main(void)
{
	fflush(stdout);
	pid_t parent = getpid();
	for (int code = 0; code < 3; code++) {
		pid_t pid = fork();
		if (pid == 0) {
			shared_value = 100 + code;
			_exit(getppid() == parent ? 10 + code : 99);
		}
		int status;
		if (waitpid(pid, &status, 0) != pid) return 1;
		report("child", status);
	}
	printf("parent's value still %d\n", shared_value);

	pid_t pid = fork();
	if (pid == 0) {
		kill(getpid(), SIGTERM);
		_exit(0);
	}
	int status;
	waitpid(pid, &status, 0);
	report("self-killed child", status);

	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	report("killed child", status);

	pid = fork();
	if (pid == 0) abort();
	waitpid(pid, &status, 0);
	report("aborted child", status);

	pid = vfork();
	if (pid == 0) _exit(7);
	waitpid(pid, &status, 0);
	report("vfork child", status);

	pid = fork();
	if (pid == 0) _exit(21);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	if (waitid(P_PID, pid, &si, WEXITED)) return 1;
	printf("waitid: signo %d code %s status %d pid %s\n", si.si_signo, si.si_code == CLD_EXITED ? "CLD_EXITED" : "?",
	       si.si_status, si.si_pid == pid ? "right" : "wrong");
	memset(&si, 0xff, sizeof si);
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		_exit(0);
	}
	if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG)) return 1;
	printf("waitid WNOHANG: pid %d\n", si.si_pid);
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) != pid) return 1;
	report("wait4 child", status);
	printf("rusage sane: %s\n", ru.ru_utime.tv_usec < 1000000 && ru.ru_stime.tv_usec < 1000000 ? "yes" : "no");
	printf("no more children: %s\n", wait(&status) < 0 ? "yes" : "no");

	/* clone3 as a fork */
	struct clone_args ca;
	memset(&ca, 0, sizeof ca);
	ca.exit_signal = SIGCHLD;
	fflush(stdout);
	pid = (pid_t)syscall(SYS_clone3, &ca, sizeof ca);
	if (pid == 0) _exit(17);
	if (pid < 0) return 1;
	waitpid(pid, &status, 0);
	report("clone3 child", status);

	/* fork while another thread runs guest code */
	pthread_t t;
	pthread_create(&t, NULL, spin, NULL);
	for (int i = 0; i < 3; i++) {
		fflush(stdout);
		pid = fork();
		if (pid == 0) {
			/* only this thread exists in the child */
			printf("child of a threaded parent %d\n", i);
			fflush(stdout);
			_exit(30 + i);
		}
		waitpid(pid, &status, 0);
		report("threaded fork child", status);
	}
	spinning = 0;
	pthread_join(t, NULL);
	return 0;
}
