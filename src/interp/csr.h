/* The user-level CSRs (Zicsr) both interpreters share: fflags, frm, fcsr, and the read-only
 * counters cycle, time, instret.
 *
 *   uint64_t old;
 *   if (interp_csr(cpu, in->imm, INTERP_CSR_SET, cpu->x[in->rs1], in->rs1 != 0, &old) < 0)
 *       ... illegal instruction ...
 */
#ifndef ISOMORPH_INTERP_CSR_H
#define ISOMORPH_INTERP_CSR_H

#include <stdint.h>
#include "../isa/cpu.h"

/* CSR numbers (the imm of a decoded csrr* instruction). */
enum {
	INTERP_CSR_FFLAGS = 0x001,
	INTERP_CSR_FRM = 0x002,
	INTERP_CSR_FCSR = 0x003,
	INTERP_CSR_CYCLE = 0xc00,
	INTERP_CSR_TIME = 0xc01,
	INTERP_CSR_INSTRET = 0xc02,
};

/* How the operand combines with the old value: csrrw(i), csrrs(i), csrrc(i). */
enum interp_csr_op { INTERP_CSR_WRITE, INTERP_CSR_SET, INTERP_CSR_CLEAR };

/* The rdtime frequency: 10 MHz, the timebase of QEMU's virt board and of common riscv64 Linux
 * systems (the guest cannot ask; glibc does not read time this way anyway). */
#define INTERP_TIME_HZ 10000000ull

/* Reads CSR csr into *old, then, when write is nonzero, stores old combined with operand by op.
 * write is zero for csrrs/csrrc with rs1 = x0 (or zimm 0), which makes reading a read-only CSR
 * legal. Returns 0, or -1 for an unknown CSR or a write to a read-only one (illegal instruction;
 * nothing changed). */
int interp_csr(struct cpu *cpu, unsigned csr, enum interp_csr_op op, uint64_t operand, int write,
	       uint64_t *old);

#endif
