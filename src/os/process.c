/* The process and its one thread: exit, ids, futex, scheduling, prctl.
 *
 * The guest's pid and tid are the VM's own. futex works on the host address of the guest word, so
 * the host kernel does the compare-and-sleep exactly as Linux would for the guest (and threads,
 * when they come, share it for free). A FUTEX_WAIT without timeout on a word nobody will change
 * hangs, as it would on Linux; glibc only waits after seeing a lock taken by another thread.
 *
 *   os_sys_exit(cpu, a);     // sets cpu->exit_reason = CPU_EXIT_EXIT, exit_status = a0 & 0xff
 */
#define _GNU_SOURCE
#include <limits.h>
#include <sched.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

#define EXIT_STATUS_MASK 0xff
#define MODE_PERMISSIONS 0777 /* umask keeps only these bits */

OS_HANDLER(exit)
{
	/* exit and exit_group are the same while the guest has one thread */
	cpu->exit_reason = CPU_EXIT_EXIT;
	cpu->exit_status = (int)(a[0] & EXIT_STATUS_MASK);
	return 0;
}

OS_HANDLER(getpid) { return getpid(); }
OS_HANDLER(getppid) { return getppid(); }
OS_HANDLER(gettid) { return gettid(); }
OS_HANDLER(getuid) { return getuid(); }
OS_HANDLER(geteuid) { return geteuid(); }
OS_HANDLER(getgid) { return getgid(); }
OS_HANDLER(getegid) { return getegid(); }
OS_HANDLER(umask) { return umask((mode_t)a[0] & MODE_PERMISSIONS); }
OS_HANDLER(sched_yield) { return os_host_result(sched_yield()); }

/* riscv_flush_icache: the guest has written code; ask exec to drop decoded blocks, as fence.i does. */
OS_HANDLER(riscv_flush_icache)
{
	cpu->exit_reason = CPU_EXIT_FENCE_I;
	return 0;
}

/* getresuid/getresgid: three 32-bit ids written to three guest pointers. */
static int64_t ids_out(const uint64_t *a, const uint32_t ids[3])
{
	for (int i = 0; i < 3; i++)
		if (mem_copy_to_guest(a[i], &ids[i], sizeof ids[i]) < 0) return -EFAULT;
	return 0;
}

OS_HANDLER(getresuid)
{
	uid_t r, e, s;
	getresuid(&r, &e, &s);
	return ids_out(a, (const uint32_t[3]){ r, e, s });
}

OS_HANDLER(getresgid)
{
	gid_t r, e, s;
	getresgid(&r, &e, &s);
	return ids_out(a, (const uint32_t[3]){ r, e, s });
}

/* Recorded for the thread exit protocol (threads come later); nothing reads them yet. */
static uint64_t clear_child_tid, robust_list_head;
#define ROBUST_LIST_HEAD_SIZE 24 /* struct robust_list_head, 64-bit */

OS_HANDLER(set_tid_address)
{
	clear_child_tid = a[0];
	return gettid();
}

OS_HANDLER(set_robust_list)
{
	if (a[1] != ROBUST_LIST_HEAD_SIZE) return -EINVAL;
	robust_list_head = a[0];
	return 0;
}

/* --- futex --------------------------------------------------------------------------------- */

enum {
	GUEST_FUTEX_WAIT = 0, GUEST_FUTEX_WAKE = 1, GUEST_FUTEX_REQUEUE = 3, GUEST_FUTEX_CMP_REQUEUE = 4,
	GUEST_FUTEX_WAKE_OP = 5, GUEST_FUTEX_WAIT_BITSET = 9, GUEST_FUTEX_WAKE_BITSET = 10,
	GUEST_FUTEX_PRIVATE = 128, GUEST_FUTEX_CLOCK_REALTIME = 256,
};
#define FUTEX_WORD 4

/* Host address of a guest futex word: aligned, mapped and readable; NULL otherwise. */
static void *futex_word(uint64_t addr)
{
	if (addr & (FUTEX_WORD - 1)) return NULL;
	return os_guest_buf(addr, FUTEX_WORD, PROT_READ);
}

OS_HANDLER(futex)
{
	int op = (int)a[1];
	int cmd = op & ~(GUEST_FUTEX_PRIVATE | GUEST_FUTEX_CLOCK_REALTIME);
	void *uaddr = futex_word(a[0]);
	if (!uaddr) return a[0] & (FUTEX_WORD - 1) ? -EINVAL : -EFAULT;
	struct timespec ts, *timeout = NULL;
	void *uaddr2 = NULL;
	uint64_t val2 = a[3];
	switch (cmd) {
	case GUEST_FUTEX_WAIT:
	case GUEST_FUTEX_WAIT_BITSET:
		if (a[3]) {
			if (mem_copy_from_guest(&ts, a[3], sizeof ts) < 0) return -EFAULT;
			timeout = &ts;
		}
		break;
	case GUEST_FUTEX_WAKE:
	case GUEST_FUTEX_WAKE_BITSET:
		break;
	case GUEST_FUTEX_REQUEUE:
	case GUEST_FUTEX_CMP_REQUEUE:
	case GUEST_FUTEX_WAKE_OP:
		/* write access: WAKE_OP changes the second word */
		if (!(uaddr2 = futex_word(a[4])) || mem_check(a[4], FUTEX_WORD, PROT_WRITE) < 0)
			return -EFAULT;
		break;
	default:
		return -ENOSYS;
	}
	long r = timeout ? syscall(SYS_futex, uaddr, op, (uint32_t)a[2], timeout, uaddr2, (uint32_t)a[5])
			 : syscall(SYS_futex, uaddr, op, (uint32_t)a[2], (unsigned long)val2, uaddr2,
				   (uint32_t)a[5]);
	return os_host_result(r);
}

/* --- scheduling ---------------------------------------------------------------------------- */

#define CPU_MASK_MAX 1024 /* bytes of CPU mask we pass on: 8192 CPUs */

OS_HANDLER(sched_getaffinity)
{
	uint8_t mask[CPU_MASK_MAX] = { 0 };
	size_t len = a[1] < CPU_MASK_MAX ? a[1] : CPU_MASK_MAX;
	long r = syscall(SYS_sched_getaffinity, (pid_t)a[0], len, mask);
	if (r < 0) return -os_guest_errno(errno);
	return mem_copy_to_guest(a[2], mask, (size_t)r) < 0 ? -EFAULT : r;
}

OS_HANDLER(sched_setaffinity)
{
	/* accepted: the VM runs where the host puts it */
	uint8_t byte;
	if (a[1] && mem_copy_from_guest(&byte, a[2], 1) < 0) return -EFAULT;
	return 0;
}

OS_HANDLER(getcpu)
{
	unsigned cpu_id, node;
	if (syscall(SYS_getcpu, &cpu_id, &node, NULL) < 0) return -os_guest_errno(errno);
	if (a[0] && mem_copy_to_guest(a[0], &cpu_id, sizeof cpu_id) < 0) return -EFAULT;
	if (a[1] && mem_copy_to_guest(a[1], &node, sizeof node) < 0) return -EFAULT;
	return 0;
}

/* --- prctl --------------------------------------------------------------------------------- */

#define TASK_COMM_LEN 16
static char thread_name[TASK_COMM_LEN];

OS_HANDLER(prctl)
{
	switch ((int)a[0]) {
	case PR_SET_NAME: {
		char name[TASK_COMM_LEN] = { 0 };
		for (int i = 0; i < TASK_COMM_LEN - 1; i++) {
			if (mem_copy_from_guest(&name[i], a[1] + i, 1) < 0) return -EFAULT;
			if (!name[i]) break;
		}
		memcpy(thread_name, name, sizeof name);
		return 0;
	}
	case PR_GET_NAME:
		if (!thread_name[0]) {
			/* the kernel's default: the program's file name */
			const char *base = strrchr(os_exe_path, '/');
			strncpy(thread_name, base ? base + 1 : os_exe_path, TASK_COMM_LEN - 1);
		}
		return mem_copy_to_guest(a[1], thread_name, TASK_COMM_LEN) < 0 ? -EFAULT : 0;
	default:
		return -EINVAL;
	}
}

/* --- sessions and process groups ----------------------------------------------------------- */

OS_HANDLER(setpgid) { return os_host_result(setpgid((pid_t)a[0], (pid_t)a[1])); }
OS_HANDLER(getpgid) { return os_host_result(getpgid((pid_t)a[0])); }
OS_HANDLER(getsid) { return os_host_result(getsid((pid_t)a[0])); }
