/* stat, statx and statfs for the guest.
 *
 * riscv64's struct stat is the asm-generic one, which differs from x86-64's (nlink is 32 bits and
 * sits after mode, blksize is 32 bits, padding differs): each field is copied over. statx and
 * statfs have the same layout on both 64-bit ABIs and are copied whole.
 *
 *   os_sys_newfstatat(cpu, a);   // a = { dirfd, path, struct stat *, flags }
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "internal.h"

/* include/uapi/asm-generic/stat.h, 64-bit */
struct guest_stat {
	uint64_t st_dev;
	uint64_t st_ino;
	uint32_t st_mode;
	uint32_t st_nlink;
	uint32_t st_uid;
	uint32_t st_gid;
	uint64_t st_rdev;
	uint64_t pad1;
	int64_t st_size;
	int32_t st_blksize;
	int32_t pad2;
	int64_t st_blocks;
	int64_t st_atime_sec;
	uint64_t st_atime_nsec;
	int64_t st_mtime_sec;
	uint64_t st_mtime_nsec;
	int64_t st_ctime_sec;
	uint64_t st_ctime_nsec;
	uint32_t unused4;
	uint32_t unused5;
};
#define GUEST_STAT_SIZE 128
_Static_assert(sizeof(struct guest_stat) == GUEST_STAT_SIZE, "guest struct stat is 128 bytes");

#define GUEST_STATX_SIZE 256  /* struct statx, identical on both */
#define GUEST_STATFS_SIZE 120 /* struct statfs: all 64-bit words on both */
_Static_assert(sizeof(struct statfs) == GUEST_STATFS_SIZE, "host struct statfs size");

int os_stat_to_guest(const struct stat *st, uint64_t addr)
{
	struct guest_stat g = {
		.st_dev = st->st_dev,
		.st_ino = st->st_ino,
		.st_mode = st->st_mode,
		.st_nlink = (uint32_t)st->st_nlink,
		.st_uid = st->st_uid,
		.st_gid = st->st_gid,
		.st_rdev = st->st_rdev,
		.st_size = st->st_size,
		.st_blksize = (int32_t)st->st_blksize,
		.st_blocks = st->st_blocks,
		.st_atime_sec = st->st_atim.tv_sec,
		.st_atime_nsec = (uint64_t)st->st_atim.tv_nsec,
		.st_mtime_sec = st->st_mtim.tv_sec,
		.st_mtime_nsec = (uint64_t)st->st_mtim.tv_nsec,
		.st_ctime_sec = st->st_ctim.tv_sec,
		.st_ctime_nsec = (uint64_t)st->st_ctim.tv_nsec,
	};
	return mem_copy_to_guest(addr, &g, sizeof g);
}

/* The path of a *at call: a NULL path is allowed with AT_EMPTY_PATH (as Linux 6.11 does). */
static int at_path(uint64_t addr, uint64_t flags, const char **path)
{
	if (addr == 0 && (flags & AT_EMPTY_PATH)) {
		*path = "";
		return 0;
	}
	int err = os_guest_path(addr, path);
	if (!err) *path = os_host_path(*path);
	return err;
}

static int64_t stat_result(int r, const struct stat *st, uint64_t addr)
{
	if (r < 0) return -os_guest_errno(errno);
	return os_stat_to_guest(st, addr) < 0 ? -EFAULT : 0;
}

OS_HANDLER(fstat)
{
	struct stat st;
	int r = fstat((int)a[0], &st);
	return stat_result(r, &st, a[1]);
}

OS_HANDLER(newfstatat)
{
	const char *path;
	int err = at_path(a[1], a[3], &path);
	if (err) return err;
	struct stat st;
	int r = fstatat((int)a[0], path, &st, (int)a[3]);
	return stat_result(r, &st, a[2]);
}

OS_HANDLER(statx)
{
	const char *path;
	int err = at_path(a[1], a[2], &path);
	if (err) return err;
	uint8_t buf[GUEST_STATX_SIZE];
	if (syscall(SYS_statx, (int)a[0], path, (int)a[2], (unsigned)a[3], buf) < 0)
		return -os_guest_errno(errno);
	return mem_copy_to_guest(a[4], buf, sizeof buf) < 0 ? -EFAULT : 0;
}

static int64_t statfs_result(int r, const struct statfs *st, uint64_t addr)
{
	if (r < 0) return -os_guest_errno(errno);
	return mem_copy_to_guest(addr, st, GUEST_STATFS_SIZE) < 0 ? -EFAULT : 0;
}

OS_HANDLER(statfs)
{
	const char *path;
	int err = os_guest_path(a[0], &path);
	if (err) return err;
	struct statfs st;
	int r = statfs(os_host_path(path), &st);
	return statfs_result(r, &st, a[1]);
}

OS_HANDLER(fstatfs)
{
	struct statfs st;
	int r = fstatfs((int)a[0], &st);
	return statfs_result(r, &st, a[1]);
}
