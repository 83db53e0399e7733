/* Moving data between descriptors and other file calls real programs use: copy_file_range with
 * and without offsets, splice file->pipe->file, tee, memfd_create with seals, ownership (fchown,
 * fchownat to ourselves), mknodat of a FIFO, fchmod/fchmodat, statfs/fstatfs, syncfs,
 * sync_file_range, capget, getrusage, ppoll/pselect with signal masks, preadv2/pwritev2, openat2
 * and readahead, with their errors.
 * Prints only what is the same natively and on riscv64. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/openat2.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/vfs.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

static int make_file(const char *name, const char *content)
{
	int fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK(write(fd, content, strlen(content)) == (ssize_t)strlen(content));
	return fd;
}

static void copies(void)
{
	int in = make_file("src.txt", "0123456789abcdef");
	int out = make_file("dst.txt", "");
	loff_t off_in = 4, off_out = 0;
	ssize_t n = copy_file_range(in, &off_in, out, &off_out, 6, 0);
	printf("copy_file_range: %zd, offsets now %lld %lld\n", n, (long long)off_in, (long long)off_out);
	char buf[64] = { 0 };
	CHECK(pread(out, buf, sizeof buf, 0) == 6);
	printf("copied: %s\n", buf);
	CHECK(lseek(in, 10, SEEK_SET) == 10);
	n = copy_file_range(in, NULL, out, NULL, 100, 0);
	memset(buf, 0, sizeof buf);
	CHECK(pread(out, buf, sizeof buf, 0) > 0);
	printf("from the file positions: %zd, %s\n", n, buf);
	CHECK(copy_file_range(in, (loff_t *)16, out, NULL, 1, 0) == -1 && errno == EFAULT);
	CHECK(copy_file_range(in, NULL, out, NULL, 1, 1) == -1 && errno == EINVAL);

	/* splice file -> pipe -> file, tee duplicating the pipe into a second pipe */
	int p[2], q[2];
	CHECK(pipe(p) == 0 && pipe(q) == 0);
	loff_t from = 0;
	n = splice(in, &from, p[1], NULL, 8, 0);
	printf("splice into pipe: %zd, offset %lld\n", n, (long long)from);
	n = tee(p[0], q[1], 8, 0);
	printf("tee: %zd\n", n);
	int spliced = make_file("spliced.txt", "");
	n = splice(p[0], NULL, spliced, NULL, 8, 0);
	memset(buf, 0, sizeof buf);
	CHECK(read(q[0], buf, sizeof buf) == 8);
	printf("splice out of pipe: %zd, tee copy %s\n", n, buf);
	memset(buf, 0, sizeof buf);
	CHECK(pread(spliced, buf, sizeof buf, 0) == 8);
	printf("spliced file: %s\n", buf);
	CHECK(splice(in, (loff_t *)16, p[1], NULL, 8, 0) == -1 && errno == EFAULT);
	CHECK(tee(in, q[1], 8, 0) == -1 && errno == EINVAL);
	close(p[0]), close(p[1]), close(q[0]), close(q[1]);
	close(in), close(out), close(spliced);
	unlink("src.txt"), unlink("dst.txt"), unlink("spliced.txt");
}

static void memfds(void)
{
	int fd = memfd_create("test", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	CHECK(fd >= 0);
	CHECK((fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
	CHECK(write(fd, "sealed", 6) == 6);
	CHECK(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW) == 0);
	printf("memfd seals: %#x\n", fcntl(fd, F_GET_SEALS));
	printf("write after seal: %s\n", write(fd, "x", 1) == -1 && errno == EPERM ? "EPERM" : "?");
	char *m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	CHECK(m != MAP_FAILED);
	printf("mapped memfd: %.6s\n", m);
	munmap(m, 4096);
	struct stat st;
	CHECK(fstat(fd, &st) == 0);
	printf("memfd size %lld, regular %d\n", (long long)st.st_size, S_ISREG(st.st_mode));
	close(fd);
	CHECK(memfd_create("bad", 0x100) == -1 && errno == EINVAL);
	CHECK(memfd_create((char *)16, 0) == -1 && errno == EFAULT);
}

static void ownership_and_nodes(void)
{
	int fd = make_file("owned.txt", "x");
	CHECK(fchown(fd, getuid(), getgid()) == 0);
	CHECK(fchown(fd, -1, -1) == 0);
	CHECK(fchownat(AT_FDCWD, "owned.txt", getuid(), -1, AT_SYMLINK_NOFOLLOW) == 0);
	CHECK(fchownat(fd, "", -1, getgid(), AT_EMPTY_PATH) == 0);
	CHECK(fchownat(AT_FDCWD, "missing.txt", getuid(), -1, 0) == -1 && errno == ENOENT);
	CHECK(fchown(999, getuid(), -1) == -1 && errno == EBADF);
	CHECK(fchmod(fd, 0600) == 0);
	struct stat st;
	CHECK(fstat(fd, &st) == 0);
	printf("fchmod: %o, owner is us %d\n", st.st_mode & 0777, st.st_uid == getuid());
	CHECK(fchmodat(AT_FDCWD, "owned.txt", 0640, 0) == 0);
	CHECK(stat("owned.txt", &st) == 0);
	printf("fchmodat: %o\n", st.st_mode & 0777);
	CHECK(syncfs(fd) == 0);
	CHECK(sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE) == 0);
	CHECK(sync_file_range(fd, 0, 0, 0x100) == -1 && errno == EINVAL);
	close(fd);
	unlink("owned.txt");

	CHECK(mknodat(AT_FDCWD, "fifo", S_IFIFO | 0600, 0) == 0);
	CHECK(lstat("fifo", &st) == 0);
	printf("mknodat FIFO: %d %o\n", S_ISFIFO(st.st_mode), st.st_mode & 0777);
	CHECK(mknodat(AT_FDCWD, "fifo", S_IFIFO | 0600, 0) == -1 && errno == EEXIST);
	int r = open("fifo", O_RDONLY | O_NONBLOCK), w = open("fifo", O_WRONLY | O_NONBLOCK);
	CHECK(r >= 0 && w >= 0 && write(w, "f", 1) == 1);
	char c = 0;
	CHECK(read(r, &c, 1) == 1);
	printf("through the FIFO: %c\n", c);
	close(r), close(w);
	unlink("fifo");
	CHECK(mknodat(AT_FDCWD, "reg", S_IFREG | 0600, 0) == 0);
	CHECK(stat("reg", &st) == 0 && S_ISREG(st.st_mode));
	unlink("reg");

	struct statfs a, b;
	CHECK(statfs(".", &a) == 0);
	int dir = open(".", O_RDONLY | O_DIRECTORY);
	CHECK(fstatfs(dir, &b) == 0);
	printf("statfs and fstatfs agree: %d\n", a.f_type == b.f_type && a.f_bsize == b.f_bsize && a.f_blocks == b.f_blocks);
	close(dir);
	CHECK(statfs("no/such/dir", &a) == -1 && errno == ENOENT);
	CHECK(statfs(".", (struct statfs *)16) == -1 && errno == EFAULT);
}

static void capabilities_and_usage(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	memset(d, 0xff, sizeof d);
	CHECK(syscall(SYS_capget, &h, d) == 0);
	printf("capget: effective within permitted %d\n", (d[0].effective & ~d[0].permitted) == 0);
	h.version = 0x12345678;
	CHECK(syscall(SYS_capget, &h, NULL) == 0); /* a version probe */
	printf("capget of a bad version answers with %#x\n", h.version);
	h = (struct __user_cap_header_struct){ _LINUX_CAPABILITY_VERSION_3, 0 };
	CHECK(syscall(SYS_capget, &h, (void *)16) == -1 && errno == EFAULT);
	CHECK(syscall(SYS_capset, &h, d) == 0); /* the same set again is allowed */

	struct rusage ru;
	CHECK(getrusage(RUSAGE_SELF, &ru) == 0);
	printf("getrusage: maxrss set %d\n", ru.ru_maxrss > 0);
	CHECK(getrusage(RUSAGE_SELF, (struct rusage *)16) == -1 && errno == EFAULT);
	CHECK(getrusage(42, &ru) == -1 && errno == EINVAL);
}

static void masks(void)
{
	int p[2];
	CHECK(pipe(p) == 0);
	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	struct timespec ts = { 0, 1000000 };
	struct pollfd pf = { p[0], POLLIN, 0 };
	printf("ppoll with mask, timeout: %d\n", ppoll(&pf, 1, &ts, &mask));
	CHECK(write(p[1], "z", 1) == 1);
	fd_set rd;
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	ts = (struct timespec){ 1, 0 };
	printf("pselect with mask: %d %d\n", pselect(p[0] + 1, &rd, NULL, NULL, &ts, &mask), FD_ISSET(p[0], &rd) != 0);
	close(p[0]), close(p[1]);
}

static void v2_calls(void)
{
	int fd = make_file("v2.txt", "0123456789");
	char a[4] = { 0 }, b[4] = { 0 };
	struct iovec iov[2] = { { a, 3 }, { b, 3 } };
	CHECK(lseek(fd, 2, SEEK_SET) == 2);
	printf("preadv2 at the file position: %zd %s %s\n", preadv2(fd, iov, 2, -1, 0), a, b);
	printf("preadv2 at 0: %zd %s %s, position %lld\n", preadv2(fd, iov, 2, 0, 0), a, b, (long long)lseek(fd, 0, SEEK_CUR));
	struct iovec w = { "XY", 2 };
	CHECK(pwritev2(fd, &w, 1, 0, RWF_DSYNC) == 2);
	CHECK(pwritev2(fd, &w, 1, -1, 0) == 2);
	char all[16] = { 0 };
	CHECK(pread(fd, all, sizeof all, 0) == 10);
	printf("after pwritev2: %s\n", all);
	CHECK(preadv2(fd, iov, 2, 0, 0x1000) == -1 && (errno == EOPNOTSUPP || errno == EINVAL));
	CHECK(readahead(fd, 0, 4096) == 0);
	close(fd);

	CHECK(mkdir("beneath", 0755) == 0);
	int dir = open("beneath", O_RDONLY | O_DIRECTORY);
	struct open_how how = { .flags = O_RDWR | O_CREAT | O_CLOEXEC, .mode = 0600 };
	int f = syscall(SYS_openat2, dir, "inside.txt", &how, sizeof how);
	CHECK(f >= 0);
	printf("openat2: cloexec %d\n", f >= 0 && (fcntl(f, F_GETFD) & FD_CLOEXEC));
	close(f);
	how = (struct open_how){ .flags = O_RDONLY, .resolve = RESOLVE_BENEATH };
	f = syscall(SYS_openat2, dir, "../v2.txt", &how, sizeof how);
	printf("openat2 RESOLVE_BENEATH escaping: %s\n", f == -1 && errno == EXDEV ? "EXDEV" : "?");
	struct { struct open_how how; uint64_t extra; } bigger = { { .flags = O_RDONLY }, 1 };
	CHECK(syscall(SYS_openat2, dir, "inside.txt", &bigger, sizeof bigger) == -1 && errno == E2BIG);
	bigger.extra = 0;
	f = syscall(SYS_openat2, dir, "inside.txt", &bigger, sizeof bigger);
	CHECK(f >= 0);
	close(f);
	CHECK(syscall(SYS_openat2, dir, "inside.txt", &how, 8) == -1 && errno == EINVAL);
	CHECK(syscall(SYS_openat2, dir, "inside.txt", (void *)16, sizeof how) == -1 && errno == EFAULT);
	how = (struct open_how){ .flags = O_RDONLY, .mode = 0644 };
	CHECK(syscall(SYS_openat2, dir, "inside.txt", &how, sizeof how) == -1 && errno == EINVAL);
	close(dir);
	unlink("beneath/inside.txt");
	rmdir("beneath");
	unlink("v2.txt");
}

int main(void)
{
	v2_calls();
	copies();
	memfds();
	ownership_and_nodes();
	capabilities_and_usage();
	masks();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
