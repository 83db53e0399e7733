/* Guest signals inside os/: what signal.c (state, delivery), sigframe.c (the frame on the guest
 * stack), blocking.c (interruptible host calls) and the waiting system calls share.
 * Not for use outside os/; exec reaches signals through os.h.
 *
 *   long r = os_blocking_syscall(SYS_read, fd, (long)buf, len, 0, 0, 0); // -1/EINTR if a signal came
 *   os_signal_wait_mask(cpu, mask);   // ppoll/pselect6/sigsuspend: mask held until delivery
 */
#ifndef ISOMORPH_OS_SIGNAL_H
#define ISOMORPH_OS_SIGNAL_H

#include <stdint.h>
#include "thread.h"

#define GUEST_NSIG 64           /* asm-generic _NSIG */
#define GUEST_SIGSET_SIZE 8     /* the kernel sigset_t: 64 bits */
#define GUEST_SIG_DFL 0
#define GUEST_SIG_IGN 1

/* sa_flags, asm-generic values (the same on x86-64) */
#define GUEST_SA_SIGINFO 0x00000004u
#define GUEST_SA_ONSTACK 0x08000000u
#define GUEST_SA_RESTART 0x10000000u
#define GUEST_SA_NODEFER 0x40000000u
#define GUEST_SA_RESETHAND 0x80000000u

/* ss_flags */
#define GUEST_SS_ONSTACK 1
#define GUEST_SS_DISABLE 2
#define GUEST_SS_AUTODISARM (1u << 31)
#define GUEST_MINSIGSTKSZ 2048

/* si_code values the VM makes itself */
#define GUEST_SI_USER 0
#define GUEST_SI_KERNEL 0x80
#define GUEST_SI_TKILL (-6)

/* The kernel's struct sigaction on riscv64 (asm-generic, no sa_restorer). */
struct guest_sigaction {
	uint64_t handler;
	uint64_t flags;
	uint64_t mask;
};

/* siginfo_t: 128 bytes, the same layout on riscv64 and x86-64 (asm-generic, 64-bit).
 *   0 si_signo  4 si_errno  8 si_code  16 union: si_pid, si_uid | si_addr | timer id, overrun ... */
struct guest_siginfo {
	int32_t signo, errno_, code, pad;
	union {
		struct { int32_t pid; uint32_t uid; } kill;
		uint64_t addr;
		uint8_t raw[112];
	} u;
};
_Static_assert(sizeof(struct guest_siginfo) == 128, "siginfo is 128 bytes");

/* struct sigaltstack (stack_t), the same on both */
struct guest_stack {
	uint64_t sp;
	int32_t flags;
	int32_t pad;
	uint64_t size;
};

static inline uint64_t os_sig_bit(int sig) { return 1ull << (sig - 1); }

/* Builds the riscv64 Linux signal frame for sig on t's stack (or its alternate stack) and points
 * the hart at the handler: a0 = sig, a1 = &info, a2 = &ucontext, ra = the rt_sigreturn
 * trampoline, sp = the frame. oldmask is the mask rt_sigreturn will restore.
 * 0, or -1 when the frame cannot be written (the caller forces SIGSEGV, as Linux does). */
int os_sigframe_push(struct os_thread *t, int sig, const struct guest_siginfo *info,
		     const struct guest_sigaction *act, uint64_t oldmask);

/* rt_sigreturn: restores registers, pc, FP state, the mask (into *mask) and the alternate stack from
 * the frame at sp. 0, or -1 for a frame that cannot be read or is malformed. */
int os_sigframe_pop(struct os_thread *t, uint64_t *mask);

/* Does t's alternate stack hold sp (Linux's on_sig_stack)? */
int os_on_altstack(const struct os_thread *t, uint64_t sp);
/* t's alternate stack as sigaltstack reports it, sp being the guest's stack pointer. */
struct guest_stack os_altstack_get(const struct os_thread *t, uint64_t sp);
/* sigaltstack's checks and update: 0, -EPERM (running on it), -EINVAL, -ENOMEM (too small). */
int os_altstack_set(struct os_thread *t, const struct guest_stack *ss, uint64_t sp);

/* Sets t's blocked set (SIGKILL and SIGSTOP never blocked) and mirrors it on the host. */
void os_signal_set_mask(struct os_thread *t, uint64_t mask);

/* Waiting calls with a mask (ppoll, pselect6, rt_sigsuspend): mask is the guest's blocked set until
 * the signals the wait ends with are delivered; their frames save the mask from before, which is
 * what rt_sigreturn then restores (Linux's saved_sigmask). Without a delivery the old mask is back
 * after the call. */
void os_signal_wait_mask(struct cpu *cpu, uint64_t mask);

/* Takes over what execve keeps: ignored dispositions and the blocked set (os_init calls it). */
void os_signals_init(void);

/* os_syscall's note that the call nr (first argument a0) returned -EINTR: the delivery that
 * follows restarts it or lets EINTR stand. */
void os_syscall_interrupted(struct cpu *cpu, int nr, uint64_t a0);

/* A host system call that a guest signal may interrupt without a lost wake-up: returns like
 * syscall(2) (-1 and errno), and -1/EINTR when a signal for the guest arrives before the call
 * starts or while it blocks. See blocking.c. */
long os_blocking_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* For the host signal handler: when the interrupted host context (a ucontext_t) is between the
 * pending check and the syscall instruction of os_blocking_syscall, moves it to the EINTR exit. */
void os_blocking_interrupt(void *host_ucontext);

#endif
