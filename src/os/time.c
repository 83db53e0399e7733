/* Clocks and sleeping: struct timespec, timeval, timezone and tms are the same on riscv64 and
 * x86-64 (64-bit words), so values are copied whole; clock ids and TIMER_ABSTIME are asm-generic.
 *
 *   os_sys_clock_gettime(cpu, a);   // a = { clockid, struct timespec * }
 */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"
#include "signal.h"

_Static_assert(sizeof(struct timespec) == 16 && sizeof(struct timeval) == 16 &&
	       sizeof(struct timezone) == 8 && sizeof(struct tms) == 32, "time structures differ");
_Static_assert(CLOCK_REALTIME == 0 && CLOCK_MONOTONIC == 1 && CLOCK_BOOTTIME == 7 && TIMER_ABSTIME == 1,
	       "host clock ids are not asm-generic");

static int64_t timespec_out(int r, const struct timespec *ts, uint64_t addr)
{
	if (r < 0) return -os_guest_errno(errno);
	if (addr && mem_copy_to_guest(addr, ts, sizeof *ts) < 0) return -EFAULT;
	return 0;
}

OS_HANDLER(clock_gettime)
{
	struct timespec ts;
	int r = clock_gettime((clockid_t)a[0], &ts);
	if (r == 0 && !a[1]) return -EFAULT;
	return timespec_out(r, &ts, a[1]);
}

OS_HANDLER(clock_getres)
{
	struct timespec ts;
	return timespec_out(clock_getres((clockid_t)a[0], &ts), &ts, a[1]);
}

OS_HANDLER(gettimeofday)
{
	struct timeval tv;
	struct timezone tz;
	if (syscall(SYS_gettimeofday, &tv, &tz) < 0) return -os_guest_errno(errno);
	if (a[0] && mem_copy_to_guest(a[0], &tv, sizeof tv) < 0) return -EFAULT;
	if (a[1] && mem_copy_to_guest(a[1], &tz, sizeof tz) < 0) return -EFAULT;
	return 0;
}

/* Both sleeps: the request from req, what was left written to rem when a signal cut it short. */
static int64_t sleep_common(clockid_t clock, int flags, uint64_t req, uint64_t rem)
{
	struct timespec want, left = { 0, 0 };
	if (mem_copy_from_guest(&want, req, sizeof want) < 0) return -EFAULT;
	long r = os_blocking_syscall(SYS_clock_nanosleep, clock, flags, (long)&want, (long)&left, 0, 0);
	if (r < 0 && errno == EINTR && rem && !(flags & TIMER_ABSTIME) &&
	    mem_copy_to_guest(rem, &left, sizeof left) < 0)
		return -EFAULT;
	return os_host_result(r);
}

OS_HANDLER(nanosleep) { return sleep_common(CLOCK_MONOTONIC, 0, a[0], a[1]); }
OS_HANDLER(clock_nanosleep) { return sleep_common((clockid_t)a[0], (int)a[1], a[2], a[3]); }

OS_HANDLER(times)
{
	struct tms t;
	clock_t r = times(&t);
	if (r == (clock_t)-1) return -os_guest_errno(errno);
	if (a[0] && mem_copy_to_guest(a[0], &t, sizeof t) < 0) return -EFAULT;
	return r;
}
