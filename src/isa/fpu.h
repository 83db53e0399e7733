/* F and D semantics, exact to IEEE 754 as RISC-V specifies them, shared by every engine.
 *
 * Values travel as raw 64-bit register contents: a single-precision operand is read through NaN
 * unboxing (a value whose upper 32 bits are not all ones is the canonical NaN) and a single result
 * is NaN-boxed. rm is an effective rounding mode (ISA_RM_RNE..ISA_RM_RMM): engines resolve the
 * instruction's field first with fpu_rm() and raise SIGILL when it returns -1. Exception flags
 * accrue in the cpu; read and write them only through fpu_fflags/fpu_set_fflags (the
 * implementation may keep them in the host FPU until asked).
 *
 *   int rm = fpu_rm(cpu, in->rm);  if (rm < 0) -> illegal instruction
 *   cpu->f[rd] = fpu_add_d(cpu, cpu->f[rs1], cpu->f[rs2], rm);
 */
#ifndef ISOMORPH_ISA_FPU_H
#define ISOMORPH_ISA_FPU_H

#include <stdint.h>
#include "cpu.h"

/* Effective rounding mode for an instruction's rm field: the field itself, or frm for ISA_RM_DYN;
 * -1 when the result is a reserved mode (5, 6, or a dynamic frm above 4). */
static inline int fpu_rm(const struct cpu *cpu, unsigned rm)
{
	if (rm == ISA_RM_DYN) rm = cpu->frm;
	return rm <= ISA_RM_RMM ? (int)rm : -1;
}

/* The accrued flags (ISA_FFLAG_*): cpu->fflags plus those still pending in the host MXCSR,
 * which this folds into cpu->fflags. */
uint32_t fpu_fflags(struct cpu *cpu);
/* Replace the accrued flags with flags (bits outside fflags ignored), host MXCSR flags cleared. */
void fpu_set_fflags(struct cpu *cpu, uint32_t flags);
/* Move the flags pending in the host MXCSR into cpu->fflags and clear them in MXCSR. The
 * emulation loop calls it each time an engine returns, so the VM's own code runs on clear host
 * flags and guest flags never mix with host ones. */
void fpu_fold_host_flags(struct cpu *cpu);

#define FPU_BINARY(name)                                                        \
	uint64_t fpu_##name##_s(struct cpu *cpu, uint64_t a, uint64_t b, int rm); \
	uint64_t fpu_##name##_d(struct cpu *cpu, uint64_t a, uint64_t b, int rm);
FPU_BINARY(add)
FPU_BINARY(sub)
FPU_BINARY(mul)
FPU_BINARY(div)
#undef FPU_BINARY
uint64_t fpu_sqrt_s(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_sqrt_d(struct cpu *cpu, uint64_t a, int rm);

/* a*b+c with one rounding; the variants negate as the instructions do:
 * madd a*b+c, msub a*b-c, nmsub -(a*b)+c, nmadd -(a*b)-c. */
#define FPU_FUSED(name)                                                                     \
	uint64_t fpu_##name##_s(struct cpu *cpu, uint64_t a, uint64_t b, uint64_t c, int rm); \
	uint64_t fpu_##name##_d(struct cpu *cpu, uint64_t a, uint64_t b, uint64_t c, int rm);
FPU_FUSED(madd)
FPU_FUSED(msub)
FPU_FUSED(nmsub)
FPU_FUSED(nmadd)
#undef FPU_FUSED

/* fmin/fmax (IEEE 754-2019 minimumNumber/maximumNumber; -0 < +0; NV on any signaling NaN). */
uint64_t fpu_min_s(struct cpu *cpu, uint64_t a, uint64_t b);
uint64_t fpu_max_s(struct cpu *cpu, uint64_t a, uint64_t b);
uint64_t fpu_min_d(struct cpu *cpu, uint64_t a, uint64_t b);
uint64_t fpu_max_d(struct cpu *cpu, uint64_t a, uint64_t b);

/* Sign injection: pure bit operations, no flags. op: 0 fsgnj, 1 fsgnjn, 2 fsgnjx. */
uint64_t fpu_sgnj_s(uint64_t a, uint64_t b, int op);
uint64_t fpu_sgnj_d(uint64_t a, uint64_t b, int op);

/* Comparisons give 0 or 1. feq is quiet (NV only for signaling NaNs); flt and fle signal (NV for
 * any NaN). */
uint64_t fpu_eq_s(struct cpu *cpu, uint64_t a, uint64_t b);
uint64_t fpu_lt_s(struct cpu *cpu, uint64_t a, uint64_t b);
uint64_t fpu_le_s(struct cpu *cpu, uint64_t a, uint64_t b);
uint64_t fpu_eq_d(struct cpu *cpu, uint64_t a, uint64_t b);
uint64_t fpu_lt_d(struct cpu *cpu, uint64_t a, uint64_t b);
uint64_t fpu_le_d(struct cpu *cpu, uint64_t a, uint64_t b);

/* fclass: the 10-bit class mask. */
uint64_t fpu_class_s(uint64_t a);
uint64_t fpu_class_d(uint64_t a);

/* Float to integer, saturating as RISC-V specifies (NaN gives the largest value); the result is
 * sign-extended to 64 bits for the 32-bit forms (w and wu alike). */
uint64_t fpu_cvt_w_s(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_cvt_wu_s(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_cvt_l_s(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_cvt_lu_s(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_cvt_w_d(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_cvt_wu_d(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_cvt_l_d(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_cvt_lu_d(struct cpu *cpu, uint64_t a, int rm);

/* Integer to float: x is the integer register's value (the 32-bit forms read its low 32 bits). */
uint64_t fpu_cvt_s_w(struct cpu *cpu, uint64_t x, int rm);
uint64_t fpu_cvt_s_wu(struct cpu *cpu, uint64_t x, int rm);
uint64_t fpu_cvt_s_l(struct cpu *cpu, uint64_t x, int rm);
uint64_t fpu_cvt_s_lu(struct cpu *cpu, uint64_t x, int rm);
uint64_t fpu_cvt_d_w(struct cpu *cpu, uint64_t x, int rm);
uint64_t fpu_cvt_d_wu(struct cpu *cpu, uint64_t x, int rm);
uint64_t fpu_cvt_d_l(struct cpu *cpu, uint64_t x, int rm);
uint64_t fpu_cvt_d_lu(struct cpu *cpu, uint64_t x, int rm);

/* Between precisions. */
uint64_t fpu_cvt_s_d(struct cpu *cpu, uint64_t a, int rm);
uint64_t fpu_cvt_d_s(struct cpu *cpu, uint64_t a, int rm);

/* For the unit test: add (op 0), sub (1), mul (2), div (3) or sqrt (4, b unused) in the
 * software path, whatever rm, on unboxed single (dbl 0) or double bits; flags accrue in *flags.
 * The unit test checks it against the hardware path in the modes x86 has. */
uint64_t fpu_soft_arith(int dbl, int op, uint64_t a, uint64_t b, int rm, uint32_t *flags);
/* Likewise a*b+c (fmadd) in the software path. */
uint64_t fpu_soft_fma(int dbl, uint64_t a, uint64_t b, uint64_t c, int rm, uint32_t *flags);

/* NaN boxing for flw and fmv.w.x; fmv.x.w sign-extends the low 32 bits. */
static inline uint64_t fpu_box_s(uint32_t v) { return 0xffffffff00000000ull | v; }

#endif
