/* The RVC expansion a second way, for decode_test to hold src/isa/compressed.c to on every
 * parcel: each compressed form one row of a table (its pattern, where its registers come from,
 * how its immediate bits are scattered, as bit ranges copied from the RVC chapter's figures, and
 * the 32-bit instruction it becomes), one loop for all. This was the VM's own expander until
 * start-ups showed the walk over the tables (a tenth of their decoding); written independently of
 * the direct one, the two agreeing on all 65,536 parcels is the test.
 */
#ifndef ISOMORPH_TESTS_COMPRESSED_REF_H
#define ISOMORPH_TESTS_COMPRESSED_REF_H

#include <stdbool.h>
#include "isa/insn.h"

/* One contiguous run of bits: width bits from bit src of the input land at bit dst of the output. */
struct seg { uint8_t src, width, dst; };

#define MAX_SEGS 8

/* An immediate layout: the runs, and the result's sign bit (0 = unsigned). */
struct layout {
	struct seg s[MAX_SEGS];
	uint8_t sign_bit;
};

/* Moves the runs of v described by segs (up to MAX_SEGS, a zero width ends the list). */
static uint32_t permute(uint32_t v, const struct seg *segs)
{
	uint32_t out = 0;
	for (unsigned i = 0; i < MAX_SEGS && segs[i].width; i++)
		out |= ((v >> segs[i].src) & ((1u << segs[i].width) - 1)) << segs[i].dst;
	return out;
}

/* Compressed immediate layouts, from the RVC chapter's tables (parcel bit -> immediate bit). */
enum {
	L_NONE, L_ADDI4SPN, L_LD, L_LW, L_I6, L_SH6, L_ADDI16SP, L_LUI, L_J, L_B,
	L_LDSP, L_LWSP, L_SDSP, L_SWSP,
};
static const struct layout clayouts[] = {
	[L_NONE]     = { { { 0 } }, 0 },
	/* nzuimm[5:4|9:6|2|3] at 12..5 */
	[L_ADDI4SPN] = { { { 11, 2, 4 }, { 7, 4, 6 }, { 6, 1, 2 }, { 5, 1, 3 } }, 0 },
	/* uimm[5:3] at 12..10, uimm[7:6] at 6..5 (c.ld, c.sd, c.fld, c.fsd) */
	[L_LD]       = { { { 10, 3, 3 }, { 5, 2, 6 } }, 0 },
	/* uimm[5:3] at 12..10, uimm[2] at 6, uimm[6] at 5 (c.lw, c.sw) */
	[L_LW]       = { { { 10, 3, 3 }, { 6, 1, 2 }, { 5, 1, 6 } }, 0 },
	/* imm[5] at 12, imm[4:0] at 6..2, signed (c.addi, c.addiw, c.li, c.andi) */
	[L_I6]       = { { { 12, 1, 5 }, { 2, 5, 0 } }, 5 },
	/* shamt[5] at 12, shamt[4:0] at 6..2 */
	[L_SH6]      = { { { 12, 1, 5 }, { 2, 5, 0 } }, 0 },
	/* nzimm[9] at 12, nzimm[4|6|8:7|5] at 6..2 */
	[L_ADDI16SP] = { { { 12, 1, 9 }, { 6, 1, 4 }, { 5, 1, 6 }, { 3, 2, 7 }, { 2, 1, 5 } }, 9 },
	/* nzimm[17] at 12, nzimm[16:12] at 6..2 */
	[L_LUI]      = { { { 12, 1, 17 }, { 2, 5, 12 } }, 17 },
	/* imm[11|4|9:8|10|6|7|3:1|5] at 12..2 */
	[L_J]        = { { { 12, 1, 11 }, { 11, 1, 4 }, { 9, 2, 8 }, { 8, 1, 10 }, { 7, 1, 6 },
	                   { 6, 1, 7 }, { 3, 3, 1 }, { 2, 1, 5 } }, 11 },
	/* imm[8|4:3] at 12..10, imm[7:6|2:1|5] at 6..2 */
	[L_B]        = { { { 12, 1, 8 }, { 10, 2, 3 }, { 5, 2, 6 }, { 3, 2, 1 }, { 2, 1, 5 } }, 8 },
	/* uimm[5] at 12, uimm[4:3|8:6] at 6..2 (c.ldsp, c.fldsp) */
	[L_LDSP]     = { { { 12, 1, 5 }, { 5, 2, 3 }, { 2, 3, 6 } }, 0 },
	/* uimm[5] at 12, uimm[4:2|7:6] at 6..2 */
	[L_LWSP]     = { { { 12, 1, 5 }, { 4, 3, 2 }, { 2, 2, 6 } }, 0 },
	/* uimm[5:3|8:6] at 12..7 (c.sdsp, c.fsdsp) */
	[L_SDSP]     = { { { 10, 3, 3 }, { 7, 3, 6 } }, 0 },
	/* uimm[5:2|7:6] at 12..7 */
	[L_SWSP]     = { { { 9, 4, 2 }, { 7, 2, 6 } }, 0 },
};

/* 32-bit formats: immediate bit -> instruction bit (the inverse reading of the spec's figures). */
enum { F_R, F_I, F_S, F_B, F_U, F_J };
static const struct seg fmt_imm[][MAX_SEGS] = {
	[F_R] = { { 0 } },
	[F_I] = { { 0, 12, 20 } },
	[F_S] = { { 0, 5, 7 }, { 5, 7, 25 } },
	[F_B] = { { 11, 1, 7 }, { 1, 4, 8 }, { 5, 6, 25 }, { 12, 1, 31 } },
	[F_U] = { { 12, 20, 12 } },
	[F_J] = { { 12, 8, 12 }, { 11, 1, 20 }, { 1, 10, 21 }, { 20, 1, 31 } },
};

/* Where a register operand comes from. */
enum {
	R_X0,    /* constant zero */
	R_RA,    /* constant ra */
	R_SP,    /* constant sp */
	R_11_7,  /* bits 11..7, full register */
	R_6_2,   /* bits 6..2, full register */
	R_9_7P,  /* bits 9..7, x8 + n */
	R_4_2P,  /* bits 4..2, x8 + n */
};
#define REG_FULL_MASK  0x1fu
#define REG_PRIME_MASK 0x7u
#define REG_PRIME_BASE 8
#define RA 1
#define SP 2

static unsigned reg(uint16_t c, unsigned sel)
{
	switch (sel) {
	case R_RA:   return RA;
	case R_SP:   return SP;
	case R_11_7: return (c >> 7) & REG_FULL_MASK;
	case R_6_2:  return (c >> 2) & REG_FULL_MASK;
	case R_9_7P: return REG_PRIME_BASE + ((c >> 7) & REG_PRIME_MASK);
	case R_4_2P: return REG_PRIME_BASE + ((c >> 2) & REG_PRIME_MASK);
	default:     return 0;
	}
}

/* Reserved-encoding checks. */
enum {
	NZ_IMM = 1 << 0, /* immediate 0 is reserved */
	NZ_RD  = 1 << 1, /* bits 11..7 = 0 is reserved */
};

struct crow {
	uint16_t match, mask;
	uint32_t base;            /* the 32-bit opcode, funct3 and funct7 bits */
	uint8_t fmt;              /* F_*: how rd, rs1, rs2 and imm go into the 32-bit word */
	uint8_t rd, rs1, rs2;     /* R_* */
	uint8_t layout;           /* L_* */
	uint8_t checks;           /* NZ_* */
};

/* Parcel pattern helpers: quadrant (bits 1..0) and funct3 (bits 15..13). */
#define CQ(q, f3)        ((uint16_t)((f3) << 13 | (q)))
#define CM_F3            0xe003u
#define CM_F3_RD         0xef83u /* + bits 11..7 */
#define CM_F3_B12        0xf003u /* + bit 12 */
#define CM_F3_B12_RS2    0xf07fu /* + bit 12 and bits 6..2 */
#define CM_ALL           0xffffu
#define CM_F3_B11_10     0xec03u /* + bits 11..10 */
#define CM_ARITH         0xfc63u /* + bits 12..10 and 6..5 */
#define B12              (1u << 12)
#define RD_SP            (SP << 7)
#define ARITH(b12, f2)     (CQ(1, 4) | (b12) << 12 | 3u << 10 | (f2) << 5)

/* Grouped by quadrant and funct3, each group contiguous; within a group the more specific
 * pattern comes first. */
static const struct crow rows[] = {
	/* Quadrant 0 */
	{ CQ(0, 0), CM_F3, ISA_E_F3(ISA_OPC_OP_IMM, 0),   F_I, R_4_2P, R_SP,   R_X0,   L_ADDI4SPN, NZ_IMM }, /* c.addi4spn */
	{ CQ(0, 1), CM_F3, ISA_E_F3(ISA_OPC_LOAD_FP, 3),  F_I, R_4_2P, R_9_7P, R_X0,   L_LD, 0 },   /* c.fld */
	{ CQ(0, 2), CM_F3, ISA_E_F3(ISA_OPC_LOAD, 2),     F_I, R_4_2P, R_9_7P, R_X0,   L_LW, 0 },   /* c.lw */
	{ CQ(0, 3), CM_F3, ISA_E_F3(ISA_OPC_LOAD, 3),     F_I, R_4_2P, R_9_7P, R_X0,   L_LD, 0 },   /* c.ld */
	{ CQ(0, 5), CM_F3, ISA_E_F3(ISA_OPC_STORE_FP, 3), F_S, R_X0,   R_9_7P, R_4_2P, L_LD, 0 },   /* c.fsd */
	{ CQ(0, 6), CM_F3, ISA_E_F3(ISA_OPC_STORE, 2),    F_S, R_X0,   R_9_7P, R_4_2P, L_LW, 0 },   /* c.sw */
	{ CQ(0, 7), CM_F3, ISA_E_F3(ISA_OPC_STORE, 3),    F_S, R_X0,   R_9_7P, R_4_2P, L_LD, 0 },   /* c.sd */
	/* Quadrant 1 */
	{ CQ(1, 0), CM_F3, ISA_E_F3(ISA_OPC_OP_IMM, 0),    F_I, R_11_7, R_11_7, R_X0, L_I6, 0 },     /* c.addi, c.nop */
	{ CQ(1, 1), CM_F3, ISA_E_F3(ISA_OPC_OP_IMM_32, 0), F_I, R_11_7, R_11_7, R_X0, L_I6, NZ_RD }, /* c.addiw */
	{ CQ(1, 2), CM_F3, ISA_E_F3(ISA_OPC_OP_IMM, 0),    F_I, R_11_7, R_X0,   R_X0, L_I6, 0 },     /* c.li */
	{ CQ(1, 3) | RD_SP, CM_F3_RD, ISA_E_F3(ISA_OPC_OP_IMM, 0), F_I, R_SP, R_SP, R_X0, L_ADDI16SP, NZ_IMM }, /* c.addi16sp */
	{ CQ(1, 3), CM_F3, ISA_OPC_LUI,                     F_U, R_11_7, R_X0,   R_X0, L_LUI, NZ_IMM }, /* c.lui */
	{ CQ(1, 4) | 0u << 10, CM_F3_B11_10, ISA_E_F7(ISA_OPC_OP_IMM, 5, 0x00), F_I, R_9_7P, R_9_7P, R_X0, L_SH6, 0 }, /* c.srli */
	{ CQ(1, 4) | 1u << 10, CM_F3_B11_10, ISA_E_F7(ISA_OPC_OP_IMM, 5, 0x20), F_I, R_9_7P, R_9_7P, R_X0, L_SH6, 0 }, /* c.srai */
	{ CQ(1, 4) | 2u << 10, CM_F3_B11_10, ISA_E_F3(ISA_OPC_OP_IMM, 7),       F_I, R_9_7P, R_9_7P, R_X0, L_I6, 0 },  /* c.andi */
	{ ARITH(0, 0), CM_ARITH, ISA_E_F7(ISA_OPC_OP, 0, 0x20),    F_R, R_9_7P, R_9_7P, R_4_2P, L_NONE, 0 }, /* c.sub */
	{ ARITH(0, 1), CM_ARITH, ISA_E_F7(ISA_OPC_OP, 4, 0x00),    F_R, R_9_7P, R_9_7P, R_4_2P, L_NONE, 0 }, /* c.xor */
	{ ARITH(0, 2), CM_ARITH, ISA_E_F7(ISA_OPC_OP, 6, 0x00),    F_R, R_9_7P, R_9_7P, R_4_2P, L_NONE, 0 }, /* c.or */
	{ ARITH(0, 3), CM_ARITH, ISA_E_F7(ISA_OPC_OP, 7, 0x00),    F_R, R_9_7P, R_9_7P, R_4_2P, L_NONE, 0 }, /* c.and */
	{ ARITH(1, 0), CM_ARITH, ISA_E_F7(ISA_OPC_OP_32, 0, 0x20), F_R, R_9_7P, R_9_7P, R_4_2P, L_NONE, 0 }, /* c.subw */
	{ ARITH(1, 1), CM_ARITH, ISA_E_F7(ISA_OPC_OP_32, 0, 0x00), F_R, R_9_7P, R_9_7P, R_4_2P, L_NONE, 0 }, /* c.addw */
	{ CQ(1, 5), CM_F3, ISA_OPC_JAL,                 F_J, R_X0,   R_X0, R_X0, L_J, 0 }, /* c.j */
	{ CQ(1, 6), CM_F3, ISA_E_F3(ISA_OPC_BRANCH, 0), F_B, R_X0, R_9_7P, R_X0, L_B, 0 }, /* c.beqz */
	{ CQ(1, 7), CM_F3, ISA_E_F3(ISA_OPC_BRANCH, 1), F_B, R_X0, R_9_7P, R_X0, L_B, 0 }, /* c.bnez */
	/* Quadrant 2 */
	{ CQ(2, 0), CM_F3, ISA_E_F7(ISA_OPC_OP_IMM, 1, 0x00), F_I, R_11_7, R_11_7, R_X0, L_SH6, 0 }, /* c.slli */
	{ CQ(2, 1), CM_F3, ISA_E_F3(ISA_OPC_LOAD_FP, 3), F_I, R_11_7, R_SP, R_X0, L_LDSP, 0 },     /* c.fldsp */
	{ CQ(2, 2), CM_F3, ISA_E_F3(ISA_OPC_LOAD, 2),    F_I, R_11_7, R_SP, R_X0, L_LWSP, NZ_RD }, /* c.lwsp */
	{ CQ(2, 3), CM_F3, ISA_E_F3(ISA_OPC_LOAD, 3),    F_I, R_11_7, R_SP, R_X0, L_LDSP, NZ_RD }, /* c.ldsp */
	{ CQ(2, 4), CM_F3_B12_RS2, ISA_E_F3(ISA_OPC_JALR, 0), F_I, R_X0, R_11_7, R_X0, L_NONE, NZ_RD }, /* c.jr */
	{ CQ(2, 4), CM_F3_B12, ISA_E_F7(ISA_OPC_OP, 0, 0x00), F_R, R_11_7, R_X0, R_6_2, L_NONE, 0 },   /* c.mv */
	{ CQ(2, 4) | B12, CM_ALL, ISA_E_I12(ISA_OPC_SYSTEM, 0, 1), F_R, R_X0, R_X0, R_X0, L_NONE, 0 },                      /* c.ebreak */
	{ CQ(2, 4) | B12, CM_F3_B12_RS2, ISA_E_F3(ISA_OPC_JALR, 0), F_I, R_RA, R_11_7, R_X0, L_NONE, 0 }, /* c.jalr */
	{ CQ(2, 4) | B12, CM_F3_B12, ISA_E_F7(ISA_OPC_OP, 0, 0x00), F_R, R_11_7, R_11_7, R_6_2, L_NONE, 0 }, /* c.add */
	{ CQ(2, 5), CM_F3, ISA_E_F3(ISA_OPC_STORE_FP, 3), F_S, R_X0, R_SP, R_6_2, L_SDSP, 0 }, /* c.fsdsp */
	{ CQ(2, 6), CM_F3, ISA_E_F3(ISA_OPC_STORE, 2),    F_S, R_X0, R_SP, R_6_2, L_SWSP, 0 }, /* c.swsp */
	{ CQ(2, 7), CM_F3, ISA_E_F3(ISA_OPC_STORE, 3),    F_S, R_X0, R_SP, R_6_2, L_SDSP, 0 }, /* c.sdsp */
};
#define N_ROWS (sizeof rows / sizeof rows[0])

#define RD_SHIFT  7
#define RS1_SHIFT 15
#define RS2_SHIFT 20
#define RD_FIELD_MASK (REG_FULL_MASK << RD_SHIFT)

/* The immediate of parcel c under layout l, sign-extended to 32 bits when the layout is signed. */
static uint32_t cimm(uint16_t c, unsigned l)
{
	const struct layout *lay = &clayouts[l];
	uint32_t v = permute(c, lay->s);
	if (lay->sign_bit && (v >> lay->sign_bit & 1)) v |= ~0u << lay->sign_bit;
	return v;
}

/* Rows are grouped by quadrant and funct3 (every mask fixes both); first_row[k] is the first row
 * of group k = funct3 << 2 | quadrant, so a look-up scans one group (at most nine rows). */
#define N_GROUPS  32
#define GROUP_OF(c) ((unsigned)((c) >> 13 << 2 | ((c) & 3)))
static uint8_t first_row[N_GROUPS];
static uint8_t group_end[N_GROUPS];

__attribute__((constructor)) static void index_rows(void)
{
	for (unsigned i = N_ROWS; i-- > 0;) {
		unsigned g = GROUP_OF(rows[i].match);
		if (!group_end[g]) group_end[g] = (uint8_t)(i + 1);
		first_row[g] = (uint8_t)i;
	}
}

/* What isa_expand_compressed must give for c. */
static uint32_t ref_expand_compressed(uint16_t c)
{
	unsigned g = GROUP_OF(c);
	for (unsigned i = first_row[g]; i < group_end[g]; i++) {
		const struct crow *r = &rows[i];
		if ((c & r->mask) != r->match) continue;
		uint32_t imm = cimm(c, r->layout);
		if ((r->checks & NZ_IMM) && imm == 0) return 0;
		if ((r->checks & NZ_RD) && !(c & RD_FIELD_MASK)) return 0;
		return r->base | reg(c, r->rd) << RD_SHIFT | reg(c, r->rs1) << RS1_SHIFT |
		       reg(c, r->rs2) << RS2_SHIFT | permute(imm, fmt_imm[r->fmt]);
	}
	return 0; /* quadrant 3 is not compressed; the rest are reserved or RV32/RV128-only */
}

#endif
