/* The decoder: one guest instruction word -> struct isa_insn, table-driven from insn.def.
 *
 * Every engine decodes through here, and the switch interpreter decodes every instruction it runs,
 * so the look-up is two steps: a bucket chosen by the major opcode (bits 6..2) and funct3, then a
 * short linear match inside the bucket, most specific mask first. The buckets are built once, by a
 * constructor, from isa_ops[]; a row whose mask leaves funct3 free (the rounding-mode and fused
 * multiply-add rows, lui, jal, ...) sits in all eight funct3 buckets of its opcode.
 *
 *   struct isa_insn in;
 *   unsigned len = isa_decode(&in, pc, fetch32(pc));
 *   if (in.op == ISA_OP_ILLEGAL) raise SIGILL;
 *   pc += len;
 *
 * Compressed parcels are expanded (compressed.c) and the 32-bit form decoded; the result keeps
 * len = 2 and the 16-bit parcel in bits.
 */
#include <assert.h>
#include <stddef.h>
#include <string.h>
#include "insn.h"

/* Bucket index: | opcode[6:2] (5 bits) | funct3 (3 bits) |. */
#define OPC_SHIFT      2
#define OPC_BITS       5
#define FUNCT3_SHIFT   12
#define FUNCT3_BITS    3
#define FUNCT3_MASK    (((1u << FUNCT3_BITS) - 1) << FUNCT3_SHIFT)
#define N_FUNCT3       (1u << FUNCT3_BITS)
#define N_BUCKETS      (1u << (OPC_BITS + FUNCT3_BITS))
/* Upper bound on bucket entries over all buckets: every row in at most N_FUNCT3 buckets. */
#define MAX_ENTRIES    (ISA_OP_COUNT * N_FUNCT3)

/* Low bits of a 32-bit instruction: 11. Bits 4..2 all set mean a 48-bit or longer encoding. */
#define LEN32_LOW      3u
#define LONGER_MASK    0x1cu

/* Reserved values of a static rounding-mode field. */
#define RM_RESERVED_5  5
#define RM_RESERVED_6  6

struct cand {
	uint32_t match, mask;
	uint16_t op;
	uint8_t specificity; /* bits the mask fixes (the sort key) */
};

static struct cand entries[MAX_ENTRIES];
static uint16_t bucket_start[N_BUCKETS + 1]; /* bucket b is entries[start[b] .. start[b+1]) */

static unsigned bucket_of(uint32_t w)
{
	return ((w >> OPC_SHIFT) & ((1u << OPC_BITS) - 1)) << FUNCT3_BITS |
	       ((w >> FUNCT3_SHIFT) & (N_FUNCT3 - 1));
}

/* The first bucket of op's rows and how many consecutive buckets take it: one, or all eight
 * funct3 buckets of its opcode when its mask leaves funct3 free. */
static unsigned first_bucket(unsigned op, unsigned *n)
{
	const struct isa_op_info *r = &isa_ops[op];
	unsigned opc5 = (r->match >> OPC_SHIFT) & ((1u << OPC_BITS) - 1);
	*n = r->mask & FUNCT3_MASK ? 1 : N_FUNCT3;
	return opc5 << FUNCT3_BITS | (*n == 1 ? (r->match & FUNCT3_MASK) >> FUNCT3_SHIFT : 0);
}

/* Fills the buckets from isa_ops: for each bucket, its rows by descending mask popcount, so that a
 * specific row (clz: imm[11:0] fixed) is tried before a general one sharing its bits (slli). One
 * pass counts, one places the rows in insn.def order, and a stable sort of each short bucket
 * orders them: every run starts here, and a scan of all rows for each of the 256 buckets cost a
 * static hello world's run 3%. */
__attribute__((constructor)) static void build_buckets(void)
{
	unsigned count[N_BUCKETS] = { 0 }, next[N_BUCKETS], n;
	for (unsigned op = ISA_OP_ILLEGAL + 1; op < ISA_OP_BLOCK_END; op++) {
		unsigned b = first_bucket(op, &n);
		for (unsigned i = 0; i < n; i++) count[b + i]++;
	}
	unsigned total = 0;
	for (unsigned b = 0; b < N_BUCKETS; b++) {
		bucket_start[b] = (uint16_t)total;
		next[b] = total;
		total += count[b];
	}
	bucket_start[N_BUCKETS] = (uint16_t)total;
	assert(total <= MAX_ENTRIES);
	for (unsigned op = ISA_OP_ILLEGAL + 1; op < ISA_OP_BLOCK_END; op++) {
		const struct isa_op_info *r = &isa_ops[op];
		unsigned b = first_bucket(op, &n);
		uint8_t fixed = (uint8_t)__builtin_popcount(r->mask);
		for (unsigned i = 0; i < n; i++) entries[next[b + i]++] = (struct cand){ r->match, r->mask, (uint16_t)op, fixed };
	}
	for (unsigned b = 0; b < N_BUCKETS; b++) /* insertion sort: rows fixing as many bits keep insn.def order */
		for (unsigned i = bucket_start[b] + 1u; i < bucket_start[b + 1]; i++) {
			struct cand c = entries[i];
			unsigned j = i;
			for (; j > bucket_start[b] && entries[j - 1].specificity < c.specificity; j--) entries[j] = entries[j - 1];
			entries[j] = c;
		}
}

/* Which register fields a format uses, and how its immediate is laid out. */
enum { U_RD = 1, U_RS1 = 2, U_RS2 = 4, U_RS3 = 8 };
enum imm_kind { IMM_NONE, IMM_I, IMM_S, IMM_B, IMM_U, IMM_J, IMM_SH6, IMM_SH5, IMM_U12 };

static const struct { uint8_t regs, imm; } fmt_fields[] = {
	[ISA_FMT_NONE]     = { 0, IMM_NONE },
	[ISA_FMT_R]        = { U_RD | U_RS1 | U_RS2, IMM_NONE },
	[ISA_FMT_R1]       = { U_RD | U_RS1, IMM_NONE },
	[ISA_FMT_I]        = { U_RD | U_RS1, IMM_I },
	[ISA_FMT_SHIFT]    = { U_RD | U_RS1, IMM_SH6 },
	[ISA_FMT_SHIFTW]   = { U_RD | U_RS1, IMM_SH5 },
	[ISA_FMT_LOAD]     = { U_RD | U_RS1, IMM_I },
	[ISA_FMT_STORE]    = { U_RS1 | U_RS2, IMM_S },
	[ISA_FMT_B]        = { U_RS1 | U_RS2, IMM_B },
	[ISA_FMT_U]        = { U_RD, IMM_U },
	[ISA_FMT_J]        = { U_RD, IMM_J },
	[ISA_FMT_FENCE]    = { 0, IMM_U12 },          /* fm:pred:succ = bits 31..20 */
	[ISA_FMT_CSR]      = { U_RD | U_RS1, IMM_U12 },
	[ISA_FMT_CSRI]     = { U_RD | U_RS1, IMM_U12 }, /* rs1 holds zimm */
	[ISA_FMT_AMO]      = { U_RD | U_RS1 | U_RS2, IMM_NONE },
	[ISA_FMT_LR]       = { U_RD | U_RS1, IMM_NONE },
	[ISA_FMT_FLOAD]    = { U_RD | U_RS1, IMM_I },
	[ISA_FMT_FSTORE]   = { U_RS1 | U_RS2, IMM_S },
	[ISA_FMT_F_R4]     = { U_RD | U_RS1 | U_RS2 | U_RS3, IMM_NONE },
	[ISA_FMT_F_FFF_RM] = { U_RD | U_RS1 | U_RS2, IMM_NONE },
	[ISA_FMT_F_FFF]    = { U_RD | U_RS1 | U_RS2, IMM_NONE },
	[ISA_FMT_F_FF_RM]  = { U_RD | U_RS1, IMM_NONE },
	[ISA_FMT_X_FF]     = { U_RD | U_RS1 | U_RS2, IMM_NONE },
	[ISA_FMT_X_F]      = { U_RD | U_RS1, IMM_NONE },
	[ISA_FMT_X_F_RM]   = { U_RD | U_RS1, IMM_NONE },
	[ISA_FMT_F_X_RM]   = { U_RD | U_RS1, IMM_NONE },
	[ISA_FMT_F_X]      = { U_RD | U_RS1, IMM_NONE },
};

/* Bits hi..lo of w, right-aligned. */
static inline uint32_t field(uint32_t w, unsigned hi, unsigned lo)
{
	return (w >> lo) & ((1u << (hi - lo + 1)) - 1);
}

/* Sign-extends the low `bits` bits of v. */
static inline int64_t sext(uint64_t v, unsigned bits)
{
	return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

/* The immediate of w laid out as kind, sign-extended and final (see insn.h):
 *   I  imm[11:0]=31..20            S  imm[11:5]=31..25 imm[4:0]=11..7
 *   B  imm[12]=31 imm[10:5]=30..25 imm[4:1]=11..8 imm[11]=7
 *   U  imm[31:12]=31..12           J  imm[20]=31 imm[10:1]=30..21 imm[11]=20 imm[19:12]=19..12 */
static int64_t immediate(uint32_t w, enum imm_kind kind)
{
	/* every layout worked out and one picked: the kinds alternate from one instruction to the
	 * next, and a switch's jump over them mispredicted (riscv64 libc decoded 16.6 -> 14.0 ns an
	 * instruction this way) */
	const int64_t value[] = {
		[IMM_NONE] = 0,
		[IMM_I]    = sext(field(w, 31, 20), 12),
		[IMM_S]    = sext(field(w, 31, 25) << 5 | field(w, 11, 7), 12),
		[IMM_B]    = sext(field(w, 31, 31) << 12 | field(w, 7, 7) << 11 | field(w, 30, 25) << 5 |
				      field(w, 11, 8) << 1, 13),
		[IMM_U]    = sext(w & 0xfffff000u, 32),
		[IMM_J]    = sext(field(w, 31, 31) << 20 | field(w, 19, 12) << 12 | field(w, 20, 20) << 11 |
				      field(w, 30, 21) << 1, 21),
		[IMM_SH6]  = field(w, 25, 20),
		[IMM_SH5]  = field(w, 24, 20),
		[IMM_U12]  = field(w, 31, 20),
	};
	return value[kind];
}

/* The fields of a 32-bit word w, op ISA_OP_ILLEGAL (and the rest 0) for no instruction. */
static struct isa_insn decode32(uint32_t w)
{
	struct isa_insn in = { .op = ISA_OP_ILLEGAL };
	if ((w & LEN32_LOW) != LEN32_LOW || (w & LONGER_MASK) == LONGER_MASK) return in;
	unsigned b = bucket_of(w);
	unsigned op = ISA_OP_ILLEGAL;
	for (unsigned i = bucket_start[b]; i < bucket_start[b + 1]; i++) {
		if ((w & entries[i].mask) == entries[i].match) {
			op = entries[i].op;
			break;
		}
	}
	if (op == ISA_OP_ILLEGAL) return in;

	const struct isa_op_info *r = &isa_ops[op];
	unsigned rm = 0;
	if (r->flags & ISA_F_RM) {
		rm = field(w, 14, 12);
		if (rm == RM_RESERVED_5 || rm == RM_RESERVED_6) return in;
	} else if (r->fmt == ISA_FMT_AMO || r->fmt == ISA_FMT_LR) {
		rm = field(w, 26, 25); /* aq (bit 26) << 1 | rl (bit 25) */
	}
	unsigned regs = fmt_fields[r->fmt].regs;
	in.op = (uint16_t)op;
	in.rd = regs & U_RD ? field(w, 11, 7) : 0;
	in.rs1 = regs & U_RS1 ? field(w, 19, 15) : 0;
	in.rs2 = regs & U_RS2 ? field(w, 24, 20) : 0;
	in.rs3 = regs & U_RS3 ? field(w, 31, 27) : 0;
	in.rm = (uint8_t)rm;
	in.imm = immediate(w, fmt_fields[r->fmt].imm);
	return in;
}

/* The bytes of struct isa_insn from bits to imm2, as two little-endian words (x86-64 hosts). */
_Static_assert(offsetof(struct isa_insn, bits) == 24 && offsetof(struct isa_insn, op) == 28 &&
		       offsetof(struct isa_insn, rd) == 30 && offsetof(struct isa_insn, rs1) == 31 &&
		       offsetof(struct isa_insn, rs2) == 32 && offsetof(struct isa_insn, rs3) == 33 &&
		       offsetof(struct isa_insn, rm) == 34 && offsetof(struct isa_insn, len) == 35 &&
		       offsetof(struct isa_insn, imm2) == 36 && sizeof(struct isa_insn) == 40,
	       "isa_decode stores struct isa_insn's small fields as two words");

/* Contract (insn.h): fills every field of *out (handler NULL, unused registers and imm 0);
 * unknown or reserved encodings give ISA_OP_ILLEGAL with pc, bits and len set. Returns len.
 * The small fields go out as two 8-byte stores: the block store reads an instruction's op and rd
 * back at once, and a load of fields stored one by one waits for them all to retire (no
 * store-to-load forwarding from several stores), a tenth of a start-up's decoding. */
unsigned isa_decode(struct isa_insn *out, uint64_t pc, uint32_t bits)
{
	unsigned len = isa_insn_length((uint16_t)bits);
	if (len == 2) bits &= 0xffff;
	struct isa_insn in = decode32(len == 4 ? bits : isa_expand_compressed((uint16_t)bits));
	uint64_t lo = bits | (uint64_t)in.op << 32 | (uint64_t)in.rd << 48 | (uint64_t)in.rs1 << 56;
	uint64_t hi = in.rs2 | (uint64_t)in.rs3 << 8 | (uint64_t)in.rm << 16 | (uint64_t)len << 24;
	out->handler = NULL;
	out->pc = pc;
	out->imm = in.imm;
	memcpy((uint8_t *)out + offsetof(struct isa_insn, bits), &lo, sizeof lo);
	memcpy((uint8_t *)out + offsetof(struct isa_insn, rs2), &hi, sizeof hi);
	return len;
}
