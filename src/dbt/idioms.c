/* Known routines run whole in host code (idiom recognition; --no-idioms turns it off).
 *
 *   dbt_routine_call(t, in, idx);   // translate.c's insn(): ISA_OP_CALL_ROUTINE, a call site
 *   dbt_idiom(t);                   // translate.c, at the start of a block's body
 *
 * isa/routines.c knows the routines (libgcc's __ctzdi2 and __clzdi2) byte for byte and in closed
 * form; this file emits the closed form: the index of the byte the routine stops at and its bit k
 * (bsf or bsr), the two guest reads (the GOT entry, then the table's byte), every register the
 * routine writes, and instret += the instructions it runs (a byte per k / 8 in one constant). It
 * serves two places:
 *   - a call site: the block store made `jal ra` to the routine one instruction of the calling
 *     block (exec/blocks.c), so a loop that calls it stays one block looping on itself, its
 *     registers in host registers. ra is written, then the routine's effect; when a read would
 *     fault, a side exit to the routine instead (it then runs, and faults, instruction by
 *     instruction). Mid-block, the results go through the register allocator (tx_store_x).
 *     When the block store found the table to be __clz_tab's own bytes on read-only pages it
 *     made the block's (exec/blocks.c: a write to them, or an mprotect letting one, drops the
 *     block), the routine reads nothing but its GOT entry, which must still name that table (it
 *     is writable data): its results follow from tzcnt or bsr alone, with no guest page-table
 *     check but the GOT's.
 *   - a block that starts at the routine (a call through jalr, a tail call, a call site the block
 *     store did not make one): the whole effect and the return through ra, or, when a read would
 *     fault, the block's ordinary translation, which runs the routine and faults where it does.
 *     The routine's code is the block's, on its page: a write to it invalidates the block.
 *
 * Precise state: nothing is written (but ra at a call site, which the call writes anyway) until
 * both reads are known to succeed: the guest page table says readable, the addresses are below
 * the guest limit, the very conditions interp/routine.c tests in C. (A page unmapped by another
 * thread between the check and the read faults as the call, or as the block's first instruction.)
 * --lockstep compares block by block: it keeps the ordinary translation of a block that starts a
 * routine (the routine's return would leave the block), and checks call sites against the switch
 * engine running the routine instruction by instruction (exec/lockstep.c). tests/dbt/idioms.c
 * compares every register and instret against the interpreters.
 */
#include <string.h>
#include <sys/mman.h>

#include "tx.h"
#include "../exec/blocks.h"
#include "../isa/host_features.h"
#include "../isa/routines.h"
#include "../mem/mem.h"

enum { RA = ISA_REG_RA, A0 = ISA_REG_A0 };
#define PAGE_SHIFT 12

/* jz (rel32 returned) taken when the page of the guest address in reg (clobbered) is not
 * readable, as the guest page table says. */
static uint8_t *unless_readable(struct x86_buf *e, int reg)
{
	x86_shift_ri(e, X86_SHR, X86_W64, reg, PAGE_SHIFT);
	x86_alu_rm(e, X86_ADD, X86_W64, reg, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, dbt.r.page_table_const);
	x86_test_mi8(e, x86_mem(reg, 0), PROT_READ);
	return x86_jcc(e, X86_CC_E, NULL);
}
/* The same for the fixed guest address a (below the guest limit), reg clobbered. */
static uint8_t *unless_readable_at(struct x86_buf *e, int reg, uint64_t a)
{
	x86_load(e, X86_W64, reg, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, dbt.r.page_table_const);
	x86_test_mi8(e, x86_mem(reg, (int32_t)(a >> PAGE_SHIFT)), PROT_READ);
	return x86_jcc(e, X86_CC_E, NULL);
}

/* The guest read emitted next is instruction idx's access, with the registers dirty now: a host
 * fault on it (a page gone since its check) is the guest's fault there. */
static void guest_read(struct tx *t, uint32_t idx)
{
	uint8_t held[16], fheld[16];
	uint16_t lazy = tx_regs_dirty_map(t, held);
	dbt_fp_dirty_map(t, fheld);
	if (!dbt_note_access((uint32_t)(t->e.p - t->code), idx, held, lazy, 0, fheld)) t->failed = 1;
}

/* The index: rdx = x -> rax = idx, rcx = k.
 * __ctzdi2: m = x & -x, k = 8 * (ctz(x) / 8) (0 for x = 0: tzcnt gives 64, and 64 & 0x38 is 0;
 * bsf sets ZF, and cmov takes m = 0), idx = m >> k. */
static void ctz_index(struct x86_buf *e)
{
	x86_mov_rr(e, X86_W64, HOST_T0, HOST_T2);
	x86_grp3_r(e, 3, X86_W64, HOST_T0); /* neg */
	x86_alu_rr(e, X86_AND, X86_W64, HOST_T0, HOST_T2);
	if (host_has_bmi1()) {
		x86_bitcount(e, OPC2_TZCNT, X86_W64, HOST_T1, HOST_T2);
	} else {
		op_rr(e, 0, X86_W64, 1, OPC2_TZCNT, HOST_T1, HOST_T2, 0); /* bsf: tzcnt without its prefix */
		x86_cmov_rr(e, X86_CC_E, X86_W64, HOST_T1, HOST_T0);
	}
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, 0x38);
	x86_shift_cl(e, X86_SHR, X86_W64, HOST_T0);
}
/* __clzdi2: k = 8 * (bsr(x) / 8) (0 for x = 0: bsr sets ZF, and cmov takes x), idx = x >> k. */
static void clz_index(struct x86_buf *e)
{
	op_rr(e, 0, X86_W64, 1, OPC2_BSR, HOST_T1, HOST_T2, 0);
	x86_cmov_rr(e, X86_CC_E, X86_W64, HOST_T1, HOST_T2);
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, 0x38);
	x86_mov_rr(e, X86_W64, HOST_T0, HOST_T2);
	x86_shift_cl(e, X86_SHR, X86_W64, HOST_T0);
}

/* After the reads, the results need k and idx with rax and rdx taken: idx goes in rcx beside k. */
#define PACK_IDX 8

/* From rcx = idx << 8 | k: rax = idx, rdx = k, and the flags of k = 56, the path that finds the
 * byte before the loop (rcx is left to unless_first_path). */
static void unpack(struct x86_buf *e)
{
	x86_mov_rr(e, X86_W32, HOST_T0, HOST_T1);
	x86_shift_ri(e, X86_SHR, X86_W32, HOST_T0, PACK_IDX);
	x86_alu_ri(e, X86_CMP, X86_W32, HOST_T2, 56);
}

/* Guest g = rax (idx) unless the flags say the first path (then g keeps its value): a cmov, in
 * g's own host register when it has one, else through rcx. The flags stay. */
static void unless_first_path(struct tx *t, unsigned g)
{
	struct x86_buf *e = &t->e;
	int h = tx_reg_of(t, g); /* a lazy value is sign-extended in place: movsxd keeps the flags */
	if (h < 0) {
		h = HOST_T1;
		x86_load(e, X86_W64, h, CPU_X(g));
	}
	x86_cmov_rr(e, X86_CC_NE, X86_W64, h, HOST_T0);
	tx_store_x(t, g, h); /* moves and stores: the flags stay */
}

/* The registers, from rax = tab[idx], rdx = &tab[idx] (a guest address), rcx = idx << 8 | k;
 * rdx = k after.
 * __ctzdi2: a0 = sext32(k - 1 + tab[idx]), a4 = idx, a5 = tab[idx]; a2 = a3 = idx unless the
 * path that finds k = 56 before the loop. */
static void ctz_results(struct tx *t)
{
	struct x86_buf *e = &t->e;
	tx_store_x(t, ISA_REG_A5, HOST_T0);
	x86_movzx_rr(e, X86_W8, HOST_T2, HOST_T1);
	x86_lea(e, HOST_T0, x86_mem_idx(HOST_T0, HOST_T2, 1, -1));
	tx_store_x32(t, A0, HOST_T0, 1);
	unpack(e);
	tx_store_x(t, ISA_REG_A4, HOST_T0);
	unless_first_path(t, ISA_REG_A2);
	unless_first_path(t, ISA_REG_A3);
}
/* __clzdi2: a0 = sext32(64 - k - tab[idx]), a3 = 64 - k, a5 = &tab[idx]; a4 = idx unless the path
 * that finds k = 56 before the loop. */
static void clz_results(struct tx *t)
{
	struct x86_buf *e = &t->e;
	tx_store_x(t, ISA_REG_A5, HOST_T2);
	x86_movzx_rr(e, X86_W8, HOST_T2, HOST_T1);
	x86_grp3_r(e, 3, X86_W32, HOST_T0); /* neg */
	x86_alu_rr(e, X86_SUB, X86_W32, HOST_T0, HOST_T2);
	x86_alu_ri(e, X86_ADD, X86_W32, HOST_T0, 64);
	tx_store_x32(t, A0, HOST_T0, 1);
	x86_mov_ri(e, HOST_T0, 64, 0);
	x86_alu_rr(e, X86_SUB, X86_W32, HOST_T0, HOST_T2);
	tx_store_x(t, ISA_REG_A3, HOST_T0);
	unpack(e);
	unless_first_path(t, ISA_REG_A4);
}

/* instret += the instructions the routine ran, rdx = k: the entry at 16 * (k / 8) = 2 * k of a
 * table (dbt_routine_counts) the caller aims the returned rel32 at. */
static uint8_t *count_run(struct x86_buf *e)
{
	x86_lea(e, HOST_T0, x86_mem(X86_RIP, 0));
	uint8_t *table = e->p - 4;
	x86_sse_rm(e, PFX_OPSIZE, OPC2_PADDQ, HOST_INSTRET_XMM, x86_mem_idx(HOST_T0, HOST_T2, 2, 0));
	dbt_count_code(e, DBT_COUNT_IDIOM_RUNS);
	return table;
}

/* The routine r's whole effect, x in rdx and HOST_T1, HOST_T2 free; got its GOT entry, idx the
 * instruction a read's fault is (see guest_read). Nothing is written until both reads are known
 * not to fault; the jumps taken when one would are appended to bail. instret is added from a
 * table (dbt_routine_counts) the caller aims the returned rel32 at: the fixed one of a call, or
 * one after a block's exit. */
static uint8_t *emit_routine(struct tx *t, enum isa_routine r, uint64_t got, uint32_t idx, uint8_t **bail, int *n_bail)
{
	struct x86_buf *e = &t->e;
	bail[(*n_bail)++] = unless_readable_at(e, HOST_T0, got); /* 8 bytes on one page: isa_routine_at */
	if (r == ISA_ROUTINE_CTZDI2) ctz_index(e);
	else clz_index(e);
	/* rdx = &tab[idx] */
	x86_mov_ri(e, HOST_T2, got, 0);
	guest_read(t, idx);
	x86_load(e, X86_W64, HOST_T2, GUEST(HOST_T2, 0));
	x86_alu_rr(e, X86_ADD, X86_W64, HOST_T2, HOST_T0);
	x86_shift_ri(e, X86_SHL, X86_W32, HOST_T0, PACK_IDX);
	x86_alu_rr(e, X86_OR, X86_W32, HOST_T1, HOST_T0);
	x86_alu_rm(e, X86_CMP, X86_W64, HOST_T2, CPU_LIMIT);
	bail[(*n_bail)++] = x86_jcc(e, X86_CC_AE, NULL);
	x86_mov_rr(e, X86_W64, HOST_T0, HOST_T2);
	bail[(*n_bail)++] = unless_readable(e, HOST_T0);
	guest_read(t, idx);
	x86_load_zx(e, X86_W8, HOST_T0, GUEST(HOST_T2, 0));
	/* from here on the routine's effect is certain */
	if (r == ISA_ROUTINE_CTZDI2) ctz_results(t);
	else clz_results(t);
	return count_run(e);
}

/* The table a routine's call at in reads, when the block store found it to be __clz_tab's own
 * bytes (in->rm) and they still are, on pages of the block (which keep them from changing
 * unseen): its guest address, else 0. The GOT entry naming it is writable data, read again at
 * every call. */
static uint64_t known_table(const struct tx *t, const struct isa_insn *in, uint64_t got)
{
	uint64_t tab = in->rm ? exec_routine_table(got) : 0;
	if (!tab || !exec_block_covers(t->b, tab, tab + 255) || !isa_routine_table_is_clz_tab(mem_host(tab))) return 0;
	return tab;
}

/* From rdx = x (not 0): the registers, with tab[i] the bit length of i; rdx = k after.
 * __ctzdi2: with n = tzcnt(x), k = n & 0x38, idx = 1 << (n & 7) and tab[idx] = (n & 7) + 1, so
 * a0 = k - 1 + tab[idx] = n, a5 = (n & 7) + 1, a4 = idx, a2 = a3 = idx unless k = 56. */
static void ctz_known(struct tx *t)
{
	struct x86_buf *e = &t->e;
	if (host_has_bmi1()) x86_bitcount(e, OPC2_TZCNT, X86_W64, HOST_T2, HOST_T2);
	else op_rr(e, 0, X86_W64, 1, OPC2_TZCNT, HOST_T2, HOST_T2, 0); /* bsf: the same for x != 0 */
	tx_store_x32(t, A0, HOST_T2, 0);
	x86_mov_rr(e, X86_W32, HOST_T1, HOST_T2);
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, 7);
	x86_lea(e, HOST_T0, x86_mem(HOST_T1, 1));
	tx_store_x(t, ISA_REG_A5, HOST_T0);
	x86_mov_ri(e, HOST_T0, 1, 0);
	x86_shift_cl(e, X86_SHL, X86_W32, HOST_T0);
	tx_store_x(t, ISA_REG_A4, HOST_T0);
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T2, 0x38);
	x86_alu_ri(e, X86_CMP, X86_W32, HOST_T2, 56);
	unless_first_path(t, ISA_REG_A2);
	unless_first_path(t, ISA_REG_A3);
}
/* __clzdi2: with n = bsr(x), k = n & 0x38, idx = x >> k and tab[idx] = n - k + 1, so
 * a0 = 64 - k - tab[idx] = 63 - n, a3 = 64 - k, a5 = &tab[idx], a4 = idx unless k = 56. */
static void clz_known(struct tx *t, uint64_t tab)
{
	struct x86_buf *e = &t->e;
	op_rr(e, 0, X86_W64, 1, OPC2_BSR, HOST_T1, HOST_T2, 0);
	x86_mov_ri(e, HOST_T0, 63, 0);
	x86_alu_rr(e, X86_SUB, X86_W32, HOST_T0, HOST_T1);
	tx_store_x32(t, A0, HOST_T0, 0);
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, 0x38);
	x86_mov_ri(e, HOST_T0, 64, 0);
	x86_alu_rr(e, X86_SUB, X86_W32, HOST_T0, HOST_T1);
	tx_store_x(t, ISA_REG_A3, HOST_T0);
	x86_mov_rr(e, X86_W64, HOST_T0, HOST_T2);
	x86_shift_cl(e, X86_SHR, X86_W64, HOST_T0);
	x86_mov_ri(e, HOST_T2, tab, 0);
	x86_alu_rr(e, X86_ADD, X86_W64, HOST_T2, HOST_T0);
	tx_store_x(t, ISA_REG_A5, HOST_T2);
	x86_mov_rr(e, X86_W32, HOST_T2, HOST_T1);
	x86_alu_ri(e, X86_CMP, X86_W32, HOST_T2, 56);
	unless_first_path(t, ISA_REG_A4);
}

/* The routine's effect with its table known, x in rdx: only the GOT entry is read, which must
 * still name the table; the bails are taken when its page is unreadable, when it names another
 * table, and for x = 0 (rare: the routine then runs instruction by instruction). */
static uint8_t *emit_known(struct tx *t, enum isa_routine r, uint64_t got, uint64_t tab, uint32_t idx, uint8_t **bail,
			   int *n_bail)
{
	struct x86_buf *e = &t->e;
	bail[(*n_bail)++] = unless_readable_at(e, HOST_T0, got);
	x86_mov_ri(e, HOST_T0, got, 0);
	x86_mov_ri(e, HOST_T1, tab, 0);
	guest_read(t, idx);
	x86_alu_rm(e, X86_CMP, X86_W64, HOST_T1, GUEST(HOST_T0, 0));
	bail[(*n_bail)++] = x86_jcc(e, X86_CC_NE, NULL);
	x86_test_rr(e, X86_W64, HOST_T2, HOST_T2);
	bail[(*n_bail)++] = x86_jcc(e, X86_CC_E, NULL);
	/* from here on the routine's effect is certain */
	if (r == ISA_ROUTINE_CTZDI2) ctz_known(t);
	else clz_known(t, tab);
	dbt_stats.routine_calls_known++;
	return count_run(e);
}

void dbt_routine_counts(struct x86_buf *e, enum isa_routine r, uint32_t less_by)
{
	while ((uintptr_t)e->p & 15) x86_byte(e, 0xcc);
	for (int k = 0; k < 64; k += 8) {
		x86_u64(e, (isa_routines[r].counts >> k & 0xff) - less_by);
		x86_u64(e, 0);
	}
}

void dbt_routine_call(struct tx *t, const struct isa_insn *in, uint32_t idx)
{
	struct x86_buf *e = &t->e;
	enum isa_routine r = (enum isa_routine)in->rs3;
	tx_regs_take_scratch(t);
	int d = tx_work_reg(t, in, 0);
	x86_mov_ri(e, d, in->pc + in->len, 0);
	tx_store_x(t, RA, d);
	tx_load_x(t, HOST_T2, A0);
	/* the way out when a read would fault: the call made, the rest of the block not run */
	struct side_exit *s = &t->side[t->n_side++];
	s->target = in->pc + (uint64_t)in->imm;
	s->indirect = NULL;
	s->rest = t->b->n_guest - idx - 1;
	s->lazy = tx_regs_dirty_map(t, s->held);
	dbt_fp_dirty_map(t, s->fheld);
	_Static_assert(TX_SIDE_JUMPS >= 3, "emit_routine's bails all take the side exit");
	int n_bail = 0;
	uint64_t got = in->pc + (uint64_t)(int64_t)in->imm2, tab = known_table(t, in, got);
	uint8_t *table = tab ? emit_known(t, r, got, tab, idx, s->jcc, &n_bail) : emit_routine(t, r, got, idx, s->jcc, &n_bail);
	if (n_bail < TX_SIDE_JUMPS) s->jcc[n_bail] = NULL;
	/* the counts of a call, which the block's entry did not count: one table per routine,
	 * made with the fixed routines (straight-line code here) */
	if (!e->full) x86_patch_rel32(table, dbt.r.routine_counts[r]);
	dbt_stats.routine_calls++;
}

void dbt_idiom(struct tx *t)
{
	if (!dbt.opt.idioms || dbt.opt.whole_blocks) return;
	static struct isa_insn code[ISA_ROUTINE_MAX_INSNS];
	uint64_t pc = t->b->pc, got;
	uint64_t page_end = (pc | ((1u << PAGE_SHIFT) - 1)) + 1;
	enum isa_routine r = isa_routine_at(pc, mem_host(pc), page_end - pc, code, &got);
	if (r == ISA_ROUTINE_NONE || got >= MEM_GUEST_LIMIT) return;
	for (int k = 0; k < 64; k += 8) /* the block's entry counted its own instructions */
		if ((isa_routines[r].counts >> k & 0xff) < t->b->n_guest) return;
	/* Results straight to their homes: no pool register is handed out before the body's first
	 * instruction (t->avail is empty), so the ordinary translation starts from the same state. */
	struct tx_regstate start = t->rs;
	uint8_t *bail[3];
	int n_bail = 0;
	tx_load_x(t, HOST_T2, A0);
	uint8_t *table = emit_routine(t, r, got, 0, bail, &n_bail);
	tx_writeback(t);
	tx_load_x(t, HOST_T0, RA);
	x86_alu_ri(&t->e, X86_AND, X86_W64, HOST_T0, -2);
	dbt_indirect_exit(&t->e, &code[isa_routines[r].ret_at]);
	if (!t->e.full) x86_patch_rel32(table, (uint8_t *)(((uintptr_t)t->e.p + 15) & ~(uintptr_t)15));
	dbt_routine_counts(&t->e, r, t->b->n_guest); /* where no code runs into it: after the exit */
	t->rs = start;
	for (int j = 0; j < n_bail; j++)
		if (!t->e.full) x86_patch_rel32(bail[j], t->e.p);
	dbt_stats.idioms++;
}
