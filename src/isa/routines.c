/* Known routines: library code whose whole effect every engine can compute at once.
 *
 * RV64GC has no bit-count instructions; compilers call libgcc for them, and libgcc's portable C
 * runs a byte loop and a table look-up where the host needs one instruction. This file knows such
 * routines byte for byte (the addresses of their data left free), and their closed forms: every
 * register they write and the instructions they run, as functions of their argument and of the
 * two values they read from guest memory (their GOT entry, and one byte of the table it points
 * at). The reads themselves are the engines': they happen only when the guest page table says
 * both would succeed, so that a routine whose read faults runs instruction by instruction and
 * faults where it faults.
 *
 * Who uses it: the block store (exec/blocks.c) turns `jal ra` to a known routine into one
 * instruction of the calling block (ISA_OP_CALL_ROUTINE), which both interpreters run in C
 * (interp/routine.c) and the translator in host code (dbt/idioms.c); the translator also runs a
 * routine whole where a block starts at it (a call through jalr, a tail call).
 *
 *   enum isa_routine r = isa_routine_at(pc, host, avail, code, &got);
 *   struct isa_routine_scan s = isa_routine_scan(r, a0);
 *   instret += isa_routine_finish(r, x, s, tab, byte);
 */
#include <string.h>

#include "cpu.h"
#include "routines.h"

#define PAGE_BYTES 4096u

/* One instruction of a known routine: its encoding (a 16-bit parcel for a compressed one) and the
 * bits of it that may differ (an address). */
struct routine_insn {
	uint32_t bits, free;
};
#define AUIPC_IMM 0xfffff000u
#define I_IMM 0xfff00000u

/* libgcc's __ctzdi2 (GCC 12, rv64gc): m = x & -x; its highest non-zero byte found by a loop from
 * the top; __clz_tab (through the GOT) gives the bit within it. */
static const struct routine_insn ctzdi2[] = {
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
static const struct routine_insn clzdi2[] = {
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
#define N_OF(a) (sizeof a / sizeof a[0])
_Static_assert(N_OF(ctzdi2) <= ISA_ROUTINE_MAX_INSNS && N_OF(clzdi2) <= ISA_ROUTINE_MAX_INSNS, "ISA_ROUTINE_MAX_INSNS");

#define X(r) (1u << ISA_REG_##r)
/* The counts, by k / 8, follow each routine's paths: the loop from the top runs a round per byte
 * it passes, the test before it finds k = 56 with no loop at all. */
const struct isa_routine_info isa_routines[ISA_ROUTINE_COUNT] = {
	[ISA_ROUTINE_CTZDI2] = {
		.name = "__ctzdi2", .n_insns = N_OF(ctzdi2), .got_at = { 13, 20 }, .ret_at = 18,
		/* 54 (the whole loop), 50, 44, ... 20 (a round of six each), 13 (no loop) */
		.counts = 54ull | 50ull << 8 | 44ull << 16 | 38ull << 24 | 32ull << 32 | 26ull << 40 | 20ull << 48 | 13ull << 56,
		.reads = X(A0), .writes = X(A0) | X(A2) | X(A3) | X(A4) | X(A5),
	},
	[ISA_ROUTINE_CLZDI2] = {
		.name = "__clzdi2", .n_insns = N_OF(clzdi2), .got_at = { 10, 19 }, .ret_at = 15,
		/* 45 (the whole loop), 43, 38, ... 18 (a round of five each), 11 (no loop) */
		.counts = 45ull | 43ull << 8 | 38ull << 16 | 33ull << 24 | 28ull << 32 | 23ull << 40 | 18ull << 48 | 11ull << 56,
		.reads = X(A0), .writes = X(A0) | X(A3) | X(A4) | X(A5),
	},
};
#undef X

static const struct routine_insn *const routine_code[ISA_ROUTINE_COUNT] = {
	[ISA_ROUTINE_CTZDI2] = ctzdi2,
	[ISA_ROUTINE_CLZDI2] = clzdi2,
};

/* Whether the bytes at pc (code, avail of them) are routine r; its instructions decoded into out. */
static int matches(uint64_t pc, const uint8_t *code, size_t avail, enum isa_routine r, struct isa_insn *out)
{
	const struct routine_insn *want = routine_code[r];
	size_t at = 0;
	for (unsigned i = 0; i < isa_routines[r].n_insns; i++) {
		if (at + 2 > avail) return 0;
		uint16_t lo;
		memcpy(&lo, code + at, 2);
		uint32_t bits = lo;
		unsigned len = isa_insn_length(lo);
		if (len == 4) {
			if (at + 4 > avail) return 0;
			memcpy(&bits, code + at, 4);
		}
		if (isa_insn_length((uint16_t)want[i].bits) != len) return 0;
		if ((bits & ~want[i].free) != (want[i].bits & ~want[i].free)) return 0;
		at += isa_decode(&out[i], pc + at, bits);
	}
	return 1;
}

/* The guest address an auipc (at[0]) and the load after it name. */
static uint64_t auipc_load_address(const struct isa_insn *at)
{
	return at[0].pc + (uint64_t)at[0].imm + (uint64_t)at[1].imm;
}

enum isa_routine isa_routine_at(uint64_t pc, const uint8_t *code, size_t avail, struct isa_insn out[ISA_ROUTINE_MAX_INSNS],
				uint64_t *got)
{
	for (int r = ISA_ROUTINE_NONE + 1; r < ISA_ROUTINE_COUNT; r++) {
		if (!matches(pc, code, avail, (enum isa_routine)r, out)) continue;
		const struct isa_routine_info *info = &isa_routines[r];
		uint64_t a = auipc_load_address(&out[info->got_at[0]]);
		if (a != auipc_load_address(&out[info->got_at[1]]) || (a & (PAGE_BYTES - 1)) > PAGE_BYTES - 8) continue;
		*got = a;
		return (enum isa_routine)r;
	}
	return ISA_ROUTINE_NONE;
}

/* __ctzdi2: m = x & -x, k = 8 * (ctz(m) / 8) (0 for m = 0), idx = m >> k.
 * __clzdi2: k = 8 * (the index of x's highest set bit / 8) (0 for x = 0), idx = x >> k. */
struct isa_routine_scan isa_routine_scan(enum isa_routine r, uint64_t x)
{
	uint64_t v = r == ISA_ROUTINE_CTZDI2 ? x & -x : x;
	unsigned k = 0;
	if (v) k = (r == ISA_ROUTINE_CTZDI2 ? (unsigned)__builtin_ctzll(v) : 63u - (unsigned)__builtin_clzll(v)) & 0x38;
	return (struct isa_routine_scan){ .k = k, .idx = v >> k };
}

/* What each path leaves is a function of k, idx and byte. The path that finds k = 56 before the
 * loop leaves the loop's registers alone (ctz: a2, a3; clz: a4). */
unsigned isa_routine_finish(enum isa_routine r, uint64_t x[32], struct isa_routine_scan s, uint64_t tab, uint8_t byte)
{
	int first_path = s.k == 56;
	if (r == ISA_ROUTINE_CTZDI2) {
		if (!first_path) x[ISA_REG_A2] = x[ISA_REG_A3] = s.idx;
		x[ISA_REG_A4] = s.idx;
		x[ISA_REG_A5] = byte;
		x[ISA_REG_A0] = (uint64_t)(int64_t)(int32_t)(s.k - 1 + byte);
	} else {
		if (!first_path) x[ISA_REG_A4] = s.idx;
		x[ISA_REG_A5] = tab + s.idx;
		x[ISA_REG_A3] = 64 - s.k;
		x[ISA_REG_A0] = (uint64_t)(int64_t)(int32_t)(64 - s.k - byte);
	}
	return (unsigned)(isa_routines[r].counts >> s.k) & 0xff;
}

int isa_routine_table_is_clz_tab(const uint8_t tab[256])
{
	for (unsigned i = 0; i < 256; i++)
		if (tab[i] != (i ? 32 - __builtin_clz(i) : 0)) return 0;
	return 1;
}
