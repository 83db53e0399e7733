/* Guest integer registers in translated code: where each one is while a block runs.
 *
 * Two kinds of home. The first dbt.opt.pins entries of dbt_pinned_* are global: the same host
 * register holds that guest register in every translation, so values flow between chained
 * blocks without touching memory (the shared routines load and store them). The other host
 * registers of dbt_pinned_host form a pool that each translation allocates as it goes: a guest
 * register is given a pool register when its value is read again later in the block (a value the
 * block overwrites first is stored either way), the pool register evicted being the one whose
 * guest register is next read furthest ahead (the block is straight-line code: its future is
 * known). A pool register's value is current from its load on;
 * when newer than cpu->x it is dirty, and dirty registers are stored before anything leaves the
 * block or lets C code read cpu->x, unless a later instruction nothing can interrupt overwrites
 * them first (dead). Each memory access notes which pool registers are dirty at that point, so a
 * host fault there restores them from the host context (dbt_fault_hook).
 *
 * A W instruction's result may stay lazy: its host register holds the low half, the upper one
 * stale. Readers that want the whole value get it sign-extended in place first (settle); those
 * that read low halves (translate.c sets accept_lazy) take it as it is. Exits, helper calls, the
 * back edge and faults see every value settled.
 *
 * A block that branches back to itself runs round without leaving (see branch() in translate.c):
 * the allocation at the loop head is fixed when the body starts (the registers whose homes there
 * save the most loads and stores a round, preloaded), and the back edge moves whatever changed
 * back into that shape.
 *
 *   tx_regs_begin(t, loops);      // before the body: choose and preload
 *   tx_regs_insn(t, idx);         // at each instruction: the registers it holds stay put
 *   int r = tx_src_x(t, in->rs1, HOST_T0); ... tx_store_x(t, in->rd, d);
 *   tx_writeback(t);              // before an exit
 */
#include "tx.h"
#include "../isa/routines.h"

static int is_pool(const struct tx *t, int host)
{
	return host >= 0 && (t->pool >> host & 1);
}

/* Integer registers instruction in reads and writes, as bit masks (x0 excluded). */
static void x_operands(const struct isa_insn *in, uint32_t *reads, uint32_t *writes)
{
	uint32_t r = 0, w = 0;
	switch (isa_ops[in->op].fmt) {
	case ISA_FMT_R: case ISA_FMT_AMO: case ISA_FMT_B: case ISA_FMT_STORE:
		r = 1u << in->rs1 | 1u << in->rs2; break;
	case ISA_FMT_R1: case ISA_FMT_I: case ISA_FMT_SHIFT: case ISA_FMT_SHIFTW: case ISA_FMT_LOAD:
	case ISA_FMT_CSR: case ISA_FMT_LR: case ISA_FMT_FLOAD: case ISA_FMT_FSTORE: case ISA_FMT_F_X_RM:
	case ISA_FMT_F_X:
		r = 1u << in->rs1; break;
	default: break;
	}
	switch (isa_ops[in->op].fmt) {
	case ISA_FMT_R: case ISA_FMT_R1: case ISA_FMT_I: case ISA_FMT_SHIFT: case ISA_FMT_SHIFTW:
	case ISA_FMT_LOAD: case ISA_FMT_U: case ISA_FMT_J: case ISA_FMT_CSR: case ISA_FMT_CSRI:
	case ISA_FMT_AMO: case ISA_FMT_LR: case ISA_FMT_X_FF: case ISA_FMT_X_F: case ISA_FMT_X_F_RM:
		w = 1u << in->rd; break;
	default: break;
	}
	if (in->op == ISA_OP_CALL_ROUTINE) { /* the call (rd = ra) and what the routine touches */
		r |= isa_routines[in->rs3].reads;
		w |= isa_routines[in->rs3].writes;
	}
	*reads = r & ~1u;
	*writes = w & ~1u;
}

/* The instructions of a block as bits of one word (the block's end, at ISA_BLOCK_MAX_INSNS when
 * appended, reads and writes nothing and is never pure): the scans below are a few bit operations,
 * where walks over the instructions took the translator 4-5% (each allocation weighs every pool
 * register's next read). */
_Static_assert(ISA_BLOCK_MAX_INSNS <= 64, "a block's instructions are bits of a uint64_t");
static uint64_t from_bit(uint64_t m, uint32_t i) { return i < 64 ? m >> i << i : 0; } /* bits i.. */
static uint64_t below_bit(uint64_t m, uint32_t i) { return i < 64 ? m & ((1ull << i) - 1) : m; } /* bits ..i-1 */
static uint32_t first(uint64_t m) { return (uint32_t)__builtin_ctzll(m); }
/* Whether m's first bit comes before (or with, when or_same) stop's, m having one. */
static int first_before(uint64_t m, uint64_t stop, int or_same)
{
	return m && (!stop || first(m) < first(stop) + (uint32_t)or_same);
}

/* Instructions from the current one to the next that reads guest r's value (around the loop for
 * a self-loop), or a large number when none does: nothing uses it again, or a write comes first.
 * Only a read makes a host register pay: a value the block writes again is stored either way. */
static uint32_t next_read(const struct tx *t, unsigned r)
{
	uint32_t cur = t->cur;
	uint64_t reads = t->read_by[r], writes = t->written_by[r];
	uint64_t ahead = from_bit(reads, cur + 1), written = from_bit(writes, cur + 1);
	if (first_before(ahead, written, 1)) return first(ahead) - cur; /* one reading and writing r reads it */
	if (written || !t->loop) return 1000;
	ahead = below_bit(reads, cur + 1); /* the next round, up to this instruction */
	written = below_bit(writes, cur + 1);
	return first_before(ahead, written, 1) ? t->b->n_insns - cur + first(ahead) : 1000;
}

/* Whether guest r's value now is dead: a later instruction overwrites it before anything reads it
 * or could see it (a fault, a helper, an exit: the guest state there must be exact). */
static int overwritten_from(const struct tx *t, uint32_t from, unsigned r)
{
	return first_before(from_bit(t->written_by[r], from), from_bit(t->read_by[r] | t->impure, from), 0);
}
static int dead(const struct tx *t, unsigned r)
{
	return t->cur < 64 && !(t->impure >> t->cur & 1) && overwritten_from(t, t->cur + 1, r);
}

/* Guest r's put-off sign extension, done (flags kept). */
static void settle(struct tx *t, unsigned r)
{
	if (!(t->rs.lazy >> r & 1)) return;
	int h = t->rs.where[r];
	x86_movsx_rr(&t->e, X86_W32, h, h);
	t->rs.lazy &= ~(1u << r);
}

void tx_settle(struct tx *t)
{
	for (unsigned g = 1; g < 32; g++) settle(t, g);
}

void tx_settle_reads(struct tx *t, const struct isa_insn *in)
{
	uint32_t reads, writes;
	x_operands(in, &reads, &writes);
	for (; reads; reads &= reads - 1) settle(t, (unsigned)__builtin_ctz(reads));
}

/* Guest r (in a host register) is about to be read by the current instruction. */
static void reading(struct tx *t, unsigned r)
{
	if (!(t->rs.lazy >> r & 1)) return;
	if (t->accept_lazy) t->saw_lazy = 1;
	else settle(t, r);
}

int tx_is_sx32(const struct tx *t, unsigned r)
{
	return r == 0 || (t->rs.sx32 >> r & 1);
}

/* Forgets the guest register in pool register h, storing it first when dirty and still needed. */
static void evict(struct tx *t, int h)
{
	int g = t->rs.holder[h];
	if (g <= 0) return;
	if ((t->rs.dirty >> g & 1) && !dead(t, (unsigned)g)) {
		settle(t, (unsigned)g);
		x86_store(&t->e, X86_W64, CPU_X(g), h);
	}
	t->rs.lazy &= ~(1u << g);
	t->rs.dirty &= ~(1u << g);
	t->rs.where[g] = -1;
	t->rs.holder[h] = -1;
}

/* Host registers in the order the pool hands them out: the scratch registers HOST_T1 and HOST_T2
 * last, since instructions that need them (FP ones among them) take them back. */
static const int8_t pool_order[16] = { X86_RAX, X86_RBX, X86_RSP, X86_RBP, X86_RSI, X86_RDI, X86_R8, X86_R9,
				       X86_R10, X86_R11, X86_R12, X86_R13, X86_R14, X86_R15, HOST_T1, HOST_T2 };

/* A pool register for guest g (not loaded), or -1 when every one is in use by this instruction. */
static int alloc(struct tx *t, unsigned g)
{
	int best = -1;
	uint32_t far = 0;
	for (int i = 0; i < 16; i++) {
		int h = pool_order[i];
		if (!(t->avail >> h & 1) || (t->locked >> h & 1)) continue;
		int g = t->rs.holder[h];
		uint32_t d = g <= 0 || dead(t, (unsigned)g) ? 2000 : next_read(t, (unsigned)g);
		if (best < 0 || d > far) best = h, far = d;
	}
	if (best < 0) return -1;
	evict(t, best);
	t->rs.holder[best] = (int8_t)g;
	t->rs.where[g] = (int8_t)best;
	t->locked |= 1u << best;
	return best;
}

/* Whether guest r is worth a pool register now: read again in this block. */
static int worth(const struct tx *t, unsigned r)
{
	return t->pool && !t->no_alloc && next_read(t, r) < 1000;
}

void tx_load_x(struct tx *t, int host, unsigned r)
{
	if (r == 0) x86_mov_ri(&t->e, host, 0, 0);
	else if (t->rs.where[r] >= 0) {
		reading(t, r);
		if (t->rs.where[r] != host) x86_mov_rr(&t->e, X86_W64, host, t->rs.where[r]);
	} else x86_load(&t->e, X86_W64, host, CPU_X(r));
}

int tx_src_x(struct tx *t, unsigned r, int scratch)
{
	if (r != 0 && t->rs.where[r] >= 0) {
		reading(t, r);
		t->locked |= 1u << t->rs.where[r];
		return t->rs.where[r];
	}
	if (r != 0 && worth(t, r)) {
		int h = alloc(t, r);
		if (h >= 0) {
			x86_load(&t->e, X86_W64, h, CPU_X(r));
			return h;
		}
	}
	tx_load_x(t, scratch, r);
	return scratch;
}

int tx_reg_of(struct tx *t, unsigned r)
{
	if (r == 0 || t->rs.where[r] < 0) return -1;
	reading(t, r);
	t->locked |= 1u << t->rs.where[r];
	return t->rs.where[r];
}

static void store_x(struct tx *t, unsigned r, int host, int lazy)
{
	if (is_pool(t, host)) t->locked |= 1u << host;
	if (t->rs.where[r] < 0 && worth(t, r)) alloc(t, r);
	int h = t->rs.where[r];
	t->rs.lazy &= ~(1u << r);
	t->rs.checked &= ~(1u << r);
	if (h >= 0) {
		if (h != host) x86_mov_rr(&t->e, X86_W64, h, host);
		if (is_pool(t, h)) t->rs.dirty |= 1u << r;
		if (lazy) t->rs.lazy |= 1u << r;
	} else {
		if (lazy) x86_movsx_rr(&t->e, X86_W32, host, host);
		x86_store(&t->e, X86_W64, CPU_X(r), host);
	}
}

void tx_store_x(struct tx *t, unsigned r, int host)
{
	if (r == 0) return;
	store_x(t, r, host, 0);
	t->rs.sx32 &= ~(1u << r);
}

void tx_store_x32(struct tx *t, unsigned r, int host, int lazy)
{
	if (r == 0) return;
	store_x(t, r, host, lazy);
	t->rs.sx32 |= 1u << r;
}

int tx_work_reg(struct tx *t, const struct isa_insn *in, int reads_rs2)
{
	unsigned rd = in->rd;
	if (rd == 0) return HOST_T0;
	if (t->rs.where[rd] < 0 && rd != in->rs1 && rd != in->rs2 && worth(t, rd)) alloc(t, rd);
	int h = t->rs.where[rd];
	if (h >= 0 && !(reads_rs2 && in->rs2 == rd)) {
		t->locked |= 1u << h;
		return h;
	}
	return HOST_T0;
}

static int only_t0(unsigned op);

/* Ops translated inline that cannot fault, exit or call C: nothing can see the guest state while they run. */
static int pure(unsigned op)
{
	return only_t0(op) && !(isa_ops[op].flags & ISA_F_LOAD);
}

/* The scratch registers besides HOST_T0 that op's translation takes (a mask of HOST_T1 and
 * HOST_T2): none for the only_t0 ops and conditional branches (a compare; a side exit's stub and
 * an exit store what is dirty before they use any), HOST_T1 for an integer store's value. */
static uint16_t scratch_of(unsigned op)
{
	if (only_t0(op) || isa_ops[op].fmt == ISA_FMT_B) return 0;
	if (isa_ops[op].fmt == ISA_FMT_STORE) return 1u << HOST_T1;
	return 1u << HOST_T1 | 1u << HOST_T2;
}

/* --- block structure ------------------------------------------------------------------------ */
_Static_assert(sizeof ((struct tx *)0)->to_fallback / sizeof(uint8_t *) >= 1 + 32 + 2 * 31,
	       "a way in checks frm, each f register's boxing, each x register's sign extension and compare");
void tx_to_fallback(struct tx *t, enum x86_cc cc)
{
	uint8_t *j = x86_jcc(&t->e, cc, NULL);
	if (t->n_to_fallback < (int)(sizeof t->to_fallback / sizeof t->to_fallback[0])) t->to_fallback[t->n_to_fallback++] = j;
	else t->failed = 1; /* a VM bug: more checks than frm, the f registers and the x ones twice */
}

/* A self-loop's head takes t->assume.sx32 as sign-extended 32-bit values, lazy ones among them
 * (t->assume.lazy) where they are in host registers: the back edge need not settle those, a
 * compare of two needs no settling. The way in checks that they are (the fallback otherwise). */
static void assume_sx32(struct tx *t)
{
	for (uint32_t m = t->assume.sx32 & ~1u; m; m &= m - 1) {
		unsigned r = (unsigned)__builtin_ctz(m);
		int h = t->rs.where[r];
		if (h >= 0) {
			x86_movsx_rr(&t->e, X86_W32, HOST_T0, h);
			x86_alu_rr(&t->e, X86_CMP, X86_W64, HOST_T0, h);
		} else {
			x86_load_sx(&t->e, X86_W32, HOST_T0, CPU_X(r));
			x86_alu_rm(&t->e, X86_CMP, X86_W64, HOST_T0, CPU_X(r));
		}
		tx_to_fallback(t, X86_CC_NE);
		t->rs.sx32 |= 1u << r;
		if (h >= 0 && (t->assume.lazy >> r & 1)) t->rs.lazy |= 1u << r;
	}
}

void tx_regs_loop_assumable(const struct tx *t, struct tx_assume *a)
{
	/* written ones the round leaves sign-extended and lazy (no settling at the back edge) or a
	 * compare reads (in 32 bits then: lazy the next time), and those never written that a
	 * compare reads against one; not others, which would only cost a check on the way in */
	uint32_t kept = t->sx32_back & t->written & (t->lazy_back | t->wants_sx32) & ~1u;
	a->sx32 = kept | (t->wants_sx32 & ~t->written & ~1u);
	a->lazy = kept;
}

/* A compared base stays compared through `addi r, r, imm`: a block's 64 instructions move it by
 * 128 KiB at most, so base + imm still lands in the guest range or a guard. So does a register
 * made from a compared one by `addi rd, rs1, imm` or a move (`mv` is `add rd, x0, rs2` in the
 * compressed set): each instruction on the way from the compared value adds at most 2 KiB
 * whichever registers carry it. A self-loop's head
 * takes as compared the bases its first pass had compared at the back edge and that the body
 * writes only by such steps: each is read through every round (an access compared it). An
 * access through it that did not fault leaves it within 2 KiB of the range, and from one access
 * to the next, around the back edge too, it moves by at most the body's steps, so the next
 * access lands in the range or a guard, where the host fault is the guest's: only the way in
 * compares it. A register made from it takes at most one more round's instructions, so stays in
 * the guard as well. (A base the body loads or computes is compared where it is written anew; one
 * made from another is written by something but its own step, so never a loop base itself.) */
_Static_assert(MEM_GUARD_SIZE >= 4096 + 2 * ISA_BLOCK_MAX_INSNS * 2048 + 4096, "a block's steps of a base stay in the guard");
static int own_step(const struct isa_insn *in)
{
	return in->op == ISA_OP_ADDI && in->rd == in->rs1;
}

uint32_t tx_regs_loop_bases(const struct tx *t)
{
	uint32_t other_writes = 0;
	for (uint32_t i = 0; i < t->b->n_insns; i++) {
		const struct isa_insn *in = &t->b->insns[i];
		uint32_t r, w;
		x_operands(in, &r, &w);
		if (own_step(in)) w &= ~(1u << in->rd);
		other_writes |= w;
	}
	return t->checked_back & ~other_writes & ~1u;
}

void tx_regs_constant(struct tx *t, unsigned r, uint64_t value)
{
	if (value >= MEM_GUEST_LIMIT) return;
	t->rs.checked |= 1u << r;
	dbt_stats.bases_constant++;
}

void tx_regs_derived(struct tx *t, const struct isa_insn *in, unsigned src, int src_checked)
{
	if (!src_checked || in->rd == 0) return;
	t->rs.checked |= 1u << in->rd;
	if (in->rd != src) dbt_stats.bases_derived++;
}

/* The way in compares each base the head takes as compared (the fallback when one is past the
 * limit). */
static void assume_checked(struct tx *t)
{
	for (uint32_t m = t->assume.checked; m; m &= m - 1) {
		unsigned r = (unsigned)__builtin_ctz(m);
		int h = t->rs.where[r];
		if (h < 0) {
			x86_load(&t->e, X86_W64, HOST_T0, CPU_X(r));
			h = HOST_T0;
		}
		x86_alu_rm(&t->e, X86_CMP, X86_W64, h, CPU_LIMIT);
		tx_to_fallback(t, X86_CC_AE);
		t->rs.checked |= 1u << r;
	}
}

void tx_regs_begin(struct tx *t, int loops)
{
	for (int g = 0; g < 32; g++) t->rs.where[g] = -1;
	for (int h = 0; h < 16; h++) t->rs.holder[h] = -1;
	t->rs.dirty = 0;
	t->rs.lazy = 0;
	t->rs.sx32 = 0;
	t->rs.checked = 0;
	t->pool = 0;
	t->global = 0;
	if (dbt.opt.pin) {
		for (int i = 0; i < dbt.opt.pins; i++) {
			t->rs.where[dbt_pinned_guest[i]] = (int8_t)dbt_pinned_host[i];
			t->global |= 1u << dbt_pinned_guest[i];
		}
		for (int i = dbt.opt.pins; i < DBT_PINNED; i++) t->pool |= 1u << dbt_pinned_host[i];
		/* r14 and r15 (callee-saved: enter and exit keep them for the VM), and the second and
		 * third scratch registers, taken back by instructions that use them (pool_order) */
		t->pool |= 1u << X86_R14 | 1u << X86_R15 | 1u << HOST_T1 | 1u << HOST_T2;
	}
	uint32_t count[32] = { 0 }, written = 0, live_in = 0;
	uint16_t takes_scratch = 0; /* scratch registers an instruction takes back */
	for (uint32_t i = 0; i < t->b->n_insns; i++) {
		uint32_t r, w;
		x_operands(&t->b->insns[i], &r, &w);
		t->uses[i] = (r | w) & ~t->global;
		if (i < 64) {
			for (uint32_t m = r & ~t->global; m; m &= m - 1) t->read_by[__builtin_ctz(m)] |= 1ull << i;
			for (uint32_t m = w & ~t->global; m; m &= m - 1) t->written_by[__builtin_ctz(m)] |= 1ull << i;
			if (!pure(t->b->insns[i].op)) t->impure |= 1ull << i;
		}
		takes_scratch |= scratch_of(t->b->insns[i].op);
		live_in |= r & ~written;
		written |= w;
		for (uint32_t m = t->uses[i] & ~1u; m; m &= m - 1) count[__builtin_ctz(m)]++;
	}
	t->written = written;
	t->cur = 0;
	t->locked = 0;
	if (!loops) return;
	for (uint32_t i = 0; i < t->b->n_insns && !(takes_scratch >> HOST_T2 & 1); i++)
		if (dbt_gather_length(t, i)) takes_scratch |= 1u << HOST_T1 | 1u << HOST_T2;
	/* the loop head's shape, loaded before it (not in the scratch registers when the body takes
	 * them back: each round would store and reload them): the registers that save most, one
	 * load a round for each that a round reads before writing it, one store for each it
	 * writes (held at the back edge, it is stored only on the way out); the most used first
	 * among equals */
	uint32_t score[32];
	for (int g = 0; g < 32; g++) score[g] = ((live_in >> g & 1) + (written >> g & 1)) << 16 | count[g];
	for (int i = 0; i < 16; i++) {
		int h = pool_order[i];
		if (!is_pool(t, h) || (takes_scratch >> h & 1)) continue;
		int best = 0;
		for (int g = 1; g < 32; g++)
			if (t->rs.where[g] < 0 && count[g] && score[g] > score[best]) best = g;
		if (!best) break;
		t->rs.where[best] = (int8_t)h;
		t->rs.holder[h] = (int8_t)best;
		/* not when the body overwrites it before anything could see it: the first round needs
		 * no value there, later rounds bring theirs */
		if (!overwritten_from(t, 0, (unsigned)best)) x86_load(&t->e, X86_W64, h, CPU_X(best));
	}
	assume_sx32(t);
	assume_checked(t);
	t->head = t->rs;
	/* at the head, a register the last round wrote may be newer than cpu->x */
	for (int h = 0; h < 16; h++)
		if (t->rs.holder[h] > 0 && (written >> t->rs.holder[h] & 1)) t->head.dirty |= 1u << t->rs.holder[h];
	t->rs = t->head;
}

/* Ops whose translation uses no scratch register but HOST_T0 (see translate.c). */
static int only_t0(unsigned op)
{
	switch (op) {
	case ISA_OP_LUI: case ISA_OP_AUIPC:
	case ISA_OP_ADDI: case ISA_OP_XORI: case ISA_OP_ORI: case ISA_OP_ANDI: case ISA_OP_ADDIW:
	case ISA_OP_SLLI: case ISA_OP_SRLI: case ISA_OP_SRAI: case ISA_OP_RORI:
	case ISA_OP_SLLIW: case ISA_OP_SRLIW: case ISA_OP_SRAIW: case ISA_OP_RORIW:
	case ISA_OP_ADD: case ISA_OP_SUB: case ISA_OP_XOR: case ISA_OP_OR: case ISA_OP_AND:
	case ISA_OP_ADDW: case ISA_OP_SUBW: case ISA_OP_MUL: case ISA_OP_MULW:
	case ISA_OP_LB: case ISA_OP_LH: case ISA_OP_LW: case ISA_OP_LD:
	case ISA_OP_LBU: case ISA_OP_LHU: case ISA_OP_LWU:
	case ISA_OP_SEXT_B: case ISA_OP_SEXT_H: case ISA_OP_ZEXT_H:
		return 1;
	default:
		return 0;
	}
}

void tx_regs_insn(struct tx *t, uint32_t idx)
{
	t->cur = idx;
	t->locked = 0;
	t->avail = t->pool;
	t->accept_lazy = 0;
	t->saw_lazy = 0;
	uint16_t scratch = scratch_of(t->b->insns[idx].op);
	for (int h = 0; h < 16; h++)
		if (scratch >> h & 1) evict(t, h); /* this instruction's scratch */
	t->avail &= (uint16_t)~scratch;
	for (uint32_t m = t->uses[idx] & ~1u; m; m &= m - 1) {
		int h = t->rs.where[__builtin_ctz(m)];
		if (h >= 0) t->locked |= 1u << h;
	}
}

void tx_regs_take_scratch(struct tx *t)
{
	evict(t, HOST_T1);
	evict(t, HOST_T2);
	t->avail &= (uint16_t)~(1u << HOST_T1 | 1u << HOST_T2);
}

int tx_unseen_after(const struct tx *t, uint32_t idx, unsigned r)
{
	return overwritten_from(t, idx, r);
}

void tx_operands(const struct isa_insn *in, uint32_t *reads, uint32_t *writes)
{
	x_operands(in, reads, writes);
}

int tx_unwritten_between(const struct tx *t, uint32_t from, uint32_t to, unsigned r)
{
	for (uint32_t i = from; i < to; i++) {
		uint32_t reads, writes;
		x_operands(&t->b->insns[i], &reads, &writes);
		if (writes >> r & 1) return 0;
	}
	return 1;
}

void tx_forget_x(struct tx *t, unsigned r)
{
	int h = t->rs.where[r];
	if (h >= 0 && is_pool(t, h)) {
		t->rs.holder[h] = -1;
		t->rs.where[r] = -1;
	}
	t->rs.dirty &= ~(1u << r);
	t->rs.lazy &= ~(1u << r);
	t->rs.sx32 &= ~(1u << r);
	t->rs.checked &= ~(1u << r);
}

void tx_writeback(struct tx *t)
{
	tx_settle(t);
	for (int h = 0; h < 16; h++) {
		int g = t->rs.holder[h];
		if (g > 0 && (t->rs.dirty >> g & 1)) x86_store(&t->e, X86_W64, CPU_X(g), h);
	}
	t->rs.dirty = 0;
	dbt_fp_writeback(t);
}

void tx_regs_to_head(struct tx *t)
{
	const struct tx_regstate *to = &t->head;
	t->sx32_back = t->rs.sx32;
	t->lazy_back = t->rs.lazy;
	t->checked_back = t->rs.checked;
	if (t->assume.sx32 & ~t->rs.sx32) t->assume_broken = 1;
	if (t->assume.checked & ~t->rs.checked) t->assume_broken = 1;
	/* what the head takes lazy stays so */
	for (uint32_t m = t->rs.lazy & ~to->lazy; m; m &= m - 1) settle(t, (unsigned)__builtin_ctz(m));
	/* what the head does not hold goes; what it holds elsewhere moves, register to register */
	for (int h = 0; h < 16; h++) {
		int g = t->rs.holder[h];
		if (g > 0 && to->where[g] < 0) evict(t, h);
	}
	for (int moved = 1; moved;) {
		moved = 0;
		for (int h = 0; h < 16; h++) {
			int g = to->holder[h], from = g > 0 ? t->rs.where[g] : -1;
			if (t->rs.holder[h] >= 0 || from < 0 || from == h) continue;
			x86_mov_rr(&t->e, X86_W64, h, from);
			t->rs.holder[from] = -1;
			t->rs.holder[h] = (int8_t)g;
			t->rs.where[g] = (int8_t)h;
			moved = 1;
		}
	}
	for (int h = 0; h < 16; h++) /* cycles, if any, through memory */
		if (t->rs.holder[h] != to->holder[h]) evict(t, h);
	for (int h = 0; h < 16; h++) {
		int g = to->holder[h];
		if (g > 0 && t->rs.holder[h] != g) {
			x86_load(&t->e, X86_W64, h, CPU_X(g));
			t->rs.holder[h] = (int8_t)g;
			t->rs.where[g] = (int8_t)h;
		}
	}
	/* what is still dirty here stays so at the head (head.dirty covers every register written) */
	t->rs.sx32 = to->sx32;
	t->rs.checked = to->checked;
}

uint16_t tx_regs_dirty_map(const struct tx *t, uint8_t held[16])
{
	for (int h = 0; h < 16; h++) {
		int g = t->rs.holder[h];
		held[h] = is_pool(t, h) && g > 0 && (t->rs.dirty >> g & 1) ? (uint8_t)g : 0;
	}
	uint16_t lazy = 0;
	for (uint32_t m = t->rs.lazy & ~1u; m; m &= m - 1) lazy |= (uint16_t)(1u << t->rs.where[__builtin_ctz(m)]);
	return lazy;
}

void tx_regs_around_call(struct tx *t, const struct isa_insn *in, int after)
{
	if (!after) {
		/* stored, but still dirty: the call may be on a side path (FP slow paths) */
		uint32_t dirty = t->rs.dirty;
		tx_writeback(t);
		t->rs.dirty = dirty;
		return;
	}
	for (int h = 0; h < 16; h++) {
		int g = t->rs.holder[h];
		if (g > 0 && (dbt_host_caller_saved(h) || g == in->rd)) x86_load(&t->e, X86_W64, h, CPU_X(g));
	}
}
