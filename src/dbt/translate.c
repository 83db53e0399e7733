/* The block translator: one decoded block (isa/block.h) to x86-64 code in the cache.
 *
 *   if (!dbt_translate(b)) ... cache full: dbt_flush() and try again
 *   // b->translation now points at the record: entry, size, side table
 *
 * Shape of a translation (after its record):
 *   ib_entry: cmp rax, pc ; jne ib_miss  (the hashed jump cache's way in, indirect.c)
 *   code:  cmp dword [cpu.pending], 0 ; jne leave_pending    (every entry, chained ones too)
 *   body:  paddq xmm15, [counts + 16n]   (instret: the whole block counted once)
 *          ... one host sequence per guest instruction ...
 *          exits: direct ones as patchable jmp stubs, jalr through the jump caches
 *   stubs: out-of-range accesses (call dbt.r.oob[..]), the pending exit
 * Guest memory: `cmp rs1, [cpu.mem_limit]; jae oob; op [rs1 + imm]`, guest memory being at its
 * host address (mem/region.c), or `op gs:[rs1 + imm]` where it is at an offset, the GS base being
 * mem_base (dbt_run sets it in each thread). The access instruction's offset goes into the side table, so
 * a host fault on it maps back to the guest instruction (dbt_fault_hook). Ops not worth inlining
 * call their C helper (dbt.helpers) with the guest registers written back and instret made exact,
 * then check for a trap.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tx.h"
#include "../mem/mem.h"

/* --- guest registers (regs.c keeps track of where they are) ------------------------------- */
/* dst op= guest r */
static void alu_x(struct tx *t, enum x86_alu op, int w, int dst, unsigned r)
{
	int h = tx_reg_of(t, r);
	if (r == 0) x86_alu_ri(&t->e, op, w, dst, 0);
	else if (h >= 0) x86_alu_rr(&t->e, op, w, dst, h);
	else x86_alu_rm(&t->e, op, w, dst, CPU_X(r));
}

/* --- exits --------------------------------------------------------------------------------- */
static void store_pc(struct tx *t, uint64_t pc)
{
	if (x86_fits_i32((int64_t)pc)) {
		x86_store_i(&t->e, X86_W64, CPU_PC, (int32_t)pc);
	} else {
		x86_mov_ri(&t->e, HOST_T1, pc, 1);
		x86_store(&t->e, X86_W64, CPU_PC, HOST_T1);
	}
}

/* Remembers a direct exit for links.c (a chain made as soon as both ends are translated). */
static void note_exit(struct tx *t, uint64_t target, uint8_t *site)
{
	if (site && t->n_exits < TX_MAX_EXITS) t->exits[t->n_exits++] = (struct tx_exit){ .target = target, .site = site };
}

/* Code that leaves for guest pc target, and site (the rel32 field of a jump, aimed here first)
 * with it: dbt_link patches site to go straight to target's translation. */
static void leave_direct(struct tx *t, uint64_t target, uint8_t *site)
{
	struct x86_buf *e = &t->e;
	if (!e->full) x86_patch_rel32(site, e->p);
	note_exit(t, target, site);
	store_pc(t, target);
	x86_lea(e, HOST_T0, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, site);
	x86_jmp(e, dbt.r.exit_direct);
}
/* A chainable `jmp rel32` to guest pc target, first aimed at the code after it, which leaves. */
static void jump_direct(struct tx *t, uint64_t target)
{
	x86_align_rel32(&t->e, 1);
	uint8_t *site = x86_jmp(&t->e, NULL);
	leave_direct(t, target, site);
}
/* A direct exit to guest pc target. */
static void exit_direct(struct tx *t, uint64_t target)
{
	tx_writeback(t);
	jump_direct(t, target);
}

/* jal: a call (dbt_ras_call: the return predicted) or a plain direct exit. */
static void exit_jal(struct tx *t, const struct isa_insn *in, uint64_t target, uint64_t ret_pc)
{
	tx_writeback(t);
	uint8_t *landing, *site = dbt_ras_call(&t->e, in, ret_pc, &landing);
	if (!site) {
		exit_direct(t, target);
		return;
	}
	leave_direct(t, target, site);
	leave_direct(t, ret_pc, landing);
}

/* Out-of-line code on the way out (an exit or a fault): the lazy registers sign-extended (pins
 * too: the exit routines store them), the dirty pool registers stored (tx_regs_dirty_map's) and
 * the dirty f registers (dbt_fp_dirty_map's). */
static void store_dirty(struct x86_buf *e, const uint8_t held[16], uint16_t lazy, const uint8_t fheld[16])
{
	for (int h = 0; h < 16; h++) {
		if (lazy >> h & 1) x86_movsx_rr(e, X86_W32, h, h);
		if (held[h]) x86_store(e, X86_W64, CPU_X(held[h]), h);
		if (!fheld[h]) continue;
		if (fheld[h] & DBT_FHELD_NAN) dbt_fp_canonical_nan(e, h, fheld[h] & DBT_FHELD_BOX);
		if (fheld[h] & DBT_FHELD_BOX) {
			x86_sse_rm(e, 0, OPC2_ORPS, h, x86_mem(X86_RIP, 0));
			if (!e->full) x86_patch_rel32(e->p - 4, dbt.r.box_const);
		}
		x86_sse_rm(e, PFX_F2, OPC2_MOVSD_STORE, h, CPU_FR((fheld[h] & ~(DBT_FHELD_BOX | DBT_FHELD_NAN)) - 1));
	}
}

/* On the way out before the block's end, rest of its instructions not run: the registers dirty
 * there (held, lazy: tx_regs_dirty_map's) stored without changing what the translation knows, and
 * the count taken back. Out-of-line code; the exit follows. */
static void unwind_early(struct x86_buf *e, const uint8_t held[16], uint16_t lazy, const uint8_t fheld[16],
			 uint32_t rest)
{
	store_dirty(e, held, lazy, fheld);
	dbt_instret_sub(e, rest);
}

/* Leaves for target before the block's end (unwind_early), by a chainable direct exit. */
static void leave_early(struct tx *t, const uint8_t held[16], uint16_t lazy, const uint8_t fheld[16], uint32_t rest,
			uint64_t target)
{
	unwind_early(&t->e, held, lazy, fheld, rest);
	jump_direct(t, target);
}

void tx_leave_after(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	uint8_t held[16], fheld[16];
	uint16_t lazy = tx_regs_dirty_map(t, held);
	dbt_fp_dirty_map(t, fheld);
	leave_early(t, held, lazy, fheld, t->b->n_guest - idx - 1, in->pc + in->len);
}

/* Leaves with reason; pc as given. */
static void exit_reason(struct tx *t, enum cpu_exit reason, uint64_t pc)
{
	tx_writeback(t);
	store_pc(t, pc);
	x86_store_i(&t->e, X86_W32, CPU_REASON, (int32_t)reason);
	x86_jmp(&t->e, dbt.r.exit_plain);
}

/* --- memory -------------------------------------------------------------------------------- */
/* The host instruction of op on m. */
static void emit_mem_op(struct x86_buf *e, const struct tx_mem_op *op, struct x86_mem m)
{
	switch (op->kind) {
	case TX_LOAD_SX:   x86_load_sx(e, op->w, op->reg, m); break;
	case TX_LOAD_ZX:   x86_load_zx(e, op->w, op->reg, m); break;
	case TX_STORE:     x86_store(e, op->w, m, op->reg); break;
	case TX_SSE_LOAD:  x86_sse_rm(e, op->prefix, OPC2_MOVSD_LOAD, op->reg, m); break;
	case TX_SSE_STORE: x86_sse_rm(e, op->prefix, OPC2_MOVSD_STORE, op->reg, m); break;
	case TX_XCHG:      x86_xchg_mr(e, op->w, m, op->reg); break;
	case TX_XADD:      x86_lock_xadd_mr(e, op->w, m, op->reg); break;
	}
}

/* Only the base is compared: with base below the limit, base + imm (imm within +-2 KiB) is in the
 * guest range or in one of the guard areas around it, where a host fault is the guest fault at
 * base + imm. The stub handles a base at or past the limit whatever imm brings it back to, and
 * then the base is past the limit by less than 2 KiB. So once a base register's value has been
 * compared in a block, any later base + imm is in range or in a guard: later accesses on it skip
 * the compare until the register is written (tx_regstate.checked). */
_Static_assert(MEM_GUARD_SIZE >= 8192, "two 12-bit offsets past the limit stay in the guard");

/* The next out-of-range stub; a block has at most two per instruction (an atomic's). */
static struct oob_stub *new_oob(struct tx *t)
{
	if (t->n_oob == sizeof t->oob / sizeof t->oob[0]) { /* a VM bug: the translation is dropped */
		t->failed = 1;
		t->n_oob = 0;
	}
	return &t->oob[t->n_oob++];
}

void tx_guest_access(struct tx *t, const struct isa_insn *in, uint32_t idx, int base, struct tx_mem_op op)
{
	struct x86_buf *e = &t->e;
	struct oob_stub *s = NULL;
	if (in->rs1 == 0 || !(t->rs.checked >> in->rs1 & 1)) {
		x86_alu_rm(e, X86_CMP, X86_W64, base, CPU_LIMIT);
		s = new_oob(t);
		*s = (struct oob_stub){ .jae = x86_jcc(e, X86_CC_AE, NULL), .base = base, .imm = (int32_t)in->imm,
					.op = op, .insn = idx };
		if (in->rs1 != 0) t->rs.checked |= 1u << in->rs1;
	}
	uint8_t held[16], fheld[16];
	uint16_t lazy = tx_regs_dirty_map(t, held);
	dbt_fp_dirty_map(t, fheld);
	if (!dbt_note_access((uint32_t)(e->p - t->code), idx, held, lazy, op.run, fheld)) t->failed = 1;
	emit_mem_op(e, &op, GUEST(base, in->imm));
	if (s) {
		memcpy(s->held, held, sizeof held);
		memcpy(s->fheld, fheld, sizeof fheld);
		s->lazy = lazy;
		s->resume = e->p;
	}
}

static void load(struct tx *t, const struct isa_insn *in, uint32_t idx, int w, int sign)
{
	int base = tx_src_x(t, in->rs1, HOST_T0);
	int dst = tx_work_reg(t, in, 0);
	tx_guest_access(t, in, idx, base, (struct tx_mem_op){ .kind = sign ? TX_LOAD_SX : TX_LOAD_ZX, .w = w, .reg = dst });
	if (sign ? w != X86_W64 : w < X86_W32) tx_store_x32(t, in->rd, dst, 0);
	else tx_store_x(t, in->rd, dst);
}

static void store(struct tx *t, const struct isa_insn *in, uint32_t idx, int w)
{
	t->accept_lazy = w != X86_W64; /* the value's low part only */
	int v = tx_src_x(t, in->rs2, HOST_T1);
	t->accept_lazy = 0;
	int base = tx_src_x(t, in->rs1, HOST_T0);
	tx_guest_access(t, in, idx, base, (struct tx_mem_op){ .kind = TX_STORE, .w = w, .reg = v });
}

/* amoswap and amoadd, .w and .d: one locked host instruction on the guest word (xchg, lock xadd),
 * which is as strong as any aq/rl ordering asks. The operand goes in HOST_T1 and the old value
 * comes back there. An address not naturally aligned is the guest's SIGBUS before anything else,
 * as the interpreters raise it (interp/atomic.h); one out of range or unmapped faults as a store
 * does. The other AMOs (and, or, xor, min, max) and LR/SC stay helpers: a compare-and-swap loop
 * for a result x86 has no instruction for, and they are rare in the workloads measured. */
static void amo(struct tx *t, const struct isa_insn *in, uint32_t idx, int w, enum tx_mem_kind kind)
{
	struct x86_buf *e = &t->e;
	t->accept_lazy = w != X86_W64; /* the operand's low half only */
	int v = tx_src_x(t, in->rs2, HOST_T1);
	t->accept_lazy = 0;
	if (v != HOST_T1) x86_mov_rr(e, X86_W64, HOST_T1, v);
	int base = tx_src_x(t, in->rs1, HOST_T0);
	x86_test_ri8(e, base, w == X86_W64 ? 7 : 3);
	struct oob_stub *s = new_oob(t);
	*s = (struct oob_stub){ .jae = x86_jcc(e, X86_CC_NE, NULL), .misaligned = 1, .base = base, .insn = idx };
	s->lazy = tx_regs_dirty_map(t, s->held);
	dbt_fp_dirty_map(t, s->fheld);
	tx_guest_access(t, in, idx, base, (struct tx_mem_op){ .kind = kind, .w = w, .reg = HOST_T1 });
	if (w == X86_W64) tx_store_x(t, in->rd, HOST_T1);
	else tx_store_x32(t, in->rd, HOST_T1, 1);
	dbt_stats.atomics_inline++;
}

/* --- helpers ------------------------------------------------------------------------------- */
/* The helper sees cpu->x exact where it looks: its sources, and everything when it may fault
 * (the fault unwinds from inside it). Pins in caller-saved registers are saved in any case, and
 * reloaded after, with rd's (saved too). A trap leaves through exit_after_call, which writes back only the
 * callee-saved pins (the others are exact in cpu->x already). */
void tx_call_helper(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	struct x86_buf *e = &t->e;
	uint32_t rest = t->b->n_guest - idx - 1; /* instructions after this one */
	int all = (isa_ops[in->op].flags & (ISA_F_LOAD | ISA_F_STORE)) != 0;
	tx_settle(t);
	for (int i = 0; i < (dbt.opt.pin ? dbt.opt.pins : 0); i++) {
		unsigned g = dbt_pinned_guest[i];
		/* rd too: it is reloaded after the call, and when rd names an f register (fsgnj.s
		 * fa0: rd = 10) the helper leaves x[rd] alone, so the reload must find the pin's value */
		if (all || dbt_host_caller_saved(dbt_pinned_host[i]) || g == in->rs1 || g == in->rs2 || g == in->rd)
			x86_store(e, X86_W64, CPU_X(g), dbt_pinned_host[i]);
	}
	tx_regs_around_call(t, in, 0);
	dbt_instret_store(e);
	if (rest) x86_alu_mi(e, X86_SUB, X86_W64, CPU_INSTRET, (int32_t)rest); /* exact for the helper */
	x86_lea(e, X86_RDI, x86_mem(HOST_CPU, -DBT_CPU_BIAS));
	x86_mov_ri(e, X86_RSI, (uint64_t)(uintptr_t)in, 0);
	x86_mov_ri(e, HOST_T0, (uint64_t)(uintptr_t)dbt.helpers[in->op], 0);
	x86_call_r(e, HOST_T0);
	x86_alu_mi(e, X86_CMP, X86_W32, CPU_REASON, 0);
	x86_jcc(e, X86_CC_NE, dbt.r.exit_after_call);
	dbt_instret_load(e);
	dbt_instret_add(e, rest);
	for (int i = 0; i < (dbt.opt.pin ? dbt.opt.pins : 0); i++)
		if (dbt_host_caller_saved(dbt_pinned_host[i]) || dbt_pinned_guest[i] == in->rd)
			x86_load(e, X86_W64, dbt_pinned_host[i], CPU_X(dbt_pinned_guest[i]));
	tx_regs_around_call(t, in, 1);
	t->rs.sx32 &= ~(1u << in->rd); /* the helper may have written any value there */
	t->rs.checked &= ~(1u << in->rd);
	dbt_fp_after_call(t);
}

/* --- instructions -------------------------------------------------------------------------- */
/* Whether op keeps sign-extended 32-bit values so (and, or, xor: bit by bit): then its sources
 * may stay lazy, and so may its result. */
static int keeps_sx32(enum x86_alu op) { return op == X86_AND || op == X86_OR || op == X86_XOR; }

/* rd = d, as a W instruction (w32) or a bitwise op on sign-extended 32-bit values left it. */
static void store_result(struct tx *t, const struct isa_insn *in, int d, int w32)
{
	if (w32) tx_store_x32(t, in->rd, d, 1);
	else if (t->accept_lazy) tx_store_x32(t, in->rd, d, t->saw_lazy);
	else tx_store_x(t, in->rd, d);
}

/* A commutative rd = rs1 op rd as rd = rd op rs1 (in swapped), so that rd's own register is the
 * destination and rs1 its operand: no copy through a scratch register. Else in itself. */
static const struct isa_insn *commuted(struct tx *t, const struct isa_insn *in, struct isa_insn *swapped)
{
	if (in->rd != in->rs2 || in->rs1 == in->rs2 || tx_reg_of(t, in->rd) < 0) return in;
	*swapped = *in;
	swapped->rs1 = in->rs2;
	swapped->rs2 = in->rs1;
	return swapped;
}

/* rd = rs1 op rs2 for a group-1 op; w32: the W form (sign-extend the low half). */
static void alu_rrr(struct tx *t, const struct isa_insn *in, enum x86_alu op, int w32)
{
	if (in->rd == 0) return;
	t->accept_lazy = w32 || (keeps_sx32(op) && tx_is_sx32(t, in->rs1) && tx_is_sx32(t, in->rs2));
	int neutral_zero = op == X86_ADD || op == X86_OR || op == X86_XOR || (op == X86_SUB && in->rs1 != 0);
	if (!w32 && neutral_zero && (in->rs1 == 0 || in->rs2 == 0)) { /* a move: mv, or x op 0 */
		unsigned src = in->rs1 == 0 ? in->rs2 : in->rs1;
		if (src == in->rd) return;
		int was_checked = t->rs.checked >> src & 1;
		t->accept_lazy = tx_is_sx32(t, src);
		int d = tx_work_reg(t, in, 0);
		tx_load_x(t, d, src);
		store_result(t, in, d, 0);
		tx_regs_derived(t, in, src, was_checked);
		return;
	}
	if (op == X86_ADD && in->rd != in->rs1 && in->rd != in->rs2 && in->rs1 != 0 && in->rs2 != 0) {
		/* both addends in host registers, rd another: one lea instead of a copy and an add */
		int a = tx_reg_of(t, in->rs1), b = a >= 0 ? tx_reg_of(t, in->rs2) : -1;
		if (b >= 0 && b != X86_RSP) {
			int d = tx_work_reg(t, in, 1);
			op_rm(&t->e, 0, w32 ? X86_W32 : X86_W64, 0, OPC_LEA, d, x86_mem_idx(a, b, 1, 0), 0);
			store_result(t, in, d, w32);
			return;
		}
	}
	struct isa_insn swapped;
	if (op != X86_SUB) in = commuted(t, in, &swapped);
	int d = tx_work_reg(t, in, 1);
	tx_load_x(t, d, in->rs1);
	alu_x(t, op, w32 ? X86_W32 : X86_W64, d, in->rs2);
	store_result(t, in, d, w32);
}
static void alu_rri(struct tx *t, const struct isa_insn *in, enum x86_alu op, int w32)
{
	if (in->rd == 0) return;
	/* the immediate is a sign-extended 12-bit value: bitwise ops keep the form */
	t->accept_lazy = w32 || (keeps_sx32(op) && tx_is_sx32(t, in->rs1));
	if (w32 && in->imm == 0 && in->rs1 != 0 && in->rd == in->rs1 && tx_reg_of(t, in->rd) >= 0) {
		/* sext.w r, r in a host register: the extension put off (it is none when r's value is one already) */
		if (!tx_is_sx32(t, in->rd)) tx_store_x32(t, in->rd, tx_reg_of(t, in->rd), 1);
		return;
	}
	int d = tx_work_reg(t, in, 0);
	if (w32 && in->imm == 0 && in->rs1 != 0) { /* sext.w */
		int h = tx_reg_of(t, in->rs1);
		if (h >= 0) x86_movsx_rr(&t->e, X86_W32, d, h);
		else x86_load_sx(&t->e, X86_W32, d, CPU_X(in->rs1));
		tx_store_x32(t, in->rd, d, 0);
		return;
	}
	if (in->rs1 == 0 && !w32) {
		uint64_t v = op == X86_AND ? 0 : (uint64_t)in->imm; /* 0 + imm, 0 | imm, 0 ^ imm */
		x86_mov_ri(&t->e, d, v, 0);
		tx_store_x32(t, in->rd, d, 0);
		return;
	}
	if (op == X86_ADD && in->imm != 0 && tx_reg_of(t, in->rs1) >= 0 && tx_reg_of(t, in->rs1) != d) {
		/* a copy and an add in one */
		x86_lea(&t->e, d, x86_mem(tx_reg_of(t, in->rs1), (int32_t)in->imm));
	} else {
		tx_load_x(t, d, in->rs1);
		if (in->imm != 0 || w32 || op == X86_AND) x86_alu_ri(&t->e, op, w32 ? X86_W32 : X86_W64, d, (int32_t)in->imm);
	}
	store_result(t, in, d, w32);
}
static void shift_imm(struct tx *t, const struct isa_insn *in, enum x86_shift op, int w32)
{
	if (in->rd == 0) return;
	t->accept_lazy = w32;
	int d = tx_work_reg(t, in, 0);
	tx_load_x(t, d, in->rs1);
	if (in->imm) x86_shift_ri(&t->e, op, w32 ? X86_W32 : X86_W64, d, (uint8_t)in->imm);
	/* a 32-bit shift right by 1 or more leaves bit 31 clear, and x86 zero-extends it: done */
	if (w32) tx_store_x32(t, in->rd, d, !(op == X86_SHR && in->imm));
	else tx_store_x(t, in->rd, d);
}
/* x86 masks the count to 6 (5 for 32-bit) bits, as RISC-V does. */
static void shift_reg(struct tx *t, const struct isa_insn *in, enum x86_shift op, int w32)
{
	if (in->rd == 0) return;
	t->accept_lazy = 1; /* the count's low bits only; for W, the value's low half only */
	tx_load_x(t, X86_RCX, in->rs2);
	t->accept_lazy = w32;
	int d = tx_work_reg(t, in, 0);
	tx_load_x(t, d, in->rs1);
	x86_shift_cl(&t->e, op, w32 ? X86_W32 : X86_W64, d);
	store_result(t, in, d, w32);
}
/* rd = (rs1 cc rs2) ? 1 : 0; imm: compare with in->imm instead of rs2 */
static void set_cc(struct tx *t, const struct isa_insn *in, enum x86_cc cc, int imm)
{
	if (in->rd == 0) return;
	int a = tx_src_x(t, in->rs1, HOST_T0);
	if (imm) x86_alu_ri(&t->e, X86_CMP, X86_W64, a, (int32_t)in->imm);
	else alu_x(t, X86_CMP, X86_W64, a, in->rs2);
	x86_setcc(&t->e, cc, HOST_T1);
	x86_movzx_rr(&t->e, X86_W8, HOST_T1, HOST_T1);
	tx_store_x(t, in->rd, HOST_T1);
}
static void mul(struct tx *t, const struct isa_insn *in, int w32)
{
	if (in->rd == 0) return;
	t->accept_lazy = w32;
	struct isa_insn swapped;
	in = commuted(t, in, &swapped);
	int d = tx_work_reg(t, in, 1);
	tx_load_x(t, d, in->rs1);
	int w = w32 ? X86_W32 : X86_W64;
	if (in->rs2 == 0) x86_mov_ri(&t->e, d, 0, 0);
	else if (tx_reg_of(t, in->rs2) >= 0) x86_imul_rr(&t->e, w, d, tx_reg_of(t, in->rs2));
	else x86_imul_rm(&t->e, w, d, CPU_X(in->rs2));
	store_result(t, in, d, w32);
}
/* mulh (digit 5, imul) / mulhu (digit 4, mul): the high half lands in rdx. */
static void mulh(struct tx *t, const struct isa_insn *in, int digit)
{
	if (in->rd == 0) return;
	int b = tx_src_x(t, in->rs2, HOST_T1);
	tx_load_x(t, HOST_T0, in->rs1);
	x86_grp3_r(&t->e, digit, X86_W64, b);
	tx_store_x(t, in->rd, HOST_T2);
}
/* div, divu, rem, remu and their W forms: x86's div and idiv, after the two cases where x86
 * traps and RISC-V answers: a zero divisor (quotient all ones, remainder the dividend) and signed
 * overflow, -2^(XLEN-1) / -1 (quotient the dividend, remainder 0), which any divisor -1 joins
 * (quotient the negated dividend, which wraps to itself there; remainder 0). */
static void divide(struct tx *t, const struct isa_insn *in, int is_signed, int remainder, int w32)
{
	if (in->rd == 0) return;
	struct x86_buf *e = &t->e;
	int w = w32 ? X86_W32 : X86_W64;
	t->accept_lazy = w32; /* W forms read the low halves only */
	tx_load_x(t, HOST_T1, in->rs2);
	tx_load_x(t, HOST_T0, in->rs1);
	x86_test_rr(e, w, HOST_T1, HOST_T1);
	uint8_t *by_zero = x86_jcc(e, X86_CC_E, NULL);
	uint8_t *by_minus_one = NULL;
	if (is_signed) {
		x86_alu_ri(e, X86_CMP, w, HOST_T1, -1);
		by_minus_one = x86_jcc(e, X86_CC_E, NULL);
		x86_sign_into_dx(e, w);
	} else {
		x86_alu_rr(e, X86_XOR, X86_W32, HOST_T2, HOST_T2);
	}
	x86_grp3_r(e, is_signed ? 7 : 6, w, HOST_T1);
	uint8_t *done = x86_jmp(e, NULL);
	if (!e->full) x86_patch_rel32(by_zero, e->p);
	if (remainder) x86_mov_rr(e, X86_W64, HOST_T2, HOST_T0);
	else x86_mov_ri(e, HOST_T0, ~0ull, 0);
	if (is_signed) {
		uint8_t *zero_done = x86_jmp(e, NULL);
		if (!e->full) x86_patch_rel32(by_minus_one, e->p);
		if (remainder) x86_alu_rr(e, X86_XOR, X86_W32, HOST_T2, HOST_T2);
		else x86_grp3_r(e, 3, w, HOST_T0);
		if (!e->full) x86_patch_rel32(zero_done, e->p);
	}
	if (!e->full) x86_patch_rel32(done, e->p);
	int r = remainder ? HOST_T2 : HOST_T0;
	if (w32) tx_store_x32(t, in->rd, r, 1);
	else tx_store_x(t, in->rd, r);
}
/* rd = (rs1 << sh) + rs2, rs1 zero-extended from 32 bits first when uw */
static void shadd(struct tx *t, const struct isa_insn *in, int sh, int uw)
{
	if (in->rd == 0) return;
	int a = tx_src_x(t, in->rs1, HOST_T0);
	if (uw) {
		x86_mov_rr(&t->e, X86_W32, HOST_T0, a);
		a = HOST_T0;
	}
	int b = tx_src_x(t, in->rs2, HOST_T1);
	int d = tx_reg_of(t, in->rd) >= 0 ? tx_reg_of(t, in->rd) : HOST_T0;
	x86_lea(&t->e, d, x86_mem_idx(b, a, 1 << sh, 0));
	tx_store_x(t, in->rd, d);
}

/* Flags for a branch on cc: rs1 against rs2, or a register tested against itself when the other is
 * zero; returns the condition to jump on (cc with the operands swapped for zero against rs2).
 * Two sign-extended 32-bit values compare as their low halves, signed or unsigned alike (the
 * extension keeps both orders), so lazy ones need no settling. */
static enum x86_cc compare(struct tx *t, const struct isa_insn *in, enum x86_cc cc)
{
	int sx1 = tx_is_sx32(t, in->rs1), sx2 = tx_is_sx32(t, in->rs2);
	int w = sx1 && sx2 ? X86_W32 : X86_W64;
	if (sx1 != sx2) t->wants_sx32 |= 1u << in->rs1 | 1u << in->rs2; /* a self-loop may assume both */
	t->accept_lazy = w == X86_W32;
	if (in->rs1 == 0 && in->rs2 != 0) {
		int b = tx_src_x(t, in->rs2, HOST_T0);
		t->accept_lazy = 0;
		x86_test_rr(&t->e, w, b, b);
		switch (cc) { /* 0 cc b as b cc' 0 */
		case X86_CC_L: return X86_CC_G;
		case X86_CC_GE: return X86_CC_LE;
		case X86_CC_B: return X86_CC_NE;
		case X86_CC_AE: return X86_CC_E;
		default: return cc; /* E, NE */
		}
	}
	int a = tx_src_x(t, in->rs1, HOST_T0);
	if (in->rs2 == 0) x86_test_rr(&t->e, w, a, a);
	else alu_x(t, X86_CMP, w, a, in->rs2);
	t->accept_lazy = 0;
	return cc;
}

/* The back edge of a block that loops on itself: round again without leaving, its registers put
 * back where the loop head has them, past the pending check every time. */
static void round_again(struct tx *t)
{
	tx_regs_to_head(t);
	dbt_fp_loop_back(t);
	x86_alu_mi(&t->e, X86_CMP, X86_W32, CPU_PENDING, 0);
	x86_jcc(&t->e, X86_CC_E, t->loop);
	exit_reason(t, CPU_EXIT_SIGNAL, t->b->pc);
}

/* Returns 1 when the branch ended the block; before its end, the branch taken is a side exit
 * (an out-of-line stub stores what is dirty there and leaves) and the block goes on. */
static int branch(struct tx *t, const struct isa_insn *in, uint32_t idx, enum x86_cc cc)
{
	struct x86_buf *e = &t->e;
	uint64_t target = in->pc + (uint64_t)in->imm;
	if (idx + 1 < t->b->n_insns) {
		struct side_exit *s = &t->side[t->n_side++];
		s->target = target;
		s->indirect = NULL;
		s->rest = t->b->n_guest - idx - 1;
		cc = compare(t, in, cc);
		s->lazy = tx_regs_dirty_map(t, s->held); /* after the compare, which may move registers */
		dbt_fp_dirty_map(t, s->fheld);
		s->jcc[0] = x86_jcc(e, cc, NULL);
		s->jcc[1] = NULL;
		return 0;
	}
	int self_loop = t->loop != NULL && target == t->b->pc;
	if (!self_loop) tx_writeback(t); /* both ways leave: once, before the compare */
	cc = compare(t, in, cc);
	if (self_loop) {
		struct tx_regstate here = t->rs;
		struct tx_fp fp_here = t->fp;
		uint8_t *fall = x86_jcc(e, (enum x86_cc)(cc ^ 1), NULL);
		round_again(t);
		if (!e->full) x86_patch_rel32(fall, e->p);
		t->rs = here;
		t->fp = fp_here;
		exit_direct(t, in->pc + in->len);
		return 1;
	}
	/* taken: the jcc itself is the site, chained straight to the target */
	x86_align_rel32(e, 2);
	uint8_t *jcc = x86_jcc(e, cc, NULL);
	exit_direct(t, in->pc + in->len);
	leave_direct(t, target, jcc);
	return 1;
}

/* A jal's rd = the pc after it. */
static void write_link(struct tx *t, const struct isa_insn *in)
{
	if (!in->rd) return;
	int d = tx_work_reg(t, in, 0);
	x86_mov_ri(&t->e, d, in->pc + in->len, 0);
	tx_store_x(t, in->rd, d);
}

/* Whether a followed return surely goes back to its call's return point: the followed call of
 * this block wrote that link to the register, and nothing since has written it. */
static int returns_surely(const struct tx *t, const struct isa_insn *in, uint32_t idx, uint64_t expected)
{
	if (in->imm != 0) return 0;
	for (uint32_t j = idx; j-- > 0;) {
		const struct isa_insn *call = &t->b->insns[j];
		if (call->op != ISA_OP_JAL_FOLLOWED || call->rd != in->rs1) continue;
		return call->pc + call->len == expected && tx_unwritten_between(t, j + 1, idx, in->rs1);
	}
	return 0;
}

/* The return of a call the block followed: on in the block when its target is the call's return
 * point (imm2 + pc), else a side exit leaving as the jalr would, through the jump caches. */
static void return_guard(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	struct x86_buf *e = &t->e;
	uint64_t expected = in->pc + (uint64_t)(int64_t)in->imm2;
	if (returns_surely(t, in, idx, expected)) return;
	int a = tx_src_x(t, in->rs1, HOST_T0);
	x86_lea(e, HOST_T0, x86_mem(a, (int32_t)in->imm));
	x86_alu_ri(e, X86_AND, X86_W64, HOST_T0, -2);
	if (x86_fits_i32((int64_t)expected)) {
		x86_alu_ri(e, X86_CMP, X86_W64, HOST_T0, (int32_t)expected);
	} else { /* HOST_T1 is free: scratch_of (regs.c) gives this op both scratch registers */
		x86_movabs(e, HOST_T1, expected);
		x86_alu_rr(e, X86_CMP, X86_W64, HOST_T0, HOST_T1);
	}
	struct side_exit *s = &t->side[t->n_side++];
	s->target = 0;
	s->indirect = in;
	s->rest = t->b->n_guest - idx - 1;
	s->lazy = tx_regs_dirty_map(t, s->held);
	dbt_fp_dirty_map(t, s->fheld);
	s->jcc[0] = x86_jcc(e, X86_CC_NE, NULL);
	s->jcc[1] = NULL;
}

/* rd = rs1 op ~rs2 (andn, orn), or ~(rs1 ^ rs2) (xnor) */
static void logic_not(struct tx *t, const struct isa_insn *in, enum x86_alu op, int invert_result)
{
	if (in->rd == 0) return;
	tx_load_x(t, HOST_T1, in->rs2);
	if (!invert_result) x86_grp3_r(&t->e, 2, X86_W64, HOST_T1);
	int d = tx_work_reg(t, in, 0);
	tx_load_x(t, d, in->rs1);
	x86_alu_rr(&t->e, op, X86_W64, d, HOST_T1);
	if (invert_result) x86_grp3_r(&t->e, 2, X86_W64, d);
	tx_store_x(t, in->rd, d);
}
/* rd = rs2 when (rs1 cc rs2) fails to hold... precisely: d = rs1; if (d cc rs2) d = rs2. */
static void minmax(struct tx *t, const struct isa_insn *in, enum x86_cc take_rs2)
{
	if (in->rd == 0) return;
	tx_load_x(t, HOST_T1, in->rs2);
	int d = tx_work_reg(t, in, 0);
	tx_load_x(t, d, in->rs1);
	x86_alu_rr(&t->e, X86_CMP, X86_W64, d, HOST_T1);
	x86_cmov_rr(&t->e, take_rs2, X86_W64, d, HOST_T1);
	tx_store_x(t, in->rd, d);
}
static void extend(struct tx *t, const struct isa_insn *in, int w, int sign)
{
	if (in->rd == 0) return;
	int a = tx_src_x(t, in->rs1, HOST_T0);
	int d = tx_work_reg(t, in, 0);
	if (sign) x86_movsx_rr(&t->e, w, d, a);
	else x86_movzx_rr(&t->e, w, d, a);
	tx_store_x(t, in->rd, d);
}

/* One guest instruction; idx its index in the block. Returns 1 when it ended the block. */
static int insn(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	struct x86_buf *e = &t->e;
	uint64_t npc = in->pc + in->len;
	switch (in->op) {
	case ISA_OP_LUI: case ISA_OP_AUIPC: {
		if (!in->rd) return 0;
		uint64_t v = (uint64_t)in->imm + (in->op == ISA_OP_AUIPC ? in->pc : 0);
		int d = tx_work_reg(t, in, 0);
		x86_mov_ri(e, d, v, 0);
		if (in->op == ISA_OP_LUI) tx_store_x32(t, in->rd, d, 0); /* known sign-extended */
		else tx_store_x(t, in->rd, d);
		tx_regs_constant(t, in->rd, v);
		return 0;
	}
	case ISA_OP_JAL: {
		if (t->loop && in->rd == ISA_REG_ZERO && in->pc + (uint64_t)in->imm == t->b->pc) {
			round_again(t);
			return 1;
		}
		write_link(t, in);
		exit_jal(t, in, in->pc + (uint64_t)in->imm, npc);
		return 1;
	}
	case ISA_OP_RET_FOLLOWED: return_guard(t, in, idx); return 0;
	case ISA_OP_JAL_FOLLOWED: write_link(t, in); return 0; /* the block goes on at the target */
	case ISA_OP_JALR: {
		int a = tx_src_x(t, in->rs1, HOST_T0);
		x86_lea(e, HOST_T0, x86_mem(a, (int32_t)in->imm));
		x86_alu_ri(e, X86_AND, X86_W64, HOST_T0, -2);
		if (in->rd) {
			int d = tx_reg_of(t, in->rd) >= 0 ? tx_reg_of(t, in->rd) : HOST_T1;
			x86_mov_ri(e, d, npc, 0);
			tx_store_x(t, in->rd, d);
		}
		tx_writeback(t);
		uint8_t *landing = dbt_ras_push(e, in, npc);
		dbt_indirect_exit(e, in); /* return-address stack, jump caches, manager */
		if (landing) leave_direct(t, npc, landing);
		return 1;
	}
	case ISA_OP_BEQ:  return branch(t, in, idx, X86_CC_E);
	case ISA_OP_BNE:  return branch(t, in, idx, X86_CC_NE);
	case ISA_OP_BLT:  return branch(t, in, idx, X86_CC_L);
	case ISA_OP_BGE:  return branch(t, in, idx, X86_CC_GE);
	case ISA_OP_BLTU: return branch(t, in, idx, X86_CC_B);
	case ISA_OP_BGEU: return branch(t, in, idx, X86_CC_AE);
	case ISA_OP_LB:  load(t, in, idx, X86_W8, 1); return 0;
	case ISA_OP_LH:  load(t, in, idx, X86_W16, 1); return 0;
	case ISA_OP_LW:  load(t, in, idx, X86_W32, 1); return 0;
	case ISA_OP_LD:  load(t, in, idx, X86_W64, 1); return 0;
	case ISA_OP_LBU: load(t, in, idx, X86_W8, 0); return 0;
	case ISA_OP_LHU: load(t, in, idx, X86_W16, 0); return 0;
	case ISA_OP_LWU: load(t, in, idx, X86_W32, 0); return 0;
	case ISA_OP_SB:  store(t, in, idx, X86_W8); return 0;
	case ISA_OP_SH:  store(t, in, idx, X86_W16); return 0;
	case ISA_OP_SW:  store(t, in, idx, X86_W32); return 0;
	case ISA_OP_SD:  store(t, in, idx, X86_W64); return 0;
	case ISA_OP_AMOSWAP_W: amo(t, in, idx, X86_W32, TX_XCHG); return 0;
	case ISA_OP_AMOSWAP_D: amo(t, in, idx, X86_W64, TX_XCHG); return 0;
	case ISA_OP_AMOADD_W:  amo(t, in, idx, X86_W32, TX_XADD); return 0;
	case ISA_OP_AMOADD_D:  amo(t, in, idx, X86_W64, TX_XADD); return 0;
	case ISA_OP_ADDI: {
		int was_checked = t->rs.checked >> in->rs1 & 1;
		alu_rri(t, in, X86_ADD, 0);
		tx_regs_derived(t, in, in->rs1, was_checked);
		return 0;
	}
	case ISA_OP_XORI:  alu_rri(t, in, X86_XOR, 0); return 0;
	case ISA_OP_ORI:   alu_rri(t, in, X86_OR, 0); return 0;
	case ISA_OP_ANDI:  alu_rri(t, in, X86_AND, 0); return 0;
	case ISA_OP_ADDIW: alu_rri(t, in, X86_ADD, 1); return 0;
	case ISA_OP_SLTI:  set_cc(t, in, X86_CC_L, 1); return 0;
	case ISA_OP_SLTIU: set_cc(t, in, X86_CC_B, 1); return 0;
	case ISA_OP_SLT:   set_cc(t, in, X86_CC_L, 0); return 0;
	case ISA_OP_SLTU:  set_cc(t, in, X86_CC_B, 0); return 0;
	case ISA_OP_SLLI:  shift_imm(t, in, X86_SHL, 0); return 0;
	case ISA_OP_SRLI:  shift_imm(t, in, X86_SHR, 0); return 0;
	case ISA_OP_SRAI:  shift_imm(t, in, X86_SAR, 0); return 0;
	case ISA_OP_RORI:  shift_imm(t, in, X86_ROR, 0); return 0;
	case ISA_OP_SLLIW: shift_imm(t, in, X86_SHL, 1); return 0;
	case ISA_OP_SRLIW: shift_imm(t, in, X86_SHR, 1); return 0;
	case ISA_OP_SRAIW: shift_imm(t, in, X86_SAR, 1); return 0;
	case ISA_OP_RORIW: shift_imm(t, in, X86_ROR, 1); return 0;
	case ISA_OP_ADD:  alu_rrr(t, in, X86_ADD, 0); return 0;
	case ISA_OP_SUB:  alu_rrr(t, in, X86_SUB, 0); return 0;
	case ISA_OP_XOR:  alu_rrr(t, in, X86_XOR, 0); return 0;
	case ISA_OP_OR:   alu_rrr(t, in, X86_OR, 0); return 0;
	case ISA_OP_AND:  alu_rrr(t, in, X86_AND, 0); return 0;
	case ISA_OP_ADDW: alu_rrr(t, in, X86_ADD, 1); return 0;
	case ISA_OP_SUBW: alu_rrr(t, in, X86_SUB, 1); return 0;
	case ISA_OP_SLL:  shift_reg(t, in, X86_SHL, 0); return 0;
	case ISA_OP_SRL:  shift_reg(t, in, X86_SHR, 0); return 0;
	case ISA_OP_SRA:  shift_reg(t, in, X86_SAR, 0); return 0;
	case ISA_OP_ROL:  shift_reg(t, in, X86_ROL, 0); return 0;
	case ISA_OP_ROR:  shift_reg(t, in, X86_ROR, 0); return 0;
	case ISA_OP_SLLW: shift_reg(t, in, X86_SHL, 1); return 0;
	case ISA_OP_SRLW: shift_reg(t, in, X86_SHR, 1); return 0;
	case ISA_OP_SRAW: shift_reg(t, in, X86_SAR, 1); return 0;
	case ISA_OP_ROLW: shift_reg(t, in, X86_ROL, 1); return 0;
	case ISA_OP_RORW: shift_reg(t, in, X86_ROR, 1); return 0;
	case ISA_OP_MUL:   mul(t, in, 0); return 0;
	case ISA_OP_MULW:  mul(t, in, 1); return 0;
	case ISA_OP_MULH:  mulh(t, in, 5); return 0;
	case ISA_OP_MULHU: mulh(t, in, 4); return 0;
	case ISA_OP_DIV:   divide(t, in, 1, 0, 0); return 0;
	case ISA_OP_DIVU:  divide(t, in, 0, 0, 0); return 0;
	case ISA_OP_REM:   divide(t, in, 1, 1, 0); return 0;
	case ISA_OP_REMU:  divide(t, in, 0, 1, 0); return 0;
	case ISA_OP_DIVW:  divide(t, in, 1, 0, 1); return 0;
	case ISA_OP_DIVUW: divide(t, in, 0, 0, 1); return 0;
	case ISA_OP_REMW:  divide(t, in, 1, 1, 1); return 0;
	case ISA_OP_REMUW: divide(t, in, 0, 1, 1); return 0;
	case ISA_OP_SH1ADD:    shadd(t, in, 1, 0); return 0;
	case ISA_OP_SH2ADD:    shadd(t, in, 2, 0); return 0;
	case ISA_OP_SH3ADD:    shadd(t, in, 3, 0); return 0;
	case ISA_OP_ADD_UW:    shadd(t, in, 0, 1); return 0;
	case ISA_OP_SH1ADD_UW: shadd(t, in, 1, 1); return 0;
	case ISA_OP_SH2ADD_UW: shadd(t, in, 2, 1); return 0;
	case ISA_OP_SH3ADD_UW: shadd(t, in, 3, 1); return 0;
	case ISA_OP_ANDN: logic_not(t, in, X86_AND, 0); return 0;
	case ISA_OP_ORN:  logic_not(t, in, X86_OR, 0); return 0;
	case ISA_OP_XNOR: logic_not(t, in, X86_XOR, 1); return 0;
	case ISA_OP_MAX:  minmax(t, in, X86_CC_L); return 0;
	case ISA_OP_MIN:  minmax(t, in, X86_CC_G); return 0;
	case ISA_OP_MAXU: minmax(t, in, X86_CC_B); return 0;
	case ISA_OP_MINU: minmax(t, in, X86_CC_A); return 0;
	case ISA_OP_SEXT_B: extend(t, in, X86_W8, 1); return 0;
	case ISA_OP_SEXT_H: extend(t, in, X86_W16, 1); return 0;
	case ISA_OP_ZEXT_H: extend(t, in, X86_W16, 0); return 0;
	case ISA_OP_FENCE: x86_mfence(e); return 0;
	case ISA_OP_ECALL:  if (dbt_syscall_inline(t, in)) exit_direct(t, npc); else exit_reason(t, CPU_EXIT_ECALL, in->pc); return 1;
	case ISA_OP_EBREAK: exit_reason(t, CPU_EXIT_EBREAK, in->pc); return 1;
	case ISA_OP_FENCE_I: exit_reason(t, CPU_EXIT_FENCE_I, npc); return 1;
	case ISA_OP_ILLEGAL:
		x86_store_i(e, X86_W32, CPU_F(offsetof(struct cpu, trap_bits)), (int32_t)in->bits);
		exit_reason(t, CPU_EXIT_ILLEGAL, in->pc);
		return 1;
	case ISA_OP_BLOCK_END: exit_direct(t, in->pc); return 1;
	case ISA_OP_CALL_ROUTINE: dbt_routine_call(t, in, idx); return 0;
	default:
		if (!dbt_fp_insn(t, in, idx)) tx_call_helper(t, in, idx);
		return 0;
	}
}

static void emit_stubs(struct tx *t, uint64_t block_pc, uint8_t *pending_jne)
{
	struct x86_buf *e = &t->e;
	for (uint32_t i = 0; i < t->n_oob; i++) {
		struct oob_stub *s = &t->oob[i];
		/* rax = base + imm, wrapped as the guest wraps it; in range: the access on it, back */
		if (!e->full) x86_patch_rel32(s->jae, e->p);
		x86_lea(e, HOST_T0, x86_mem(s->base, s->imm));
		if (!s->misaligned) {
			x86_alu_rm(e, X86_CMP, X86_W64, HOST_T0, CPU_LIMIT);
			uint8_t *out = x86_jcc(e, X86_CC_AE, NULL);
			if (!dbt_note_access((uint32_t)(e->p - t->code), s->insn, s->held, s->lazy, s->op.run, s->fheld)) t->failed = 1;
			emit_mem_op(e, &s->op, GUEST(HOST_T0, 0));
			x86_jmp(e, s->resume);
			/* out of range: the guest fault at rax */
			if (!e->full) x86_patch_rel32(out, e->p);
		}
		store_dirty(e, s->held, s->lazy, s->fheld);
		enum dbt_oob kind = s->misaligned ? DBT_OOB_ATOMIC_MISALIGNED
				    : s->op.kind == TX_XCHG || s->op.kind == TX_XADD ? DBT_OOB_ATOMIC
				    : s->op.kind == TX_STORE || s->op.kind == TX_SSE_STORE ? DBT_OOB_WRITE : DBT_OOB_READ;
		x86_call(e, dbt.r.oob[kind]);
		static const uint8_t none[16];
		if (!dbt_note_access((uint32_t)(e->p - t->code), s->insn, none, 0, s->op.run, none)) t->failed = 1;
	}
	dbt_fp_slow_paths(t);
	dbt_fp_nan_fixes(t);
	for (uint32_t i = 0; i < t->n_side; i++) {
		struct side_exit *s = &t->side[i];
		for (int j = 0; j < TX_SIDE_JUMPS && s->jcc[j]; j++)
			if (!e->full) x86_patch_rel32(s->jcc[j], e->p);
		dbt_count_code(e, DBT_COUNT_SIDE_EXITS);
		if (s->indirect) { /* rax = the return's target */
			unwind_early(e, s->held, s->lazy, s->fheld, s->rest);
			dbt_indirect_exit(e, s->indirect);
		} else {
			leave_early(t, s->held, s->lazy, s->fheld, s->rest, s->target);
		}
	}
	if (!e->full) x86_patch_rel32(pending_jne, e->p);
	t->rs.dirty = 0; /* before the body: nothing is loaded yet */
	t->fp.dirty = 0;
	exit_reason(t, CPU_EXIT_SIGNAL, block_pc);
}

static int is_zext_pair(const struct tx *t, uint32_t idx)
{
	const struct isa_insn *a = &t->b->insns[idx], *b = a + 1;
	return dbt.opt.fusion && idx + 1 < t->b->n_insns && a->op == ISA_OP_SLLI && a->imm == 32 && a->rd != 0 &&
	       a->rs1 != 0 && b->op == ISA_OP_SRLI && b->rd == a->rd && b->rs1 == a->rd;
}
/* slli rd,rs,32 then srli rd,rd,k: rv64gc's zero-extension of a 32-bit value (shifted when k is
 * not 32), as one 32-bit move, which zero-extends, and at most one shift. rd's value between the
 * two is overwritten unseen. Returns the instructions translated: 2, or 0 when not that pair. */
static uint32_t zext_pair(struct tx *t, uint32_t idx)
{
	const struct isa_insn *a = &t->b->insns[idx], *b = a + 1;
	if (!is_zext_pair(t, idx)) return 0;
	t->accept_lazy = 1; /* the low half only */
	int d = tx_work_reg(t, a, 0);
	int h = tx_reg_of(t, a->rs1);
	if (h >= 0) x86_mov_rr(&t->e, X86_W32, d, h);
	else x86_load(&t->e, X86_W32, d, CPU_X(a->rs1));
	t->accept_lazy = 0;
	if (b->imm > 32) x86_shift_ri(&t->e, X86_SHR, X86_W64, d, (uint8_t)(b->imm - 32));
	if (b->imm < 32) x86_shift_ri(&t->e, X86_SHL, X86_W64, d, (uint8_t)(32 - b->imm));
	tx_store_x(t, b->rd, d);
	dbt_stats.zext_pairs++;
	return 2;
}

/* The instructions the byte gathers and zero-extension pairs take, as the pass below finds them. */
static uint64_t fused_elsewhere(const struct tx *t)
{
	uint64_t taken = 0;
	for (uint32_t i = 0; i < t->b->n_insns && i < 64;) {
		uint32_t n = dbt_gather_length(t, i);
		if (!n && is_zext_pair(t, i)) n = 2;
		if (!n) {
			i++;
			continue;
		}
		for (uint32_t k = i; k < i + n && k < 64; k++) taken |= 1ull << k;
		i += n;
	}
	return taken;
}

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int dbt_translate(struct isa_block *b)
{
	static struct tx t; /* big (the stub list): not on the stack */
	uint64_t t0 = now_ns();
	uint8_t *at = (uint8_t *)(((uintptr_t)dbt.next + 15) & ~(uintptr_t)15);
	struct dbt_record *rec = (struct dbt_record *)(void *)at;
	if (at + sizeof *rec >= dbt.end) return 0;
	int loops = dbt.opt.chain && isa_block_loops(b);
	uint32_t first_access = dbt.n_acc;
	/* the indirect entry runs into code: made once after the record to learn its length, then
	 * again where it ends at code */
	struct x86_buf entry = { .p = at + sizeof *rec, .end = dbt.end };
	dbt_ib_entry(&entry, b->pc);
	if (entry.full) return 0;
	size_t entry_len = (size_t)(entry.p - (at + sizeof *rec));
	uint8_t *code = (uint8_t *)(((uintptr_t)entry.p + 15) & ~(uintptr_t)15);
	uint8_t *ib_entry = code - entry_len;
	entry = (struct x86_buf){ .p = ib_entry, .end = code };
	dbt_ib_entry(&entry, b->pc);
	uint8_t *body = NULL;
	/* A self-loop is translated again when the first translation's back edge holds f registers
	 * in xmm or knows preconditions the body checks: the second time they are there from the
	 * loop head on, round after round (fp.c), or x registers sign-extended that the round leaves
	 * lazy or compares (regs.c). When that one assumes preconditions at the head, a third
	 * translation after it, the fallback, takes the ways in where they do not hold. */
	enum { PROBE, MAIN, FALLBACK };
	struct tx_fp fp_head = { 0 };
	struct tx_assume assume = { 0 };
	int fp_head_set = 0, redone = 0;
	uint32_t bases = 0; /* the main pass's bases compared on the way in only (regs.c) */
	static struct tx_exit exits[2 * TX_MAX_EXITS];
	int n_exits = 0;
	uint8_t *to_fallback[sizeof t.to_fallback / sizeof t.to_fallback[0]];
	int n_to_fallback = 0;
	for (int pass = PROBE;; pass++) {
		uint8_t *start = pass == FALLBACK ? t.e.p : code;
		int failed = pass == FALLBACK && t.failed;
		memset(&t, 0, offsetof(struct tx, oob)); /* the head: the tail is counted (tx.h) */
		t.b = b;
		t.code = code; /* access offsets are from the record's code, fallback included */
		t.e = (struct x86_buf){ .p = start, .end = dbt.end };
		t.failed = failed;
		t.fp_head = fp_head;
		t.fp_head_set = fp_head_set;
		t.assume = assume;
		if (pass != FALLBACK) dbt.n_acc = first_access;

		struct x86_buf *e = &t.e;
		x86_alu_mi(e, X86_CMP, X86_W32, CPU_PENDING, 0);
		uint8_t *pending_jne = x86_jcc(e, X86_CC_NE, NULL);
		x86_align16(e); /* forward chains jump to the body (links.c) */
		if (pass != FALLBACK) body = e->p;
		tx_regs_begin(&t, loops);
		if (loops) dbt_fp_loop_head(&t);
		if (loops) {
			/* a loop's round in as few 64-byte fetch windows as it can take: spectral's inner
			 * loop ran 15% slower with its head 10 bytes before a window's end */
			x86_align64(e);
			t.loop = e->p;
		}
		dbt_instret_add(e, b->n_guest);
		if (!loops) dbt_idiom(&t);
		dbt_rotate_plan(&t, fused_elsewhere(&t));
		for (uint32_t i = 0; i < b->n_insns; i++) {
			tx_regs_insn(&t, i);
			uint32_t fused = dbt_gather(&t, i);
			if (!fused) fused = zext_pair(&t, i);
			if (!fused) fused = dbt_rotate(&t, i);
			if (fused) {
				i += fused - 1;
				continue;
			}
			if (insn(&t, &b->insns[i], i)) break;
		}
		emit_stubs(&t, b->pc, pending_jne);
		if (pass == PROBE) {
			if (!loops) break;
			int fp_worth = dbt_fp_loop_worth(&t);
			if (fp_worth) {
				fp_head = t.fp_back;
				fp_head_set = 1;
				assume = dbt_fp_loop_assumable(&t);
			}
			tx_regs_loop_assumable(&t, &assume);
			if (dbt.opt.loop_bases) assume.checked = tx_regs_loop_bases(&t);
			if (!fp_worth && !assume.sx32 && !assume.checked) break;
		} else if (pass == MAIN) {
			if (t.assume_broken) { /* what the head assumes is not kept: assume nothing */
				assume = (struct tx_assume){ 0 };
				redone = 1;
				pass = PROBE;
				continue;
			}
			/* what the assumptions made sign-extended (copies of them) may be assumed too, once */
			struct tx_assume more = assume;
			tx_regs_loop_assumable(&t, &more);
			if (!redone && (more.sx32 & ~assume.sx32)) {
				assume.sx32 |= more.sx32;
				assume.lazy |= more.lazy;
				redone = 1;
				pass = PROBE;
				continue;
			}
			bases = assume.checked;
			if (t.n_to_fallback == 0) break;
			memcpy(exits, t.exits, (size_t)t.n_exits * sizeof *exits);
			n_exits = t.n_exits;
			memcpy(to_fallback, t.to_fallback, sizeof to_fallback);
			n_to_fallback = t.n_to_fallback;
			assume = (struct tx_assume){ 0 };
		} else {
			for (int i = 0; i < n_to_fallback && !e->full; i++) x86_patch_rel32(to_fallback[i], start);
			break;
		}
	}
	struct x86_buf *e = &t.e;

	if (e->full || t.failed) {
		dbt.n_acc = first_access;
		return 0;
	}
	memcpy(exits + n_exits, t.exits, (size_t)t.n_exits * sizeof *exits);
	n_exits += t.n_exits;
	*rec = (struct dbt_record){ .code = t.code, .body = body, .size = (uint32_t)(e->p - t.code), .block = b,
				    .first_access = first_access, .n_access = dbt.n_acc - first_access,
				    .ib_entry = ib_entry };
	if (!dbt_note_record(rec)) {
		dbt.n_acc = first_access;
		return 0;
	}
	dbt.next = e->p;
	__atomic_store_n(&b->translation, rec, __ATOMIC_RELEASE); /* other threads may run it now */
	dbt_links_made(rec, exits, n_exits);
	dbt_stats.translated++;
	dbt_stats.loop_bases += (uint64_t)__builtin_popcount(bases);
	dbt_stats.host_bytes += rec->size;
	if (dbt.opt.dump || dbt.opt.perf_map) dbt_dump(rec);
	dbt_stats.translate_ns += now_ns() - t0;
	return 1;
}
