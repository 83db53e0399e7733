/* Rotates: two shifts of one register or-ed together become one host rotate.
 *
 * rv64gc has no rotate instruction (Zbb's ror came later), so a compiler writes x rotated by k
 * as the two halves and their union, often far apart once scheduled (sha256's round, xxhash's
 * lanes, any hash):
 *
 *   slliw t3,a3,26 ... srliw a0,a3,6 ... or a0,a0,t3        a0 = ror32(a3, 6), sign-extended
 *   slli  t3,a3,31;    srli  a3,a3,33;   or a3,a3,t3        a3 = rol(a3, 31)
 *
 * The `or` (or `xor`, `add`: the halves share no bit) becomes `mov; rol` of the source, and a
 * shift whose result nothing else may see is not translated at all: between it and the `or`
 * nothing reads its register or could see it (no fault, helper or exit: the block's impure
 * instructions), and after the `or` its value is gone (the `or` overwrote it, or a later
 * instruction does before anything reads it or could see it), so the guest state is the same
 * at every point anything looks. A shift that must stay (a fault in between could see it) is
 * translated as it was, and the rotate still spares the other one. The source must hold at the
 * `or` what the shifts read: nothing writes it between them and the `or`, but the later shift
 * itself when it shifts in place and is not translated (xxhash's srli a3,a3,33).
 *
 * The choices are made once per pass over the block (dbt_rotate_plan), before its instructions
 * are translated, and never undone: a shift left out is always followed by its rotate. Words
 * that other fusions take whole (byte gathers, zero-extension pairs) are left to them.
 */
#include "tx.h"

/* Whether instruction i reads (write = 0) or writes (1) guest reg. */
static int uses(const struct tx *t, uint32_t i, uint32_t reg, int write)
{
	uint32_t reads, writes;
	tx_operands(&t->b->insns[i], &reads, &writes);
	return ((write ? writes : reads) >> reg & 1) != 0;
}

/* The last instruction before j writing reg, or -1. */
static int last_writer(const struct tx *t, uint32_t j, unsigned reg)
{
	for (uint32_t i = j; i-- > 0;)
		if (uses(t, i, reg, 1)) return (int)i;
	return -1;
}

static int impure(const struct tx *t, uint32_t i) { return i >= 64 || (t->impure >> i & 1); }

/* Whether the shift at i may be left out for the `or` at j: its register (r) is read by nothing
 * in between and seen by nothing (no impure instruction), and after j its value is gone. */
static int unseen_shift(const struct tx *t, uint32_t i, uint32_t j)
{
	unsigned r = t->b->insns[i].rd;
	for (uint32_t k = i + 1; k < j; k++)
		if (impure(t, k) || uses(t, k, r, 0)) return 0;
	if (t->b->insns[j].rd == r) return 1;
	for (uint32_t k = j + 1; k < t->b->n_insns; k++) {
		if (impure(t, k) || uses(t, k, r, 0)) return 0;
		if (uses(t, k, r, 1)) return 1;
	}
	return 0;
}

static int shift_left(unsigned op, int w32) { return op == (w32 ? ISA_OP_SLLIW : ISA_OP_SLLI); }
static int shift_right(unsigned op, int w32) { return op == (w32 ? ISA_OP_SRLIW : ISA_OP_SRLI); }

/* The rotate at j, if its `or` is one: planned in t (source, left amount, width, shifts left out). */
static void plan_at(struct tx *t, uint32_t j, uint64_t taken)
{
	const struct isa_insn *in = &t->b->insns[j];
	if ((in->op != ISA_OP_OR && in->op != ISA_OP_XOR && in->op != ISA_OP_ADD) || !in->rd || !in->rs1 || !in->rs2 ||
	    in->rs1 == in->rs2)
		return;
	int a = last_writer(t, j, in->rs1), b = last_writer(t, j, in->rs2);
	if (a < 0 || b < 0) return;
	int w32 = t->b->insns[a].op == ISA_OP_SLLIW || t->b->insns[a].op == ISA_OP_SRLIW;
	int l = shift_left(t->b->insns[a].op, w32) ? a : b, r = l == a ? b : a;
	const struct isa_insn *left = &t->b->insns[l], *right = &t->b->insns[r];
	unsigned width = w32 ? 32 : 64, x = left->rs1;
	if (!shift_left(left->op, w32) || !shift_right(right->op, w32) || right->rs1 != x || x == 0 || left->imm < 1 ||
	    left->imm >= width || (uint64_t)left->imm + (uint64_t)right->imm != width)
		return;
	uint32_t first = (uint32_t)(l < r ? l : r), second = (uint32_t)(l < r ? r : l);
	if (taken >> first & ~0ull >> (63 - (j - first))) return; /* another fusion has one of them */
	/* the source as the first shift read it, at the second and at the or */
	int skip_first = unseen_shift(t, first, j), skip_second = unseen_shift(t, second, j);
	if (t->b->insns[first].rd == x || !tx_unwritten_between(t, first + 1, second, x)) return;
	if (t->b->insns[second].rd == x && !skip_second) return;
	if (!tx_unwritten_between(t, second + 1, j, x)) return;
	if (!skip_first && !skip_second) return; /* mov and rol for an or: nothing gained */
	t->rot_at |= 1ull << j;
	t->rot_src[j] = (uint8_t)x;
	t->rot_left[j] = (uint8_t)(left->imm | (w32 ? 0x80 : 0));
	if (skip_first) t->rot_skip |= 1ull << first;
	if (skip_second) t->rot_skip |= 1ull << second;
}

void dbt_rotate_plan(struct tx *t, uint64_t taken)
{
	t->rot_at = t->rot_skip = 0;
	if (!dbt.opt.fusion) return;
	for (uint32_t j = 2; j < t->b->n_insns && j < 64; j++)
		if (!(taken >> j & 1) && !(t->rot_skip >> j & 1)) plan_at(t, j, taken);
}

uint32_t dbt_rotate(struct tx *t, uint32_t idx)
{
	if (idx >= 64) return 0;
	if (t->rot_skip >> idx & 1) {
		dbt_stats.rotate_shifts_left_out++;
		return 1;
	}
	if (!(t->rot_at >> idx & 1)) return 0;
	const struct isa_insn *in = &t->b->insns[idx];
	int w32 = t->rot_left[idx] >> 7;
	t->accept_lazy = w32; /* a 32-bit rotate reads the low half only */
	int d = tx_work_reg(t, in, 0);
	tx_load_x(t, d, t->rot_src[idx]);
	x86_shift_ri(&t->e, X86_ROL, w32 ? X86_W32 : X86_W64, d, t->rot_left[idx] & 0x7f);
	if (w32) tx_store_x32(t, in->rd, d, 1);
	else tx_store_x(t, in->rd, d);
	dbt_stats.rotates++;
	return 1;
}
