/* One guest thread: its hart state plus the parts of the OS state that Linux keeps per thread
 * (blocked signals, alternate signal stack, thread id, clear-child-tid address).
 *
 * The cpu comes first, so the cpu pointer an engine hands to exec and os/ is also the thread:
 *
 *   struct os_thread *t = os_thread_of(cpu);
 *
 * Process-wide state (signal dispositions, the address space, open files) lives in its own file.
 */
#ifndef ISOMORPH_OS_THREAD_H
#define ISOMORPH_OS_THREAD_H

#include <stdint.h>
#include "../isa/cpu.h"

struct os_thread {
	struct cpu cpu; /* first: see os_thread_of */

	/* Thread identity (os/thread.c). */
	int tid;                  /* the host thread id, which is also the guest's */
	uint64_t clear_child_tid; /* guest address zeroed and futex-woken when the thread exits */

	/* Signals (os/signal.c). */
	uint64_t sigmask;         /* blocked guest signals, bit sig-1 */
	uint64_t sigpending;      /* signals directed at this thread, not yet delivered */
	uint64_t altstack_sp, altstack_size; /* size 0: no alternate stack */
	int altstack_flags;       /* as sigaltstack set them (SS_AUTODISARM kept) */
	volatile int signal_arrived; /* a host handler recorded a signal since the last delivery */
	int saved_sigmask_valid;  /* a wait (sigsuspend, ppoll) swapped the mask: put saved back */
	uint64_t saved_sigmask;
	int syscall_interrupted;  /* the last system call ended with EINTR: restart or not */
	int interrupted_nr;       /* its number, */
	uint64_t interrupted_a0;  /* and its first argument, for a restart */
};

static inline struct os_thread *os_thread_of(struct cpu *cpu) { return (struct os_thread *)cpu; }

/* The thread running on this host thread. */
extern __thread struct os_thread *os_self;

#endif
