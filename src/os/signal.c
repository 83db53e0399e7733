/* Guest signals: dispositions, masks, pending sets, delivery to guest handlers, and the system calls
 * around them (rt_sigaction, rt_sigprocmask, rt_sigpending, rt_sigsuspend, rt_sigtimedwait,
 * sigaltstack, rt_sigreturn, kill, tkill, tgkill).
 *
 * Where state lives follows Linux: dispositions and process-directed pending signals are
 * process-wide (here); the blocked mask, thread-directed pending signals and the alternate stack
 * are per thread (struct os_thread).
 *
 * How a signal reaches a guest handler:
 *   - a host signal the guest handles runs on_host_signal, which only records it (siginfo and
 *     pending bit), sets signal_arrived and cpu->pending on the running thread, and cuts short a
 *     blocking host call that has not started yet (blocking.c);
 *   - engines leave at the next block boundary (CPU_EXIT_SIGNAL), and the exec loop calls
 *     os_deliver_signals, which builds a frame (sigframe.c) per deliverable signal;
 *   - it also runs after every system call: a call cut short by a signal ends in EINTR and is
 *     restarted (pc back on the ecall) when the handler has SA_RESTART and the call is one Linux
 *     restarts, or when no handler runs at all;
 *   - faults, illegal instructions and ebreak come through os_signal_trap, as Linux's
 *     force_sig_fault: a blocked or ignored one kills.
 * The guest's blocked set is mirrored in the host thread's mask, so a blocked signal waits in the
 * host kernel; signals sent by the guest to itself wait here. Delivery itself runs with host signals
 * blocked.
 *
 *   rt_sigaction(SIGUSR1, {handler})  -> host handler installed
 *   kill(getpid(), SIGUSR1)           -> pending here, delivered after the kill call returns
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"
#include "signal.h"

enum { GUEST_SIG_BLOCK = 0, GUEST_SIG_UNBLOCK = 1, GUEST_SIG_SETMASK = 2 };

/* System call numbers, from the one list. */
enum {
#define SYSCALL(num, name, handler, ret, args) NR_##name = num,
#define UNSUPPORTED(num, name) NR_##name = num,
#include "syscall.def"
#undef UNSUPPORTED
#undef SYSCALL
};

/* Signal numbers 1..31 are the same on riscv64 and x86-64 (asm-generic numbering). */
_Static_assert(SIGBUS == 7 && SIGUSR1 == 10 && SIGUSR2 == 12 && SIGCHLD == 17 && SIGSTOP == 19 &&
	       SIGSYS == 31, "host signal numbers are not asm-generic");
_Static_assert(SI_TKILL == GUEST_SI_TKILL && SI_USER == GUEST_SI_USER && SI_KERNEL == GUEST_SI_KERNEL,
	       "host si_code values are not asm-generic");

#define HOST_SIGCANCEL 32 /* glibc keeps these two real-time signals for itself */
#define HOST_SIGSETXID 33

static struct guest_sigaction actions[GUEST_NSIG + 1];
uint64_t os_pending_signals; /* process-directed, bit sig-1; changed atomically */
static struct guest_siginfo process_info[GUEST_NSIG + 1];
static __thread struct guest_siginfo thread_info[GUEST_NSIG + 1];

#define UNBLOCKABLE (os_sig_bit(SIGKILL) | os_sig_bit(SIGSTOP))
/* Linux delivers these first (SYNCHRONOUS_MASK) */
#define SYNCHRONOUS (os_sig_bit(SIGSEGV) | os_sig_bit(SIGBUS) | os_sig_bit(SIGILL) | os_sig_bit(SIGTRAP) | \
		     os_sig_bit(SIGFPE) | os_sig_bit(SIGSYS))

/* Signals the VM handles itself on the host (guest faults, traps): never block or re-dispose. */
static int vm_owned(int sig)
{
	return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP;
}

/* Can the host disposition and mask of sig follow the guest's? */
static int host_follows(int sig)
{
	return !vm_owned(sig) && sig != SIGKILL && sig != SIGSTOP && sig != HOST_SIGCANCEL &&
	       sig != HOST_SIGSETXID && sig < NSIG;
}

enum default_action { ACT_TERM, ACT_IGNORE, ACT_STOP };

static enum default_action default_action(int sig)
{
	switch (sig) {
	case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH: return ACT_IGNORE;
	case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU: return ACT_STOP;
	default: return ACT_TERM; /* including core dumpers and real-time signals */
	}
}

__attribute__((noreturn)) void os_die_by_signal(int sig)
{
	fflush(NULL);
	struct rlimit no_core = { 0, 0 }; /* a core of the VM would be huge, and not the guest's */
	setrlimit(RLIMIT_CORE, &no_core);
	signal(sig, SIG_DFL);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	_exit(128 + sig); /* still here: the signal does not kill */
}

/* --- the host side ---------------------------------------------------------------------------- */

uint64_t os_host_sigmask(uint64_t guest)
{
	uint64_t host = guest;
	for (int sig = 1; sig <= GUEST_NSIG; sig++)
		if (!host_follows(sig)) host &= ~os_sig_bit(sig);
	return host;
}

static void host_mask_set(uint64_t bits)
{
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &bits, NULL, (size_t)GUEST_SIGSET_SIZE);
}

/* Records a host signal for the guest; nothing else may happen here (see the file comment). */
static void on_host_signal(int sig, siginfo_t *si, void *host_ucontext)
{
	struct os_thread *t = os_self;
	if (si->si_code == SI_TKILL && t) {
		memcpy(&thread_info[sig], si, sizeof thread_info[sig]);
		__atomic_or_fetch(&t->sigpending, os_sig_bit(sig), __ATOMIC_SEQ_CST);
	} else {
		memcpy(&process_info[sig], si, sizeof process_info[sig]);
		__atomic_or_fetch(&os_pending_signals, os_sig_bit(sig), __ATOMIC_SEQ_CST);
	}
	if (t) {
		t->signal_arrived = 1;
		t->cpu.pending = 1;
	}
	os_blocking_interrupt(host_ucontext);
}

/* The host disposition for the guest's: a guest handler becomes on_host_signal, SIG_IGN and
 * SIG_DFL stay what they are (so default deaths, stops and ignores happen in the host kernel). */
static void host_dispose(int sig, uint64_t handler)
{
	if (!host_follows(sig)) return;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	if (handler == GUEST_SIG_IGN || handler == GUEST_SIG_DFL) {
		sa.sa_handler = handler == GUEST_SIG_IGN ? SIG_IGN : SIG_DFL;
	} else {
		sa.sa_sigaction = on_host_signal;
		sa.sa_flags = SA_SIGINFO; /* no SA_RESTART: a blocking call must come back with EINTR */
		sigfillset(&sa.sa_mask);  /* one recording at a time */
		sigdelset(&sa.sa_mask, SIGSEGV);
		sigdelset(&sa.sa_mask, SIGBUS);
	}
	sigaction(sig, &sa, NULL);
}

static uint64_t inherited_mask;

void os_signals_init(void)
{
	for (int sig = 1; sig <= GUEST_NSIG && sig < NSIG; sig++) {
		struct sigaction now;
		if (host_follows(sig) && sigaction(sig, NULL, &now) == 0 && now.sa_handler == SIG_IGN)
			actions[sig].handler = GUEST_SIG_IGN;
	}
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &inherited_mask, (size_t)GUEST_SIGSET_SIZE);
	mem_sent_fault_signal = on_host_signal; /* a SIGSEGV sent by kill is a guest signal like any */
	inherited_mask = os_host_sigmask(inherited_mask);
}

uint64_t os_inherited_sigmask(void) { return inherited_mask; }

/* --- pending sets ------------------------------------------------------------------------------ */

static int ignored(int sig)
{
	uint64_t h = actions[sig].handler;
	return h == GUEST_SIG_IGN || (h == GUEST_SIG_DFL && default_action(sig) == ACT_IGNORE);
}

/* Makes sig pending for thread t (thread != 0) or the process, as Linux's send_signal: an ignored,
 * unblocked signal is dropped. Standard and real-time signals alike keep one instance. */
static void queue_signal(struct os_thread *t, int sig, const struct guest_siginfo *info, int thread)
{
	if (ignored(sig) && !(t->sigmask & os_sig_bit(sig))) return;
	if (thread) {
		thread_info[sig] = *info;
		__atomic_or_fetch(&t->sigpending, os_sig_bit(sig), __ATOMIC_SEQ_CST);
	} else {
		process_info[sig] = *info;
		__atomic_or_fetch(&os_pending_signals, os_sig_bit(sig), __ATOMIC_SEQ_CST);
	}
	t->signal_arrived = 1;
	t->cpu.pending = 1;
}

/* A signal the guest cannot refuse (Linux's force_sig_info): blocked or ignored, it is unblocked
 * and reset to its default action. */
static void force_signal(struct os_thread *t, int sig, const struct guest_siginfo *info)
{
	int blocked = (t->sigmask & os_sig_bit(sig)) != 0;
	if (blocked || actions[sig].handler == GUEST_SIG_IGN) {
		actions[sig].handler = GUEST_SIG_DFL;
		host_dispose(sig, GUEST_SIG_DFL);
		t->sigmask &= ~os_sig_bit(sig);
	}
	queue_signal(t, sig, info, 1);
}

static void force_sigsegv(struct os_thread *t)
{
	struct guest_siginfo info = { .signo = SIGSEGV, .code = GUEST_SI_KERNEL };
	force_signal(t, SIGSEGV, &info);
}

static int lowest(uint64_t set)
{
	uint64_t sync = set & SYNCHRONOUS;
	return __builtin_ctzll(sync ? sync : set) + 1;
}

/* Takes the next pending signal among wanted off t's queues, thread-directed first; 0 if none. */
static int dequeue(struct os_thread *t, uint64_t wanted, struct guest_siginfo *info)
{
	uint64_t mine = t->sigpending & wanted, shared = os_pending_signals & wanted;
	if (mine) {
		int sig = lowest(mine);
		*info = thread_info[sig];
		__atomic_and_fetch(&t->sigpending, ~os_sig_bit(sig), __ATOMIC_SEQ_CST);
		return sig;
	}
	if (shared) {
		int sig = lowest(shared);
		*info = process_info[sig];
		__atomic_and_fetch(&os_pending_signals, ~os_sig_bit(sig), __ATOMIC_SEQ_CST);
		return sig;
	}
	return 0;
}

static uint64_t deliverable(const struct os_thread *t)
{
	return (t->sigpending | os_pending_signals) & ~t->sigmask;
}

/* --- masks -------------------------------------------------------------------------------------- */

void os_signal_set_mask(struct os_thread *t, uint64_t mask)
{
	t->sigmask = mask & ~UNBLOCKABLE;
	host_mask_set(os_host_sigmask(t->sigmask));
}

void os_signal_wait_mask(struct cpu *cpu, uint64_t mask)
{
	struct os_thread *t = os_thread_of(cpu);
	if (!t->saved_sigmask_valid) {
		t->saved_sigmask = t->sigmask;
		t->saved_sigmask_valid = 1;
	}
	os_signal_set_mask(t, mask);
}

/* --- delivery ------------------------------------------------------------------------------------ */

/* Calls that Linux restarts after a handler with SA_RESTART (-ERESTARTSYS); the others (ppoll,
 * pselect6, nanosleep, sigsuspend, sigtimedwait, ...) come back with EINTR after any handler. */
static int restartable(int nr)
{
	switch (nr) {
	case NR_read: case NR_write: case NR_readv: case NR_writev: case NR_pread64: case NR_pwrite64:
	case NR_preadv: case NR_pwritev: case NR_sendfile: case NR_openat: case NR_ioctl: case NR_fcntl:
	case NR_flock: case NR_wait4: case NR_waitid: case NR_futex: case NR_fsync: case NR_fdatasync:
	case NR_accept: case NR_accept4: case NR_connect: case NR_recvfrom: case NR_sendto:
	case NR_recvmsg: case NR_sendmsg:
		return 1;
	default:
		return 0;
	}
}

void os_syscall_interrupted(struct cpu *cpu, int nr, uint64_t a0)
{
	if (nr == NR_rt_sigreturn) return; /* a restored a0 of -EINTR is not a new interruption */
	struct os_thread *t = os_thread_of(cpu);
	t->syscall_interrupted = 1;
	t->interrupted_nr = nr;
	t->interrupted_a0 = a0;
}

/* Settles a system call that ended in EINTR: back on its ecall with its first argument, or EINTR
 * stays. The exec loop has already stepped past the ecall. */
static void settle_interrupted(struct os_thread *t, int restart)
{
	if (restart) {
		t->cpu.pc -= 4;
		t->cpu.x[ISA_REG_A0] = t->interrupted_a0;
	}
	t->syscall_interrupted = 0;
}

static void put_saved_mask_back(struct os_thread *t)
{
	t->sigmask = t->saved_sigmask;
	t->saved_sigmask_valid = 0;
}

/* The default action of sig, taken now. */
static void act_by_default(int sig)
{
	switch (default_action(sig)) {
	case ACT_IGNORE: return;
	case ACT_STOP: kill(getpid(), SIGSTOP); return; /* the VM stops with the guest */
	case ACT_TERM: os_die_by_signal(sig);
	}
}

int os_deliver_signals(struct cpu *cpu)
{
	struct os_thread *t = os_thread_of(cpu);
	t->signal_arrived = 0;
	if (t->saved_sigmask_valid && !t->syscall_interrupted) { /* the wait ended without a signal */
		put_saved_mask_back(t);
		host_mask_set(os_host_sigmask(t->sigmask));
	}
	if (!deliverable(t) && !t->syscall_interrupted) return 0;
	host_mask_set(os_host_sigmask(~0ull)); /* the queues are ours until the end */

	int frames = 0, sig;
	struct guest_siginfo info;
	while ((sig = dequeue(t, ~t->sigmask, &info))) {
		struct guest_sigaction *act = &actions[sig];
		if (act->handler == GUEST_SIG_IGN) continue;
		if (act->handler == GUEST_SIG_DFL) {
			act_by_default(sig);
			continue;
		}
		if (t->syscall_interrupted)
			settle_interrupted(t, (act->flags & GUEST_SA_RESTART) && restartable(t->interrupted_nr));
		uint64_t old = t->saved_sigmask_valid ? t->saved_sigmask : t->sigmask;
		if (os_sigframe_push(t, sig, &info, act, old) < 0) {
			/* no room for the frame: SIGSEGV, deadly if it was SIGSEGV's own frame */
			if (sig == SIGSEGV) act->handler = GUEST_SIG_DFL;
			force_sigsegv(t);
			continue;
		}
		frames++;
		t->saved_sigmask_valid = 0;
		uint64_t mask = t->sigmask | act->mask;
		if (!(act->flags & GUEST_SA_NODEFER)) mask |= os_sig_bit(sig);
		t->sigmask = mask & ~UNBLOCKABLE;
		if (act->flags & GUEST_SA_RESETHAND) {
			act->handler = GUEST_SIG_DFL; /* only the handler: Linux keeps the flags */
			host_dispose(sig, GUEST_SIG_DFL);
		}
	}
	if (t->syscall_interrupted) settle_interrupted(t, 1); /* no handler ran: Linux restarts */
	if (t->saved_sigmask_valid) put_saved_mask_back(t);
	host_mask_set(os_host_sigmask(t->sigmask));
	return frames;
}

int os_signal_trap(struct cpu *cpu, int sig, int code, uint64_t addr)
{
	struct os_thread *t = os_thread_of(cpu);
	struct guest_siginfo info = { .signo = sig, .code = code, .u.addr = addr };
	force_signal(t, sig, &info);
	if (actions[sig].handler == GUEST_SIG_DFL) return sig;
	os_deliver_signals(cpu);
	return 0;
}

/* --- system calls -------------------------------------------------------------------------------- */

OS_HANDLER(rt_sigaction)
{
	int sig = (int)a[0];
	if (sig < 1 || sig > GUEST_NSIG || a[3] != GUEST_SIGSET_SIZE) return -EINVAL;
	struct guest_sigaction act;
	if (a[1]) {
		if (sig == SIGKILL || sig == SIGSTOP) return -EINVAL;
		if (mem_copy_from_guest(&act, a[1], sizeof act) < 0) return -EFAULT;
	}
	if (a[2] && mem_copy_to_guest(a[2], &actions[sig], sizeof act) < 0) return -EFAULT;
	if (!a[1]) return 0;
	act.mask &= ~UNBLOCKABLE;
	actions[sig] = act;
	host_dispose(sig, act.handler);
	if (ignored(sig)) { /* pending instances go, as Linux's flush_sigqueue_mask */
		__atomic_and_fetch(&os_pending_signals, ~os_sig_bit(sig), __ATOMIC_SEQ_CST);
		__atomic_and_fetch(&os_thread_of(cpu)->sigpending, ~os_sig_bit(sig), __ATOMIC_SEQ_CST);
	}
	return 0;
}

OS_HANDLER(rt_sigprocmask)
{
	struct os_thread *t = os_thread_of(cpu);
	if (a[3] != GUEST_SIGSET_SIZE) return -EINVAL;
	uint64_t old = t->sigmask, set = 0;
	if (a[1]) {
		if (mem_copy_from_guest(&set, a[1], sizeof set) < 0) return -EFAULT;
		switch ((int)a[0]) {
		case GUEST_SIG_BLOCK: set = old | set; break;
		case GUEST_SIG_UNBLOCK: set = old & ~set; break;
		case GUEST_SIG_SETMASK: break;
		default: return -EINVAL;
		}
	}
	if (a[2] && mem_copy_to_guest(a[2], &old, sizeof old) < 0) return -EFAULT;
	if (a[1]) os_signal_set_mask(t, set); /* newly unblocked pending ones go after the call */
	return 0;
}

/* Pending while blocked: the ones waiting here, and those the host kernel holds for us. */
OS_HANDLER(rt_sigpending)
{
	struct os_thread *t = os_thread_of(cpu);
	if (a[1] != GUEST_SIGSET_SIZE) return -EINVAL;
	uint64_t host = 0;
	syscall(SYS_rt_sigpending, &host, (size_t)GUEST_SIGSET_SIZE);
	uint64_t set = (t->sigpending | os_pending_signals | host) & t->sigmask;
	return mem_copy_to_guest(a[0], &set, sizeof set) < 0 ? -EFAULT : 0;
}

OS_HANDLER(rt_sigsuspend)
{
	struct os_thread *t = os_thread_of(cpu);
	uint64_t mask;
	if (a[1] != GUEST_SIGSET_SIZE) return -EINVAL;
	if (mem_copy_from_guest(&mask, a[0], sizeof mask) < 0) return -EFAULT;
	os_signal_wait_mask(cpu, mask);
	for (;;) {
		t->signal_arrived = 0; /* anything later cuts the wait short (blocking.c) */
		if (deliverable(t)) return -EINTR;
		uint64_t host = os_host_sigmask(t->sigmask);
		os_blocking_syscall(SYS_rt_sigsuspend, (long)&host, GUEST_SIGSET_SIZE, 0, 0, 0, 0);
	}
}

OS_HANDLER(rt_sigtimedwait)
{
	struct os_thread *t = os_thread_of(cpu);
	uint64_t set;
	struct timespec ts, *tp = NULL;
	if (a[3] != GUEST_SIGSET_SIZE) return -EINVAL;
	if (mem_copy_from_guest(&set, a[0], sizeof set) < 0) return -EFAULT;
	if (a[2]) {
		if (mem_copy_from_guest(&ts, a[2], sizeof ts) < 0) return -EFAULT;
		tp = &ts;
	}
	set &= ~UNBLOCKABLE;
	struct guest_siginfo info;
	for (;;) {
		t->signal_arrived = 0;
		int sig = dequeue(t, set, &info);
		if (sig) {
			if (a[1] && mem_copy_to_guest(a[1], &info, sizeof info) < 0) return -EFAULT;
			return sig;
		}
		if (deliverable(t)) return -EINTR;
		uint64_t host = os_host_sigmask(set);
		long r = os_blocking_syscall(SYS_rt_sigtimedwait, (long)&host, (long)&info, (long)tp,
					     GUEST_SIGSET_SIZE, 0, 0);
		if (r > 0) {
			if (a[1] && mem_copy_to_guest(a[1], &info, sizeof info) < 0) return -EFAULT;
			return r;
		}
		if (errno != EINTR) return -os_guest_errno(errno);
		/* a host handler ran: the signal is now in a queue here, or is another one */
	}
}

OS_HANDLER(sigaltstack)
{
	struct os_thread *t = os_thread_of(cpu);
	uint64_t sp = cpu->x[ISA_REG_SP];
	struct guest_stack ss, old = os_altstack_get(t, sp);
	if (a[0]) {
		if (mem_copy_from_guest(&ss, a[0], sizeof ss) < 0) return -EFAULT;
		int err = os_altstack_set(t, &ss, sp);
		if (err) return err;
	}
	if (a[1] && mem_copy_to_guest(a[1], &old, sizeof old) < 0) return -EFAULT;
	return 0;
}

OS_HANDLER(rt_sigreturn)
{
	struct os_thread *t = os_thread_of(cpu);
	uint64_t mask;
	if (os_sigframe_pop(t, &mask) < 0) {
		force_sigsegv(t);
		return 0;
	}
	os_signal_set_mask(t, mask);
	cpu->pc -= 4; /* the exec loop steps past the ecall; the restored pc is where to go */
	return (int64_t)cpu->x[ISA_REG_A0];
}

/* kill/tkill/tgkill to ourselves stay in the guest (queued here, delivered after the call); to
 * anyone else they go to the host (so a process group or -1 includes the VM itself). */
static int valid_signal(int sig) { return sig >= 0 && sig <= GUEST_NSIG; }

static int64_t to_self(struct cpu *cpu, int sig, int thread)
{
	if (!sig) return 0;
	struct guest_siginfo info = { .signo = sig, .code = thread ? GUEST_SI_TKILL : GUEST_SI_USER };
	info.u.kill.pid = getpid();
	info.u.kill.uid = getuid();
	queue_signal(os_thread_of(cpu), sig, &info, thread);
	return 0;
}

/* rt_sigqueueinfo and rt_tgsigqueueinfo: the sender's siginfo goes with the signal. As Linux, only
 * a process signalling itself may claim a kernel or kill() si_code. */
static int64_t queue_info(struct cpu *cpu, pid_t tgid, pid_t tid, int sig, uint64_t uinfo)
{
	struct guest_siginfo info;
	if (!valid_signal(sig)) return -EINVAL;
	if (mem_copy_from_guest(&info, uinfo, sizeof info) < 0) return -EFAULT;
	int self = tgid == getpid() && (tid == 0 || tid == gettid());
	if ((info.code >= 0 || info.code == GUEST_SI_TKILL) && tgid != getpid()) return -EPERM;
	info.signo = sig;
	if (self) {
		if (sig) queue_signal(os_thread_of(cpu), sig, &info, tid != 0);
		return 0;
	}
	if (tid) return os_host_result(syscall(SYS_rt_tgsigqueueinfo, tgid, tid, sig, &info));
	return os_host_result(syscall(SYS_rt_sigqueueinfo, tgid, sig, &info));
}

OS_HANDLER(rt_sigqueueinfo) { return queue_info(cpu, (pid_t)a[0], 0, (int)a[1], a[2]); }

OS_HANDLER(rt_tgsigqueueinfo)
{
	if ((pid_t)a[0] <= 0 || (pid_t)a[1] <= 0) return -EINVAL;
	return queue_info(cpu, (pid_t)a[0], (pid_t)a[1], (int)a[2], a[3]);
}

OS_HANDLER(kill)
{
	pid_t pid = (pid_t)a[0];
	int sig = (int)a[1];
	if (!valid_signal(sig)) return -EINVAL;
	return pid == getpid() ? to_self(cpu, sig, 0) : os_host_result(kill(pid, sig));
}

OS_HANDLER(tkill)
{
	pid_t tid = (pid_t)a[0];
	int sig = (int)a[1];
	if (tid <= 0 || !valid_signal(sig)) return -EINVAL;
	return tid == gettid() ? to_self(cpu, sig, 1) : os_host_result(syscall(SYS_tkill, tid, sig));
}

OS_HANDLER(tgkill)
{
	pid_t tgid = (pid_t)a[0], tid = (pid_t)a[1];
	int sig = (int)a[2];
	if (tgid <= 0 || tid <= 0 || !valid_signal(sig)) return -EINVAL;
	if (tgid == getpid() && tid == gettid()) return to_self(cpu, sig, 1);
	return os_host_result(syscall(SYS_tgkill, tgid, tid, sig));
}

uint64_t os_blocked_signals(void) { return os_self ? os_self->sigmask : 0; }
