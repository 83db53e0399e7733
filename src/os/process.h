/* What process.c, thread.c and futex.c share about threads and processes. Private to os/.
 *
 *   int64_t tid = os_thread_clone(cpu, flags, sp, ptid, tls, ctid);  // clone of a thread
 *   if (os_thread_exit(cpu)) ... the last thread: the process exits
 */
#ifndef ISOMORPH_OS_PROCESS_H
#define ISOMORPH_OS_PROCESS_H

#include <stdint.h>
#include "../isa/cpu.h"

/* Starts a guest thread running a copy of cpu past its ecall, with a0 = 0, sp (when not 0) and tls
 * (with CLONE_SETTLS); honours CLONE_PARENT_SETTID, CLONE_CHILD_SETTID, CLONE_CHILD_CLEARTID.
 * Returns the new tid, or -EAGAIN. */
int64_t os_thread_clone(struct cpu *cpu, uint64_t flags, uint64_t sp, uint64_t ptid, uint64_t tls, uint64_t ctid);

/* Ends the calling guest thread (exit, 93, with status): zeroes and wakes its clear_child_tid and
 * ends the host thread. When it is the last thread, returns status without ending anything: the
 * caller ends the process with it. */
int os_thread_exit(struct cpu *cpu, int status);

/* In a fork child: the calling thread is the only one, the thread locks are fresh. */
void os_threads_after_fork(void);

/* Threads alive now. */
int os_threads_live(void);

#endif
