/* epoll for the guest: epoll_create1, epoll_ctl, epoll_pwait and epoll_pwait2 on host epoll
 * descriptors.
 *
 * The one layout difference: x86-64 packs struct epoll_event (12 bytes, data at offset 4) while
 * riscv64 aligns it naturally (16 bytes, data at offset 8), so events are copied over one by
 * one in both directions. The interest list lives in the host kernel; the guest's data word goes
 * in and comes back untouched. The signal mask of the pwait forms is the guest's, less the
 * signals the VM keeps for itself.
 *
 *   os_sys_epoll_pwait(cpu, a);   // a = { epfd, events, maxevents, timeout_ms, sigmask, sigsetsize }
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

/*   riscv64 struct epoll_event     x86-64 (packed)
 *   0  events (u32)                0  events (u32)
 *   4  (padding)                   4  data (u64)
 *   8  data (u64)                  12 end
 *   16 end
 */
struct guest_epoll_event {
	uint32_t events;
	uint32_t pad;
	uint64_t data;
};
_Static_assert(sizeof(struct guest_epoll_event) == 16 && sizeof(struct epoll_event) == 12,
	       "epoll_event layouts are not the ones translated here");
_Static_assert(EPOLL_CTL_ADD == 1 && EPOLL_CTL_DEL == 2 && EPOLL_CTL_MOD == 3 && EPOLLIN == 1 &&
	       EPOLLOUT == 4 && EPOLLET == (1u << 31) && EPOLLONESHOT == (1u << 30) &&
	       EPOLLEXCLUSIVE == (1u << 28), "epoll constants are not asm-generic");

#define GUEST_EPOLL_CLOEXEC 02000000 /* O_CLOEXEC, asm-generic */
#define GUEST_SIGSET_SIZE 8
#define EVENTS_PER_CALL 1024 /* a wait returns at most this many; the guest asks again for more */
#define EP_MAX_EVENTS (INT_MAX / (int)sizeof(struct guest_epoll_event)) /* Linux's limit */

OS_HANDLER(epoll_create1)
{
	if (a[0] & ~(uint64_t)GUEST_EPOLL_CLOEXEC) return -EINVAL;
	return os_host_result(epoll_create1(a[0] ? EPOLL_CLOEXEC : 0));
}

OS_HANDLER(epoll_ctl)
{
	int op = (int)a[1];
	struct epoll_event ev = { 0 }, *evp = NULL;
	if (op != EPOLL_CTL_DEL) { /* DEL never reads the event, as in Linux */
		struct guest_epoll_event g;
		if (mem_copy_from_guest(&g, a[3], sizeof g) < 0) return -EFAULT;
		ev.events = g.events;
		ev.data.u64 = g.data;
		evp = &ev;
	}
	return os_host_result(epoll_ctl((int)a[0], op, (int)a[2], evp));
}

/* Both waits: epoll_pwait's timeout in milliseconds (ms, negative: forever), or epoll_pwait2's
 * as a timespec (two set; ts NULL: forever); a[4]/a[5] the guest's signal mask and its size. Ready
 * events go to the guest's array at a[1]. */
static int64_t wait_common(const uint64_t *a, int two, int ms, const struct timespec *ts)
{
	int maxevents = (int)a[2];
	if (maxevents <= 0 || maxevents > EP_MAX_EVENTS) return -EINVAL;
	uint64_t events_at = a[1];
	uint64_t mask, *mp = NULL;
	if (a[4]) {
		if (a[5] != GUEST_SIGSET_SIZE) return -EINVAL;
		if (mem_copy_from_guest(&mask, a[4], sizeof mask) < 0) return -EFAULT;
		mask = os_host_sigmask(mask);
		mp = &mask;
	}
	struct epoll_event ev[EVENTS_PER_CALL];
	int n = maxevents < EVENTS_PER_CALL ? maxevents : EVENTS_PER_CALL;
	long r = two ? syscall(SYS_epoll_pwait2, (int)a[0], ev, n, ts, mp, (size_t)GUEST_SIGSET_SIZE)
		     : syscall(SYS_epoll_pwait, (int)a[0], ev, n, ms, mp, (size_t)GUEST_SIGSET_SIZE);
	if (r < 0) return -os_guest_errno(errno);
	/* as in Linux, a bad array is found only when there is something to store in it */
	if (r > 0 && !os_guest_buf(events_at, (uint64_t)r * sizeof(struct guest_epoll_event), PROT_WRITE))
		return -EFAULT;
	for (long i = 0; i < r; i++) {
		struct guest_epoll_event g = { .events = ev[i].events, .data = ev[i].data.u64 };
		if (mem_copy_to_guest(events_at + i * sizeof g, &g, sizeof g) < 0) return -EFAULT;
	}
	return r;
}

OS_HANDLER(epoll_pwait) { return wait_common(a, 0, (int)a[3], NULL); }

OS_HANDLER(epoll_pwait2)
{
	struct timespec ts;
	if (!a[3]) return wait_common(a, 1, -1, NULL);
	if (mem_copy_from_guest(&ts, a[3], sizeof ts) < 0) return -EFAULT;
	return wait_common(a, 1, -1, &ts);
}
