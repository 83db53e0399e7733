/* Linux system-call emulation: a guest ecall carried out on the host.
 *
 * The guest's syscall number is in a7 (riscv64 uses the asm-generic numbering), arguments in
 * a0..a5, the result (or -errno) goes back to a0. Structures whose layout differs between riscv64
 * and x86-64 (struct stat, ...) are translated; pointers are checked with mem_check/mem_copy_*.
 *
 *   os_init(&cfg);
 *   ... engine stops with CPU_EXIT_ECALL ...
 *   os_syscall(cpu);          // sets a0, or cpu->exit_reason = CPU_EXIT_EXIT for exit_group
 */
#ifndef ISOMORPH_OS_OS_H
#define ISOMORPH_OS_OS_H

#include <stdint.h>
#include <stdio.h>
#include "../isa/cpu.h"

struct os_config {
	const char *exe_path;  /* the guest program's path, for /proc/self/exe and AT_EXECFN */
	int strace;            /* print each system call on stderr */
	const char *sysroot;   /* guest root for absolute paths that exist under it ("" or NULL: none) */
};

void os_init(const struct os_config *cfg);

/* Keeps what /proc/self shows of the process image (argv, environment, auxv) from the initial
 * stack at sp, as the loader built it; call before the guest runs. */
void os_record_initial_stack(uint64_t sp);

/* Carries out the system call the guest asked for. On exit/exit_group sets cpu->exit_reason to
 * CPU_EXIT_EXIT and cpu->exit_status; otherwise writes the result to a0. Does not move the pc. */
void os_syscall(struct cpu *cpu);

/* The VM's own options (e.g. "--engine=switch", "--stats"), given again to the VM when the guest
 * executes another riscv64 program (os/execve.c). The array must outlive the process. */
void os_set_vm_options(int n, char *const *options);

/* Kills the whole process with host signal sig as if the guest had died of it: default action,
 * no core file of the VM. Used for fatal guest signals. */
__attribute__((noreturn)) void os_die_by_signal(int sig);

/* The signals blocked when isomorph started: the first thread's mask, as Linux keeps the mask
 * across execve. (os_init also takes over inherited SIG_IGN dispositions.) */
uint64_t os_inherited_sigmask(void);

/* Delivers the guest signals now pending and not blocked for the thread of cpu: a frame for each
 * one with a handler (the hart then starts in the last handler), default actions for the others
 * (which may end the process). Call it when an engine leaves with CPU_EXIT_SIGNAL and after every
 * system call (after stepping past the ecall: a call cut short by a signal is restarted here, pc
 * back on the ecall). Returns the number of frames built. */
int os_deliver_signals(struct cpu *cpu);

/* A synchronous guest signal (fault, illegal instruction, ebreak) at cpu->pc, exact guest state:
 * code is the si_code, addr the si_addr. Returns 0 when a guest handler will run (the hart is at
 * it), or the signal the guest dies of (blocked, ignored or default: the caller reports it and
 * calls os_die_by_signal). */
int os_signal_trap(struct cpu *cpu, int sig, int code, uint64_t addr);

/* Prints the per-syscall counters (--stats) to f. */
void os_print_stats(FILE *f);

#endif
