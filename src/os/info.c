/* What the guest asks about the system and its limits: uname, sysinfo, resource limits and usage,
 * random bytes, capabilities, supplementary groups. utsname, sysinfo, rlimit and rusage have the
 * same layout on both 64-bit ABIs.
 *
 * Resource limits live in a guest table, filled from the host's at first use. The ones that bound
 * what the host does on the guest's behalf (CPU time, file size, open files) are also set on the
 * host; the others (stack, address space, ...) describe the guest only and must not shrink the VM.
 *
 *   os_sys_prlimit64(cpu, a);   // a = { pid, resource, new, old }
 */
#define _GNU_SOURCE
#include <string.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "internal.h"

#define GUEST_MACHINE "riscv64"
#define UTSNAME_SIZE (6 * 65)
#define SYSINFO_SIZE 112
#define RUSAGE_SIZE 144
#define GUEST_RLIM_NLIMITS 16 /* asm-generic RLIM_NLIMITS */

_Static_assert(sizeof(struct utsname) == UTSNAME_SIZE, "host utsname is not 6 x 65 bytes");
_Static_assert(sizeof(struct sysinfo) == SYSINFO_SIZE, "host struct sysinfo size");
_Static_assert(sizeof(struct rusage) == RUSAGE_SIZE, "host struct rusage size");
_Static_assert(sizeof(struct rlimit) == 16 && RLIMIT_NOFILE == 7 && RLIMIT_STACK == 3 &&
	       RLIMIT_AS == 9 && RLIM_NLIMITS == GUEST_RLIM_NLIMITS, "host rlimits are not asm-generic");

OS_HANDLER(uname)
{
	struct utsname u;
	if (uname(&u) < 0) return -os_guest_errno(errno);
	memset(u.machine, 0, sizeof u.machine);
	strcpy(u.machine, GUEST_MACHINE);
	return mem_copy_to_guest(a[0], &u, sizeof u) < 0 ? -EFAULT : 0;
}

OS_HANDLER(sysinfo)
{
	struct sysinfo si;
	if (sysinfo(&si) < 0) return -os_guest_errno(errno);
	return mem_copy_to_guest(a[0], &si, sizeof si) < 0 ? -EFAULT : 0;
}

OS_HANDLER(getrusage)
{
	struct rusage ru;
	if (getrusage((int)a[0], &ru) < 0) return -os_guest_errno(errno);
	return mem_copy_to_guest(a[1], &ru, sizeof ru) < 0 ? -EFAULT : 0;
}

OS_HANDLER(getrandom)
{
	void *buf = os_guest_buf(a[0], a[1], PROT_WRITE);
	return buf ? os_host_result(getrandom(buf, a[1], (unsigned)a[2])) : -EFAULT;
}

/* --- resource limits ----------------------------------------------------------------------- */

static struct rlimit limits[GUEST_RLIM_NLIMITS];
static int limits_ready;

static int host_backed(int resource)
{
	return resource == RLIMIT_CPU || resource == RLIMIT_FSIZE || resource == RLIMIT_NOFILE;
}

/* Our own limits: old (if not NULL) gets the current one, then new (if not NULL) replaces it. */
static int own_limit(int resource, const struct rlimit *new, struct rlimit *old)
{
	if (!limits_ready) {
		for (int i = 0; i < GUEST_RLIM_NLIMITS; i++) getrlimit(i, &limits[i]);
		limits_ready = 1;
	}
	if (old) *old = limits[resource];
	if (!new) return 0;
	if (new->rlim_cur > new->rlim_max) return -EINVAL;
	if (host_backed(resource)) {
		if (setrlimit(resource, new) < 0) return -os_guest_errno(errno);
	} else if (new->rlim_max > limits[resource].rlim_max && geteuid() != 0) {
		return -EPERM;
	}
	limits[resource] = *new;
	return 0;
}

/* The guest's prlimit64 with the guest pointers newp and oldp (0 for none). */
static int64_t prlimit_guest(pid_t pid, uint64_t resource, uint64_t newp, uint64_t oldp)
{
	if (resource >= GUEST_RLIM_NLIMITS) return -EINVAL;
	struct rlimit new, old;
	if (newp && mem_copy_from_guest(&new, newp, sizeof new) < 0) return -EFAULT;
	int r;
	if (pid == 0 || pid == getpid()) r = own_limit((int)resource, newp ? &new : NULL, &old);
	else r = prlimit(pid, (int)resource, newp ? &new : NULL, &old) < 0 ? -os_guest_errno(errno) : 0;
	if (r < 0) return r;
	if (oldp && mem_copy_to_guest(oldp, &old, sizeof old) < 0) return -EFAULT;
	return 0;
}

OS_HANDLER(prlimit64) { return prlimit_guest((pid_t)a[0], a[1], a[2], a[3]); }
OS_HANDLER(getrlimit) { return a[1] ? prlimit_guest(0, a[0], 0, a[1]) : -EFAULT; }
OS_HANDLER(setrlimit) { return a[1] ? prlimit_guest(0, a[0], a[1], 0) : -EFAULT; }

/* --- capabilities -------------------------------------------------------------------------- */

/* struct __user_cap_header_struct { u32 version; int pid; } and, after it, one (version 1) or two
 * (versions 2 and 3) struct __user_cap_data_struct { u32 effective, permitted, inheritable; }:
 * the same on both ABIs. An unknown version makes the kernel write its own into the header. */
#define CAP_HEADER_SIZE 8
#define CAP_DATA_SIZE 12
#define CAP_VERSION_1 0x19980330

static int64_t capabilities(const uint64_t *a, long nr, int data_prot)
{
	uint32_t *header = os_guest_buf(a[0], CAP_HEADER_SIZE, PROT_READ | PROT_WRITE);
	if (!header) return -EFAULT;
	uint64_t data_size = (header[0] == CAP_VERSION_1 ? 1 : 2) * CAP_DATA_SIZE;
	void *data = NULL;
	if (a[1] && !(data = os_guest_buf(a[1], data_size, data_prot))) return -EFAULT;
	return os_host_result(syscall(nr, header, data));
}

OS_HANDLER(capget) { return capabilities(a, SYS_capget, PROT_WRITE); }
OS_HANDLER(capset) { return capabilities(a, SYS_capset, PROT_READ); }

/* --- supplementary groups ------------------------------------------------------------------ */

#define GROUPS_MAX 65536 /* NGROUPS_MAX */
_Static_assert(sizeof(gid_t) == 4, "gid_t is 32 bits on both");

/* getgroups(size, list): size 0 asks only for the count. */
OS_HANDLER(getgroups)
{
	int size = (int)a[0];
	if (size < 0) return -EINVAL;
	if (size > GROUPS_MAX) size = GROUPS_MAX;
	gid_t *list = size ? os_guest_buf(a[1], (uint64_t)size * sizeof(gid_t), PROT_WRITE) : NULL;
	if (size && !list) return -EFAULT;
	return os_host_result(getgroups(size, list));
}

OS_HANDLER(setgroups)
{
	uint64_t size = a[0];
	if (size > GROUPS_MAX) return -EINVAL;
	const gid_t *list = os_guest_buf(a[1], size * sizeof(gid_t), PROT_READ);
	if (size && !list) return -EFAULT;
	return os_host_result(syscall(SYS_setgroups, (int)size, list));
}
