/* F and D in translated code: loads and stores of f registers, and the arithmetic SSE does exactly.
 *
 *   if (!dbt_fp_insn(t, in, idx)) tx_call_helper(t, in, idx);   // translate.c's fallback
 *
 * The inline forms cover double precision in RNE (static, or dynamic with frm = RNE checked at
 * run time). The SSE result and MXCSR flags are RISC-V's whenever the result is an ordinary
 * number (see isa/fpu.c); a NaN result (or, for fused ops, a non-finite one) goes to the helper,
 * which computes it again exactly: the flags the first try raised are a subset of the right ones,
 * so accruing both is exact. The f registers live in cpu->f.
 */
#include "tx.h"

static void fload(struct tx *t, const struct isa_insn *in, uint32_t idx, int w)
{
	int a = tx_address(t, in, idx, 0);
	tx_note_access(t, idx);
	x86_load_zx(&t->e, w, HOST_T0, GUEST(a));
	if (w == X86_W32) { /* NaN-box */
		x86_mov_ri(&t->e, HOST_T1, 0xffffffff00000000ull, 0);
		x86_alu_rr(&t->e, X86_OR, X86_W64, HOST_T0, HOST_T1);
	}
	x86_store(&t->e, X86_W64, CPU_FR(in->rd), HOST_T0);
}

static void fstore(struct tx *t, const struct isa_insn *in, uint32_t idx, int w)
{
	x86_load(&t->e, w, HOST_T1, CPU_FR(in->rs2));
	int a = tx_address(t, in, idx, 1);
	tx_note_access(t, idx);
	x86_store(&t->e, w, GUEST(a), HOST_T1);
}


#define XMM0 0
#define XMM1 1
static int host_fma = -1;

/* Starts an inline FP op: returns 0 when rm rules it out (the helper was called instead), else
 * 1 with *slow_dyn the jcc to patch to the slow path (NULL when rm is static RNE). */
static int fp_begin(struct tx *t, const struct isa_insn *in, uint32_t idx, uint8_t **slow_dyn)
{
	*slow_dyn = NULL;
	if (in->rm != ISA_RM_RNE && in->rm != ISA_RM_DYN) {
		tx_call_helper(t, in, idx);
		return 0;
	}
	if (in->rm == ISA_RM_DYN) {
		x86_alu_mi(&t->e, X86_CMP, X86_W32, CPU_F(offsetof(struct cpu, frm)), ISA_RM_RNE);
		*slow_dyn = x86_jcc(&t->e, X86_CC_NE, NULL);
	}
	return 1;
}
/* Stores xmm0 to f[rd], and the slow path: jumps in slow_dyn and slow_result lead to the helper. */
static void fp_end(struct tx *t, const struct isa_insn *in, uint32_t idx, uint8_t *slow_dyn, uint8_t *slow_result)
{
	struct x86_buf *e = &t->e;
	x86_sse_rm(e, PFX_F2, OPC2_MOVSD_STORE, XMM0, CPU_FR(in->rd));
	uint8_t *done = x86_jmp(e, NULL);
	if (!e->full) {
		if (slow_dyn) x86_patch_rel32(slow_dyn, e->p);
		x86_patch_rel32(slow_result, e->p);
	}
	tx_call_helper(t, in, idx);
	if (!e->full) x86_patch_rel32(done, e->p);
}
static void fp_arith_d(struct tx *t, const struct isa_insn *in, uint32_t idx, uint8_t opc2)
{
	uint8_t *slow_dyn;
	if (!fp_begin(t, in, idx, &slow_dyn)) return;
	struct x86_buf *e = &t->e;
	if (opc2 == OPC2_SQRT) {
		x86_sse_rm(e, PFX_F2, OPC2_SQRT, XMM0, CPU_FR(in->rs1));
	} else {
		x86_sse_rm(e, PFX_F2, OPC2_MOVSD_LOAD, XMM0, CPU_FR(in->rs1));
		x86_sse_rm(e, PFX_F2, opc2, XMM0, CPU_FR(in->rs2));
	}
	x86_ucomisd_rr(e, XMM0, XMM0);
	fp_end(t, in, idx, slow_dyn, x86_jcc(e, X86_CC_P, NULL));
}
static void fp_fused_d(struct tx *t, const struct isa_insn *in, uint32_t idx, uint8_t opc)
{
	if (host_fma < 0) host_fma = __builtin_cpu_supports("fma") != 0;
	if (!host_fma) {
		tx_call_helper(t, in, idx);
		return;
	}
	uint8_t *slow_dyn;
	if (!fp_begin(t, in, idx, &slow_dyn)) return;
	struct x86_buf *e = &t->e;
	x86_sse_rm(e, PFX_F2, OPC2_MOVSD_LOAD, XMM0, CPU_FR(in->rs3));
	x86_sse_rm(e, PFX_F2, OPC2_MOVSD_LOAD, XMM1, CPU_FR(in->rs1));
	x86_vfma231sd(e, opc, XMM0, XMM1, CPU_FR(in->rs2));
	/* finite result <=> finite operands (an infinite or NaN one makes it infinite or NaN) */
	x86_movq_r_xmm(e, HOST_T0, XMM0);
	x86_mov_ri(e, HOST_T1, 0x7ff0000000000000ull, 0);
	x86_alu_rr(e, X86_AND, X86_W64, HOST_T0, HOST_T1);
	x86_alu_rr(e, X86_CMP, X86_W64, HOST_T0, HOST_T1);
	fp_end(t, in, idx, slow_dyn, x86_jcc(e, X86_CC_E, NULL));
}
/* feq (quiet: ucomisd), flt and fle (signaling: comisd, operands swapped). */
static void fp_compare_d(struct tx *t, const struct isa_insn *in, int op)
{
	struct x86_buf *e = &t->e;
	x86_mov_ri(e, HOST_T0, 0, 0);
	x86_mov_ri(e, HOST_T1, 0, 0);
	if (op == 0) {
		x86_sse_rm(e, PFX_F2, OPC2_MOVSD_LOAD, XMM0, CPU_FR(in->rs1));
		x86_ucomisd_rm(e, 0, XMM0, CPU_FR(in->rs2));
		x86_setcc(e, X86_CC_E, HOST_T0);
		x86_setcc(e, X86_CC_NP, HOST_T1);
		x86_alu_rr(e, X86_AND, X86_W32, HOST_T0, HOST_T1);
	} else {
		x86_sse_rm(e, PFX_F2, OPC2_MOVSD_LOAD, XMM0, CPU_FR(in->rs2));
		x86_ucomisd_rm(e, 1, XMM0, CPU_FR(in->rs1));
		x86_setcc(e, op == 1 ? X86_CC_A : X86_CC_AE, HOST_T0);
	}
	tx_store_x(t, in->rd, HOST_T0);
}
/* fsgnj.d (0), fsgnjn.d (1), fsgnjx.d (2): bit operations, no flags. */
static void fp_sgnj_d(struct tx *t, const struct isa_insn *in, int op)
{
	struct x86_buf *e = &t->e;
	x86_load(e, X86_W64, HOST_T0, CPU_FR(in->rs1));
	x86_load(e, X86_W64, HOST_T1, CPU_FR(in->rs2));
	if (op == 1) x86_grp3_r(e, 2, X86_W64, HOST_T1);
	x86_shift_ri(e, X86_SHR, X86_W64, HOST_T1, 63);
	x86_shift_ri(e, X86_SHL, X86_W64, HOST_T1, 63);
	if (op == 2) {
		x86_alu_rr(e, X86_XOR, X86_W64, HOST_T0, HOST_T1);
	} else {
		x86_shift_ri(e, X86_SHL, X86_W64, HOST_T0, 1);
		x86_shift_ri(e, X86_SHR, X86_W64, HOST_T0, 1);
		x86_alu_rr(e, X86_OR, X86_W64, HOST_T0, HOST_T1);
	}
	x86_store(e, X86_W64, CPU_FR(in->rd), HOST_T0);
}

int dbt_fp_insn(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	struct x86_buf *e = &t->e;
	switch (in->op) {
	case ISA_OP_FLW: fload(t, in, idx, X86_W32); return 1;
	case ISA_OP_FLD: fload(t, in, idx, X86_W64); return 1;
	case ISA_OP_FSW: fstore(t, in, idx, X86_W32); return 1;
	case ISA_OP_FSD: fstore(t, in, idx, X86_W64); return 1;
	case ISA_OP_FADD_D: fp_arith_d(t, in, idx, OPC2_FADD); return 1;
	case ISA_OP_FSUB_D: fp_arith_d(t, in, idx, OPC2_FSUB); return 1;
	case ISA_OP_FMUL_D: fp_arith_d(t, in, idx, OPC2_FMUL); return 1;
	case ISA_OP_FDIV_D: fp_arith_d(t, in, idx, OPC2_FDIV); return 1;
	case ISA_OP_FSQRT_D: fp_arith_d(t, in, idx, OPC2_SQRT); return 1;
	case ISA_OP_FMADD_D: fp_fused_d(t, in, idx, 0xb9); return 1;
	case ISA_OP_FMSUB_D: fp_fused_d(t, in, idx, 0xbb); return 1;
	case ISA_OP_FNMSUB_D: fp_fused_d(t, in, idx, 0xbd); return 1;
	case ISA_OP_FNMADD_D: fp_fused_d(t, in, idx, 0xbf); return 1;
	case ISA_OP_FEQ_D: fp_compare_d(t, in, 0); return 1;
	case ISA_OP_FLT_D: fp_compare_d(t, in, 1); return 1;
	case ISA_OP_FLE_D: fp_compare_d(t, in, 2); return 1;
	case ISA_OP_FSGNJ_D: fp_sgnj_d(t, in, 0); return 1;
	case ISA_OP_FSGNJN_D: fp_sgnj_d(t, in, 1); return 1;
	case ISA_OP_FSGNJX_D: fp_sgnj_d(t, in, 2); return 1;
	case ISA_OP_FMV_X_D:
		if (in->rd) {
			int d = tx_work_reg(t, in, 0);
			x86_load(e, X86_W64, d, CPU_FR(in->rs1));
			tx_store_x(t, in->rd, d);
		}
		return 1;
	case ISA_OP_FMV_D_X: {
		int v = tx_src_x(t, in->rs1, HOST_T0);
		x86_store(e, X86_W64, CPU_FR(in->rd), v);
		return 1;
	}
	default:
		return 0;
	}
}
