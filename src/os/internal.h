/* What the files of os/ share: the handler signature, argument access, result conversion and the
 * guest-pointer helpers every handler uses. Not for use outside os/.
 *
 *   OS_HANDLER(read)                      // defines os_sys_read(cpu, a)
 *   {
 *       void *buf = os_guest_buf(a[1], a[2], PROT_WRITE);
 *       if (!buf) return -EFAULT;
 *       return os_host_result(read((int)a[0], buf, a[2]));
 *   }
 */
#ifndef ISOMORPH_OS_INTERNAL_H
#define ISOMORPH_OS_INTERNAL_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>
#include "os.h"
#include "../mem/mem.h"

#define OS_ARGS 6 /* a0..a5 */

/* A system call handler: a[] holds a0..a5 as the guest passed them. Returns the value for a0: a
 * result, or a negative guest errno. */
typedef int64_t os_handler(struct cpu *cpu, const uint64_t *a);

#define OS_HANDLER(name) int64_t os_sys_##name(struct cpu *cpu __attribute__((unused)), \
                                               const uint64_t *a __attribute__((unused)))

/* Every handler named in syscall.def. */
#define SYSCALL(num, name, handler, ret, args) os_handler os_sys_##handler;
#define UNSUPPORTED(num, name)
#include "syscall.def"
#undef UNSUPPORTED
#undef SYSCALL

/* The guest's errno for a host errno (one place for the mapping; the values are the asm-generic
 * ones on both sides, checked at compile time in syscall.c). */
int os_guest_errno(int host_errno);

/* A host call's result as the guest sees it: r itself, or -errno when r is -1. */
static inline int64_t os_host_result(int64_t r)
{
	return r == -1 ? -(int64_t)os_guest_errno(errno) : r;
}

/* Host pointer for the guest range [addr, addr+len) after checking it has prot (PROT_READ for data
 * the host reads, PROT_WRITE for data it writes); NULL for a bad range. A zero length is never
 * touched, so any address is accepted (the host sees one that is not NULL). */
void *os_guest_buf(uint64_t addr, uint64_t len, int prot);

/* How many bytes from addr on, up to len, have prot: Linux's read and write copy up to the first bad
 * page and report what they did, so a buffer longer than its mapping still works. */
uint64_t os_guest_prefix(uint64_t addr, uint64_t len, int prot);

/* Reads the guest path at addr into *path. 0, or -EFAULT / -ENAMETOOLONG. */
int os_guest_path(uint64_t addr, const char **path);

/* Host iovecs for the guest's struct iovec array at addr (count of them, at most OS_GUEST_IOV_MAX),
 * each buffer checked for prot. 0, -EINVAL (too many) or -EFAULT. */
#define OS_GUEST_IOV_MAX 1024 /* UIO_MAXIOV */
struct iovec;
int os_iov_from_guest(struct iovec *iov, uint64_t addr, uint64_t count, int prot);

/* The absolute path of the guest program (for /proc/self/exe). */
extern char os_exe_path[];

/* "/proc/self/X", "/proc/thread-self/X" and "/proc/PID/X" for our own pid: returns X, or NULL for
 * any other path. */
const char *os_proc_self(const char *path);

/* Opens the /proc files the VM generates for the guest (proc.c): returns 1 with *result an fd or
 * -errno when path is one of them, 0 when the host should open it. */
int os_proc_open(const char *path, int host_flags, int64_t *result);

/* Path to hand to the host for a guest path: /proc/self/exe becomes the guest program. */
const char *os_host_path(const char *path);

/* The guest's view of a host stat, written at guest address addr. 0 or -EFAULT. */
struct stat;
int os_stat_to_guest(const struct stat *st, uint64_t addr);

/* Guest file-status flags (O_*, asm-generic) to host and back. */
int os_open_flags_to_host(uint64_t guest);
uint64_t os_open_flags_to_guest(int host);

/* Signals (os/signal.h has the rest): the process-directed pending set, bit sig-1. */
extern uint64_t os_pending_signals;

/* The host kernel's 64-bit signal mask for a guest mask (bit sig-1): the same numbering, less the
 * signals the VM must keep receiving (faults). */
uint64_t os_host_sigmask(uint64_t guest);
/* The calling thread's blocked set. */
uint64_t os_blocked_signals(void);

#endif
