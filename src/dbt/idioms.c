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
#define CTZ_N (int)(sizeof ctzdi2 / sizeof ctzdi2[0])

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

/* __ctzdi2 in closed form. With m = x & -x and k = 8 * (tzcnt(m) / 8) (0 for m = 0: tzcnt gives
 * 64, and 64 & 0x38 = 0), every path of the routine ends with idx = m >> k, a4 = idx,
 * a5 = tab[idx] (tab: the GOT entry's pointer), a0 = sext32(k - 1 + tab[idx]); all paths but
 * the first (k = 56: a byte found before the loop) also set a2 = a3 = idx. The instructions each
 * path runs, by k / 8: 54 (the loop to its end), 50, 44, ... 20 (one exit per round, six apart),
 * 13; as bytes of one constant, shifted right by k. */
static const uint64_t ctz_counts = 54ull | 50ull << 8 | 44ull << 16 | 38ull << 24 | 32ull << 32 | 26ull << 40 |
				   20ull << 48 | 13ull << 56;

static void emit_ctzdi2(struct tx *t, const struct isa_insn *code, uint8_t **bail, int *n_bail)
{
	struct x86_buf *e = &t->e;
	uint64_t got = auipc_load_address(&code[13]);
	/* the GOT entry readable (8 bytes on one page: ctzdi2_fits) */
	x86_mov_ri(e, HOST_T0, got, 0);
	bail[(*n_bail)++] = unless_readable(e, HOST_T0);
	get(t, HOST_T2, A0);
	x86_mov_rr(e, X86_W64, HOST_T0, HOST_T2);
	x86_grp3_r(e, 3, X86_W64, HOST_T0); /* neg */
	x86_alu_rr(e, X86_AND, X86_W64, HOST_T0, HOST_T2);
	x86_bitcount(e, OPC2_TZCNT, X86_W64, HOST_T1, HOST_T0);
	x86_alu_ri(e, X86_AND, X86_W32, HOST_T1, 0x38);
	x86_shift_cl(e, X86_SHR, X86_W64, HOST_T0); /* idx */
	x86_sse_gpr(e, PFX_OPSIZE, OPC2_MOVD_TO_XMM, X86_W64, 1, HOST_T1); /* k kept in xmm1 */
	x86_mov_ri(e, HOST_T2, got, 0);
	x86_load(e, X86_W64, HOST_T2, GUEST(HOST_T2, 0));
	x86_alu_rr(e, X86_ADD, X86_W64, HOST_T2, HOST_T0); /* &tab[idx] */
	x86_alu_rm(e, X86_CMP, X86_W64, HOST_T2, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, dbt.r.limit_const);
	bail[(*n_bail)++] = x86_jcc(e, X86_CC_AE, NULL);
	x86_mov_rr(e, X86_W64, HOST_T1, HOST_T2);
	bail[(*n_bail)++] = unless_readable(e, HOST_T1);
	x86_load_zx(e, X86_W8, HOST_T2, GUEST(HOST_T2, 0));
	/* from here on the routine's effect is certain: the registers */
	put(t, A5, HOST_T2);
	put(t, A4, HOST_T0);
	x86_sse_gpr(e, PFX_OPSIZE, OPC2_MOVD_FROM_XMM, X86_W64, 1, HOST_T1);
	x86_alu_ri(e, X86_CMP, X86_W32, HOST_T1, 56);
	uint8_t *first_path = x86_jcc(e, X86_CC_E, NULL);
	put(t, A2, HOST_T0);
	put(t, A3, HOST_T0);
	if (!e->full) x86_patch_rel32(first_path, e->p);
	x86_lea(e, HOST_T0, x86_mem_idx(HOST_T1, HOST_T2, 1, -1));
	x86_movsx_rr(e, X86_W32, HOST_T0, HOST_T0);
	put(t, A0, HOST_T0);
	/* instret: the block's entry counted its own instructions */
	x86_mov_ri(e, HOST_T2, ctz_counts, 0);
	x86_shift_cl(e, X86_SHR, X86_W64, HOST_T2);
	x86_movzx_rr(e, X86_W8, HOST_T2, HOST_T2);
	x86_alu_ri(e, X86_SUB, X86_W32, HOST_T2, (int32_t)t->b->n_guest);
	x86_sse_gpr(e, PFX_OPSIZE, OPC2_MOVD_TO_XMM, X86_W64, 0, HOST_T2);
	x86_sse_rr(e, PFX_OPSIZE, OPC2_PADDQ, HOST_INSTRET_XMM, 0);
	/* ret */
	get(t, HOST_T0, RA);
	x86_alu_ri(e, X86_AND, X86_W64, HOST_T0, -2);
	dbt_indirect_exit(e, &code[18]);
}

/* The routine's data reads are fixed: its two GOT loads name one entry, on one page. */
static int ctzdi2_fits(const struct isa_insn *code)
{
	uint64_t got = auipc_load_address(&code[13]);
	return got == auipc_load_address(&code[20]) && got < MEM_GUEST_LIMIT &&
	       (got & ((1u << PAGE_SHIFT) - 1)) <= (1u << PAGE_SHIFT) - 8;
}

struct idiom {
	const struct idiom_insn *code;
	int n;
	int (*fits)(const struct isa_insn *code); /* what matching bytes leave open */
	void (*emit)(struct tx *t, const struct isa_insn *code, uint8_t **bail, int *n_bail);
	int usable; /* the host has what emit needs (-1: not asked yet) */
};

void dbt_idiom(struct tx *t)
{
	static struct idiom idioms[] = {
		{ ctzdi2, CTZ_N, ctzdi2_fits, emit_ctzdi2, -1 }, /* tzcnt: BMI1 */
	};
	if (!dbt.opt.idioms || dbt.opt.whole_blocks) return;
	static struct isa_insn code[CTZ_N]; /* the longest routine */
	for (size_t i = 0; i < sizeof idioms / sizeof idioms[0]; i++) {
		struct idiom *d = &idioms[i];
		if (d->usable < 0) {
			__builtin_cpu_init();
			d->usable = __builtin_cpu_supports("bmi") != 0;
		}
		if (!d->usable || !matches(t->b->pc, d->code, d->n, code) || !d->fits(code)) continue;
		uint8_t *bail[4];
		int n_bail = 0;
		dbt_count_code(&t->e, DBT_COUNT_IDIOM_RUNS);
		d->emit(t, code, bail, &n_bail);
		for (int j = 0; j < n_bail; j++)
			if (!t->e.full) x86_patch_rel32(bail[j], t->e.p);
		dbt_stats.idioms++;
		return;
	}
}
