/* User-level CSR access for the interpreters (see csr.h): the FP control and status fields live in
 * struct cpu and the FPU part (fpu_fflags), the counters are derived from cpu->instret and the
 * host's monotonic clock.
 *
 *   uint64_t old;
 *   if (interp_csr(cpu, INTERP_CSR_FRM, INTERP_CSR_WRITE, ISA_RM_RTZ, 1, &old) < 0) ...
 */
#include <time.h>

#include "csr.h"
#include "../isa/fpu.h"

#define FFLAGS_MASK 0x1fu /* fcsr bits 4..0 */
#define FRM_MASK 0x7u     /* fcsr bits 7..5 */
#define FRM_SHIFT 5
#define NSEC_PER_SEC 1000000000ull

static uint64_t time_ticks(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * INTERP_TIME_HZ + (uint64_t)ts.tv_nsec / (NSEC_PER_SEC / INTERP_TIME_HZ);
}

/* The counters are read-only and all count from cpu->instret: the guest cannot see cycles, and
 * one count per retired instruction is a valid (if slow) clock. Engines that count a block at its
 * entry take what is ahead of the read off around it (INSTRET_AHEAD in semantics.inc). */
static int csr_read(struct cpu *cpu, unsigned csr, uint64_t *v)
{
	switch (csr) {
	case INTERP_CSR_FFLAGS: *v = fpu_fflags(cpu); return 0;
	case INTERP_CSR_FRM: *v = cpu->frm; return 0;
	case INTERP_CSR_FCSR: *v = (uint64_t)cpu->frm << FRM_SHIFT | fpu_fflags(cpu); return 0;
	case INTERP_CSR_CYCLE:
	case INTERP_CSR_INSTRET: *v = cpu->instret; return 0;
	case INTERP_CSR_TIME: *v = time_ticks(); return 0;
	default: return -1;
	}
}

static int csr_write(struct cpu *cpu, unsigned csr, uint64_t v)
{
	switch (csr) {
	case INTERP_CSR_FFLAGS: fpu_set_fflags(cpu, v & FFLAGS_MASK); return 0;
	case INTERP_CSR_FRM: cpu->frm = v & FRM_MASK; return 0;
	case INTERP_CSR_FCSR:
		cpu->frm = (v >> FRM_SHIFT) & FRM_MASK;
		fpu_set_fflags(cpu, v & FFLAGS_MASK);
		return 0;
	default: return -1; /* unknown, or one of the read-only counters */
	}
}

int interp_csr(struct cpu *cpu, unsigned csr, enum interp_csr_op op, uint64_t operand, int write,
	       uint64_t *old)
{
	uint64_t v;
	if (csr_read(cpu, csr, &v) < 0) return -1;
	if (write) {
		uint64_t nv = op == INTERP_CSR_WRITE ? operand : op == INTERP_CSR_SET ? v | operand : v & ~operand;
		if (csr_write(cpu, csr, nv) < 0) return -1;
	}
	*old = v;
	return 0;
}
