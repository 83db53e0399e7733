/* Processes: exit and exit_group, clone and clone3 (threads go to thread.c; everything else is a
 * host fork), wait4 and waitid, ids, scheduling, prctl. execve has a file of its own (execve.c).
 *
 * A guest process is a host process running the VM. clone without CLONE_VM (fork) and with
 * CLONE_VM|CLONE_VFORK (vfork, posix_spawn) is a host fork: the child goes on in a copy of the VM
 * from the same guest state, with a0 = 0 (vfork's parent does not wait for the child's exec, and
 * the child's writes are its own: allowed, as for a fork). The child's exit signal is always
 * SIGCHLD (the host fork's). The pids are the host's, so wait4, waitid and kill work on them
 * directly; struct rusage and the waitid siginfo are written out field by field.
 *
 *   os_sys_exit_group(cpu, a);  // cpu->exit_reason = CPU_EXIT_EXIT, exit_status = a0 & 0xff
 *   os_sys_exit(cpu, a);        // ends this thread; the same as exit_group for the last one
 *   os_sys_clone(cpu, a);       // a thread or a child process: its tid or pid, 0 in a child process
 */
#define _GNU_SOURCE
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"
#include "process.h"
#include "thread.h"

#define EXIT_STATUS_MASK 0xff
#define MODE_PERMISSIONS 0777 /* umask keeps only these bits */

/* The process ends with status: exec's loop prints --stats and exits. Only the first thread to get
 * here does that; another one arriving meanwhile waits for the end with the rest. The others are
 * stopped outside guest code first, so none of them can fault or write output any more while the
 * process winds down: as with Linux's exit_group, the status is this one. */
static int64_t process_exit(struct cpu *cpu, uint64_t status)
{
	static int exiting;
	if (__atomic_exchange_n(&exiting, 1, __ATOMIC_SEQ_CST))
		for (;;) pause();
	os_threads_stop(); /* and never resumed */
	cpu->exit_reason = CPU_EXIT_EXIT;
	cpu->exit_status = (int)(status & EXIT_STATUS_MASK);
	return 0;
}

/* exit ends the calling thread; the last thread's exit ends the process. */
OS_HANDLER(exit)
{
	return process_exit(cpu, (uint64_t)os_thread_exit(cpu, (int)(a[0] & EXIT_STATUS_MASK)));
}

OS_HANDLER(exit_group) { return process_exit(cpu, a[0]); }

OS_HANDLER(getpid) { return getpid(); }
OS_HANDLER(getppid) { return getppid(); }
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

/* --- clone ------------------------------------------------------------------------------------ */

#define CLONE_EXIT_SIGNAL 0xff /* CSIGNAL: the signal the parent gets when the child ends */
/* What a clone may ask for: a thread (glibc's pthread_create passes exactly the thread set), or a
 * process (fork, vfork, posix_spawn). Namespaces, pidfds and the like are refused. */
#define CLONE_THREAD_SET (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM)
#define CLONE_TID_SET (CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)
#define CLONE_KNOWN (CLONE_EXIT_SIGNAL | CLONE_THREAD_SET | CLONE_TID_SET | CLONE_VFORK | CLONE_DETACHED)

/* A host fork for the guest. Threads are stopped outside guest code and the mapping lock is held
 * across the fork, so the child's copy of the VM is consistent; the child goes on alone. */
static int64_t fork_process(struct cpu *cpu, uint64_t flags, uint64_t sp, uint64_t ptid, uint64_t tls, uint64_t ctid)
{
	int threaded = os_threads_live() > 1;
	if (threaded) os_threads_stop();
	mem_fork_prepare();
	pid_t pid = fork();
	int e = errno;
	mem_fork_done();
	if (pid != 0) {
		if (threaded) os_threads_resume();
		if (pid < 0) return -os_guest_errno(e);
		uint32_t p = (uint32_t)pid;
		if (flags & CLONE_PARENT_SETTID) (void)mem_copy_to_guest(ptid, &p, sizeof p);
		return pid;
	}
	os_threads_after_fork();
	if (sp) cpu->x[ISA_REG_SP] = sp;
	if (flags & CLONE_SETTLS) cpu->x[ISA_REG_TP] = tls;
	uint32_t self = (uint32_t)getpid();
	if (flags & CLONE_CHILD_SETTID) (void)mem_copy_to_guest(ctid, &self, sizeof self);
	if (flags & CLONE_CHILD_CLEARTID) os_self->clear_child_tid = ctid;
	return 0;
}

/* clone and clone3 after their arguments are unpacked. */
static int64_t do_clone(struct cpu *cpu, uint64_t flags, uint64_t sp, uint64_t ptid, uint64_t tls, uint64_t ctid)
{
	if (flags & ~(uint64_t)CLONE_KNOWN) return -EINVAL;
	if ((flags & CLONE_THREAD) && !(flags & CLONE_SIGHAND)) return -EINVAL; /* Linux's rules */
	if ((flags & CLONE_SIGHAND) && !(flags & CLONE_VM)) return -EINVAL;
	if ((flags & CLONE_VM) && !(flags & CLONE_VFORK)) {
		/* a second process in the same memory cannot be a host process of its own */
		if (!(flags & CLONE_THREAD)) return -EINVAL;
		return os_thread_clone(cpu, flags, sp, ptid, tls, ctid);
	}
	return fork_process(cpu, flags, sp, ptid, tls, ctid);
}

/* clone(flags, newsp, parent_tid, tls, child_tid): riscv64 takes tls before child_tid. */
OS_HANDLER(clone) { return do_clone(cpu, a[0], a[1], a[2], a[3], a[4]); }

/* struct clone_args (the same on every 64-bit ABI): the fields clone3 adds beyond clone's. */
struct guest_clone_args {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
	uint64_t set_tid, set_tid_size, cgroup;
};
#define CLONE_ARGS_SIZE_VER0 64 /* up to tls */

/* clone3(args, size): the stack is given as its lowest address and size. The exit signal has a
 * field of its own; pidfds, set_tid and cgroups are refused. */
OS_HANDLER(clone3)
{
	struct guest_clone_args ca = { 0 };
	uint64_t size = a[1];
	if (size < CLONE_ARGS_SIZE_VER0) return -EINVAL;
	if (size > MEM_PAGE_SIZE) return -E2BIG;
	if (mem_copy_from_guest(&ca, a[0], size < sizeof ca ? size : sizeof ca) < 0) return -EFAULT;
	if (ca.exit_signal & ~(uint64_t)CLONE_EXIT_SIGNAL || (ca.flags & CLONE_EXIT_SIGNAL)) return -EINVAL;
	if (ca.set_tid || ca.set_tid_size || ca.cgroup || (ca.flags & CLONE_PIDFD)) return -EINVAL;
	if (!ca.stack != !ca.stack_size) return -EINVAL;
	uint64_t sp = ca.stack ? ca.stack + ca.stack_size : 0;
	return do_clone(cpu, ca.flags | ca.exit_signal, sp, ca.parent_tid, ca.tls, ca.child_tid);
}

/* --- wait4, waitid ---------------------------------------------------------------------------- */

/* struct rusage on riscv64, which is also x86-64's: written field by field all the same, so the
 * guest's layout is stated here and not assumed. */
struct guest_rusage {
	int64_t utime_sec, utime_usec, stime_sec, stime_usec;
	int64_t maxrss, ixrss, idrss, isrss, minflt, majflt, nswap, inblock, oublock, msgsnd, msgrcv,
		nsignals, nvcsw, nivcsw;
};
_Static_assert(sizeof(struct guest_rusage) == 144, "riscv64 struct rusage is 144 bytes");

static int rusage_to_guest(uint64_t addr, const struct rusage *r)
{
	struct guest_rusage g = {
		.utime_sec = r->ru_utime.tv_sec, .utime_usec = r->ru_utime.tv_usec,
		.stime_sec = r->ru_stime.tv_sec, .stime_usec = r->ru_stime.tv_usec,
		.maxrss = r->ru_maxrss, .ixrss = r->ru_ixrss, .idrss = r->ru_idrss, .isrss = r->ru_isrss,
		.minflt = r->ru_minflt, .majflt = r->ru_majflt, .nswap = r->ru_nswap,
		.inblock = r->ru_inblock, .oublock = r->ru_oublock, .msgsnd = r->ru_msgsnd,
		.msgrcv = r->ru_msgrcv, .nsignals = r->ru_nsignals, .nvcsw = r->ru_nvcsw, .nivcsw = r->ru_nivcsw,
	};
	return mem_copy_to_guest(addr, &g, sizeof g);
}

/* wait options, the same bits on both (asm-generic) */
#define WAIT_OPTIONS (WNOHANG | WUNTRACED | WEXITED | WCONTINUED | WNOWAIT | __WNOTHREAD | __WALL | __WCLONE)
_Static_assert(WNOHANG == 1 && WUNTRACED == 2 && WEXITED == 4 && WCONTINUED == 8 && WNOWAIT == 0x1000000,
	       "host wait options are not asm-generic");

OS_HANDLER(wait4)
{
	pid_t pid = (pid_t)a[0];
	int options = (int)a[2];
	if (options & ~WAIT_OPTIONS) return -EINVAL;
	/* checked first: Linux would reap the child and then fail, losing its status */
	if (a[1] && mem_check(a[1], sizeof(int), PROT_WRITE) < 0) return -EFAULT;
	if (a[3] && mem_check(a[3], sizeof(struct guest_rusage), PROT_WRITE) < 0) return -EFAULT;
	int status = 0;
	struct rusage ru;
	memset(&ru, 0, sizeof ru);
	pid_t r = wait4(pid, &status, options, &ru);
	if (r < 0) return -os_guest_errno(errno);
	/* the status word encodes exit codes and signal numbers alike on both */
	if (r > 0 && a[1]) (void)mem_copy_to_guest(a[1], &status, sizeof status);
	if (a[3]) (void)rusage_to_guest(a[3], &ru);
	return r;
}

/* The part of riscv64's siginfo_t that waitid fills (asm-generic layout, 128 bytes in all):
 * signo, errno, code, then the SIGCHLD union member at offset 16. */
struct guest_siginfo_chld {
	int32_t signo, errno_, code, pad;
	int32_t pid;
	uint32_t uid;
	int32_t status;
};
#define GUEST_SIGINFO_SIZE 128

OS_HANDLER(waitid)
{
	int idtype = (int)a[0], options = (int)a[3];
	if (options & ~WAIT_OPTIONS) return -EINVAL;
	if (a[2] && mem_check(a[2], GUEST_SIGINFO_SIZE, PROT_WRITE) < 0) return -EFAULT;
	if (a[4] && mem_check(a[4], sizeof(struct guest_rusage), PROT_WRITE) < 0) return -EFAULT;
	siginfo_t si;
	struct rusage ru;
	memset(&si, 0, sizeof si);
	memset(&ru, 0, sizeof ru);
	/* the system call, not the libc function: it takes the rusage too */
	long r = syscall(SYS_waitid, idtype, (id_t)a[1], &si, options, &ru);
	if (r < 0) return -os_guest_errno(errno);
	if (a[2]) {
		/* what Linux writes: zeros when WNOHANG found nobody */
		struct guest_siginfo_chld g = { .signo = si.si_signo, .errno_ = si.si_errno, .code = si.si_code,
						.pid = si.si_pid, .uid = si.si_uid, .status = si.si_status };
		(void)mem_copy_to_guest(a[2], &g, sizeof g);
	}
	if (a[4]) (void)rusage_to_guest(a[4], &ru);
	return r;
}
