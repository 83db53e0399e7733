/* Register jumps in translated code: the hashed jump cache, each translation's indirect entry,
 * the inline slots of a jalr, and the return-address stack (RAS) that predicts returns.
 *
 *   // translate.c, a call (jal/jalr with rd = ra or t0), after rd is written, rax = target:
 *   uint8_t *call = dbt_ras_push(e, in, npc);    // pushes (npc, the stub made below)
 *   ... the call's own exit ...
 *   dbt_ras_return_stub(e, call, npc);          // a patchable direct exit to npc
 *   // any jalr, rax = target:
 *   dbt_indirect_exit(e, in);                   // RAS (returns), inline slots, hash, manager
 *
 * Order of tries at a jalr (each falls to the next):
 *   1. a return (jalr x0, 0(ra|t0)) pops the RAS; when the popped pc is the target, it jumps to
 *      the popped host code: the return stub in the calling block, chained to the return pc's
 *      translation like any direct exit. The compare is the truth, the stack only predicts: a
 *      longjmp, a coroutine switch, a tail call or a stack that wrapped only costs a miss.
 *   2. DBT_IB_SLOTS inline (guest pc, host code) slots, filled once each by dbt_link.
 *   3. the hashed cache, (pc >> 1) & mask, each entry one host code pointer, jumped through by
 *      code made at the site (hashed_jump). The pointer is either ib_miss or a translation's
 *      indirect entry, which checks its own guest pc
 *      (`cmp rax, pc; jne ib_miss`) before jumping to the translation. So an entry is one aligned
 *      8-byte word, replaced at will while other threads jump through it: whatever pointer a
 *      thread loads, the code it reaches is right for rax or sends it to the manager.
 *   4. ib_miss: leaves with the site, and dbt_link fills a slot and the hash entry.
 *
 * The RAS lives in struct cpu (one per guest thread; CPU_RAS_ENTRIES, wrapping). Its host
 * addresses point into the code cache, so a flush makes them stale: a flush happens only while no
 * thread runs translated code, every thread comes back in through dbt_run, and dbt_run clears a
 * stack whose generation is not the cache's (dbt_ras_enter).
 *
 * Registers: rax holds the target throughout; rcx and rdx are scratch (rdx carries the site into
 * the hashed jump and ib_miss). Pushes and pops clobber rcx, rdx and flags and keep everything else, so
 * the guest registers may be written back before or after them.
 */
#include <string.h>

#include "internal.h"

#define CPU_FIELD(f) x86_mem(HOST_CPU, (int32_t)offsetof(struct cpu, f))
/* ras[] at a byte offset held in reg (ras_top is one) */
#define RAS_AT(reg, field) x86_mem_idx(HOST_CPU, (reg), 1, (int32_t)(offsetof(struct cpu, ras) + offsetof(struct cpu_ras_entry, field)))
#define RAS_ENTRY ((int32_t)sizeof(struct cpu_ras_entry))
#define RAS_WRAP (CPU_RAS_ENTRIES * RAS_ENTRY - 1) /* ras_top & RAS_WRAP: the offset wrapped */
_Static_assert((CPU_RAS_ENTRIES & (CPU_RAS_ENTRIES - 1)) == 0 && (RAS_ENTRY & (RAS_ENTRY - 1)) == 0,
	       "the byte offset of an entry wraps by a mask");

/* inc qword [counter] when --stats asked for counters: off the hot path otherwise. */
static void count(struct x86_buf *e, enum dbt_code_counter c)
{
	if (!dbt.opt.stats) return;
	op_rm(e, 0, X86_W64, 0, OPC_GRP5, 0, x86_mem(X86_RIP, 0), 0); /* inc qword [rip + ...] */
	if (!e->full) x86_patch_rel32(e->p - 4, &dbt.r.counters[c]);
}

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
/* rec's indirect entry, made at the bump pointer the first time it is asked for:
 *   cmp rax, pc (imm32, or movabs rcx + cmp) ; jne ib_miss ; [inc hits] ; jmp rec->code
 * NULL when the cache has no room left (the target then stays out of the hashed cache). */
static uint8_t *indirect_entry(struct dbt_record *rec)
{
	if (rec->ib_entry) return rec->ib_entry;
	uint8_t *at = (uint8_t *)(((uintptr_t)dbt.next + 15) & ~(uintptr_t)15);
	if (at >= dbt.end) return NULL;
	struct x86_buf e = { .p = at, .end = dbt.end };
	uint64_t pc = rec->block->pc;
	if (x86_fits_i32((int64_t)pc)) {
		x86_alu_ri(&e, X86_CMP, X86_W64, HOST_T0, (int32_t)pc);
	} else {
		x86_movabs(&e, HOST_T1, pc);
		x86_alu_rr(&e, X86_CMP, X86_W64, HOST_T0, HOST_T1);
	}
	x86_jcc(&e, X86_CC_NE, dbt.r.ib_miss);
	count(&e, DBT_COUNT_IB_HITS);
	x86_jmp(&e, rec->code);
	if (e.full) return NULL;
	/* records stay in address order (dbt_record_at): this sits between two translations */
	dbt.next = e.p;
	dbt_stats.ib_entries++;
	return rec->ib_entry = at;
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
	uint8_t *entry = indirect_entry(t);
	if (entry) {
		uint8_t **h = &dbt.ib[(pc >> 1) & (DBT_IB_SIZE - 1)];
		if (*h != dbt.r.ib_miss && *h != entry) dbt_stats.ib_hash_replaced++;
		if (*h != entry) dbt_stats.ib_hash_fills++;
		__atomic_store_n(h, entry, __ATOMIC_RELEASE);
	}
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

/* --- the return-address stack ---------------------------------------------------------------- */
/* rd = ra or t0: the calling convention's link registers (the RISC-V hint for a push) */
static int is_link(unsigned r) { return r == ISA_REG_RA || r == 5 /* t0 */; }

/* jal/jalr with rd = ra or t0 (the RAS on) */
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

void dbt_ras_enter(struct cpu *cpu)
{
	uint64_t want = __atomic_load_n(&dbt.generation, __ATOMIC_RELAXED) + 1;
	if (!dbt.opt.ras || cpu->ras_generation == want) return;
	for (int i = 0; i < CPU_RAS_ENTRIES; i++) cpu->ras[i] = (struct cpu_ras_entry){ .pc = ~0ull, .host = NULL };
	cpu->ras_top = 0;
	cpu->ras_generation = want;
}

/* ras_top = next entry, wrapped; ras[ras_top] = (ret_pc, stub). Returns the rel32 of the
 * `lea rdx, [rip + stub]` for dbt_ras_return_stub, or NULL when in is no call. */
uint8_t *dbt_ras_push(struct x86_buf *e, const struct isa_insn *in, uint64_t ret_pc)
{
	if (!is_call(in)) return NULL;
	x86_load(e, X86_W32, HOST_T1, CPU_FIELD(ras_top));
	x86_alu_ri(e, X86_ADD, X86_W32, HOST_T1, RAS_ENTRY);
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, RAS_WRAP);
	x86_store(e, X86_W32, CPU_FIELD(ras_top), HOST_T1);
	if (x86_fits_i32((int64_t)ret_pc)) {
		x86_store_i(e, X86_W64, RAS_AT(HOST_T1, pc), (int32_t)ret_pc);
	} else {
		x86_movabs(e, HOST_T2, ret_pc);
		x86_store(e, X86_W64, RAS_AT(HOST_T1, pc), HOST_T2);
	}
	x86_lea(e, HOST_T2, x86_mem(X86_RIP, 0));
	uint8_t *fixup = e->p - 4;
	x86_store(e, X86_W64, RAS_AT(HOST_T1, host), HOST_T2);
	return fixup;
}

/* The host code a push named: `jmp rel32` aimed first at the code after it, which leaves for
 * ret_pc with the jmp as the site to chain (as a direct exit does). Emitted after the block's
 * exit, so reached only through a return. */
uint8_t *dbt_ras_return_stub(struct x86_buf *e, uint8_t *fixup, uint64_t ret_pc)
{
	if (!fixup) return NULL;
	/* the rel32 stays inside one 64-byte line: dbt_link rewrites it under running threads */
	while ((((uintptr_t)e->p + 1) & 63) > 60) x86_byte(e, 0xcc);
	uint8_t *stub = e->p;
	uint8_t *site = x86_jmp(e, NULL);
	if (e->full) return NULL;
	x86_patch_rel32(fixup, stub);
	x86_patch_rel32(site, site + 4);
	if (x86_fits_i32((int64_t)ret_pc)) {
		x86_store_i(e, X86_W64, CPU_FIELD(pc), (int32_t)ret_pc);
	} else {
		x86_mov_ri(e, HOST_T1, ret_pc, 1);
		x86_store(e, X86_W64, CPU_FIELD(pc), HOST_T1);
	}
	x86_lea(e, HOST_T0, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, site);
	x86_jmp(e, dbt.r.exit_direct);
	return site;
}

/* A return: pop, and jump to the popped host code when its pc is rax; else fall through. */
static void ras_pop(struct x86_buf *e)
{
	x86_load(e, X86_W32, HOST_T2, CPU_FIELD(ras_top));
	x86_lea(e, HOST_T1, x86_mem(HOST_T2, -RAS_ENTRY));
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, RAS_WRAP);
	x86_store(e, X86_W32, CPU_FIELD(ras_top), HOST_T1);
	x86_alu_rm(e, X86_CMP, X86_W64, HOST_T0, RAS_AT(HOST_T2, pc));
	uint8_t *miss = x86_jcc(e, X86_CC_NE, NULL);
	count(e, DBT_COUNT_RAS_HITS);
	x86_jmp_m(e, RAS_AT(HOST_T2, host));
	if (!e->full) x86_patch_rel32(miss, e->p);
	count(e, DBT_COUNT_RAS_MISSES);
}

void dbt_indirect_exit(struct x86_buf *e, const struct isa_insn *in)
{
	if (is_return(in)) ras_pop(e);
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
