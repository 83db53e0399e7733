/* Waiting on descriptors: ppoll and pselect6 (poll and select in the guest's libc come here).
 * struct pollfd, fd_set and timespec have the same layout on both ABIs, so the host kernel works on
 * the guest's arrays in place; the timeout is copied (the kernel writes back what is left) and the
 * signal mask is the guest's minus the signals the VM keeps for itself.
 *
 *   os_sys_ppoll(cpu, a);   // a = { fds, nfds, timeout, sigmask, sigsetsize }
 */
#define _GNU_SOURCE
#include <poll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"
#include "signal.h"

#define GUEST_SIGSET_SIZE 8
#define FD_SET_WORD 8 /* fd_set is an array of 64-bit words */
#define POLL_FDS_MAX (1u << 20) /* above any RLIMIT_NOFILE the kernel allows */
_Static_assert(sizeof(struct pollfd) == 8, "pollfd layout");

/* The guest's timeout at addr (0: none) into *ts; *p gets ts or NULL. 0 or -EFAULT. */
static int timeout_in(uint64_t addr, struct timespec *ts, struct timespec **p)
{
	*p = NULL;
	if (!addr) return 0;
	if (mem_copy_from_guest(ts, addr, sizeof *ts) < 0) return -EFAULT;
	*p = ts;
	return 0;
}

/* Writes back the time left, as Linux does after ppoll and pselect6. */
static int64_t finish(long r, uint64_t addr, const struct timespec *ts)
{
	int saved = errno;
	if (ts && (r >= 0 || saved == EINTR) && mem_copy_to_guest(addr, ts, sizeof *ts) < 0 && r >= 0)
		return -EFAULT;
	errno = saved;
	return os_host_result(r);
}

OS_HANDLER(ppoll)
{
	struct timespec ts, *tp;
	uint64_t nfds = a[1];
	if (nfds > POLL_FDS_MAX) return -EINVAL;
	void *fds = os_guest_buf(a[0], nfds * sizeof(struct pollfd), PROT_READ | PROT_WRITE);
	if (!fds) return -EFAULT;
	if (timeout_in(a[2], &ts, &tp) < 0) return -EFAULT;
	uint64_t mask, *mp = NULL;
	if (a[3]) {
		if (a[4] != GUEST_SIGSET_SIZE) return -EINVAL;
		if (mem_copy_from_guest(&mask, a[3], sizeof mask) < 0) return -EFAULT;
		os_signal_wait_mask(cpu, mask); /* the guest's mask until the signals it lets in are delivered */
		mask = os_host_sigmask(mask);
		mp = &mask;
	}
	long r = os_blocking_syscall(SYS_ppoll, (long)fds, (long)nfds, (long)tp, (long)mp, GUEST_SIGSET_SIZE, 0);
	return finish(r, a[2], tp);
}

OS_HANDLER(pselect6)
{
	int n = (int)a[0];
	if (n < 0) return -EINVAL;
	uint64_t set_size = (uint64_t)(n + FD_SET_WORD * 8 - 1) / (FD_SET_WORD * 8) * FD_SET_WORD;
	void *sets[3];
	for (int i = 0; i < 3; i++) {
		sets[i] = NULL;
		if (a[1 + i] && !(sets[i] = os_guest_buf(a[1 + i], set_size, PROT_READ | PROT_WRITE)))
			return -EFAULT;
	}
	struct timespec ts, *tp;
	if (timeout_in(a[4], &ts, &tp) < 0) return -EFAULT;
	/* the sixth argument: { const sigset_t *ss; size_t ss_len } */
	struct { uint64_t ss, len; } guest_sig;
	struct { const uint64_t *ss; size_t len; } host_sig = { NULL, GUEST_SIGSET_SIZE }, *sp = NULL;
	uint64_t mask;
	if (a[5]) {
		if (mem_copy_from_guest(&guest_sig, a[5], sizeof guest_sig) < 0) return -EFAULT;
		if (guest_sig.ss) {
			if (guest_sig.len != GUEST_SIGSET_SIZE) return -EINVAL;
			if (mem_copy_from_guest(&mask, guest_sig.ss, sizeof mask) < 0) return -EFAULT;
			os_signal_wait_mask(cpu, mask);
			mask = os_host_sigmask(mask);
			host_sig.ss = &mask;
		}
		sp = &host_sig;
	}
	long r = os_blocking_syscall(SYS_pselect6, n, (long)sets[0], (long)sets[1], (long)sets[2], (long)tp, (long)sp);
	return finish(r, a[4], tp);
}
