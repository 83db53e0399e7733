/* F and D in translated code: loads and stores of f registers, the operations SSE does exactly,
 * and the FP CSRs.
 *
 *   if (!dbt_fp_insn(t, in, idx)) tx_call_helper(t, in, idx);   // translate.c's fallback
 *
 * The rule: an inline form gives the result AND the flags of isa/fpu.c for every input, or it
 * detects the inputs where SSE could differ and calls the op's helper instead (the slow path,
 * emitted after the inline form). The f registers live in cpu->f and, while a translation runs,
 * in xmm registers (below); the flags accrue in the host
 * MXCSR as everywhere else (isa/fpu.c), so a slow path may only follow host operations whose
 * flags are a subset of the right ones (the helper raises them again, accruing is idempotent):
 *  - arithmetic (add, sub, mul, div, sqrt; single and double) runs in RNE (static, or dynamic with
 *    frm = RNE checked at run time); the host raised the right flags for a NaN result too (invalid
 *    for the same operations and signaling NaNs, nothing else), and the NaN is made the canonical
 *    one only when something sees its bits (canonicalize); without AVX, the helper makes it so
 *    (the two-operand form computes in a copy);
 *  - fused multiply-adds need host FMA; a NaN result is made the canonical NaN at once, with
 *    invalid raised for inf * 0 + qNaN, where x86 need not raise it (out of line, the
 *    multiplicands still in their registers: a destination that is one of them gets the result
 *    after the fix); every other result has the host's value and flags exact, and its inputs may
 *    be the host's NaNs (any NaN in gives a NaN out);
 *  - a single operand not NaN-boxed (upper half not all ones) goes to the helper;
 *  - float to integer compares the operand with the bounds of the valid range for its rounding
 *    mode first (ucomisd: no flag but for a signaling NaN), so SSE only ever converts in range,
 *    where its result and inexact flag are RISC-V's; RDN and RUP round first with roundsd (SSE4.1);
 *  - integer to float rounds in RNE (cvtsi2sd is exact for 32-bit sources: any mode);
 *  - fmin/fmax: minsd/maxsd when neither operand is NaN; equal operands (+0 and -0) by bits.
 * Everything else (fclass, RMM and other static modes for rounding ops) calls its helper.
 */
#include <stdlib.h>
#include <string.h>

#include "tx.h"
#include "../isa/host_features.h"

#define XMM0 0
#define XMM1 1
#define RED_ZONE x86_mem(X86_RSP, -8) /* 4 bytes of scratch for stmxcsr/ldmxcsr */
#define BOX_HI(r) CPU_F(offsetof(struct cpu, f) + 8 * (r) + 4) /* upper half of f[r] */

enum { SINGLE = 0, DOUBLE = 1 };
enum { MXCSR_HOST = 0x1f80 }; /* isa/fpu.c: RNE, all exceptions masked, no flags */
enum { CSR_FFLAGS = 0x001, CSR_FRM = 0x002, CSR_FCSR = 0x003 };

static int host_fma = -1, host_sse41 = -1, host_avx = -1;

static void host_features(void)
{
	if (host_fma >= 0) return;
	host_fma = host_has_fma();
	host_avx = host_has_avx();
	/* ISOMORPH_HOST_SSE=1: the forms for a host without AVX and FMA (tests, measurement) */
	const char *sse = getenv("ISOMORPH_HOST_SSE");
	if (sse && !strcmp(sse, "1")) host_fma = host_avx = 0;
	host_sse41 = host_has_sse41();
}

/* --- the inline form and its slow path ------------------------------------------------------- */
/* The jumps of one inline form that lead to its slow path (the helper). Those of a precondition
 * (frm = RNE, operands NaN-boxed) lead to one that leaves the block after the helper: the inline
 * code after the instruction then knows the precondition holds (until frm is written or a
 * helper runs), and checks it no more. Results the host gets wrong (a NaN, non-finite FMA) rejoin
 * the inline code after the helper. */
struct slow {
	uint8_t *jcc[TX_SLOW_JUMPS];
	int n;
	uint8_t *leave[TX_SLOW_JUMPS];
	int n_leave;
};
/* jcc cc appended to list (room for TX_SLOW_JUMPS) */
static void jump_to(struct tx *t, enum x86_cc cc, uint8_t **list, int *n)
{
	uint8_t *j = x86_jcc(&t->e, cc, NULL);
	if (*n < TX_SLOW_JUMPS) list[(*n)++] = j;
	else t->failed = 1; /* a VM bug: too many exits for the list */
}
static void to_slow(struct tx *t, struct slow *s, enum x86_cc cc) { jump_to(t, cc, s->jcc, &s->n); }
/* A precondition's jump: to the leaving slow path, after which the inline code knows the
 * precondition holds (returns 1); under --lockstep, which compares whole blocks, to the rejoining
 * one, after which it knows nothing more (0). */
static int to_slow_precondition(struct tx *t, struct slow *s, enum x86_cc cc)
{
	if (dbt.opt.whole_blocks) {
		to_slow(t, s, cc);
		return 0;
	}
	jump_to(t, cc, s->leave, &s->n_leave);
	return 1;
}

/* Which static rounding modes an inline form takes. */
enum { RM_RNE_ONLY, RM_ANY };
/* Starts an inline form: 0 when in's rm rules it out (nothing emitted: the caller calls the
 * helper), else 1 with, for a dynamic rm, frm checked at run time: RM_RNE_ONLY wants frm = RNE,
 * RM_ANY (for exact results) any valid mode; the others take the slow path, which raises SIGILL
 * for a reserved one. *rm is the mode to compute in (RNE for a dynamic one). */
static int fp_begin(struct tx *t, const struct isa_insn *in, struct slow *s, int modes, int *rm)
{
	s->n = s->n_leave = 0;
	if (in->rm == ISA_RM_DYN) {
		*rm = ISA_RM_RNE;
		if (t->fp.frm_rne) return 1;
		struct x86_mem frm = CPU_F(offsetof(struct cpu, frm));
		x86_alu_mi(&t->e, X86_CMP, X86_W32, frm, modes == RM_ANY ? ISA_RM_RMM : ISA_RM_RNE);
		t->fp_frm_checked = 1;
		if (to_slow_precondition(t, s, modes == RM_ANY ? X86_CC_A : X86_CC_NE)) t->fp.frm_rne = modes == RM_RNE_ONLY;
		return 1;
	}
	*rm = in->rm;
	if (modes == RM_ANY) return in->rm <= ISA_RM_RMM;
	return in->rm == ISA_RM_RNE;
}
/* --- f registers in xmm registers ------------------------------------------------------------
 * Inside a translation, f registers read or written are kept in xmm2..xmm14. A result is written
 * to its xmm register only (dirty: cpu->f is stale) and stored where cpu->f must be exact: before
 * an exit or a helper call (tx_writeback), in the out-of-line code of a side exit or an
 * out-of-range access (their dirty maps), before an instruction reads cpu->f itself, and when its
 * xmm register is taken for another. A host fault restores the dirty ones from the host context
 * (the access's fheld map, dbt_fault_hook). C code clobbers them all: a helper call forgets them
 * (dbt_fp_after_call), and a slow path that joins the inline code again reloads them from cpu->f.
 * A slow path stores what was dirty at its instruction's start: so that this is what is dirty at
 * each of its jumps, an instruction never moves a dirty register before its last jump (sources
 * are loaded into clean registers, which dbt_fp_insn keeps enough of). */
enum { XMM_FIRST = 2, XMM_COUNT = HOST_INSTRET_XMM - 2 }; /* xmm15: instret */
static int prefix(int dbl) { return dbl ? PFX_F2 : PFX_F3; }

void dbt_fp_after_call(struct tx *t)
{
	memset(t->fp.xmm, 0, sizeof t->fp.xmm);
	t->fp.dirty = 0;
	t->fp.low32 = 0;
	t->fp.nan = 0;
	t->fp.frm_rne = 0; /* a helper may have written it */
}
/* The register f[r] is cached in, or -1. */
static int cached(const struct tx *t, unsigned r) { return t->fp.xmm[r] - 1; }

void dbt_fp_canonical_nan(struct x86_buf *e, int xmm, int single)
{
	if (single) x86_sse_rr(e, 0, OPC2_UCOMI, xmm, xmm);
	else x86_ucomisd_rr(e, xmm, xmm);
	uint8_t *number = x86_jcc(e, X86_CC_NP, NULL);
	x86_sse_rm(e, single ? PFX_F3 : PFX_F2, OPC2_MOVSD_LOAD, xmm, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, single ? dbt.r.nan_s_const : dbt.r.nan_d_const);
	if (!e->full) x86_patch_rel32(number, e->p);
}
/* An add, sub, mul, div or sqrt result stays as the host made it, NaN or not (t->fp.nan): RISC-V
 * would have made a NaN the canonical one, which changes no arithmetic that reads it (a NaN in, a
 * NaN out, flagged in turn; neither signaling, so no flag differs). It is made canonical before
 * anything sees its bits: a store, a move, sign injection, a conversion, cpu->f (write_back, the
 * dirty maps of exits and faults), the loop head when it does not expect it. */
static void canonicalize(struct tx *t, unsigned r)
{
	if (!(t->fp.nan >> r & 1)) return;
	dbt_fp_canonical_nan(&t->e, cached(t, r), t->fp.nan_single >> r & 1);
	t->fp.nan &= ~(1u << r);
}
/* A dirty single's copy made the whole value: its upper half set to ones. */
static void box(struct tx *t, unsigned r)
{
	canonicalize(t, r);
	x86_sse_rm(&t->e, 0, OPC2_ORPS, cached(t, r), x86_mem(X86_RIP, 0));
	if (!t->e.full) x86_patch_rel32(t->e.p - 4, dbt.r.box_const);
	t->fp.low32 &= ~(1u << r);
}
/* cpu->f[r] made exact (what the xmm register holds is then a clean copy). */
static void write_back(struct tx *t, unsigned r)
{
	if (!(t->fp.dirty >> r & 1)) return;
	canonicalize(t, r);
	if (t->fp.low32 >> r & 1) box(t, r);
	x86_sse_rm(&t->e, PFX_F2, OPC2_MOVSD_STORE, cached(t, r), CPU_FR(r));
	t->fp.dirty &= ~(1u << r);
}

void dbt_fp_writeback(struct tx *t)
{
	for (uint32_t m = t->fp.dirty; m; m &= m - 1) write_back(t, (unsigned)__builtin_ctz(m));
}

void dbt_fp_dirty_map(const struct tx *t, uint8_t fheld[16])
{
	memset(fheld, 0, 16);
	for (uint32_t m = t->fp.dirty; m; m &= m - 1) {
		unsigned r = (unsigned)__builtin_ctz(m);
		fheld[cached(t, r)] = (uint8_t)((r + 1) | (t->fp.low32 >> r & 1 ? DBT_FHELD_BOX : 0) |
						(t->fp.nan >> r & 1 ? DBT_FHELD_NAN : 0));
	}
}

/* A self-loop keeps the f registers its first translation had in xmm at the back edge in those
 * same registers from the head on: loaded whole before the head (a whole value serves a single's
 * low half too), and at the back edge reloaded from cpu->f (exact: what the round left dirty
 * elsewhere is stored first) where the round moved one or left only a low half where the head
 * promises all of it.
 *
 * The first round comes from anywhere, so the head knows only what is checked on the way in
 * (assume): frm = RNE and the NaN-boxing of the singles the body reads, when every round
 * leaves them so. Then the rounds check them no more; a way in where they do not hold goes to the
 * fallback, a translation of the same loop that checks them in the body (translate.c). */
struct tx_assume dbt_fp_loop_assumable(const struct tx *t)
{
	/* the singles the round reads, and those it leaves as low halves: checked NaN-boxed on the
	 * way in, these need no boxing at the back edge (dbt_fp_loop_head) */
	uint32_t singles_left = t->fp_back.dirty & t->fp_back.low32;
	uint32_t boxed = (t->fp_box_checked | singles_left) & t->fp_back.boxed;
	/* the host's NaNs the round leaves: kept so over the back edge when no NaN comes in (a
	 * single's only where the head has it as a low half: boxed) */
	uint32_t nan = t->fp_back.nan & (~t->fp_back.nan_single | boxed);
	return (struct tx_assume){ .boxed = boxed, .frm_rne = t->fp_frm_checked && t->fp_back.frm_rne, .nan = nan };
}

static void check_on_the_way_in(struct tx *t, struct x86_mem m, int32_t v)
{
	x86_alu_mi(&t->e, X86_CMP, X86_W32, m, v);
	tx_to_fallback(t, X86_CC_NE);
}

void dbt_fp_loop_head(struct tx *t)
{
	if (!t->fp_head_set) return;
	if (t->assume.frm_rne) check_on_the_way_in(t, CPU_F(offsetof(struct cpu, frm)), ISA_RM_RNE);
	for (unsigned r = 0; r < 32; r++)
		if (t->assume.boxed >> r & 1) check_on_the_way_in(t, BOX_HI(r), -1);
	t->fp = t->fp_head;
	t->fp.boxed = t->assume.boxed;
	t->fp.frm_rne = t->assume.frm_rne;
	t->fp.busy = 0;
	/* Dirty at the head means only "may be newer than cpu->f": the way in brings clean values,
	 * whole (loaded below), which a single's write-back would box wrongly: a register the round
	 * leaves dirty comes back whole (dbt_fp_loop_back boxes it), unless the way in checked it
	 * NaN-boxed. That one is a single on every way in, so the head takes the low half only, and
	 * the back edge need not box it: an accumulator's chain (spectral's fmadd.s) is one `orps`
	 * shorter a round. */
	t->fp.low32 &= ~t->fp.dirty | t->assume.boxed;
	for (unsigned r = 0; r < 32; r++)
		if (cached(t, r) >= 0) x86_sse_rm(&t->e, PFX_F2, OPC2_MOVSD_LOAD, cached(t, r), CPU_FR(r));
	/* The head may take a register as the host's arithmetic left it (t->fp.nan) only when the
	 * first round brings no NaN in it: a NaN from elsewhere (flw, fmv) is the guest's own, not to
	 * be made canonical. Checked on the bits (ucomis would raise invalid for a signaling one). */
	t->fp.nan = t->fp_head.nan & t->assume.nan;
	for (uint32_t m = t->fp.nan; m; m &= m - 1) {
		unsigned r = (unsigned)__builtin_ctz(m);
		struct x86_buf *e = &t->e;
		if (t->fp.nan_single >> r & 1) { /* NaN: exponent all ones, fraction not zero */
			x86_load(e, X86_W32, HOST_T0, CPU_FR(r));
			x86_alu_rr(e, X86_ADD, X86_W32, HOST_T0, HOST_T0);
			x86_alu_ri(e, X86_CMP, X86_W32, HOST_T0, (int32_t)0xff000000u);
		} else {
			x86_load(e, X86_W64, HOST_T0, CPU_FR(r));
			x86_alu_rr(e, X86_ADD, X86_W64, HOST_T0, HOST_T0);
			x86_alu_rm(e, X86_CMP, X86_W64, HOST_T0, x86_mem(X86_RIP, 0));
			if (!e->full) x86_patch_rel32(e->p - 4, dbt.r.inf_d_twice_const);
		}
		tx_to_fallback(t, X86_CC_A);
	}
	t->fp_head = t->fp;
}

void dbt_fp_loop_back(struct tx *t)
{
	if (!t->fp_head_set) {
		t->fp_back = t->fp;
		return;
	}
	const struct tx_fp *head = &t->fp_head;
	if ((head->boxed & ~t->fp.boxed) || (head->frm_rne && !t->fp.frm_rne)) t->assume_broken = 1;
	/* the host's NaNs the head does not expect (or expects of the other width) made canonical */
	for (uint32_t m = t->fp.nan & ~(head->nan & ~(head->nan_single ^ t->fp.nan_single)); m; m &= m - 1)
		canonicalize(t, (unsigned)__builtin_ctz(m));
	/* a dirty value stays in its register only where the head has it there, dirty too (whole
	 * where the head promises all of it) */
	for (uint32_t m = t->fp.dirty; m; m &= m - 1) {
		unsigned r = (unsigned)__builtin_ctz(m);
		if (head->xmm[r] != t->fp.xmm[r] || !(head->dirty >> r & 1)) write_back(t, r);
		else if ((t->fp.low32 & ~head->low32) >> r & 1) box(t, r);
	}
	for (unsigned r = 0; r < 32; r++) {
		int x = head->xmm[r] - 1;
		if (x < 0) continue;
		int whole = !(head->low32 >> r & 1);
		if (cached(t, r) == x && !(whole && (t->fp.low32 >> r & 1))) continue;
		x86_sse_rm(&t->e, PFX_F2, OPC2_MOVSD_LOAD, x, CPU_FR(r));
	}
	t->fp = *head;
}

int dbt_fp_loop_worth(const struct tx *t)
{
	for (unsigned r = 0; r < 32; r++)
		if (t->fp_back.xmm[r]) return 1;
	struct tx_assume a = dbt_fp_loop_assumable(t);
	return a.boxed || a.frm_rne;
}
/* f[r]'s copy dropped: its value is in cpu->f, or superseded there. */
static void forget(struct tx *t, unsigned r)
{
	t->fp.xmm[r] = 0;
	t->fp.dirty &= ~(1u << r);
	t->fp.low32 &= ~(1u << r);
	t->fp.nan &= ~(1u << r);
}
/* The f register whose copy xmm register x holds, or -1. */
static int holder(const struct tx *t, int x)
{
	for (unsigned q = 0; q < 32; q++)
		if (cached(t, q) == x) return (int)q;
	return -1;
}
/* An xmm register for f[r], taken from another f register if need be (not one the instruction
 * reads; a clean one when there is: a dirty one is stored first). The caller fills it. */
static int take(struct tx *t, unsigned r)
{
	int x = cached(t, r);
	if (x >= 0) return x;
	int fallback = -1;
	for (int tries = 0; tries < XMM_COUNT; tries++) {
		int c = XMM_FIRST + t->fp.victim;
		t->fp.victim = (uint8_t)((t->fp.victim + 1) % XMM_COUNT);
		if (t->fp.busy & (1u << c)) continue;
		int q = holder(t, c);
		if (q < 0 || !(t->fp.dirty >> q & 1)) {
			x = c;
			break;
		}
		if (fallback < 0) fallback = c;
	}
	if (x < 0) x = fallback;
	int q = holder(t, x);
	if (q >= 0) {
		write_back(t, (unsigned)q);
		forget(t, (unsigned)q);
	}
	t->fp.xmm[r] = (int8_t)(x + 1);
	return x;
}
/* An xmm register holding f[r]: all 64 bits when dbl, else at least the low 32; a NaN there may be
 * the host's (t->fp.nan), which only arithmetic may read so (any NaN in gives a NaN out). */
static int fsrc_arith(struct tx *t, unsigned r, int dbl)
{
	int x = cached(t, r);
	if (x >= 0 && dbl && (t->fp.low32 & t->fp.dirty) >> r & 1) box(t, r); /* cpu->f is stale */
	if (x < 0 || (dbl && (t->fp.low32 & (1u << r)))) {
		/* a single reads only the low half: a load the two stores of fput can forward */
		x = take(t, r);
		x86_sse_rm(&t->e, prefix(dbl), OPC2_MOVSD_LOAD, x, CPU_FR(r));
		if (dbl) t->fp.low32 &= ~(1u << r);
		else t->fp.low32 |= 1u << r;
	}
	t->fp.busy |= (uint16_t)(1u << x);
	return x;
}
/* The same, its bits exact. */
static int fsrc(struct tx *t, unsigned r, int dbl)
{
	if (cached(t, r) >= 0) canonicalize(t, r);
	return fsrc_arith(t, r, dbl);
}
/* f[r]'s register (take) was given its new value: dirty. A single is its low half (low32):
 * NaN-boxed when something wants the whole value (box), off the chain of dependent operations. */
static void fresult(struct tx *t, int dbl, unsigned r)
{
	t->fp.nan &= ~(1u << r);
	t->fp.dirty |= 1u << r;
	if (dbl) t->fp.low32 &= ~(1u << r);
	else t->fp.low32 |= 1u << r;
	if (dbl) t->fp.boxed &= ~(1u << r);
	else t->fp.boxed |= 1u << r;
}
/* f[r] = xmm (XMM0 or XMM1), in r's own xmm register. */
static void fput(struct tx *t, int dbl, unsigned r, int xmm)
{
	x86_sse_rr(&t->e, 0, OPC2_MOVAPS, take(t, r), xmm);
	fresult(t, dbl, r);
}
/* f[r] was written in cpu->f by other means; boxed: it holds a NaN-boxed single. */
static void fwritten(struct tx *t, unsigned r, int boxed)
{
	forget(t, r);
	if (boxed) t->fp.boxed |= 1u << r;
	else t->fp.boxed &= ~(1u << r);
}

/* Ends an inline form: its slow paths, reached by the jumps in s, are emitted after the body
 * (dbt_fp_slow_paths), so that the inline code runs straight on; what they need of this point is
 * kept. The x registers are where the inline path left them on every path: an FP instruction
 * moves none (dbt_fp_insn). */
static void fp_end(struct tx *t, const struct isa_insn *in, uint32_t idx, struct slow *s)
{
	if (s->n == 0 && s->n_leave == 0) return;
	if (t->n_fp_slow == ISA_BLOCK_MAX_INSNS) {
		t->failed = 1; /* a VM bug: one instruction, one entry */
		return;
	}
	struct fp_slow_path *p = &t->fp_slow[t->n_fp_slow++];
	p->in = in;
	p->idx = idx;
	memcpy(p->rejoin_from, s->jcc, sizeof p->rejoin_from);
	p->n_rejoin = s->n;
	memcpy(p->leave_from, s->leave, sizeof p->leave_from);
	p->n_leave = s->n_leave;
	p->rejoin = t->e.p;
	p->rs = t->rs;
	p->fp = t->fp;
	p->fp_start = t->fp_start;
}

/* The start of one of p's slow paths: the n jumps in from come here, with what the translation
 * knew at p's instruction, and the helper runs. */
static void slow_path_call(struct tx *t, const struct fp_slow_path *p, uint8_t *const *from, int n)
{
	t->rs = p->rs;
	t->fp = p->fp_start; /* the helper call stores what is dirty at the jumps */
	for (int j = 0; j < n; j++)
		if (!t->e.full) x86_patch_rel32(from[j], t->e.p);
	tx_call_helper(t, p->in, p->idx);
}

/* Each slow path calls the helper (which clobbers the xmm copies; rd's is its result), then
 * either leaves after the instruction or reloads the copies and goes back to the inline code. */
void dbt_fp_slow_paths(struct tx *t)
{
	struct x86_buf *e = &t->e;
	struct tx_regstate rs = t->rs;
	struct tx_fp fp = t->fp;
	uint32_t cur = t->cur;
	t->no_alloc = 1;
	for (uint32_t i = 0; i < t->n_fp_slow; i++) {
		const struct fp_slow_path *p = &t->fp_slow[i];
		t->cur = p->idx;
		if (p->n_leave) {
			slow_path_call(t, p, p->leave_from, p->n_leave);
			tx_leave_after(t, p->in, p->idx);
		}
		if (p->n_rejoin) {
			slow_path_call(t, p, p->rejoin_from, p->n_rejoin);
			t->fp = p->fp;
			/* whole values: they serve where the inline path left only low halves (low32 stays) */
			for (unsigned r = 0; r < 32; r++)
				if (cached(t, r) >= 0) x86_sse_rm(e, PFX_F2, OPC2_MOVSD_LOAD, cached(t, r), CPU_FR(r));
			x86_jmp(e, p->rejoin);
		}
	}
	t->no_alloc = 0;
	t->rs = rs;
	t->fp = fp;
	t->cur = cur;
}
/* A single operand f[r] that is not NaN-boxed takes the slow path (it reads as the canonical NaN). */
static void unbox(struct tx *t, struct slow *s, unsigned r)
{
	if (t->fp.boxed & (1u << r)) return;
	write_back(t, r); /* the check reads cpu->f */
	t->fp_box_checked |= 1u << r;
	x86_alu_mi(&t->e, X86_CMP, X86_W32, BOX_HI(r), -1);
	if (to_slow_precondition(t, s, X86_CC_NE)) t->fp.boxed |= 1u << r;
}
/* ucomisd / ucomiss xmm, xmm */
static void ucomi_rr(struct tx *t, int dbl, int a, int b)
{
	if (dbl) x86_ucomisd_rr(&t->e, a, b);
	else x86_sse_rr(&t->e, 0, OPC2_UCOMI, a, b);
}
/* xmm = f[r] */
static void fget(struct tx *t, int dbl, int xmm, unsigned r)
{
	x86_sse_rr(&t->e, 0, OPC2_MOVAPS, xmm, fsrc(t, r, dbl));
}
/* (u)comisd / (u)comiss a, b */
static void comi_rr(struct tx *t, int dbl, int signaling, int a, int b)
{
	op_rr(&t->e, dbl ? PFX_OPSIZE : 0, 0, 1, signaling ? OPC2_COMI : OPC2_UCOMI, a, b, 0);
}

/* --- loads and stores ------------------------------------------------------------------------ */
static void fload(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl)
{
	int base = tx_src_x(t, in->rs1, HOST_T0);
	/* straight into rd's register: a fault or an out-of-range access leaves before the load */
	int x = take(t, in->rd);
	tx_guest_access(t, in, idx, base, (struct tx_mem_op){ .kind = TX_SSE_LOAD, .reg = x, .prefix = prefix(dbl) });
	fresult(t, dbl, in->rd);
}

static void fstore(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl)
{
	int x = fsrc(t, in->rs2, dbl);
	int base = tx_src_x(t, in->rs1, HOST_T0);
	tx_guest_access(t, in, idx, base, (struct tx_mem_op){ .kind = TX_SSE_STORE, .reg = x, .prefix = prefix(dbl) });
}

/* --- arithmetic ------------------------------------------------------------------------------ */
/* After a fused multiply-add computed into xmm from multiplicands a and b (still in their
 * registers), compared with itself: a NaN in it (parity) becomes the canonical NaN out of line
 * (dbt_fp_nan_fixes), the code going on after the jump either way; RISC-V also raises invalid for
 * inf * 0 + qNaN, where x86 need not. */
static void fused_nan_after(struct tx *t, int xmm, int dbl, int a, int b)
{
	if (t->n_nan_fixes == ISA_BLOCK_MAX_INSNS) {
		t->failed = 1; /* a VM bug: one instruction, one entry */
		return;
	}
	struct nan_fix *f = &t->nan_fixes[t->n_nan_fixes++];
	f->jp = x86_jcc(&t->e, X86_CC_P, NULL);
	f->resume = t->e.p;
	f->xmm = (int8_t)xmm;
	f->dbl = (int8_t)dbl;
	f->mul_a = (int8_t)a;
	f->mul_b = (int8_t)b;
}

void dbt_fp_nan_fixes(struct tx *t)
{
	struct x86_buf *e = &t->e;
	for (uint32_t i = 0; i < t->n_nan_fixes; i++) {
		const struct nan_fix *f = &t->nan_fixes[i];
		if (!e->full) x86_patch_rel32(f->jp, e->p);
		/* a * b in xmm0 raises invalid for inf * 0 (and signaling NaNs, raised already); the
		 * flags go back to what they were unless the product is a NaN, so that a finite
		 * product raises nothing */
		x86_mxcsr(e, 1, RED_ZONE);
		x86_vsse_rrr(e, prefix(f->dbl), OPC2_FMUL, XMM0, f->mul_a, f->mul_b);
		ucomi_rr(t, f->dbl, XMM0, XMM0);
		uint8_t *nan = x86_jcc(e, X86_CC_P, NULL);
		x86_mxcsr(e, 0, RED_ZONE);
		if (!e->full) x86_patch_rel32(nan, e->p);
		x86_mov_ri(e, HOST_T0, f->dbl ? DBT_NAN_D : DBT_NAN_S, 0);
		x86_sse_gpr(e, PFX_OPSIZE, OPC2_MOVD_TO_XMM, f->dbl ? X86_W64 : X86_W32, f->xmm, HOST_T0);
		x86_jmp(e, f->resume);
	}
}

/* add, sub, mul, div (opc2), sqrt (OPC2_SQRT, rs1 only) */
static int fp_arith(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl, uint8_t opc2)
{
	struct slow s;
	int rm;
	if (!fp_begin(t, in, &s, RM_RNE_ONLY, &rm)) return 0;
	int unary = opc2 == OPC2_SQRT;
	if (!dbl) {
		unbox(t, &s, in->rs1);
		if (!unary) unbox(t, &s, in->rs2);
	}
	if (host_avx) {
		/* straight into rd's register, the sources kept (three operands): the flags are exact
		 * for a NaN too, only the value must become the canonical NaN, when something sees it */
		int a = fsrc_arith(t, in->rs1, dbl), b = unary ? a : fsrc_arith(t, in->rs2, dbl);
		int x = take(t, in->rd);
		x86_vsse_rrr(&t->e, prefix(dbl), opc2, x, a, b);
		fresult(t, dbl, in->rd);
		t->fp.nan |= 1u << in->rd;
		if (dbl) t->fp.nan_single &= ~(1u << in->rd);
		else t->fp.nan_single |= 1u << in->rd;
		fp_end(t, in, idx, &s);
		return 1;
	}
	fget(t, dbl, XMM0, in->rs1);
	x86_sse_rr(&t->e, prefix(dbl), opc2, XMM0, unary ? XMM0 : fsrc(t, in->rs2, dbl));
	ucomi_rr(t, dbl, XMM0, XMM0);
	to_slow(t, &s, X86_CC_P);
	fput(t, dbl, in->rd, XMM0);
	fp_end(t, in, idx, &s);
	return 1;
}
/* opc: 0xb9 madd, 0xbb msub, 0xbd nmsub, 0xbf nmadd (see x86_vfma231) */
static int fp_fused(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl, uint8_t opc)
{
	struct x86_buf *e = &t->e;
	struct slow s;
	int rm;
	if (!host_fma || !fp_begin(t, in, &s, RM_RNE_ONLY, &rm)) return 0;
	if (!dbl) {
		unbox(t, &s, in->rs1);
		unbox(t, &s, in->rs2);
		unbox(t, &s, in->rs3);
	}
	if (in->rd != in->rs1 && in->rd != in->rs2) {
		/* straight into rd's register (rs3's value first, unless it is rs3's): the
		 * multiplicands stay for the NaN fix, and nothing jumps to the slow path after */
		int a = fsrc_arith(t, in->rs1, dbl), b = fsrc_arith(t, in->rs2, dbl);
		int c = fsrc_arith(t, in->rs3, dbl), x = take(t, in->rd);
		if (x != c) x86_sse_rr(e, 0, OPC2_MOVAPS, x, c);
		x86_vfma231_rr(e, dbl, opc, x, a, b);
		ucomi_rr(t, dbl, x, x);
		fused_nan_after(t, x, dbl, a, b);
		fresult(t, dbl, in->rd);
		fp_end(t, in, idx, &s);
		return 1;
	}
	/* rd is a multiplicand: the result is made in XMM1 (the NaN fix's product goes to XMM0) and
	 * moved to rd's register once the fix, which reads both multiplicands, is behind it */
	int a = fsrc_arith(t, in->rs1, dbl), b = fsrc_arith(t, in->rs2, dbl);
	x86_sse_rr(e, 0, OPC2_MOVAPS, XMM1, fsrc_arith(t, in->rs3, dbl));
	x86_vfma231_rr(e, dbl, opc, XMM1, a, b);
	ucomi_rr(t, dbl, XMM1, XMM1);
	fused_nan_after(t, XMM1, dbl, a, b);
	fput(t, dbl, in->rd, XMM1);
	fp_end(t, in, idx, &s);
	return 1;
}
/* feq (op 0, quiet: ucomis), flt (1) and fle (2) (signaling: comis, operands swapped). */
static int fp_compare(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl, int op)
{
	struct x86_buf *e = &t->e;
	struct slow s = { .n = 0 };
	if (!dbl) {
		unbox(t, &s, in->rs1);
		unbox(t, &s, in->rs2);
	}
	x86_mov_ri(e, HOST_T0, 0, 0);
	x86_mov_ri(e, HOST_T1, 0, 0);
	unsigned a = op == 0 ? in->rs1 : in->rs2, b = op == 0 ? in->rs2 : in->rs1;
	comi_rr(t, dbl, op != 0, fsrc(t, a, dbl), fsrc(t, b, dbl));
	if (op == 0) {
		x86_setcc(e, X86_CC_E, HOST_T0);
		x86_setcc(e, X86_CC_NP, HOST_T1);
		x86_alu_rr(e, X86_AND, X86_W32, HOST_T0, HOST_T1);
	} else {
		x86_setcc(e, op == 1 ? X86_CC_A : X86_CC_AE, HOST_T0);
	}
	tx_store_x(t, in->rd, HOST_T0);
	fp_end(t, in, idx, &s);
	return 1;
}
/* fsgnj (0), fsgnjn (1), fsgnjx (2): bit operations, no flags. */
static int fp_sgnj(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl, int op)
{
	struct x86_buf *e = &t->e;
	struct slow s = { .n = 0 };
	int w = dbl ? X86_W64 : X86_W32;
	uint8_t top = dbl ? 63 : 31;
	if (!dbl) {
		unbox(t, &s, in->rs1);
		unbox(t, &s, in->rs2);
	}
	write_back(t, in->rs1);
	write_back(t, in->rs2);
	x86_load(e, w, HOST_T0, CPU_FR(in->rs1));
	x86_load(e, w, HOST_T1, CPU_FR(in->rs2));
	if (op == 1) x86_grp3_r(e, 2, w, HOST_T1);
	x86_shift_ri(e, X86_SHR, w, HOST_T1, top);
	x86_shift_ri(e, X86_SHL, w, HOST_T1, top);
	if (op == 2) {
		x86_alu_rr(e, X86_XOR, w, HOST_T0, HOST_T1);
	} else {
		x86_shift_ri(e, X86_SHL, w, HOST_T0, 1);
		x86_shift_ri(e, X86_SHR, w, HOST_T0, 1);
		x86_alu_rr(e, X86_OR, w, HOST_T0, HOST_T1);
	}
	x86_store(e, w, CPU_FR(in->rd), HOST_T0);
	if (!dbl) x86_store_i(e, X86_W32, BOX_HI(in->rd), -1);
	fwritten(t, in->rd, !dbl);
	fp_end(t, in, idx, &s);
	return 1;
}
/* fmin (max 0) / fmax (max 1): minsd/maxsd agree with RISC-V unless an operand is NaN (slow path)
 * or the operands are equal, where only +0/-0 differ in bits: min is then a | b, max a & b. */
static int fp_minmax(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl, int max)
{
	struct x86_buf *e = &t->e;
	struct slow s = { .n = 0 };
	int w = dbl ? X86_W64 : X86_W32;
	if (!dbl) {
		unbox(t, &s, in->rs1);
		unbox(t, &s, in->rs2);
	}
	write_back(t, in->rs1); /* equal operands are read from cpu->f */
	write_back(t, in->rs2);
	int b = fsrc(t, in->rs2, dbl);
	fget(t, dbl, XMM0, in->rs1);
	comi_rr(t, dbl, 0, XMM0, b);
	to_slow(t, &s, X86_CC_P);
	uint8_t *differ = x86_jcc(e, X86_CC_NE, NULL);
	x86_load(e, w, HOST_T0, CPU_FR(in->rs1));
	x86_alu_rm(e, max ? X86_AND : X86_OR, w, HOST_T0, CPU_FR(in->rs2));
	x86_sse_gpr(e, PFX_OPSIZE, OPC2_MOVD_TO_XMM, w, XMM0, HOST_T0);
	uint8_t *join = x86_jmp(e, NULL);
	if (!e->full) x86_patch_rel32(differ, e->p);
	x86_sse_rr(e, prefix(dbl), max ? OPC2_FMAX : OPC2_FMIN, XMM0, b);
	if (!e->full) x86_patch_rel32(join, e->p);
	fput(t, dbl, in->rd, XMM0);
	fp_end(t, in, idx, &s);
	return 1;
}

/* --- conversions ----------------------------------------------------------------------------- */
/* xmm = the double v (through rax) */
static void xmm_const(struct tx *t, int xmm, double v)
{
	uint64_t bits;
	memcpy(&bits, &v, sizeof bits);
	x86_mov_ri(&t->e, HOST_T0, bits, 0);
	x86_sse_gpr(&t->e, PFX_OPSIZE, OPC2_MOVD_TO_XMM, X86_W64, xmm, HOST_T0);
}

/* The doubles that round in mode rm to an integer of the destination's range [min, max]:
 * lo <= x (lo < x when !lo_incl) and x < hi (x <= hi when hi_incl). Near 2^63 doubles are
 * integers 1024 apart, so the 64-bit forms need no half-way bounds; fcvt.lu stops at 2^63 (the
 * slow path does the upper half). */
struct range {
	double lo, hi;
	int lo_incl, hi_incl;
};
static struct range valid_range(int rm, int bits, int is_signed)
{
	const double two31 = 2147483648.0, two32 = 4294967296.0, two63 = 9223372036854775808.0;
	if (bits == 64) {
		if (is_signed) return (struct range){ -two63, two63, 1, 0 };
		switch (rm) {
		case ISA_RM_RTZ: case ISA_RM_RUP: return (struct range){ -1.0, two63, 0, 0 };
		case ISA_RM_RDN: return (struct range){ 0.0, two63, 1, 0 };
		default: return (struct range){ -0.5, two63, 1, 0 };   /* RNE: -0.5 rounds to -0 */
		}
	}
	double min = is_signed ? -two31 : 0.0, max = is_signed ? two31 - 1 : two32 - 1;
	switch (rm) {
	case ISA_RM_RTZ: return (struct range){ min - 1, max + 1, 0, 0 };
	case ISA_RM_RDN: return (struct range){ min, max + 1, 1, 0 };
	case ISA_RM_RUP: return (struct range){ min - 1, max, 0, 1 };
	default: return (struct range){ min - 0.5, max + 0.5, 1, 0 }; /* RNE: min even, max odd */
	}
}

/* fcvt.{w,wu,l,lu}.{s,d}: the operand (in double: cvtss2sd is exact) is checked against its valid
 * range first, so the conversion proper always succeeds. */
static int fp_to_int(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl, int bits, int is_signed)
{
	struct x86_buf *e = &t->e;
	struct slow s;
	int rm;
	/* a dynamic mode computes in RNE (frm checked); a static one is taken as it is */
	if (in->rm == ISA_RM_DYN) fp_begin(t, in, &s, RM_RNE_ONLY, &rm);
	else if (!fp_begin(t, in, &s, RM_ANY, &rm)) return 0;
	if (rm == ISA_RM_RMM || ((rm == ISA_RM_RDN || rm == ISA_RM_RUP) && !host_sse41)) return 0;
	if (!dbl) {
		unbox(t, &s, in->rs1);
		x86_sse_rr(e, PFX_F3, OPC2_CVTF2F, XMM0, fsrc(t, in->rs1, SINGLE));
	} else {
		fget(t, DOUBLE, XMM0, in->rs1);
	}
	struct range r = valid_range(rm, bits, is_signed);
	xmm_const(t, XMM1, r.lo);
	x86_ucomisd_rr(e, XMM0, XMM1);
	to_slow(t, &s, r.lo_incl ? X86_CC_B : X86_CC_BE); /* CF is set for unordered too */
	xmm_const(t, XMM1, r.hi);
	x86_ucomisd_rr(e, XMM0, XMM1);
	to_slow(t, &s, r.hi_incl ? X86_CC_A : X86_CC_AE);
	int w = bits == 32 && is_signed ? X86_W32 : X86_W64;
	if (rm == ISA_RM_RNE) {
		x86_sse_gpr(e, PFX_F2, OPC2_CVTF2SI, w, HOST_T0, XMM0);
	} else {
		if (rm != ISA_RM_RTZ) x86_round_rr(e, DOUBLE, XMM0, XMM0, rm == ISA_RM_RDN ? 1 : 2);
		x86_sse_gpr(e, PFX_F2, OPC2_CVTTF2SI, w, HOST_T0, XMM0);
	}
	if (bits == 32) x86_movsx_rr(e, X86_W32, HOST_T0, HOST_T0);
	tx_store_x(t, in->rd, HOST_T0);
	fp_end(t, in, idx, &s);
	return 1;
}
/* fcvt.{s,d}.{w,wu,l,lu}: cvtsi2s{s,d} rounds in MXCSR's RNE; a 32-bit source to double is exact
 * in any mode. fcvt.*.lu with the top bit set takes the slow path. */
static int fp_from_int(struct tx *t, const struct isa_insn *in, uint32_t idx, int dbl, int bits, int is_signed)
{
	struct x86_buf *e = &t->e;
	struct slow s;
	int rm;
	int exact = dbl && bits == 32;
	t->accept_lazy = bits == 32;
	int v = tx_src_x(t, in->rs1, HOST_T0);
	t->accept_lazy = 0;
	if (!fp_begin(t, in, &s, exact ? RM_ANY : RM_RNE_ONLY, &rm)) return 0;
	int w = X86_W64;
	if (bits == 32 && is_signed) {
		w = X86_W32;
	} else if (bits == 32) {
		x86_mov_rr(e, X86_W32, HOST_T0, v); /* zero-extends */
		v = HOST_T0;
	} else if (!is_signed) {
		x86_test_rr(e, X86_W64, v, v);
		to_slow(t, &s, X86_CC_S);
	}
	/* straight into rd's register, past the last jump to the slow path */
	int x = take(t, in->rd);
	x86_sse_rr(e, 0, OPC2_XORPS, x, x); /* no false dependency on its last writer */
	x86_sse_gpr(e, prefix(dbl), OPC2_CVTSI2F, w, x, v);
	fresult(t, dbl, in->rd);
	fp_end(t, in, idx, &s);
	return 1;
}
/* fcvt.s.d (RNE) / fcvt.d.s (exact: any mode); a NaN takes the slow path (canonical NaN). */
static int fp_convert(struct tx *t, const struct isa_insn *in, uint32_t idx, int to_dbl)
{
	struct slow s;
	int rm;
	if (!fp_begin(t, in, &s, to_dbl ? RM_ANY : RM_RNE_ONLY, &rm)) return 0;
	if (to_dbl) unbox(t, &s, in->rs1);
	int x = fsrc(t, in->rs1, !to_dbl);
	x86_sse_rr(&t->e, 0, OPC2_XORPS, XMM0, XMM0); /* no false dependency on xmm0's last writer */
	x86_sse_rr(&t->e, to_dbl ? PFX_F3 : PFX_F2, OPC2_CVTF2F, XMM0, x);
	ucomi_rr(t, to_dbl, XMM0, XMM0);
	to_slow(t, &s, X86_CC_P);
	fput(t, to_dbl, in->rd, XMM0);
	fp_end(t, in, idx, &s);
	return 1;
}

/* --- fflags, frm, fcsr ----------------------------------------------------------------------- */
/* MXCSR flag bits (IE DE ZE OE UE PE, bits 0..5) to fflags (DE has no counterpart). */
static const uint8_t mxcsr_fflags[64] = {
#define M(i) (uint8_t)(((i) & 1 ? ISA_FFLAG_NV : 0) | ((i) & 4 ? ISA_FFLAG_DZ : 0) | ((i) & 8 ? ISA_FFLAG_OF : 0) | \
		       ((i) & 16 ? ISA_FFLAG_UF : 0) | ((i) & 32 ? ISA_FFLAG_NX : 0))
#define M4(i) M(i), M(i + 1), M(i + 2), M(i + 3)
#define M16(i) M4(i), M4(i + 4), M4(i + 8), M4(i + 12)
	M16(0), M16(16), M16(32), M16(48),
#undef M16
#undef M4
#undef M
};

/* The csr instructions on fflags, frm and fcsr. The guest's flags are cpu->fflags | the MXCSR
 * flags (isa/fpu.c), so a read needs no fold; a write stores cpu->fflags and clears MXCSR's flags
 * (ldmxcsr: slow) only when some of them are not in the new value. */
/* glibc's way of comparing without raising flags (isless, and the domain checks of sqrt and
 * friends):  csrrs x, fflags, zero;  flt.d/fle.d rd, a, b;  csrrw zero, fflags, x  (rd != x).
 * When the compare is ordered it raised no flag, so the flags are still x: the write changes
 * nothing visible. Whether this in (idx) ends such a triple; the compare's comisd left PF set
 * for unordered operands (nothing after it changes the host flags). */
static int restores_after_compare(const struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	if (idx < 2 || in->op != ISA_OP_CSRRW || in->rd != 0 || in->rs1 == 0 || ((unsigned)in->imm & 0xfff) != CSR_FFLAGS)
		return 0;
	const struct isa_insn *rd = &t->b->insns[idx - 2], *cmp = &t->b->insns[idx - 1];
	return rd->op == ISA_OP_CSRRS && rd->rs1 == 0 && rd->rd == in->rs1 && ((unsigned)rd->imm & 0xfff) == CSR_FFLAGS &&
	       (cmp->op == ISA_OP_FLT_D || cmp->op == ISA_OP_FLE_D) && cmp->rd != in->rs1;
}

static int fp_csr(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	struct x86_buf *e = &t->e;
	unsigned csr = (unsigned)in->imm & 0xfff;
	if (csr != CSR_FFLAGS && csr != CSR_FRM && csr != CSR_FCSR) return 0;
	int imm_form = in->op == ISA_OP_CSRRWI || in->op == ISA_OP_CSRRSI || in->op == ISA_OP_CSRRCI;
	int op_write = in->op == ISA_OP_CSRRW || in->op == ISA_OP_CSRRWI;
	int op_set = in->op == ISA_OP_CSRRS || in->op == ISA_OP_CSRRSI;
	int writes = op_write || in->rs1 != 0;
	uint8_t *ordered = NULL;
	if (restores_after_compare(t, in, idx)) ordered = x86_jcc(e, X86_CC_NP, NULL);
	int has_flags = csr != CSR_FRM;
	struct x86_mem fflags = CPU_F(offsetof(struct cpu, fflags)), frm = CPU_F(offsetof(struct cpu, frm));

	/* rax = old value; ecx = the MXCSR flags as fflags */
	if (has_flags) {
		x86_mxcsr(e, 1, RED_ZONE);
		x86_load(e, X86_W32, HOST_T1, RED_ZONE);
		x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, 0x3f);
		x86_mov_ri(e, HOST_T0, (uint64_t)(uintptr_t)mxcsr_fflags, 0);
		op_rm(e, 0, X86_W32, 1, OPC2_MOVZX8, HOST_T1, x86_mem_idx(HOST_T0, HOST_T1, 1, 0), 0);
		x86_load(e, X86_W32, HOST_T0, fflags);
		x86_alu_rr(e, X86_OR, X86_W32, HOST_T0, HOST_T1);
		if (csr == CSR_FCSR) {
			x86_load(e, X86_W32, HOST_T2, frm);
			x86_shift_ri(e, X86_SHL, X86_W32, HOST_T2, 5);
			x86_alu_rr(e, X86_OR, X86_W32, HOST_T0, HOST_T2);
		}
	} else {
		x86_load(e, X86_W32, HOST_T0, frm);
	}
	if (!writes) {
		tx_store_x(t, in->rd, HOST_T0);
		return 1;
	}
	/* rdx = the new value */
	if (imm_form) x86_mov_ri(e, HOST_T2, in->rs1, 0);
	else tx_load_x(t, HOST_T2, in->rs1);
	if (op_set) {
		x86_alu_rr(e, X86_OR, X86_W64, HOST_T2, HOST_T0);
	} else if (!op_write) {
		x86_grp3_r(e, 2, X86_W64, HOST_T2);
		x86_alu_rr(e, X86_AND, X86_W64, HOST_T2, HOST_T0);
	}
	tx_store_x(t, in->rd, HOST_T0); /* rs1 is read: rd may be it */
	if (csr != CSR_FFLAGS) {
		x86_mov_rr(e, X86_W32, HOST_T0, HOST_T2);
		if (csr == CSR_FCSR) x86_shift_ri(e, X86_SHR, X86_W32, HOST_T0, 5);
		x86_alu_ri(e, X86_AND, X86_W32, HOST_T0, 7);
		x86_store(e, X86_W32, frm, HOST_T0);
		t->fp.frm_rne = 0;
	}
	if (has_flags) {
		x86_alu_ri(e, X86_AND, X86_W32, HOST_T2, 0x1f);
		x86_store(e, X86_W32, fflags, HOST_T2);
		x86_grp3_r(e, 2, X86_W32, HOST_T2);
		x86_test_rr(e, X86_W32, HOST_T2, HOST_T1);
		uint8_t *kept = x86_jcc(e, X86_CC_E, NULL);
		x86_store_i(e, X86_W32, RED_ZONE, MXCSR_HOST);
		x86_mxcsr(e, 0, RED_ZONE);
		if (!e->full) x86_patch_rel32(kept, e->p);
	}
	if (ordered && !e->full) x86_patch_rel32(ordered, e->p);
	return 1;
}

/* --- dispatch -------------------------------------------------------------------------------- */
static int fp_op(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	struct x86_buf *e = &t->e;
	switch (in->op) {
	case ISA_OP_FLW: fload(t, in, idx, SINGLE); return 1;
	case ISA_OP_FLD: fload(t, in, idx, DOUBLE); return 1;
	case ISA_OP_FSW: fstore(t, in, idx, SINGLE); return 1;
	case ISA_OP_FSD: fstore(t, in, idx, DOUBLE); return 1;
	case ISA_OP_FADD_S: return fp_arith(t, in, idx, SINGLE, OPC2_FADD);
	case ISA_OP_FSUB_S: return fp_arith(t, in, idx, SINGLE, OPC2_FSUB);
	case ISA_OP_FMUL_S: return fp_arith(t, in, idx, SINGLE, OPC2_FMUL);
	case ISA_OP_FDIV_S: return fp_arith(t, in, idx, SINGLE, OPC2_FDIV);
	case ISA_OP_FSQRT_S: return fp_arith(t, in, idx, SINGLE, OPC2_SQRT);
	case ISA_OP_FADD_D: return fp_arith(t, in, idx, DOUBLE, OPC2_FADD);
	case ISA_OP_FSUB_D: return fp_arith(t, in, idx, DOUBLE, OPC2_FSUB);
	case ISA_OP_FMUL_D: return fp_arith(t, in, idx, DOUBLE, OPC2_FMUL);
	case ISA_OP_FDIV_D: return fp_arith(t, in, idx, DOUBLE, OPC2_FDIV);
	case ISA_OP_FSQRT_D: return fp_arith(t, in, idx, DOUBLE, OPC2_SQRT);
	case ISA_OP_FMADD_S: return fp_fused(t, in, idx, SINGLE, 0xb9);
	case ISA_OP_FMSUB_S: return fp_fused(t, in, idx, SINGLE, 0xbb);
	case ISA_OP_FNMSUB_S: return fp_fused(t, in, idx, SINGLE, 0xbd);
	case ISA_OP_FNMADD_S: return fp_fused(t, in, idx, SINGLE, 0xbf);
	case ISA_OP_FMADD_D: return fp_fused(t, in, idx, DOUBLE, 0xb9);
	case ISA_OP_FMSUB_D: return fp_fused(t, in, idx, DOUBLE, 0xbb);
	case ISA_OP_FNMSUB_D: return fp_fused(t, in, idx, DOUBLE, 0xbd);
	case ISA_OP_FNMADD_D: return fp_fused(t, in, idx, DOUBLE, 0xbf);
	case ISA_OP_FEQ_S: return fp_compare(t, in, idx, SINGLE, 0);
	case ISA_OP_FLT_S: return fp_compare(t, in, idx, SINGLE, 1);
	case ISA_OP_FLE_S: return fp_compare(t, in, idx, SINGLE, 2);
	case ISA_OP_FEQ_D: return fp_compare(t, in, idx, DOUBLE, 0);
	case ISA_OP_FLT_D: return fp_compare(t, in, idx, DOUBLE, 1);
	case ISA_OP_FLE_D: return fp_compare(t, in, idx, DOUBLE, 2);
	case ISA_OP_FSGNJ_S: return fp_sgnj(t, in, idx, SINGLE, 0);
	case ISA_OP_FSGNJN_S: return fp_sgnj(t, in, idx, SINGLE, 1);
	case ISA_OP_FSGNJX_S: return fp_sgnj(t, in, idx, SINGLE, 2);
	case ISA_OP_FSGNJ_D: return fp_sgnj(t, in, idx, DOUBLE, 0);
	case ISA_OP_FSGNJN_D: return fp_sgnj(t, in, idx, DOUBLE, 1);
	case ISA_OP_FSGNJX_D: return fp_sgnj(t, in, idx, DOUBLE, 2);
	case ISA_OP_FMIN_S: return fp_minmax(t, in, idx, SINGLE, 0);
	case ISA_OP_FMAX_S: return fp_minmax(t, in, idx, SINGLE, 1);
	case ISA_OP_FMIN_D: return fp_minmax(t, in, idx, DOUBLE, 0);
	case ISA_OP_FMAX_D: return fp_minmax(t, in, idx, DOUBLE, 1);
	case ISA_OP_FCVT_W_S: return fp_to_int(t, in, idx, SINGLE, 32, 1);
	case ISA_OP_FCVT_WU_S: return fp_to_int(t, in, idx, SINGLE, 32, 0);
	case ISA_OP_FCVT_L_S: return fp_to_int(t, in, idx, SINGLE, 64, 1);
	case ISA_OP_FCVT_LU_S: return fp_to_int(t, in, idx, SINGLE, 64, 0);
	case ISA_OP_FCVT_W_D: return fp_to_int(t, in, idx, DOUBLE, 32, 1);
	case ISA_OP_FCVT_WU_D: return fp_to_int(t, in, idx, DOUBLE, 32, 0);
	case ISA_OP_FCVT_L_D: return fp_to_int(t, in, idx, DOUBLE, 64, 1);
	case ISA_OP_FCVT_LU_D: return fp_to_int(t, in, idx, DOUBLE, 64, 0);
	case ISA_OP_FCVT_S_W: return fp_from_int(t, in, idx, SINGLE, 32, 1);
	case ISA_OP_FCVT_S_WU: return fp_from_int(t, in, idx, SINGLE, 32, 0);
	case ISA_OP_FCVT_S_L: return fp_from_int(t, in, idx, SINGLE, 64, 1);
	case ISA_OP_FCVT_S_LU: return fp_from_int(t, in, idx, SINGLE, 64, 0);
	case ISA_OP_FCVT_D_W: return fp_from_int(t, in, idx, DOUBLE, 32, 1);
	case ISA_OP_FCVT_D_WU: return fp_from_int(t, in, idx, DOUBLE, 32, 0);
	case ISA_OP_FCVT_D_L: return fp_from_int(t, in, idx, DOUBLE, 64, 1);
	case ISA_OP_FCVT_D_LU: return fp_from_int(t, in, idx, DOUBLE, 64, 0);
	case ISA_OP_FCVT_S_D: return fp_convert(t, in, idx, 0);
	case ISA_OP_FCVT_D_S: return fp_convert(t, in, idx, 1);
	case ISA_OP_FMV_X_W:
	case ISA_OP_FMV_X_D:
		if (in->rd) {
			write_back(t, in->rs1);
			int d = tx_work_reg(t, in, 0);
			if (in->op == ISA_OP_FMV_X_W) x86_load_sx(e, X86_W32, d, CPU_FR(in->rs1));
			else x86_load(e, X86_W64, d, CPU_FR(in->rs1));
			tx_store_x(t, in->rd, d);
		}
		return 1;
	case ISA_OP_FMV_W_X: {
		t->accept_lazy = 1;
		int v = tx_src_x(t, in->rs1, HOST_T0);
		t->accept_lazy = 0;
		x86_store(e, X86_W32, CPU_FR(in->rd), v);
		x86_store_i(e, X86_W32, BOX_HI(in->rd), -1);
		fwritten(t, in->rd, 1);
		return 1;
	}
	case ISA_OP_FMV_D_X: {
		int v = tx_src_x(t, in->rs1, HOST_T0);
		x86_store(e, X86_W64, CPU_FR(in->rd), v);
		fwritten(t, in->rd, 0);
		return 1;
	}
	case ISA_OP_CSRRW: case ISA_OP_CSRRS: case ISA_OP_CSRRC:
	case ISA_OP_CSRRWI: case ISA_OP_CSRRSI: case ISA_OP_CSRRCI:
		return fp_csr(t, in, idx);
	default:
		return 0;
	}
}

/* At least three xmm registers not dirty, for the sources of the next instruction (take). */
static void keep_clean_registers(struct tx *t)
{
	int dirty = __builtin_popcount(t->fp.dirty);
	for (uint32_t m = t->fp.dirty; m && dirty > XMM_COUNT - 3; m &= m - 1, dirty--)
		write_back(t, (unsigned)__builtin_ctz(m));
}

/* The ops whose integer source is its low 32 bits only: a lazy one serves as it is. */
static int reads_low_half(enum isa_op op)
{
	return op == ISA_OP_FCVT_S_W || op == ISA_OP_FCVT_S_WU || op == ISA_OP_FCVT_D_W || op == ISA_OP_FCVT_D_WU ||
	       op == ISA_OP_FMV_W_X;
}

int dbt_fp_insn(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	host_features();
	t->fp.busy = 0;
	keep_clean_registers(t);
	t->fp_start = t->fp;
	/* The slow paths (fp_end) are emitted with the x registers where the inline path left them:
	 * so the inline path moves none (no allocation, no eviction) and settles what it reads
	 * first, before its first jump. The other lazy registers stay lazy on every path (a slow
	 * path's helper call settles them for itself: a settled value is a lazy one too). */
	if (!reads_low_half(in->op)) tx_settle_reads(t, in);
	t->no_alloc = 1;
	int done = fp_op(t, in, idx);
	t->no_alloc = 0;
	if (done) return 1;
	t->fp.boxed &= ~(1u << in->rd); /* the helper may write f[rd] (or x[rd]: no harm) */
	return 0;
}
