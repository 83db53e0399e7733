/* Scheduling policy and priority: sched_{get,set}{scheduler,param}, the priority range,
 * sched_rr_get_interval, getpriority and setpriority. The guest is one host process (its threads
 * host threads), so each call goes to the host for the same pid; struct sched_param (one int) and
 * struct timespec are alike on both ABIs, and the policy numbers are the same.
 *
 * getpriority answers in the kernel's form, 20 - nice (1..40), which the guest's libc turns back
 * into a nice value, so the raw host result goes through unchanged.
 *
 *   os_sys_getpriority(cpu, a);   // a = { which, who }
 */
#define _GNU_SOURCE
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

_Static_assert(SCHED_OTHER == 0 && SCHED_FIFO == 1 && SCHED_RR == 2 && SCHED_BATCH == 3 && SCHED_IDLE == 5 &&
	       sizeof(struct sched_param) == 4 && PRIO_PROCESS == 0 && PRIO_USER == 2,
	       "scheduling constants are not asm-generic");

OS_HANDLER(sched_getscheduler) { return os_host_result(syscall(SYS_sched_getscheduler, (pid_t)a[0])); }

OS_HANDLER(sched_getparam)
{
	struct sched_param p;
	if (syscall(SYS_sched_getparam, (pid_t)a[0], &p) < 0) return -os_guest_errno(errno);
	return mem_copy_to_guest(a[1], &p, sizeof p) < 0 ? -EFAULT : 0;
}

OS_HANDLER(sched_setparam)
{
	struct sched_param p;
	if (mem_copy_from_guest(&p, a[1], sizeof p) < 0) return -EFAULT;
	return os_host_result(syscall(SYS_sched_setparam, (pid_t)a[0], &p));
}

OS_HANDLER(sched_setscheduler)
{
	struct sched_param p;
	if (mem_copy_from_guest(&p, a[2], sizeof p) < 0) return -EFAULT;
	return os_host_result(syscall(SYS_sched_setscheduler, (pid_t)a[0], (int)a[1], &p));
}

OS_HANDLER(sched_get_priority_max) { return os_host_result(sched_get_priority_max((int)a[0])); }
OS_HANDLER(sched_get_priority_min) { return os_host_result(sched_get_priority_min((int)a[0])); }

OS_HANDLER(sched_rr_get_interval)
{
	struct timespec ts;
	if (sched_rr_get_interval((pid_t)a[0], &ts) < 0) return -os_guest_errno(errno);
	return mem_copy_to_guest(a[1], &ts, sizeof ts) < 0 ? -EFAULT : 0;
}

OS_HANDLER(getpriority) { return os_host_result(syscall(SYS_getpriority, (int)a[0], (id_t)a[1])); }
OS_HANDLER(setpriority) { return os_host_result(setpriority((int)a[0], (id_t)a[1], (int)a[2])); }
