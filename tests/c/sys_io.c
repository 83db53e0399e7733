/* Waiting and moving data: poll and select on pipes (ready, not ready, timeout), sendfile from a
 * file into a pipe, statx, flock, fallocate, posix_fadvise, raw getdents through readdir of a
 * larger directory, and ioctl(FIONREAD) on a pipe. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

static void waiting(void)
{
	int p[2];
	CHECK(pipe(p) == 0);
	struct pollfd fds[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	CHECK(poll(fds, 1, 0) == 0);
	CHECK(poll(fds, 2, 10) == 1 && (fds[1].revents & POLLOUT));
	CHECK(write(p[1], "abc", 3) == 3);
	int n = poll(fds, 2, -1);
	printf("poll: %d readable %d writable %d\n", n, !!(fds[0].revents & POLLIN), !!(fds[1].revents & POLLOUT));
	int avail = 0;
	CHECK(ioctl(p[0], FIONREAD, &avail) == 0);
	printf("FIONREAD %d\n", avail);

	fd_set rd;
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	struct timeval tv = { 0, 1000 };
	CHECK(select(p[0] + 1, &rd, NULL, NULL, &tv) == 1 && FD_ISSET(p[0], &rd));
	char buf[8];
	CHECK(read(p[0], buf, sizeof buf) == 3);
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	tv.tv_sec = 0;
	tv.tv_usec = 5000;
	CHECK(select(p[0] + 1, &rd, NULL, NULL, &tv) == 0 && !FD_ISSET(p[0], &rd));
	close(p[1]);
	CHECK(poll(fds, 1, -1) == 1 && (fds[0].revents & POLLHUP));
	close(p[0]);
	printf("waiting ok\n");
}

static void files(void)
{
	int fd = open("io.bin", O_CREAT | O_TRUNC | O_RDWR, 0600);
	CHECK(fd >= 0);
	CHECK(write(fd, "0123456789abcdef", 16) == 16);
	int p[2];
	CHECK(pipe(p) == 0);
	off_t off = 4;
	CHECK(sendfile(p[1], fd, &off, 6) == 6);
	CHECK(off == 10);
	char buf[16] = { 0 };
	CHECK(read(p[0], buf, sizeof buf) == 6);
	printf("sendfile: %s\n", buf);
	close(p[0]);
	close(p[1]);

	CHECK(fallocate(fd, 0, 0, 8192) == 0 || errno == EOPNOTSUPP);
	CHECK(ftruncate(fd, 8192) == 0);
	struct statx sx;
	CHECK(statx(AT_FDCWD, "io.bin", 0, STATX_SIZE | STATX_MODE, &sx) == 0);
	printf("statx: size %llu mode %o\n", (unsigned long long)sx.stx_size, sx.stx_mode & 0777);
	CHECK(statx(fd, "", AT_EMPTY_PATH, STATX_SIZE, &sx) == 0 && sx.stx_size == 8192);
	CHECK(posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL) == 0);
	CHECK(flock(fd, LOCK_EX) == 0);
	CHECK(flock(fd, LOCK_UN) == 0);
	struct flock lk = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	CHECK(fcntl(fd, F_SETLK, &lk) == 0);
	lk.l_type = F_UNLCK;
	CHECK(fcntl(fd, F_SETLK, &lk) == 0);
	close(fd);
	CHECK(unlink("io.bin") == 0);

	CHECK(mkdir("many", 0700) == 0);
	for (int i = 0; i < 300; i++) {
		char name[64];
		snprintf(name, sizeof name, "many/a-rather-long-file-name-to-fill-buffers-%03d", i);
		int f = open(name, O_CREAT | O_WRONLY, 0600);
		CHECK(f >= 0);
		close(f);
	}
	DIR *d = opendir("many");
	int count = 0, sum = 0;
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.') continue;
		count++;
		sum += atoi(e->d_name + strlen(e->d_name) - 3);
		CHECK(e->d_type == DT_REG || e->d_type == DT_UNKNOWN);
	}
	if (d) closedir(d);
	printf("readdir: %d entries, sum %d\n", count, sum);
	for (int i = 0; i < 300; i++) {
		char name[64];
		snprintf(name, sizeof name, "many/a-rather-long-file-name-to-fill-buffers-%03d", i);
		CHECK(unlink(name) == 0);
	}
	CHECK(rmdir("many") == 0);
}

int main(void)
{
	waiting();
	files();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
