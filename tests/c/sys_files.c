/* File system calls: write/read, stat, lseek, pread/pwrite, readv/writev, dup, fcntl flags, pipes,
 * directories (mkdir, readdir sorted, rmdir), getcwd/chdir, rename/unlink, symlink/readlink,
 * access, truncate, error numbers. Runs in a scratch directory; prints only deterministic facts. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void basic_io(void)
{
	int fd = open("f.txt", O_CREAT | O_TRUNC | O_RDWR, 0644);
	CHECK(fd >= 0);
	CHECK(write(fd, "hello, world\n", 13) == 13);
	struct stat st;
	CHECK(fstat(fd, &st) == 0);
	printf("size %lld regular %d mode %o\n", (long long)st.st_size, S_ISREG(st.st_mode), st.st_mode & 0777);
	CHECK(st.st_nlink == 1);
	CHECK(st.st_blksize > 0);
	CHECK(lseek(fd, 7, SEEK_SET) == 7);
	char buf[32] = { 0 };
	CHECK(read(fd, buf, sizeof buf) == 6);
	printf("read after seek: %s", buf);
	CHECK(lseek(fd, 0, SEEK_END) == 13);
	CHECK(pwrite(fd, "W", 1, 7) == 1);
	memset(buf, 0, sizeof buf);
	CHECK(pread(fd, buf, 5, 7) == 5);
	printf("pread: %s\n", buf);
	CHECK(lseek(fd, 0, SEEK_CUR) == 13); /* pread/pwrite leave the offset alone */

	struct iovec iov[3] = { { "ab", 2 }, { "", 0 }, { "cde\n", 4 } };
	CHECK(writev(fd, iov, 3) == 6);
	char x[3], y[4];
	struct iovec in[2] = { { x, 3 }, { y, 3 } };
	CHECK(lseek(fd, 13, SEEK_SET) == 13);
	CHECK(readv(fd, in, 2) == 6);
	printf("readv: %.3s|%.3s\n", x, y);

	CHECK(ftruncate(fd, 5) == 0);
	CHECK(stat("f.txt", &st) == 0);
	printf("after ftruncate: %lld\n", (long long)st.st_size);
	CHECK(fsync(fd) == 0);
	CHECK(fdatasync(fd) == 0);
	CHECK(close(fd) == 0);
	CHECK(truncate("f.txt", 3) == 0);
	CHECK(stat("f.txt", &st) == 0 && st.st_size == 3);

	/* fixed times through utimensat come back through stat's time fields */
	struct timespec times[2] = { { 1234567890, 5000 }, { 1000000000, 123456000 } };
	CHECK(utimensat(AT_FDCWD, "f.txt", times, 0) == 0);
	CHECK(stat("f.txt", &st) == 0);
	printf("atime %lld.%09ld mtime %lld.%09ld\n", (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
	       (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	CHECK(st.st_ctim.tv_sec > 1500000000);
	CHECK(st.st_blocks >= 0 && st.st_ino != 0 && st.st_uid == getuid() && st.st_gid == getgid());
	struct stat fst;
	fd = open("f.txt", O_RDONLY);
	CHECK(fstat(fd, &fst) == 0 && fst.st_ino == st.st_ino && fst.st_dev == st.st_dev);
	CHECK(fstatat(fd, "", &fst, AT_EMPTY_PATH) == 0 && fst.st_size == 3);
	close(fd);
	CHECK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode) && st.st_rdev != 0);
}

static void descriptors(void)
{
	int fd = open("f.txt", O_RDONLY);
	CHECK(fd >= 0);
	int d = dup(fd);
	CHECK(d > fd);
	CHECK(dup2(fd, 20) == 20);
	CHECK(dup3(fd, 21, O_CLOEXEC) == 21);
	CHECK(fcntl(21, F_GETFD) == FD_CLOEXEC);
	CHECK(fcntl(20, F_GETFD) == 0);
	CHECK(fcntl(20, F_SETFD, FD_CLOEXEC) == 0 && fcntl(20, F_GETFD) == FD_CLOEXEC);
	int c = fcntl(fd, F_DUPFD_CLOEXEC, 30);
	CHECK(c >= 30);
	close(c);
	close(20);
	close(21);
	close(d);
	close(fd);

	fd = open("f.txt", O_WRONLY | O_APPEND);
	int fl = fcntl(fd, F_GETFL);
	printf("getfl: accmode %d append %d nonblock %d\n", fl & O_ACCMODE, !!(fl & O_APPEND), !!(fl & O_NONBLOCK));
	CHECK(fcntl(fd, F_SETFL, fl | O_NONBLOCK) == 0);
	fl = fcntl(fd, F_GETFL);
	printf("getfl: accmode %d append %d nonblock %d\n", fl & O_ACCMODE, !!(fl & O_APPEND), !!(fl & O_NONBLOCK));
	close(fd);

	int dfd = open(".", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	fl = fcntl(dfd, F_GETFL);
	printf("directory flag kept: %d\n", !!(fl & O_DIRECTORY));
	close(dfd);

	int p[2];
	CHECK(pipe2(p, O_CLOEXEC) == 0);
	CHECK(fcntl(p[0], F_GETFD) == FD_CLOEXEC);
	CHECK(write(p[1], "through the pipe", 16) == 16);
	char buf[32] = { 0 };
	CHECK(read(p[0], buf, sizeof buf) == 16);
	printf("pipe: %s\n", buf);
	close(p[1]);
	CHECK(read(p[0], buf, sizeof buf) == 0); /* end of file */
	close(p[0]);
}

static void directories(void)
{
	char start[4096], now[4096];
	CHECK(getcwd(start, sizeof start) != NULL);
	CHECK(mkdir("d", 0755) == 0);
	CHECK(mkdir("d", 0755) == -1 && errno == EEXIST);
	static const char *const names[] = { "zeta", "alpha", "mid", "Beta" };
	for (int i = 0; i < 4; i++) {
		char path[64];
		snprintf(path, sizeof path, "d/%s", names[i]);
		int fd = open(path, O_CREAT | O_WRONLY, 0600);
		CHECK(fd >= 0);
		close(fd);
	}
	CHECK(mkdir("d/sub", 0700) == 0);
	DIR *dir = opendir("d");
	CHECK(dir != NULL);
	char *found[16];
	int n = 0;
	struct dirent *e;
	while (dir && (e = readdir(dir)) && n < 16) found[n++] = strdup(e->d_name);
	if (dir) closedir(dir);
	qsort(found, n, sizeof found[0], cmp);
	printf("entries:");
	for (int i = 0; i < n; i++) {
		printf(" %s", found[i]);
		free(found[i]);
	}
	printf("\n");

	CHECK(chdir("d/sub") == 0);
	CHECK(getcwd(now, sizeof now) != NULL);
	printf("cwd ends with d/sub: %d\n", strlen(now) > 6 && strcmp(now + strlen(now) - 6, "/d/sub") == 0);
	CHECK(strncmp(now, start, strlen(start)) == 0);
	CHECK(chdir("../..") == 0);
	CHECK(getcwd(now, sizeof now) != NULL && strcmp(now, start) == 0);
	char tiny[2];
	CHECK(getcwd(tiny, sizeof tiny) == NULL && errno == ERANGE);

	struct stat st;
	CHECK(stat("d/sub", &st) == 0 && S_ISDIR(st.st_mode));
	CHECK(rename("d/zeta", "d/omega") == 0);
	CHECK(access("d/zeta", F_OK) == -1 && errno == ENOENT);
	CHECK(access("d/omega", R_OK | W_OK) == 0);
	CHECK(symlink("omega", "d/link") == 0);
	char target[64] = { 0 };
	CHECK(readlink("d/link", target, sizeof target) == 5);
	printf("readlink: %s\n", target);
	CHECK(lstat("d/link", &st) == 0 && S_ISLNK(st.st_mode));
	CHECK(stat("d/link", &st) == 0 && S_ISREG(st.st_mode));
	CHECK(link("d/omega", "d/hard") == 0);
	CHECK(stat("d/omega", &st) == 0 && st.st_nlink == 2);
	CHECK(rmdir("d") == -1 && errno == ENOTEMPTY);
	static const char *const rm[] = { "d/omega", "d/alpha", "d/mid", "d/Beta", "d/link", "d/hard" };
	for (int i = 0; i < 6; i++) CHECK(unlink(rm[i]) == 0);
	CHECK(rmdir("d/sub") == 0);
	CHECK(rmdir("d") == 0);
	CHECK(unlink("f.txt") == 0);
}

static void errors(void)
{
	CHECK(open("no/such/file", O_RDONLY) == -1 && errno == ENOENT);
	CHECK(close(-1) == -1 && errno == EBADF);
	CHECK(read(1000, NULL, 0) == -1 && errno == EBADF);
	int p[2];
	CHECK(pipe(p) == 0);
	CHECK(write(p[1], "x", 1) == 1);
	char *volatile bad = (char *)8; /* volatile: keep the compiler from judging the call */
	CHECK(read(p[0], bad, 1) == -1 && errno == EFAULT);
	CHECK(lseek(p[0], 0, SEEK_SET) == -1 && errno == ESPIPE);
	close(p[0]);
	close(p[1]);
	CHECK(open("", O_RDONLY) == -1 && errno == ENOENT);
	CHECK(mkdir("/proc/no-such-dir/x", 0700) == -1 && errno == ENOENT);
	printf("errors checked\n");
}

int main(void)
{
	umask(022);
	basic_io();
	descriptors();
	directories();
	errors();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
