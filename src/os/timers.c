/* Interval timers and POSIX timers, carried out by the host: the host kernel sends the signal when
 * the timer fires, and it reaches the guest as any asynchronous signal does (os/signal.c), even in a
 * loop without system calls. struct itimerval, itimerspec and sigevent, the clock ids, the ITIMER_*
 * and SIGEV_* values and signal numbers are the same on riscv64 and x86-64, so the guest's
 * structures go to the host whole; a timer id is the host kernel's (an int on both).
 *
 *   alarm(1)                           // glibc: setitimer(ITIMER_REAL, {0, 1s})
 *   timer_create(CLOCK_MONOTONIC, &(struct sigevent){ .sigev_signo = SIGUSR1 }, &id)
 */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

_Static_assert(sizeof(struct itimerval) == 32 && sizeof(struct itimerspec) == 32 &&
	       sizeof(struct sigevent) == 64, "timer structures differ");
_Static_assert(ITIMER_REAL == 0 && ITIMER_VIRTUAL == 1 && ITIMER_PROF == 2 && SIGEV_SIGNAL == 0 &&
	       SIGEV_NONE == 1 && SIGEV_THREAD_ID == 4, "host timer constants are not asm-generic");

/* Copies a guest structure in when addr is given: *p is the copy or NULL. 0 or -EFAULT. */
static int optional_in(void *buf, size_t len, uint64_t addr, void **p)
{
	*p = NULL;
	if (!addr) return 0;
	if (mem_copy_from_guest(buf, addr, len) < 0) return -EFAULT;
	*p = buf;
	return 0;
}

/* The result of a host call that fills out (len bytes) for the guest at addr, when addr is given. */
static int64_t result_out(long r, const void *out, size_t len, uint64_t addr)
{
	if (r < 0) return -os_guest_errno(errno);
	if (addr && mem_copy_to_guest(addr, out, len) < 0) return -EFAULT;
	return r;
}

OS_HANDLER(getitimer)
{
	struct itimerval v;
	return result_out(syscall(SYS_getitimer, (int)a[0], &v), &v, sizeof v, a[1]);
}

OS_HANDLER(setitimer)
{
	struct itimerval v, old;
	void *p;
	if (optional_in(&v, sizeof v, a[1], &p) < 0) return -EFAULT;
	return result_out(syscall(SYS_setitimer, (int)a[0], p, &old), &old, sizeof old, a[2]);
}

OS_HANDLER(timer_create)
{
	struct sigevent ev;
	void *p;
	int id;
	if (optional_in(&ev, sizeof ev, a[1], &p) < 0) return -EFAULT;
	long r = syscall(SYS_timer_create, (clockid_t)a[0], p, &id);
	if (r < 0) return -os_guest_errno(errno);
	if (mem_copy_to_guest(a[2], &id, sizeof id) < 0) {
		syscall(SYS_timer_delete, id);
		return -EFAULT;
	}
	return 0;
}

OS_HANDLER(timer_settime)
{
	struct itimerspec v, old;
	void *p;
	if (optional_in(&v, sizeof v, a[2], &p) < 0) return -EFAULT;
	if (!p) return -EINVAL;
	return result_out(syscall(SYS_timer_settime, (int)a[0], (int)a[1], p, &old), &old, sizeof old, a[3]);
}

OS_HANDLER(timer_gettime)
{
	struct itimerspec v;
	long r = syscall(SYS_timer_gettime, (int)a[0], &v);
	if (r == 0 && !a[1]) return -EFAULT;
	return result_out(r, &v, sizeof v, a[1]);
}

OS_HANDLER(timer_getoverrun) { return os_host_result(syscall(SYS_timer_getoverrun, (int)a[0])); }
OS_HANDLER(timer_delete) { return os_host_result(syscall(SYS_timer_delete, (int)a[0])); }
