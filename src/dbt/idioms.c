/* Routines translated whole (idiom recognition; --no-idioms turns it off).
 *
 *   dbt_idiom(t);   // translate.c, at the start of a block's body: nothing, or a whole routine
 *
 * RV64GC has no bit-count instructions; compilers call libgcc for them, and libgcc's portable C
 * runs a byte loop and a table look-up where the host needs one instruction. Where a block starts
 * a routine this file knows, byte for byte (addresses of its data left free), the translation
 * begins with one host computation of the routine's whole effect: every register it writes, the
 * guest memory it reads (read from guest memory, so a guest that changes the data gets what the
 * routine would give), instret, and the return. The routine's code must lie on the block's page,
 * so that a write to it invalidates the block as self-modifying code does.
 *
 * Precise state: the computation writes nothing until its reads are known to succeed (the guest
 * page table says readable); otherwise it falls into the block's ordinary translation, which runs
 * the routine instruction by instruction and faults where the routine does. (A page unmapped by
 * another thread between the check and the read faults as the block's first instruction.)
 * --lockstep compares block by block, so it keeps ordinary translations; tests/dbt/idioms.c
 * compares every register and instret against the interpreters.
 */
#include <string.h>
#include <sys/mman.h>

#include "tx.h"
#include "../mem/mem.h"

enum { RA = 1, A0 = 10, A2 = 12, A3 = 13, A4 = 14, A5 = 15 };
#define PAGE_SHIFT 12

/* One instruction of a known routine: its encoding (a 16-bit parcel for a compressed one) and the
 * bits of it that may differ (an address). */
struct idiom_insn {
	uint32_t bits, free;
};
#define AUIPC_IMM 0xfffff000u
#define I_IMM 0xfff00000u

/* libgcc's __ctzdi2 (GCC 12, rv64gc): m = x & -x; its highest non-zero byte found by a loop from
 * the top; __clz_tab (through the GOT) gives the bit within it. */
static const struct idiom_insn ctzdi2[] = {
	{ 0x40a00733, 0 },         /*  0 neg   a4,a0 */
	{ 0x8f69, 0 },             /*  1 and   a4,a4,a0 */
	{ 0x03875793, 0 },         /*  2 srli  a5,a4,56 */
	{ 0xe3a9, 0 },             /*  3 bnez  a5,+0x42 (27) */
	{ 0x03800793, 0 },         /*  4 li    a5,56 */
	{ 0xa011, 0 },             /*  5 j     +4 (7) */
	{ 0xe215, 0 },             /*  6 bnez  a2,+0x24 (19) */
	{ 0x853e, 0 },             /*  7 mv    a0,a5 */
	{ 0x17e1, 0 },             /*  8 addi  a5,a5,-8 */
	{ 0x00f756b3, 0 },         /*  9 srl   a3,a4,a5 */
	{ 0x0ff6f613, 0 },         /* 10 andi  a2,a3,255 */
	{ 0xfbed, 0 },             /* 11 bnez  a5,-0xe (6) */
	{ 0x557d, 0 },             /* 12 li    a0,-1 */
	{ 0x00000797, AUIPC_IMM }, /* 13 auipc a5,%hi(GOT entry of __clz_tab) */
	{ 0x0007b783, I_IMM },     /* 14 ld    a5,%lo(...)(a5) */
	{ 0x97ba, 0 },             /* 15 add   a5,a5,a4 */
	{ 0x0007c783, 0 },         /* 16 lbu   a5,0(a5) */
	{ 0x9d3d, 0 },             /* 17 addw  a0,a0,a5 */
	{ 0x8082, 0 },             /* 18 ret */
	{ 0x8736, 0 },             /* 19 mv    a4,a3 */
	{ 0x00000797, AUIPC_IMM }, /* 20 auipc a5,... (the same entry) */
	{ 0x0007b783, I_IMM },     /* 21 ld    a5,... */
	{ 0x97ba, 0 },             /* 22 add   a5,a5,a4 */
	{ 0x0007c783, 0 },         /* 23 lbu   a5,0(a5) */
	{ 0x155d, 0 },             /* 24 addi  a0,a0,-9 */
	{ 0x9d3d, 0 },             /* 25 addw  a0,a0,a5 */
	{ 0x8082, 0 },             /* 26 ret */
	{ 0x873e, 0 },             /* 27 mv    a4,a5 */
	{ 0x03700513, 0 },         /* 28 li    a0,55 */
	{ 0xbfc9, 0 },             /* 29 j     -0x2e (13) */
};
/* libgcc's __clzdi2 (GCC 12, rv64gc): the highest non-zero byte of x found by a loop from the
 * top; __clz_tab gives the bits it needs. */
static const struct idiom_insn clzdi2[] = {
	{ 0x03855793, 0 },         /*  0 srli  a5,a0,56 */
	{ 0xe7a9, 0 },             /*  1 bnez  a5,+0x4e (25) */
	{ 0x03800793, 0 },         /*  2 li    a5,56 */
	{ 0xa011, 0 },             /*  3 j     +4 (5) */
	{ 0xe29d, 0 },             /*  4 bnez  a3,+0x26 (16) */
	{ 0x17e1, 0 },             /*  5 addi  a5,a5,-8 */
	{ 0x00f55733, 0 },         /*  6 srl   a4,a0,a5 */
	{ 0x0ff77693, 0 },         /*  7 andi  a3,a4,255 */
	{ 0xfbf5, 0 },             /*  8 bnez  a5,-0xc (4) */
	{ 0x04000693, 0 },         /*  9 li    a3,64 */
	{ 0x00000797, AUIPC_IMM }, /* 10 auipc a5,%hi(GOT entry of __clz_tab) */
	{ 0x0007b783, I_IMM },     /* 11 ld    a5,%lo(...)(a5) */
	{ 0x97aa, 0 },             /* 12 add   a5,a5,a0 */
	{ 0x0007c503, 0 },         /* 13 lbu   a0,0(a5) */
	{ 0x40a6853b, 0 },         /* 14 subw  a0,a3,a0 */
	{ 0x8082, 0 },             /* 15 ret */
	{ 0x04000693, 0 },         /* 16 li    a3,64 */
	{ 0x8e9d, 0 },             /* 17 sub   a3,a3,a5 */
	{ 0x853a, 0 },             /* 18 mv    a0,a4 */
	{ 0x00000797, AUIPC_IMM }, /* 19 auipc a5,... (the same entry) */
	{ 0x0007b783, I_IMM },     /* 20 ld    a5,... */
	{ 0x97aa, 0 },             /* 21 add   a5,a5,a0 */
	{ 0x0007c503, 0 },         /* 22 lbu   a0,0(a5) */
	{ 0x40a6853b, 0 },         /* 23 subw  a0,a3,a0 */
	{ 0x8082, 0 },             /* 24 ret */
	{ 0x853e, 0 },             /* 25 mv    a0,a5 */
	{ 0x46a1, 0 },             /* 26 li    a3,8 */
	{ 0xb7f1, 0 },             /* 27 j     -0x34 (10) */
};
#define N_OF(a) (int)(sizeof a / sizeof a[0])

/* Whether the code at pc is routine (n instructions), all of it on pc's page; its instructions
 * decoded into out. */
static int matches(uint64_t pc, const struct idiom_insn *routine, int n, struct isa_insn *out)
{
	uint64_t at = pc, page_end = (pc | ((1u << PAGE_SHIFT) - 1)) + 1;
	for (int i = 0; i < n; i++) {
		if (at + 2 > page_end) return 0;
		uint16_t lo;
		memcpy(&lo, mem_host(at), 2);
		uint32_t bits = lo;
		if (isa_insn_length(lo) == 4) {
			if (at + 4 > page_end) return 0;
			memcpy(&bits, mem_host(at), 4);
		}
		uint32_t want = routine[i].bits;
		if ((isa_insn_length((uint16_t)want) == 4) != (isa_insn_length(lo) == 4)) return 0;
		if ((bits & ~routine[i].free) != (want & ~routine[i].free)) return 0;
		at += isa_decode(&out[i], at, bits);
	}
	return 1;
}

/* The guest address auipc (at) and the load after it name. */
static uint64_t auipc_load_address(const struct isa_insn *at)
{
	return at[0].pc + (uint64_t)at[0].imm + (uint64_t)at[1].imm;
}

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

/* The guest read emitted next faults (when a page goes between its check and it) as the block's
 * first instruction, with the state the block started with: nothing is written before it. */
static void guest_read_at_entry(struct tx *t)
{
	static const uint8_t none[16];
	if (!dbt_note_access((uint32_t)(t->e.p - t->code), 0, none, 0, 0, none)) t->failed = 1;
}

/* Guest register r into host register h (r's own host register, or a load from cpu->x). */
static void get(struct tx *t, int h, unsigned r)
{
	int at = t->rs.where[r];
	if (at >= 0) x86_mov_rr(&t->e, X86_W64, h, at);
	else x86_load(&t->e, X86_W64, h, CPU_X(r));
}
/* Guest register r = host register h, at the block's start (no pool register dirty). */
static void put(struct tx *t, unsigned r, int h)
{
	int at = t->rs.where[r];
	if (at >= 0) x86_mov_rr(&t->e, X86_W64, at, h);
	if (!(t->global >> r & 1)) x86_store(&t->e, X86_W64, CPU_X(r), h);
}

/* Both routines, in closed form. The byte a routine's loop stops at is the one at bit k (a
 * multiple of 8; the loop from the top ends at k = 0, the test before it finds k = 56); every
 * path then reads tab[idx] (tab: the pointer in the GOT entry, idx: the byte, shifted down by k),
 * and what each path leaves in the registers is a function of k, idx and tab[idx]; so is the
 * count of instructions it ran, kept as one byte per k / 8 in one constant (shifted right by k).
 * index: rdx = x -> rax = idx, rcx = k. results: with rax = idx, rdx = &tab[idx] (a guest
 * address), rcx = tab[idx], xmm1 = k, the registers written, and k left in rcx. */
struct table_scan {
	int got_at[2]; /* the routine's two auipc + ld pairs naming the GOT entry */
	int ret_at;    /* one of its returns */
	uint64_t counts;
	void (*index)(struct x86_buf *e);
	void (*results)(struct tx *t);
};

/* For results: rdx = k; returns the rel32 of a je taken on the path that finds k = 56 before
 * the loop. */
static uint8_t *k_unless_first_path(struct x86_buf *e)
{
	x86_sse_gpr(e, PFX_OPSIZE, OPC2_MOVD_FROM_XMM, X86_W64, 1, HOST_T2);
	x86_alu_ri(e, X86_CMP, X86_W32, HOST_T2, 56);
	return x86_jcc(e, X86_CC_E, NULL);
}
/* For results, last: a0 = the low half of rax sign-extended (a W result), rcx = k (rdx). */
static void a0_and_k(struct tx *t)
{
	x86_movsx_rr(&t->e, X86_W32, HOST_T0, HOST_T0);
	put(t, A0, HOST_T0);
	x86_mov_rr(&t->e, X86_W64, HOST_T1, HOST_T2);
}

/* __ctzdi2: m = x & -x, k = 8 * (tzcnt(m) / 8) (0 for m = 0: tzcnt gives 64, and 64 & 0x38 is 0),
 * idx = m >> k. */
static void ctz_index(struct x86_buf *e)
{
	x86_mov_rr(e, X86_W64, HOST_T0, HOST_T2);
	x86_grp3_r(e, 3, X86_W64, HOST_T0); /* neg */
	x86_alu_rr(e, X86_AND, X86_W64, HOST_T0, HOST_T2);
	x86_bitcount(e, OPC2_TZCNT, X86_W64, HOST_T1, HOST_T0);
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, 0x38);
	x86_shift_cl(e, X86_SHR, X86_W64, HOST_T0);
}
/* a0 = sext32(k - 1 + tab[idx]), a4 = idx, a5 = tab[idx]; a2 = a3 = idx but on the path that
 * finds k = 56 before the loop. */
static void ctz_results(struct tx *t)
{
	struct x86_buf *e = &t->e;
	uint8_t *first_path = k_unless_first_path(e);
	put(t, A2, HOST_T0);
	put(t, A3, HOST_T0);
	if (!e->full) x86_patch_rel32(first_path, e->p);
	put(t, A4, HOST_T0);
	put(t, A5, HOST_T1);
	x86_lea(e, HOST_T0, x86_mem_idx(HOST_T2, HOST_T1, 1, -1));
	a0_and_k(t);
}
static const struct table_scan ctz_scan = {
	.got_at = { 13, 20 }, .ret_at = 18,
	/* by k / 8: 54 (the whole loop), 50, 44, ... 20 (a round of six each), 13 (no loop) */
	.counts = 54ull | 50ull << 8 | 44ull << 16 | 38ull << 24 | 32ull << 32 | 26ull << 40 | 20ull << 48 | 13ull << 56,
	.index = ctz_index, .results = ctz_results,
};

/* __clzdi2: k = 8 * (bsr(x) / 8) (0 for x = 0), idx = x >> k. */
static void clz_index(struct x86_buf *e)
{
	op_rr(e, 0, X86_W64, 1, OPC2_BSR, HOST_T1, HOST_T2, 0);
	x86_cmov_rr(e, X86_CC_E, X86_W64, HOST_T1, HOST_T2); /* x = 0: bsr leaves ZF set, rcx = 0 */
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, 0x38);
	x86_mov_rr(e, X86_W64, HOST_T0, HOST_T2);
	x86_shift_cl(e, X86_SHR, X86_W64, HOST_T0);
}
/* a0 = sext32(64 - k - tab[idx]), a3 = 64 - k, a5 = &tab[idx]; a4 = idx but on the path that
 * finds k = 56 before the loop. */
static void clz_results(struct tx *t)
{
	struct x86_buf *e = &t->e;
	put(t, A5, HOST_T2);
	uint8_t *first_path = k_unless_first_path(e);
	put(t, A4, HOST_T0);
	if (!e->full) x86_patch_rel32(first_path, e->p);
	x86_mov_ri(e, HOST_T0, 64, 0);
	x86_alu_rr(e, X86_SUB, X86_W64, HOST_T0, HOST_T2);
	put(t, A3, HOST_T0);
	x86_alu_rr(e, X86_SUB, X86_W32, HOST_T0, HOST_T1);
	a0_and_k(t);
}
static const struct table_scan clz_scan = {
	.got_at = { 10, 19 }, .ret_at = 15,
	/* by k / 8: 45 (the whole loop), 43, 38, ... 18 (a round of five each), 11 (no loop) */
	.counts = 45ull | 43ull << 8 | 38ull << 16 | 33ull << 24 | 28ull << 32 | 23ull << 40 | 18ull << 48 | 11ull << 56,
	.index = clz_index, .results = clz_results,
};

/* The routine's data reads are fixed: its two GOT loads name one entry, on one page. */
static int table_scan_fits(const struct isa_insn *code, const struct table_scan *s)
{
	uint64_t got = auipc_load_address(&code[s->got_at[0]]);
	return got == auipc_load_address(&code[s->got_at[1]]) && got < MEM_GUEST_LIMIT &&
	       (got & ((1u << PAGE_SHIFT) - 1)) <= (1u << PAGE_SHIFT) - 8;
}

/* The whole routine: nothing is written until both reads are known not to fault (the jumps in
 * bail lead to the block's ordinary translation). */
static void emit_table_scan(struct tx *t, const struct isa_insn *code, const struct table_scan *s, uint8_t **bail,
			    int *n_bail)
{
	struct x86_buf *e = &t->e;
	uint64_t got = auipc_load_address(&code[s->got_at[0]]);
	x86_mov_ri(e, HOST_T0, got, 0);
	bail[(*n_bail)++] = unless_readable(e, HOST_T0); /* 8 bytes on one page: table_scan_fits */
	get(t, HOST_T2, A0);
	s->index(e);
	x86_sse_gpr(e, PFX_OPSIZE, OPC2_MOVD_TO_XMM, X86_W64, 1, HOST_T1); /* k kept in xmm1 */
	x86_mov_ri(e, HOST_T2, got, 0);
	guest_read_at_entry(t);
	x86_load(e, X86_W64, HOST_T2, GUEST(HOST_T2, 0));
	x86_alu_rr(e, X86_ADD, X86_W64, HOST_T2, HOST_T0); /* &tab[idx] */
	x86_alu_rm(e, X86_CMP, X86_W64, HOST_T2, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, dbt.r.limit_const);
	bail[(*n_bail)++] = x86_jcc(e, X86_CC_AE, NULL);
	x86_mov_rr(e, X86_W64, HOST_T1, HOST_T2);
	bail[(*n_bail)++] = unless_readable(e, HOST_T1);
	guest_read_at_entry(t);
	x86_load_zx(e, X86_W8, HOST_T1, GUEST(HOST_T2, 0));
	s->results(t); /* from here on the routine's effect is certain */
	/* instret: the block's entry counted its own instructions */
	x86_mov_ri(e, HOST_T2, s->counts, 0);
	x86_shift_cl(e, X86_SHR, X86_W64, HOST_T2);
	x86_movzx_rr(e, X86_W8, HOST_T2, HOST_T2);
	x86_alu_ri(e, X86_SUB, X86_W32, HOST_T2, (int32_t)t->b->n_guest);
	x86_sse_gpr(e, PFX_OPSIZE, OPC2_MOVD_TO_XMM, X86_W64, 0, HOST_T2);
	x86_sse_rr(e, PFX_OPSIZE, OPC2_PADDQ, HOST_INSTRET_XMM, 0);
	get(t, HOST_T0, RA);
	x86_alu_ri(e, X86_AND, X86_W64, HOST_T0, -2);
	dbt_indirect_exit(e, &code[s->ret_at]);
}

struct idiom {
	const struct idiom_insn *code;
	int n;
	const struct table_scan *scan;
	int usable; /* the host has what the code needs (-1: not asked yet) */
};

void dbt_idiom(struct tx *t)
{
	static struct idiom idioms[] = {
		{ ctzdi2, N_OF(ctzdi2), &ctz_scan, -1 }, /* tzcnt: BMI1 */
		{ clzdi2, N_OF(clzdi2), &clz_scan, 1 },
	};
	if (!dbt.opt.idioms || dbt.opt.whole_blocks) return;
	static struct isa_insn code[64];
	for (size_t i = 0; i < sizeof idioms / sizeof idioms[0]; i++) {
		struct idiom *d = &idioms[i];
		if (d->usable < 0) {
			__builtin_cpu_init();
			d->usable = __builtin_cpu_supports("bmi") != 0;
		}
		if (!d->usable || d->n > N_OF(code) || !matches(t->b->pc, d->code, d->n, code) ||
		    !table_scan_fits(code, d->scan))
			continue;
		uint8_t *bail[4];
		int n_bail = 0;
		dbt_count_code(&t->e, DBT_COUNT_IDIOM_RUNS);
		emit_table_scan(t, code, d->scan, bail, &n_bail);
		for (int j = 0; j < n_bail; j++)
			if (!t->e.full) x86_patch_rel32(bail[j], t->e.p);
		dbt_stats.idioms++;
		return;
	}
}
