/* The guest's architectural state: one RV64GC hart as a Linux user process sees it.
 *
 * Every engine reads and writes guest registers here; os/ reads the syscall arguments from x[] and
 * writes the result back. Between guest instructions this struct is the guest state S of the design
 * (DESIGN.md): exact at every system call, trap and signal delivery.
 *
 *   struct cpu cpu = {0};
 *   cpu.pc = entry; cpu.x[ISA_REG_SP] = sp;
 *   exec_run(&cpu);
 */
#ifndef ISOMORPH_ISA_CPU_H
#define ISOMORPH_ISA_CPU_H

#include <stdint.h>

enum {
	ISA_REG_ZERO = 0, ISA_REG_RA = 1, ISA_REG_SP = 2, ISA_REG_GP = 3, ISA_REG_TP = 4,
	ISA_REG_A0 = 10, ISA_REG_A1, ISA_REG_A2, ISA_REG_A3, ISA_REG_A4, ISA_REG_A5,
	ISA_REG_A6, ISA_REG_A7,
};

/* fcsr layout: | 31..8 reserved | 7..5 frm | 4 NV | 3 DZ | 2 OF | 1 UF | 0 NX | */
enum {
	ISA_FFLAG_NX = 1 << 0, /* inexact */
	ISA_FFLAG_UF = 1 << 1, /* underflow */
	ISA_FFLAG_OF = 1 << 2, /* overflow */
	ISA_FFLAG_DZ = 1 << 3, /* divide by zero */
	ISA_FFLAG_NV = 1 << 4, /* invalid operation */
};

/* Rounding modes as encoded in the rm field and in frm. */
enum {
	ISA_RM_RNE = 0, ISA_RM_RTZ = 1, ISA_RM_RDN = 2, ISA_RM_RUP = 3, ISA_RM_RMM = 4,
	ISA_RM_DYN = 7, /* only in an instruction's rm field: use frm */
};

/* Why an engine gave control back to the emulation manager (exec/). */
enum cpu_exit {
	CPU_EXIT_NONE = 0,
	CPU_EXIT_ECALL,   /* pc is the ecall itself; exec hands it to os/ and steps past it */
	CPU_EXIT_EBREAK,  /* pc is the ebreak: guest SIGTRAP */
	CPU_EXIT_ILLEGAL, /* pc is the instruction; trap_bits holds its encoding: guest SIGILL */
	CPU_EXIT_FENCE_I, /* pc is past the fence.i: drop decoded blocks, then continue */
	CPU_EXIT_BLOCK,   /* a block ended and its successor is not linked (threaded engine) */
	CPU_EXIT_SIGNAL,  /* an asynchronous event is pending; pc is the next instruction */
	CPU_EXIT_EXIT,    /* the guest called exit_group; exit_status holds the status */
};

struct cpu {
	uint64_t x[32];   /* x[0] is zero at every instruction boundary */
	uint64_t mem_limit; /* no guest state: the first address past guest memory, which translated
			     * code compares addresses with (dbt/), kept beside x so the compare is short */
	uint64_t f[32];   /* raw 64-bit FP registers; singles are NaN-boxed */
	uint64_t pc;      /* exact at every exit, every memory access and every trap */
	uint32_t fflags;  /* accrued exception flags, ISA_FFLAG_* */
	uint32_t frm;     /* dynamic rounding mode, ISA_RM_* */

	/* LR/SC: address reserved by the last lr, or ~0 for none. */
	uint64_t reservation;
	uint64_t reservation_value; /* the value lr read, for the compare-and-swap that sc does */

	uint64_t instret;  /* guest instructions retired (engines may add per block) */

	/* Engine to manager hand-over. */
	enum cpu_exit exit_reason;
	uint32_t trap_bits;    /* instruction bits for CPU_EXIT_ILLEGAL */
	int exit_status;       /* for CPU_EXIT_EXIT */
	volatile int pending;  /* set from host signal handlers: leave at the next block boundary */

	/* Translated code's host stack (dbt/): where it starts, and the limit of the shadow stack of
	 * calls that grows below it (dbt/indirect.c). Set at each entry; no guest state. */
	uint64_t host_sp, host_sp_limit;
};

#endif
