/* File system calls: descriptors, reads and writes, paths, directories, fcntl, terminal and socket
 * ioctls.
 *
 * Guest descriptors are host descriptors (no table): a guest read(3, ...) is a host read(3, ...)
 * straight into guest memory once the range is checked. Open flags are translated through one
 * table (both ABIs use the asm-generic values today, but the table keeps the two sides apart).
 * /proc/self/exe stands for the guest program; proc.c makes the /proc files that show the guest.
 *
 *   os_sys_openat(cpu, a);   // via syscall.def: a = { dirfd, path, flags, mode }
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <net/if.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>
#include "internal.h"
#include "signal.h"

/* --- open flags ---------------------------------------------------------------------------- */

#define HOST_O_LARGEFILE_KERNEL 0100000 /* glibc says 0 on x86-64; the kernel still reports it */
#define GUEST_O_CLOEXEC 02000000

/* asm-generic value on the guest side, the host's value for the same meaning */
#define OPEN_FLAGS(X)                                   \
	X(00000001, O_WRONLY)                               \
	X(00000002, O_RDWR)                                 \
	X(00000100, O_CREAT)                                \
	X(00000200, O_EXCL)                                 \
	X(00000400, O_NOCTTY)                               \
	X(00001000, O_TRUNC)                                \
	X(00002000, O_APPEND)                               \
	X(00004000, O_NONBLOCK)                             \
	X(00010000, O_DSYNC)                                \
	X(00020000, O_ASYNC)                                \
	X(00040000, O_DIRECT)                               \
	X(00100000, HOST_O_LARGEFILE_KERNEL)                \
	X(00200000, O_DIRECTORY)                            \
	X(00400000, O_NOFOLLOW)                             \
	X(01000000, O_NOATIME)                              \
	X(GUEST_O_CLOEXEC, O_CLOEXEC)                       \
	X(04000000, O_SYNC & ~O_DSYNC)                      \
	X(010000000, O_PATH)                                \
	X(020000000, O_TMPFILE & ~O_DIRECTORY)

int os_open_flags_to_host(uint64_t guest)
{
	int host = 0;
#define X(g, h) if (guest & (g)) host |= (h);
	OPEN_FLAGS(X)
#undef X
	return host;
}

uint64_t os_open_flags_to_guest(int host)
{
	uint64_t guest = 0;
#define X(g, h) if (host & (h)) guest |= (g);
	OPEN_FLAGS(X)
#undef X
	return guest;
}

/* AT_* and the other small constants passed through unchanged are asm-generic on both sides. */
_Static_assert(AT_FDCWD == -100 && AT_SYMLINK_NOFOLLOW == 0x100 && AT_REMOVEDIR == 0x200 &&
	       AT_EACCESS == 0x200 && AT_EMPTY_PATH == 0x1000 && SEEK_SET == 0 && SEEK_END == 2 &&
	       FD_CLOEXEC == 1, "host AT_/SEEK_ values are not asm-generic");

/* --- reads and writes ---------------------------------------------------------------------- */

struct guest_iovec { uint64_t base, len; };
_Static_assert(sizeof(struct iovec) == sizeof(struct guest_iovec), "iovec layouts differ");

int os_iov_from_guest(struct iovec *iov, uint64_t addr, uint64_t count, int prot)
{
	if (count > OS_GUEST_IOV_MAX) return -EINVAL;
	struct guest_iovec g;
	for (uint64_t i = 0; i < count; i++) {
		if (mem_copy_from_guest(&g, addr + i * sizeof g, sizeof g) < 0) return -EFAULT;
		void *p = os_guest_buf(g.base, g.len, prot);
		if (!p) return -EFAULT;
		iov[i].iov_base = p;
		iov[i].iov_len = g.len;
	}
	return 0;
}

/* read, write, pread64, pwrite64: the part of the buffer that is mapped, -EFAULT if none is. */
static int64_t plain_io(const uint64_t *a, int writes, int positioned)
{
	uint64_t len = os_guest_prefix(a[1], a[2], writes ? PROT_READ : PROT_WRITE);
	if (len == 0 && a[2] != 0) return -EFAULT;
	void *buf = mem_host(len ? a[1] : 0);
	int fd = (int)a[0];
	off_t off = (off_t)a[3];
	ssize_t r;
	long nr = positioned ? (writes ? SYS_pwrite64 : SYS_pread64) : (writes ? SYS_write : SYS_read);
	r = os_blocking_syscall(nr, fd, (long)buf, (long)len, (long)off, 0, 0); /* a signal interrupts */
	return os_host_result(r);
}

OS_HANDLER(read) { return plain_io(a, 0, 0); }
OS_HANDLER(write) { return plain_io(a, 1, 0); }
OS_HANDLER(pread64) { return plain_io(a, 0, 1); }
OS_HANDLER(pwrite64) { return plain_io(a, 1, 1); }

/* readv/writev/preadv/pwritev: on riscv64 the offset is a whole a3 (pos_h is ignored). */
static int64_t vector_io(const uint64_t *a, int writes, int positioned)
{
	struct iovec iov[OS_GUEST_IOV_MAX];
	int err = os_iov_from_guest(iov, a[1], a[2], writes ? PROT_READ : PROT_WRITE);
	if (err) return err;
	int fd = (int)a[0], n = (int)a[2];
	ssize_t r;
	long nr = positioned ? (writes ? SYS_pwritev : SYS_preadv) : (writes ? SYS_writev : SYS_readv);
	r = os_blocking_syscall(nr, fd, (long)iov, n, (long)a[3], 0, 0); /* a signal interrupts */
	return os_host_result(r);
}

/* preadv2/pwritev2: a[3] the whole offset (-1: the file position), a[4] ignored on 64-bit, a[5]
 * the RWF_* flags, the same numbers on both. */
_Static_assert(RWF_HIPRI == 1 && RWF_DSYNC == 2 && RWF_SYNC == 4 && RWF_NOWAIT == 8 && RWF_APPEND == 16,
	       "RWF_ flags are not asm-generic");

static int64_t vector_io2(const uint64_t *a, int writes)
{
	struct iovec iov[OS_GUEST_IOV_MAX];
	int err = os_iov_from_guest(iov, a[1], a[2], writes ? PROT_READ : PROT_WRITE);
	if (err) return err;
	int fd = (int)a[0], n = (int)a[2], flags = (int)a[5];
	off_t off = (off_t)a[3];
	return os_host_result(writes ? pwritev2(fd, iov, n, off, flags) : preadv2(fd, iov, n, off, flags));
}

OS_HANDLER(preadv2) { return vector_io2(a, 0); }
OS_HANDLER(pwritev2) { return vector_io2(a, 1); }

OS_HANDLER(readv) { return vector_io(a, 0, 0); }
OS_HANDLER(writev) { return vector_io(a, 1, 0); }
OS_HANDLER(preadv) { return vector_io(a, 0, 1); }
OS_HANDLER(pwritev) { return vector_io(a, 1, 1); }

OS_HANDLER(lseek) { return os_host_result(lseek((int)a[0], (off_t)a[1], (int)a[2])); }

OS_HANDLER(getdents64)
{
	unsigned count = (unsigned)a[2];
	void *buf = os_guest_buf(a[1], count, PROT_WRITE);
	return buf ? os_host_result(syscall(SYS_getdents64, (int)a[0], buf, count)) : -EFAULT;
}

/* --- descriptors --------------------------------------------------------------------------- */

OS_HANDLER(openat)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	if (err) return err;
	int flags = os_open_flags_to_host(a[2]);
	int64_t generated;
	if (os_proc_open(path, flags, &generated)) return generated;
	return os_host_result(syscall(SYS_openat, (int)a[0], os_host_path(path), flags, (mode_t)a[3]));
}

/* openat2's struct open_how { u64 flags, mode, resolve; }, possibly followed by zeros from a
 * newer ABI; RESOLVE_* are the same on both. */
#define OPEN_HOW_SIZE 24
#define OPEN_HOW_MAX 4096 /* a page, as Linux bounds it */

OS_HANDLER(openat2)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	if (err) return err;
	uint64_t size = a[3], how[3];
	if (size < OPEN_HOW_SIZE) return -EINVAL;
	if (size > OPEN_HOW_MAX) return -E2BIG;
	const uint8_t *guest_how = os_guest_buf(a[2], size, PROT_READ);
	if (!guest_how) return -EFAULT;
	for (uint64_t i = OPEN_HOW_SIZE; i < size; i++)
		if (guest_how[i]) return -E2BIG;
	memcpy(how, guest_how, sizeof how);
	if (how[0] != os_open_flags_to_guest(os_open_flags_to_host(how[0]))) return -EINVAL; /* unknown bits */
	int flags = os_open_flags_to_host(how[0]);
	int64_t generated;
	if (!how[2] && os_proc_open(path, flags, &generated)) return generated;
	uint64_t host_how[3] = { (uint64_t)(unsigned)flags, how[1], how[2] };
	return os_host_result(syscall(SYS_openat2, (int)a[0], os_host_path(path), host_how, sizeof host_how));
}

OS_HANDLER(readahead) { return os_host_result(readahead((int)a[0], (off64_t)a[1], a[2])); }

OS_HANDLER(close) { return os_host_result(close((int)a[0])); }

OS_HANDLER(close_range)
{
	return os_host_result(syscall(SYS_close_range, (unsigned)a[0], (unsigned)a[1], (unsigned)a[2]));
}

OS_HANDLER(dup) { return os_host_result(dup((int)a[0])); }

OS_HANDLER(dup3)
{
	if (a[2] & ~(uint64_t)GUEST_O_CLOEXEC) return -EINVAL; /* the only flag dup3 takes */
	return os_host_result(dup3((int)a[0], (int)a[1], os_open_flags_to_host(a[2])));
}

OS_HANDLER(pipe2)
{
	int fds[2];
	if (pipe2(fds, os_open_flags_to_host(a[1])) < 0) return -os_guest_errno(errno);
	if (mem_copy_to_guest(a[0], fds, sizeof fds) < 0) {
		close(fds[0]);
		close(fds[1]);
		return -EFAULT;
	}
	return 0;
}

OS_HANDLER(ftruncate) { return os_host_result(ftruncate((int)a[0], (off_t)a[1])); }
OS_HANDLER(fsync) { return os_host_result(fsync((int)a[0])); }
OS_HANDLER(fdatasync) { return os_host_result(fdatasync((int)a[0])); }
OS_HANDLER(fchdir) { return os_host_result(fchdir((int)a[0])); }
OS_HANDLER(fchmod) { return os_host_result(fchmod((int)a[0], (mode_t)a[1])); }
OS_HANDLER(sync)
{
	sync();
	return 0;
}

/* fcntl commands (asm-generic numbers, equal on x86-64) by the kind of argument they take. */
enum { GUEST_F_GETFL = 3, GUEST_F_SETFL = 4 };
_Static_assert(F_GETFL == GUEST_F_GETFL && F_SETFL == GUEST_F_SETFL && F_GETLK == 5 &&
	       F_DUPFD_CLOEXEC == 1030 && F_OFD_SETLKW == 38, "fcntl commands differ");
_Static_assert(sizeof(struct flock) == 32, "struct flock is not the 64-bit asm-generic layout");

OS_HANDLER(fcntl)
{
	int fd = (int)a[0], cmd = (int)a[1];
	switch (cmd) {
	case F_GETFL: {
		int r = fcntl(fd, F_GETFL);
		return r < 0 ? -os_guest_errno(errno) : (int64_t)os_open_flags_to_guest(r);
	}
	case F_SETFL: return os_host_result(fcntl(fd, F_SETFL, os_open_flags_to_host(a[2])));
	case F_GETLK: case F_SETLK: case F_SETLKW:
	case F_OFD_GETLK: case F_OFD_SETLK: case F_OFD_SETLKW: {
		void *lock = os_guest_buf(a[2], sizeof(struct flock), PROT_READ | PROT_WRITE);
		return lock ? os_host_result(fcntl(fd, cmd, lock)) : -EFAULT;
	}
	case F_DUPFD: case F_DUPFD_CLOEXEC: case F_GETFD: case F_SETFD: case F_SETOWN: case F_GETOWN:
	case F_SETSIG: case F_GETSIG: case F_SETLEASE: case F_GETLEASE: case F_NOTIFY:
	case F_SETPIPE_SZ: case F_GETPIPE_SZ: case F_ADD_SEALS: case F_GET_SEALS:
		return os_host_result(fcntl(fd, cmd, (int)a[2]));
	default: return -EINVAL;
	}
}

/* --- terminal and socket ioctls ------------------------------------------------------------ */

/* The kernel's struct termios (not glibc's, which adds speeds): asm-generic termbits on both. */
#define KERNEL_NCCS 19
struct kernel_termios {
	uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
	uint8_t c_line;
	uint8_t c_cc[KERNEL_NCCS];
};
#define KERNEL_TERMIOS_SIZE 36
_Static_assert(sizeof(struct kernel_termios) == KERNEL_TERMIOS_SIZE, "termios layout");
_Static_assert(sizeof(struct winsize) == 8, "winsize layout");

/* struct ifreq: a 16-byte name and a 24-byte union of addresses, flags and numbers, alike on both
 * ABIs; the union's one pointer (ifr_data) belongs to requests we do not pass on. */
#define IFREQ_SIZE 40
#define IOCTL_ARG_MAX IFREQ_SIZE
_Static_assert(sizeof(struct ifreq) == IFREQ_SIZE && KERNEL_TERMIOS_SIZE <= IOCTL_ARG_MAX, "ifreq layout");

enum ioctl_dir { IOCTL_NONE, IOCTL_IN, IOCTL_OUT, IOCTL_INOUT };
/* asm-generic ioctls.h values, which x86-64 shares (checked below) */
static const struct { unsigned long request; unsigned size; enum ioctl_dir dir; } ioctls[] = {
	{ TCGETS, KERNEL_TERMIOS_SIZE, IOCTL_OUT },
	{ TCSETS, KERNEL_TERMIOS_SIZE, IOCTL_IN },
	{ TCSETSW, KERNEL_TERMIOS_SIZE, IOCTL_IN },
	{ TCSETSF, KERNEL_TERMIOS_SIZE, IOCTL_IN },
	{ TIOCGWINSZ, sizeof(struct winsize), IOCTL_OUT },
	{ TIOCSWINSZ, sizeof(struct winsize), IOCTL_IN },
	{ FIONREAD, sizeof(int), IOCTL_OUT },
	{ TIOCOUTQ, sizeof(int), IOCTL_OUT },
	{ TIOCGPGRP, sizeof(int), IOCTL_OUT },
	{ TIOCSPGRP, sizeof(int), IOCTL_IN },
	{ TIOCGSID, sizeof(int), IOCTL_OUT },
	{ FIONBIO, sizeof(int), IOCTL_IN },
	{ FIOCLEX, 0, IOCTL_NONE },
	{ FIONCLEX, 0, IOCTL_NONE },
	{ SIOCATMARK, sizeof(int), IOCTL_OUT },
	{ SIOCGIFNAME, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFINDEX, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFFLAGS, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFADDR, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFDSTADDR, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFBRDADDR, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFNETMASK, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFMTU, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFHWADDR, IFREQ_SIZE, IOCTL_INOUT },
	{ SIOCGIFTXQLEN, IFREQ_SIZE, IOCTL_INOUT },
};
_Static_assert(SIOCATMARK == 0x8905 && SIOCGIFNAME == 0x8910 && SIOCGIFINDEX == 0x8933 &&
	       SIOCGIFHWADDR == 0x8927 && SIOCGIFCONF == 0x8912, "socket ioctl numbers differ");

/* SIOCGIFCONF: struct ifconf { int len; pointer to ifreq array }, the pointer a guest one. */
struct guest_ifconf { int32_t len, pad; uint64_t buf; };

static int64_t ifconf(int fd, uint64_t addr)
{
	struct guest_ifconf g;
	if (mem_copy_from_guest(&g, addr, sizeof g) < 0) return -EFAULT;
	struct ifconf host = { .ifc_len = g.len };
	if (g.buf && g.len < 0) return -EINVAL;
	if (g.buf && !(host.ifc_buf = os_guest_buf(g.buf, (uint64_t)g.len, PROT_WRITE))) return -EFAULT;
	if (ioctl(fd, SIOCGIFCONF, &host) < 0) return -os_guest_errno(errno);
	g.len = host.ifc_len;
	return mem_copy_to_guest(addr, &g, sizeof g) < 0 ? -EFAULT : 0;
}
_Static_assert(TCGETS == 0x5401 && TCSETS == 0x5402 && TCSETSW == 0x5403 && TCSETSF == 0x5404 &&
	       TIOCGWINSZ == 0x5413 && TIOCSWINSZ == 0x5414 && FIONREAD == 0x541B &&
	       TIOCOUTQ == 0x5411 && TIOCGPGRP == 0x540F && TIOCSPGRP == 0x5410 && TIOCGSID == 0x5429 &&
	       FIONBIO == 0x5421 && FIOCLEX == 0x5451 && FIONCLEX == 0x5450,
	       "host ioctl numbers are not asm-generic");

OS_HANDLER(ioctl)
{
	unsigned long request = (unsigned)a[1];
	if (request == SIOCGIFCONF) return ifconf((int)a[0], a[2]);
	for (size_t i = 0; i < sizeof ioctls / sizeof ioctls[0]; i++) {
		if (ioctls[i].request != request) continue;
		uint8_t buf[IOCTL_ARG_MAX] = { 0 };
		unsigned size = ioctls[i].size;
		enum ioctl_dir dir = ioctls[i].dir;
		int in = dir == IOCTL_IN || dir == IOCTL_INOUT, out = dir == IOCTL_OUT || dir == IOCTL_INOUT;
		if (in && mem_copy_from_guest(buf, a[2], size) < 0) return -EFAULT;
		if (out && !os_guest_buf(a[2], size, PROT_WRITE)) return -EFAULT;
		int r = ioctl((int)a[0], request, size ? buf : NULL);
		if (r < 0) return -os_guest_errno(errno);
		if (out && mem_copy_to_guest(a[2], buf, size) < 0) return -EFAULT;
		return r;
	}
	return -ENOTTY; /* never pass an unknown request through: it may write host structures */
}

/* --- paths --------------------------------------------------------------------------------- */

OS_HANDLER(getcwd)
{
	char buf[PATH_MAX];
	long n = syscall(SYS_getcwd, buf, sizeof buf); /* length with the NUL */
	if (n < 0) return -os_guest_errno(errno);
	if ((uint64_t)n > a[1]) return -ERANGE;
	return mem_copy_to_guest(a[0], buf, n) < 0 ? -EFAULT : n;
}

OS_HANDLER(chdir)
{
	const char *path;
	int err = os_guest_path(a[0], &path);
	return err ? err : os_host_result(chdir(path));
}

OS_HANDLER(readlinkat)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	if (err) return err;
	if ((int)a[3] <= 0) return -EINVAL;
	size_t size = (unsigned)a[3];
	char *buf = os_guest_buf(a[2], size, PROT_WRITE);
	if (!buf) return -EFAULT;
	const char *self = os_proc_self(path);
	if (self && strcmp(self, "exe") == 0) {
		size_t n = strlen(os_exe_path);
		if (n > size) n = size;
		memcpy(buf, os_exe_path, n); /* readlink does not terminate */
		return (int64_t)n;
	}
	return os_host_result(readlinkat((int)a[0], path, buf, size));
}

/* faccessat has no flags argument; faccessat2 has. */
static int64_t access_at(const uint64_t *a, int flags)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	if (err) return err;
	path = os_host_path(path);
	long r = syscall(SYS_faccessat2, (int)a[0], path, (int)a[2], flags);
	if (r < 0 && errno == ENOSYS && flags == 0) r = syscall(SYS_faccessat, (int)a[0], path, (int)a[2]);
	return os_host_result(r);
}

OS_HANDLER(faccessat) { return access_at(a, 0); }
OS_HANDLER(faccessat2) { return access_at(a, (int)a[3]); }

OS_HANDLER(mkdirat)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	return err ? err : os_host_result(mkdirat((int)a[0], path, (mode_t)a[2]));
}

OS_HANDLER(unlinkat)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	return err ? err : os_host_result(unlinkat((int)a[0], path, (int)a[2]));
}

OS_HANDLER(fchmodat)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	return err ? err : os_host_result(syscall(SYS_fchmodat, (int)a[0], path, (mode_t)a[2]));
}

OS_HANDLER(truncate)
{
	const char *path;
	int err = os_guest_path(a[0], &path);
	return err ? err : os_host_result(truncate(path, (off_t)a[1]));
}

OS_HANDLER(symlinkat)
{
	const char *target, *path;
	int err = os_guest_path(a[0], &target);
	if (!err) err = os_guest_path(a[2], &path);
	return err ? err : os_host_result(symlinkat(target, (int)a[1], path));
}

OS_HANDLER(linkat)
{
	const char *from, *to;
	int err = os_guest_path(a[1], &from);
	if (!err) err = os_guest_path(a[3], &to);
	return err ? err : os_host_result(linkat((int)a[0], from, (int)a[2], to, (int)a[4]));
}

OS_HANDLER(renameat2)
{
	const char *from, *to;
	int err = os_guest_path(a[1], &from);
	if (!err) err = os_guest_path(a[3], &to);
	if (err) return err;
	return os_host_result(syscall(SYS_renameat2, (int)a[0], from, (int)a[2], to, (unsigned)a[4]));
}

#define UTIME_PAIR_SIZE 32 /* two struct timespec, the same on both ABIs */

OS_HANDLER(utimensat)
{
	const char *path = NULL; /* NULL: futimens on the fd itself */
	if (a[1]) {
		int err = os_guest_path(a[1], &path);
		if (err) return err;
	}
	const void *times = NULL;
	if (a[2] && !(times = os_guest_buf(a[2], UTIME_PAIR_SIZE, PROT_READ))) return -EFAULT;
	return os_host_result(syscall(SYS_utimensat, (int)a[0], path, times, (int)a[3]));
}

/* --- more descriptor calls ----------------------------------------------------------------- */

OS_HANDLER(flock) { return os_host_result(flock((int)a[0], (int)a[1])); }

OS_HANDLER(fallocate)
{
	return os_host_result(fallocate((int)a[0], (int)a[1], (off_t)a[2], (off_t)a[3]));
}

OS_HANDLER(fadvise64)
{
	return os_host_result(syscall(SYS_fadvise64, (int)a[0], (off_t)a[1], (off_t)a[2], (int)a[3]));
}

OS_HANDLER(sendfile)
{
	off_t *offset = NULL; /* the guest's off_t, updated in place */
	if (a[2] && !(offset = os_guest_buf(a[2], sizeof *offset, PROT_READ | PROT_WRITE))) return -EFAULT;
	return os_host_result(sendfile((int)a[0], (int)a[1], offset, a[3]));
}

/* off_in/off_out of copy_file_range and splice: a guest loff_t the call reads and updates, or 0. */
static int offset_arg(uint64_t addr, loff_t **p)
{
	*p = NULL;
	if (addr && !(*p = os_guest_buf(addr, sizeof **p, PROT_READ | PROT_WRITE))) return -EFAULT;
	return 0;
}

OS_HANDLER(copy_file_range)
{
	loff_t *off_in, *off_out;
	if (offset_arg(a[1], &off_in) || offset_arg(a[3], &off_out)) return -EFAULT;
	return os_host_result(copy_file_range((int)a[0], off_in, (int)a[2], off_out, a[4], (unsigned)a[5]));
}

/* SPLICE_F_* are the same numbers on both */
_Static_assert(SPLICE_F_MOVE == 1 && SPLICE_F_NONBLOCK == 2 && SPLICE_F_MORE == 4, "splice flags");

OS_HANDLER(splice)
{
	loff_t *off_in, *off_out;
	if (offset_arg(a[1], &off_in) || offset_arg(a[3], &off_out)) return -EFAULT;
	return os_host_result(splice((int)a[0], off_in, (int)a[2], off_out, a[4], (unsigned)a[5]));
}

OS_HANDLER(tee) { return os_host_result(tee((int)a[0], (int)a[1], a[2], (unsigned)a[3])); }

OS_HANDLER(memfd_create)
{
	const char *name;
	int err = os_guest_path(a[0], &name);
	return err ? err : os_host_result(memfd_create(name, (unsigned)a[1]));
}

OS_HANDLER(fchown) { return os_host_result(fchown((int)a[0], (uid_t)a[1], (gid_t)a[2])); }

OS_HANDLER(fchownat)
{
	const char *path = "";
	int err = a[1] || !(a[4] & AT_EMPTY_PATH) ? os_guest_path(a[1], &path) : 0;
	if (err) return err;
	return os_host_result(fchownat((int)a[0], os_host_path(path), (uid_t)a[2], (gid_t)a[3], (int)a[4]));
}

/* dev is the kernel's 32-bit encoding on both sides, so it goes through untouched */
OS_HANDLER(mknodat)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	return err ? err : os_host_result(syscall(SYS_mknodat, (int)a[0], path, (mode_t)a[2], (unsigned)a[3]));
}

OS_HANDLER(syncfs) { return os_host_result(syncfs((int)a[0])); }

OS_HANDLER(sync_file_range)
{
	return os_host_result(sync_file_range((int)a[0], (off_t)a[1], (off_t)a[2], (unsigned)a[3]));
}
