/* Runs one command and reports what it cost: wall seconds, CPU seconds (user + system) and the
 * peak resident set size in KiB of the largest process it waited for (getrusage of the children,
 * so a shell running several programs reports its biggest one). The report goes to the file
 * named by the first argument, the command's own streams and exit status pass through.
 *
 * usage: timeit REPORT-FILE COMMAND [ARGS...]    REPORT-FILE gets "WALL CPU MAXRSS_KIB\n"
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timeval tv) { return tv.tv_sec + tv.tv_usec / 1e6; }

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: timeit REPORT-FILE COMMAND [ARGS...]\n");
		return 2;
	}
	struct timespec start, end;
	clock_gettime(CLOCK_MONOTONIC, &start);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "timeit: fork: %s\n", strerror(errno));
		return 126;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		fprintf(stderr, "timeit: %s: %s\n", argv[2], strerror(errno));
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			fprintf(stderr, "timeit: waitpid: %s\n", strerror(errno));
			return 126;
		}
	clock_gettime(CLOCK_MONOTONIC, &end);
	struct rusage ru;
	getrusage(RUSAGE_CHILDREN, &ru);
	FILE *report = fopen(argv[1], "w");
	if (!report) {
		fprintf(stderr, "timeit: %s: %s\n", argv[1], strerror(errno));
		return 126;
	}
	fprintf(report, "%.4f %.4f %ld\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9,
		seconds(ru.ru_utime) + seconds(ru.ru_stime), ru.ru_maxrss);
	fclose(report);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
