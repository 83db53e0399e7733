/* Guest signal bookkeeping: dispositions (rt_sigaction), the blocked mask (rt_sigprocmask), the
 * alternate stack, and signals the guest sends itself (kill, tkill, tgkill); plus dying by a signal.
 *
 * Delivery to guest handlers comes with a later issue: a signal the guest sends itself while it has
 * a handler, or while it blocks it, is only recorded in os_pending_signals. A signal whose default
 * action kills ends the VM with os_die_by_signal, so the parent sees the guest die of it.
 * The host side follows where it matters now: a guest SIG_IGN is a host SIG_IGN (so a write to a
 * closed pipe gives EPIPE instead of killing the VM), and the guest's blocked set is blocked on
 * the host, except for the signals the VM itself relies on (faults).
 *
 *   rt_sigaction(SIGUSR1, {handler}, ...)  -> recorded; kill(getpid(), SIGUSR1) -> pending
 *   kill(getpid(), SIGTERM) with SIG_DFL    -> os_die_by_signal(SIGTERM)
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "internal.h"

#define GUEST_NSIG 64           /* asm-generic _NSIG */
#define GUEST_SIGSET_SIZE 8     /* the kernel sigset_t: 64 bits */
#define GUEST_SIG_DFL 0
#define GUEST_SIG_IGN 1
enum { GUEST_SIG_BLOCK = 0, GUEST_SIG_UNBLOCK = 1, GUEST_SIG_SETMASK = 2 };

/* The kernel's struct sigaction on riscv64 (asm-generic, no sa_restorer). */
struct guest_sigaction {
	uint64_t handler;
	uint64_t flags;
	uint64_t mask;
};

/* struct sigaltstack (stack_t), the same on both */
struct guest_stack {
	uint64_t sp;
	int32_t flags;
	int32_t pad;
	uint64_t size;
};
#define GUEST_SS_DISABLE 2
#define GUEST_MINSIGSTKSZ 2048

/* Signal numbers 1..31 are the same on riscv64 and x86-64 (asm-generic numbering). */
_Static_assert(SIGBUS == 7 && SIGUSR1 == 10 && SIGUSR2 == 12 && SIGCHLD == 17 && SIGSTOP == 19 &&
	       SIGSYS == 31, "host signal numbers are not asm-generic");

static struct guest_sigaction actions[GUEST_NSIG + 1];
static uint64_t blocked;
static struct guest_stack altstack = { .flags = GUEST_SS_DISABLE };
uint64_t os_pending_signals;

static uint64_t sig_bit(int sig) { return 1ull << (sig - 1); }

/* Signals the VM handles itself on the host (guest faults, traps): never block or re-dispose. */
static int vm_owned(int sig)
{
	return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP;
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

/* Mirrors the guest's blocked set on the host. */
static void block_on_host(void)
{
	sigset_t set;
	sigemptyset(&set);
	for (int sig = 1; sig <= GUEST_NSIG && sig < NSIG; sig++)
		if ((blocked & sig_bit(sig)) && !vm_owned(sig) && sig != SIGKILL && sig != SIGSTOP)
			sigaddset(&set, sig);
	sigprocmask(SIG_SETMASK, &set, NULL);
}

/* A signal the guest sent itself: act as Linux would for a single-threaded process. */
static void raise_in_guest(int sig)
{
	uint64_t h = actions[sig].handler;
	if (sig != SIGKILL && sig != SIGSTOP) {
		if (h == GUEST_SIG_IGN) return;
		if (blocked & sig_bit(sig) || h != GUEST_SIG_DFL) {
			os_pending_signals |= sig_bit(sig); /* delivered by a later issue */
			return;
		}
	}
	switch (default_action(sig)) {
	case ACT_IGNORE: return;
	case ACT_STOP: raise(sig); return; /* the VM stops with the guest; SIGCONT resumes both */
	case ACT_TERM: os_die_by_signal(sig);
	}
}

/* Pending signals that the guest just unblocked and that kill by default act now. */
static void act_on_unblocked(void)
{
	uint64_t ready = os_pending_signals & ~blocked;
	for (int sig = 1; sig <= GUEST_NSIG; sig++) {
		if (!(ready & sig_bit(sig)) || actions[sig].handler != GUEST_SIG_DFL) continue;
		os_pending_signals &= ~sig_bit(sig);
		raise_in_guest(sig);
	}
}

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
	act.mask &= ~(sig_bit(SIGKILL) | sig_bit(SIGSTOP));
	actions[sig] = act;
	if (!vm_owned(sig) && sig < NSIG) {
		/* host: ignore what the guest ignores; otherwise the default until delivery exists */
		signal(sig, act.handler == GUEST_SIG_IGN ? SIG_IGN : SIG_DFL);
		if (act.handler == GUEST_SIG_IGN) os_pending_signals &= ~sig_bit(sig);
	}
	return 0;
}

OS_HANDLER(rt_sigprocmask)
{
	if (a[3] != GUEST_SIGSET_SIZE) return -EINVAL;
	uint64_t old = blocked, set = 0;
	if (a[1]) {
		if (mem_copy_from_guest(&set, a[1], sizeof set) < 0) return -EFAULT;
		switch ((int)a[0]) {
		case GUEST_SIG_BLOCK: set = blocked | set; break;
		case GUEST_SIG_UNBLOCK: set = blocked & ~set; break;
		case GUEST_SIG_SETMASK: break;
		default: return -EINVAL;
		}
	}
	if (a[2] && mem_copy_to_guest(a[2], &old, sizeof old) < 0) return -EFAULT;
	if (!a[1]) return 0;
	blocked = set & ~(sig_bit(SIGKILL) | sig_bit(SIGSTOP));
	block_on_host();
	act_on_unblocked();
	return 0;
}

OS_HANDLER(sigaltstack)
{
	struct guest_stack ss;
	if (a[0] && mem_copy_from_guest(&ss, a[0], sizeof ss) < 0) return -EFAULT;
	if (a[1] && mem_copy_to_guest(a[1], &altstack, sizeof altstack) < 0) return -EFAULT;
	if (!a[0]) return 0;
	if (ss.flags & ~GUEST_SS_DISABLE) return -EINVAL;
	if (!(ss.flags & GUEST_SS_DISABLE) && ss.size < GUEST_MINSIGSTKSZ) return -ENOMEM;
	altstack = ss;
	return 0;
}

/* kill/tkill/tgkill to ourselves stay in the guest; to anyone else they go to the host (so a
 * process group or -1 includes the VM itself, under host dispositions). */
static int valid_signal(int sig) { return sig >= 0 && sig <= GUEST_NSIG; }

static int64_t to_self(int sig)
{
	if (sig) raise_in_guest(sig);
	return 0;
}

OS_HANDLER(kill)
{
	pid_t pid = (pid_t)a[0];
	int sig = (int)a[1];
	if (!valid_signal(sig)) return -EINVAL;
	return pid == getpid() ? to_self(sig) : os_host_result(kill(pid, sig));
}

OS_HANDLER(tkill)
{
	pid_t tid = (pid_t)a[0];
	int sig = (int)a[1];
	if (tid <= 0 || !valid_signal(sig)) return -EINVAL;
	return tid == gettid() ? to_self(sig) : os_host_result(syscall(SYS_tkill, tid, sig));
}

OS_HANDLER(tgkill)
{
	pid_t tgid = (pid_t)a[0], tid = (pid_t)a[1];
	int sig = (int)a[2];
	if (tgid <= 0 || tid <= 0 || !valid_signal(sig)) return -EINVAL;
	if (tgid == getpid() && tid == gettid()) return to_self(sig);
	return os_host_result(syscall(SYS_tgkill, tgid, tid, sig));
}

uint64_t os_host_sigmask(uint64_t guest)
{
	uint64_t host = guest & ~(sig_bit(SIGKILL) | sig_bit(SIGSTOP));
	for (int sig = 1; sig <= GUEST_NSIG; sig++)
		if (vm_owned(sig)) host &= ~sig_bit(sig);
	return host;
}

uint64_t os_blocked_signals(void) { return blocked; }

/* Signals pending while blocked: the ones the guest sent itself. */
OS_HANDLER(rt_sigpending)
{
	if (a[1] != GUEST_SIGSET_SIZE) return -EINVAL;
	uint64_t set = os_pending_signals & blocked;
	return mem_copy_to_guest(a[0], &set, sizeof set) < 0 ? -EFAULT : 0;
}
