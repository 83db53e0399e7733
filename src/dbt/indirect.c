/* Register jumps in translated code: the hashed jump cache, each translation's indirect entry,
 * the inline slots of a jalr, and the return-address stack (RAS, --ras) that predicts returns.
 *
 *   // translate.c, after rd is written, rax = target:
 *   site = dbt_ras_call(e, in, npc, &landing);   // jal ra: the call itself, or NULL
 *   landing = dbt_ras_push(e, in, npc);          // jalr ra: the push, then its own exit
 *   dbt_indirect_exit(e, in);                    // any jalr: RAS (returns), slots, hash, manager
 *
 * Order of tries at a jalr (each falls to the next):
 *   1. with --ras, a return (jalr x0, imm(ra|t0)) compares rax with the return pc on top of the
 *      host stack, and `ret`s when they agree: the host's own return predictor takes it to the
 *      landing after the call, a chainable direct exit to the return pc. A call (jal/jalr with
 *      rd = ra or t0) pushed the pc and made the host `call` (for jal, the call is the chainable
 *      exit to the callee). The compare is the truth, the stack only predicts: a longjmp, a
 *      coroutine switch or a tail call only costs a miss, which leaves the entry where it is.
 *   2. DBT_IB_SLOTS inline (guest pc, host code) slots, filled once each by dbt_link.
 *   3. the hashed cache, (pc >> 1) & mask, each entry one host code pointer, jumped through by
 *      code made at the site (hashed_jump). The pointer is either ib_miss or a translation's
 *      indirect entry, which checks its own guest pc
 *      (`cmp rax, pc; jne ib_miss`) and runs into the translation, right after it (the stub it
 *      was, between translations, cost a second taken jump). So an entry is one aligned
 *      8-byte word, replaced at will while other threads jump through it: whatever pointer a
 *      thread loads, the code it reaches is right for rax or sends it to the manager.
 *   4. ib_miss: leaves with the site, and dbt_link fills a slot and the hash entry.
 *
 * The RAS is the host stack of the thread running translated code, below cpu->host_sp (where
 * enter left it, an odd pc under its bottom entry, never a target) down to host_sp_limit. Every
 * entry into translated code starts it empty and every exit drops it, so its host addresses never
 * outlive a code cache flush (which happens only while no thread runs translated code).
 * The RAS is off by default: on the machines measured (README) a call and return through it cost
 * more than the slots and the per-site hashed jump, even for returns to many callers.
 *
 * Registers: rax holds the target throughout; rcx and rdx are scratch (rdx carries the site into
 * the hashed jump and ib_miss). Calls and returns clobber rcx, rdx and flags and keep everything
 * else, so the guest registers may be written back before them.
 */
#include <string.h>

#include "internal.h"

#define CPU_FIELD(f) CPU_F(offsetof(struct cpu, f))

/* rax = guest pc, rdx = site: jmp [table + ((pc >> 1) & mask) * 8]. Made at every register jump
 * rather than once: each then has its own indirect jmp, which the host predicts from its own
 * history (one shared jmp for every site of an interpreter's dispatch mispredicts far more). */
static void hashed_jump(struct x86_buf *e)
{
	x86_mov_rr(e, X86_W32, HOST_T1, HOST_T0);
	x86_shift_ri(e, X86_SHL, X86_W32, HOST_T1, 2);
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, (int32_t)((DBT_IB_SIZE - 1) << 3));
	x86_alu_rm(e, X86_ADD, X86_W64, HOST_T1, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, dbt.r.table_const);
	x86_jmp_m(e, x86_mem(HOST_T1, 0));
}

/* --- the fixed routines ---------------------------------------------------------------------- */
void dbt_ib_make_routines(struct x86_buf *e)
{
	struct dbt_routines *r = &dbt.r;

	/* ib_miss: rax = guest pc, rdx = site: leave for the manager, which links the site. */
	r->ib_miss = e->p;
	x86_store(e, X86_W64, CPU_FIELD(pc), HOST_T0);
	x86_store_i(e, X86_W32, CPU_FIELD(exit_reason), CPU_EXIT_BLOCK);
	x86_mov_rr(e, X86_W64, HOST_T0, HOST_T2);
	x86_mov_ri(e, HOST_T2, DBT_SITE_INDIRECT, 0);
	x86_jmp(e, r->exit);
}

void dbt_ib_clear(void)
{
	for (uint32_t i = 0; i < DBT_IB_SIZE; i++) __atomic_store_n(&dbt.ib[i], dbt.r.ib_miss, __ATOMIC_RELAXED);
}

/* --- a translation's indirect entry ---------------------------------------------------------- */
/* The indirect entry of the translation of guest pc, which translate.c puts right before the
 * translation's entry so that it runs into it (one taken jump from the hashed jump, not two):
 *   cmp rax, pc (imm32, or movabs rcx + cmp) ; jne ib_miss ; [inc hits]
 * Its length depends only on pc and --stats. */
void dbt_ib_entry(struct x86_buf *e, uint64_t pc)
{
	if (x86_fits_i32((int64_t)pc)) {
		x86_alu_ri(e, X86_CMP, X86_W64, HOST_T0, (int32_t)pc);
	} else {
		x86_movabs(e, HOST_T1, pc);
		x86_alu_rr(e, X86_CMP, X86_W64, HOST_T0, HOST_T1);
	}
	x86_jcc(e, X86_CC_NE, dbt.r.ib_miss);
	dbt_count_code(e, DBT_COUNT_IB_HITS);
}

/* An indirect site: DBT_IB_SLOTS slots of
 *   mov rcx, imm64 (guest pc)   48 b9 <8>        at +0, pc at +2
 *   cmp rax, rcx                48 39 c8         at +10
 *   je rel32                    0f 84 <4>        at +13, rel32 at +15
 * then `lea rdx, [rip - ...]` and the hashed jump. The site address given to exits is the first slot. */
void dbt_ib_link(uint8_t *site, struct isa_block *target)
{
	struct dbt_record *t = target->translation;
	uint64_t pc = target->pc;
	uint8_t *entry = t->ib_entry;
	uint8_t **h = &dbt.ib[(pc >> 1) & (DBT_IB_SIZE - 1)];
	if (*h != dbt.r.ib_miss && *h != entry) dbt_stats.ib_hash_replaced++;
	if (*h != entry) dbt_stats.ib_hash_fills++;
	__atomic_store_n(h, entry, __ATOMIC_RELEASE);
	/* Slots are filled once, code before pc, and the pc by one 8-byte store (memcpy of a
	 * constant 8), which other threads see whole only when it stays inside one cache line: a
	 * slot whose pc straddles a line stays empty (its targets go to the hashed cache). A racing
	 * thread then sees the old ~0, which never matches, or the new pc. */
	for (int s = 0; s < DBT_IB_SLOTS; s++) {
		uint8_t *slot = site + s * DBT_IB_SLOT_BYTES;
		uint64_t have;
		memcpy(&have, slot + 2, 8);
		if (have == pc) return;
		if (have != ~0ull || ((uintptr_t)(slot + 2) & 63) > 56) continue;
		x86_patch_rel32(slot + 15, t->code);
		memcpy(slot + 2, &pc, 8);
		dbt_stats.ib_inline_fills++;
		return;
	}
}

/* --- the return-address stack (--ras) -------------------------------------------------------- */
/* rd = ra or t0: the calling convention's link registers (the RISC-V hint for a push) */
static int is_link(unsigned r) { return r == ISA_REG_RA || r == 5 /* t0 */; }

/* jal/jalr with rd = ra or t0 (--ras) */
static int is_call(const struct isa_insn *in)
{
	return dbt.opt.ras && (in->op == ISA_OP_JAL || in->op == ISA_OP_JALR) && is_link(in->rd);
}
/* jalr x0, imm(ra|t0). (jalr ra, t0 and the like, pop-then-push in the hint table, count as
 * calls only: the stack is deeper by one, which a wrong prediction absorbs.) */
static int is_return(const struct isa_insn *in)
{
	return dbt.opt.ras && in->op == ISA_OP_JALR && in->rd == 0 && is_link(in->rs1);
}

/* The generic way for rax: DBT_IB_SLOTS inline slots, then the hashed jump (or, --no-ibcache,
 * the manager). */
static void slots_and_hash(struct x86_buf *e)
{
	if (!dbt.opt.ibcache) {
		x86_store(e, X86_W64, CPU_FIELD(pc), HOST_T0);
		x86_store_i(e, X86_W32, CPU_FIELD(exit_reason), CPU_EXIT_BLOCK);
		x86_jmp(e, dbt.r.exit_plain);
		return;
	}
	uint8_t *site = e->p;
	for (int s = 0; s < DBT_IB_SLOTS; s++) {
		x86_movabs(e, HOST_T1, ~0ull);
		x86_alu_rr(e, X86_CMP, X86_W64, HOST_T0, HOST_T1);
		uint8_t *je = x86_jcc(e, X86_CC_E, NULL);
		if (!e->full) x86_patch_rel32(je, je + 4);
	}
	x86_lea(e, HOST_T2, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, site);
	hashed_jump(e);
}

/* A call, up to its own jump (a `call` to the callee, or over what follows):
 *   cmp rsp, [host_sp_limit] ; jbe full ; push ret_pc ; call ...
 *   landing: lea rsp, [rsp + 8] ; jmp rel32 (a chainable direct exit to ret_pc)
 *   full: mov rsp, [host_sp] ; jmp back to the push
 * The stack is emptied when full (unmatched calls, as a longjmp leaves, would pile up); an entry
 * is 16 bytes, so the host stack stays aligned for C calls. Returns the call's rel32 and, in
 * *landing, the landing jump's. */
static uint8_t *call_and_landing(struct x86_buf *e, uint64_t ret_pc, uint8_t **landing)
{
	x86_alu_rm(e, X86_CMP, X86_W64, X86_RSP, CPU_FIELD(host_sp_limit));
	uint8_t *full = x86_jcc(e, X86_CC_BE, NULL);
	uint8_t *back = e->p;
	if (x86_fits_i32((int64_t)ret_pc)) {
		x86_push_i(e, (int32_t)ret_pc);
	} else {
		x86_movabs(e, HOST_T1, ret_pc);
		x86_push(e, HOST_T1);
	}
	x86_align_rel32(e, 1);
	uint8_t *call = x86_call(e, NULL);
	x86_lea(e, X86_RSP, x86_mem(X86_RSP, 8));
	x86_align_rel32(e, 1);
	*landing = x86_jmp(e, NULL);
	if (!e->full) x86_patch_rel32(full, e->p);
	x86_load(e, X86_W64, X86_RSP, CPU_FIELD(host_sp));
	x86_jmp(e, back);
	return call;
}

uint8_t *dbt_ras_call(struct x86_buf *e, const struct isa_insn *in, uint64_t ret_pc, uint8_t **landing)
{
	if (!is_call(in)) return NULL;
	uint8_t *call = call_and_landing(e, ret_pc, landing);
	return e->full ? NULL : call;
}

uint8_t *dbt_ras_push(struct x86_buf *e, const struct isa_insn *in, uint64_t ret_pc)
{
	if (!is_call(in)) return NULL;
	uint8_t *landing;
	uint8_t *over = call_and_landing(e, ret_pc, &landing);
	if (!e->full) x86_patch_rel32(over, e->p);
	return e->full ? NULL : landing;
}

void dbt_indirect_exit(struct x86_buf *e, const struct isa_insn *in)
{
	if (is_return(in)) {
		x86_alu_rm(e, X86_CMP, X86_W64, HOST_T0, x86_mem(X86_RSP, 8));
		uint8_t *miss = x86_jcc(e, X86_CC_NE, NULL);
		dbt_count_code(e, DBT_COUNT_RAS_HITS);
		x86_ret(e);
		if (!e->full) x86_patch_rel32(miss, e->p);
		dbt_count_code(e, DBT_COUNT_RAS_MISSES);
	}
	slots_and_hash(e);
}
