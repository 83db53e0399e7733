/* execve and friends: a riscv64 program (this one again, through /proc/self/exe) with its own
 * argv[0] and environment; host programs (/bin/sh, echo) natively; system() and popen() with a
 * shell pipeline; posix_spawn of guest and host programs; a script whose interpreter is this
 * program and one for /bin/sh; a pipeline of guest programs built with pipe, fork, dup2 and
 * execve; execve failures. */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static char self[PATH_MAX];

static void report(const char *what, int status)
{
	if (WIFEXITED(status)) printf("%s: exited %d\n", what, WEXITSTATUS(status));
	else if (WIFSIGNALED(status)) printf("%s: killed by signal %d\n", what, WTERMSIG(status));
	else printf("%s: status 0x%x\n", what, status);
	fflush(stdout);
}

static int wait_for(pid_t pid)
{
	int status;
	if (waitpid(pid, &status, 0) != pid) {
		perror("waitpid");
		exit(1);
	}
	return status;
}

/* --- the roles this program plays when executed again ---------------------------------------- */

static int child(int argc, char **argv)
{
	printf("child: argv[0]=%s argc=%d", argv[0], argc);
	for (int i = 1; i < argc; i++) printf(" [%s]", argv[i]);
	const char *v = getenv("PROC_EXEC_VAR");
	printf(" PROC_EXEC_VAR=%s\n", v ? v : "(unset)");
	return 3;
}

static int gen(void)
{
	for (int i = 1; i <= 5; i++) printf("line %d of the generator\n", i);
	return 0;
}

static int upper(void)
{
	int c, n = 0;
	while ((c = getchar()) != EOF) {
		putchar(toupper(c));
		n++;
	}
	printf("(upper read %d bytes)\n", n);
	return 0;
}

static int script(int argc, char **argv)
{
	/* argv[0] is this program's path, which differs between builds: not printed */
	printf("script interpreter: argc=%d", argc);
	for (int i = 1; i < argc; i++) printf(" [%s]", argv[i]);
	printf("\n");
	return 5;
}

/* --- the test ---------------------------------------------------------------------------------- */

static void write_file(const char *name, const char *text, mode_t mode)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, mode);
	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text) || close(fd)) {
		perror(name);
		exit(1);
	}
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "child")) return child(argc, argv);
	if (argc > 1 && !strcmp(argv[1], "gen")) return gen();
	if (argc > 1 && !strcmp(argv[1], "upper")) return upper();
	if (argc > 1 && !strcmp(argv[1], "script-arg")) return script(argc, argv);

	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n <= 0) return 1;
	self[n] = 0;

	/* a guest program, with its own argv[0] and environment */
	pid_t pid = fork();
	if (pid == 0) {
		char *args[] = { "renamed", "child", "two words", "", NULL };
		char *env[] = { "PROC_EXEC_VAR=hello", NULL };
		execve("/proc/self/exe", args, env);
		_exit(100);
	}
	report("guest execve", wait_for(pid));

	/* a host program */
	pid = fork();
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", "echo from sh: $0 $1; exit 4", "zero", "one", (char *)NULL);
		_exit(100);
	}
	report("host execve", wait_for(pid));

	/* the shell, as libc uses it */
	report("system", system("echo hello world | tr a-z A-Z"));
	FILE *p = popen("printf 'pear\\napple\\nfig\\n' | sort", "r");
	char line[64];
	while (p && fgets(line, sizeof line, p)) printf("popen: %s", line);
	report("pclose", p ? pclose(p) : -1);

	/* posix_spawn (CLONE_VM|CLONE_VFORK): a host program, then a guest one */
	char *echo_args[] = { "echo", "spawned", "echo", NULL };
	if (posix_spawnp(&pid, "echo", NULL, NULL, echo_args, environ)) return 1;
	report("posix_spawnp echo", wait_for(pid));
	char *guest_args[] = { "spawned-guest", "child", NULL };
	if (posix_spawn(&pid, self, NULL, NULL, guest_args, environ)) return 1;
	report("posix_spawn guest", wait_for(pid));

	/* scripts: one run by this program, one by the host's sh */
	char text[PATH_MAX + 64];
	snprintf(text, sizeof text, "#!%s  script-arg  \nignored\n", self);
	write_file("guest-script", text, 0755);
	write_file("host-script", "#!/bin/sh\necho host script says $1\nexit 6\n", 0755);
	pid = fork();
	if (pid == 0) {
		execl("./guest-script", "guest-script", "a1", "a2", (char *)NULL);
		_exit(100);
	}
	report("guest script", wait_for(pid));
	pid = fork();
	if (pid == 0) {
		execl("./host-script", "host-script", "hi", (char *)NULL);
		_exit(100);
	}
	report("host script", wait_for(pid));

	/* a guest pipeline: gen | upper */
	int fds[2];
	if (pipe(fds)) return 1;
	pid_t a = fork();
	if (a == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		execl(self, "gen", "gen", (char *)NULL);
		_exit(100);
	}
	pid_t b = fork();
	if (b == 0) {
		dup2(fds[0], 0);
		close(fds[0]);
		close(fds[1]);
		execl(self, "upper", "upper", (char *)NULL);
		_exit(100);
	}
	close(fds[0]);
	close(fds[1]);
	int sa = wait_for(a), sb = wait_for(b); /* both done before a word of ours */
	report("generator", sa);
	report("upper", sb);

	/* failures come back to the caller */
	errno = 0;
	execl("./no-such-program", "x", (char *)NULL);
	printf("missing program: %s\n", strerrorname_np(errno));
	write_file("not-executable", "#!/bin/sh\n", 0644);
	execl("./not-executable", "x", (char *)NULL);
	printf("not executable: %s\n", strerrorname_np(errno));
	write_file("garbage", "\x01\x02garbage", 0755);
	execl("./garbage", "x", (char *)NULL);
	printf("unknown format: %s\n", strerrorname_np(errno));
	volatile uintptr_t unmapped = 8; /* hidden from the compiler's checks */
	execve(self, (char **)unmapped, environ);
	printf("bad argv: %s\n", strerrorname_np(errno));
	char *bad_env[] = { "A=1", (char *)unmapped, NULL };
	execve(self, argv, bad_env);
	printf("bad envp: %s\n", strerrorname_np(errno));
	execve((char *)unmapped, argv, environ);
	printf("bad path: %s\n", strerrorname_np(errno));
	return 0;
}
