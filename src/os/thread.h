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
	uint64_t robust_list;     /* set_robust_list's head, returned by get_robust_list */
	struct os_thread *next;   /* the live threads, under the thread list lock */
	int in_guest;             /* running guest code: see os_guest_enter */

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

/* --- Threads (os/thread.c) ------------------------------------------------------------------
 * One host thread per guest thread. exec registers how a new thread runs guest code; os/ starts
 * it from clone and ends it from exit.
 *
 *   os_threads_init(&main_thread, exec_thread_main);   // once, for the first thread
 *   os_guest_enter(t); ... engine runs ... os_guest_leave(t);
 *   os_threads_stop(); ... nobody runs guest code ... os_threads_resume();
 */

/* Registers t (the calling host thread's, tid and cpu set) as the first thread, and the function
 * a new guest thread's host thread calls (it never returns: threads end in os_thread_exit). */
void os_threads_init(struct os_thread *t, __attribute__((noreturn)) void (*run)(struct cpu *cpu));

/* Brackets engine runs (guest code, decoding blocks). os_guest_enter waits while the world is
 * stopped; os_guest_leave may be called when not inside (after a fault unwound), and then does
 * nothing. */
void os_guest_enter(struct os_thread *t);
void os_guest_leave(struct os_thread *t);

/* Stops the world: sets cpu.pending on every thread and waits until none runs guest code (threads
 * in system calls are outside already). The caller must be outside guest code. Stops by several
 * threads take turns. */
void os_threads_stop(void);
void os_threads_resume(void);

/* Guest instructions retired by every thread, live or ended (--stats). */
uint64_t os_threads_instret(void);

#endif
