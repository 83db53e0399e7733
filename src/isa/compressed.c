/* RV64C: expands a 16-bit compressed instruction to the 32-bit instruction it stands for.
 *
 * The decoder (decode.c) calls this for every parcel whose low bits are not 11 and decodes the
 * result, so compressed forms need no rows of their own in insn.def.
 *
 *   uint32_t w = isa_expand_compressed(parcel);
 *   if (!w) illegal;   // reserved encoding
 *
 * One case per quadrant and funct3, each gathering its immediate's scattered bits and writing
 * the 32-bit form's fields directly: every start-up expands thousands of parcels once each, and
 * a walk over pattern and bit-range tables (this file's first form, now the unit test's
 * reference, tests/unit/compressed_ref.h, which it matches on all 65,536 parcels) cost a start-up
 * about a tenth of its decoding.
 *
 * Parcel layout (fields used below):
 *   15  13 12 11  10 9   7 6   5 4   2 1 0
 *  | f3   |  |  rd/rs1   |    rs2    | op |   CR, CI, CSS: full 5-bit registers
 *  | f3   |     | rs1'/rd'|   | rd'/rs2' | op |   CL, CS, CB, CIW: x8..x15 in 3 bits
 */
#include "insn.h"

/* width bits of c from bit lo, moved to bit to */
#define BITS(c, lo, width, to) ((((uint32_t)(c) >> (lo)) & ((1u << (width)) - 1)) << (to))
/* v's low bits sign-extended from bit sign */
#define SEXT(v, sign) ((uint32_t)((int32_t)((uint32_t)(v) << (31 - (sign))) >> (31 - (sign))))

enum { RA = 1, SP = 2 };

/* The 32-bit formats, from their fields (imm already the value the instruction means). */
static uint32_t i_type(uint32_t opf3, unsigned rd, unsigned rs1, uint32_t imm)
{
	return imm << 20 | rs1 << 15 | rd << 7 | opf3;
}
static uint32_t s_type(uint32_t opf3, unsigned rs1, unsigned rs2, uint32_t imm)
{
	return BITS(imm, 5, 7, 25) | rs2 << 20 | rs1 << 15 | BITS(imm, 0, 5, 7) | opf3;
}
static uint32_t b_type(uint32_t opf3, unsigned rs1, uint32_t imm)
{
	return BITS(imm, 12, 1, 31) | BITS(imm, 5, 6, 25) | rs1 << 15 | BITS(imm, 1, 4, 8) | BITS(imm, 11, 1, 7) | opf3;
}
static uint32_t r_type(uint32_t opf3f7, unsigned rd, unsigned rs1, unsigned rs2)
{
	return rs2 << 20 | rs1 << 15 | rd << 7 | opf3f7;
}

/* Contract (insn.h): the exact 32-bit instruction c stands for (HINTs included), or 0 for the
 * zero parcel, reserved and RV32/RV128-only encodings, and quadrant 3 (not compressed). */
uint32_t isa_expand_compressed(uint16_t c)
{
	unsigned rd = BITS(c, 7, 5, 0), rs2 = BITS(c, 2, 5, 0);          /* full registers */
	unsigned rdp = 8 + BITS(c, 7, 3, 0), rs2p = 8 + BITS(c, 2, 3, 0); /* x8..x15 */
	uint32_t imm6 = SEXT(BITS(c, 12, 1, 5) | BITS(c, 2, 5, 0), 5);   /* c.addi, c.li, c.andi... */
	uint32_t shamt = BITS(c, 12, 1, 5) | BITS(c, 2, 5, 0);
	uint32_t uimm_d = BITS(c, 10, 3, 3) | BITS(c, 5, 2, 6);           /* c.ld, c.sd, c.fld, c.fsd */
	uint32_t uimm_w = BITS(c, 10, 3, 3) | BITS(c, 6, 1, 2) | BITS(c, 5, 1, 6); /* c.lw, c.sw */
	switch ((c >> 13) << 2 | (c & 3)) { /* funct3, quadrant */
	/* quadrant 0 */
	case 0 << 2 | 0: { /* c.addi4spn */
		uint32_t nzuimm = BITS(c, 11, 2, 4) | BITS(c, 7, 4, 6) | BITS(c, 6, 1, 2) | BITS(c, 5, 1, 3);
		return nzuimm ? i_type(ISA_E_F3(ISA_OPC_OP_IMM, 0), rs2p, SP, nzuimm) : 0;
	}
	case 1 << 2 | 0: return i_type(ISA_E_F3(ISA_OPC_LOAD_FP, 3), rs2p, rdp, uimm_d);   /* c.fld */
	case 2 << 2 | 0: return i_type(ISA_E_F3(ISA_OPC_LOAD, 2), rs2p, rdp, uimm_w);      /* c.lw */
	case 3 << 2 | 0: return i_type(ISA_E_F3(ISA_OPC_LOAD, 3), rs2p, rdp, uimm_d);      /* c.ld */
	case 5 << 2 | 0: return s_type(ISA_E_F3(ISA_OPC_STORE_FP, 3), rdp, rs2p, uimm_d);  /* c.fsd */
	case 6 << 2 | 0: return s_type(ISA_E_F3(ISA_OPC_STORE, 2), rdp, rs2p, uimm_w);     /* c.sw */
	case 7 << 2 | 0: return s_type(ISA_E_F3(ISA_OPC_STORE, 3), rdp, rs2p, uimm_d);     /* c.sd */
	/* quadrant 1 */
	case 0 << 2 | 1: return i_type(ISA_E_F3(ISA_OPC_OP_IMM, 0), rd, rd, imm6); /* c.addi, c.nop */
	case 1 << 2 | 1: return rd ? i_type(ISA_E_F3(ISA_OPC_OP_IMM_32, 0), rd, rd, imm6) : 0; /* c.addiw */
	case 2 << 2 | 1: return i_type(ISA_E_F3(ISA_OPC_OP_IMM, 0), rd, 0, imm6); /* c.li */
	case 3 << 2 | 1:
		if (rd == SP) { /* c.addi16sp */
			uint32_t nzimm = SEXT(BITS(c, 12, 1, 9) | BITS(c, 6, 1, 4) | BITS(c, 5, 1, 6) | BITS(c, 3, 2, 7) |
					      BITS(c, 2, 1, 5), 9);
			return nzimm ? i_type(ISA_E_F3(ISA_OPC_OP_IMM, 0), SP, SP, nzimm) : 0;
		} else { /* c.lui */
			uint32_t nzimm = SEXT(BITS(c, 12, 1, 17) | BITS(c, 2, 5, 12), 17);
			return nzimm ? nzimm | rd << 7 | ISA_OPC_LUI : 0;
		}
	case 4 << 2 | 1:
		switch (BITS(c, 10, 2, 0)) {
		case 0: return i_type(ISA_E_F3(ISA_OPC_OP_IMM, 5), rdp, rdp, shamt);           /* c.srli */
		case 1: return i_type(ISA_E_F3(ISA_OPC_OP_IMM, 5), rdp, rdp, 0x400 | shamt);   /* c.srai */
		case 2: return i_type(ISA_E_F3(ISA_OPC_OP_IMM, 7), rdp, rdp, imm6 & 0xfff);    /* c.andi */
		default: {
			static const uint32_t ops[8] = {
				ISA_E_F7(ISA_OPC_OP, 0, 0x20), ISA_E_F7(ISA_OPC_OP, 4, 0), /* c.sub, c.xor */
				ISA_E_F7(ISA_OPC_OP, 6, 0), ISA_E_F7(ISA_OPC_OP, 7, 0),    /* c.or, c.and */
				ISA_E_F7(ISA_OPC_OP_32, 0, 0x20), ISA_E_F7(ISA_OPC_OP_32, 0, 0), /* c.subw, c.addw */
				0, 0,                                                     /* reserved */
			};
			uint32_t op = ops[BITS(c, 12, 1, 2) | BITS(c, 5, 2, 0)];
			return op ? r_type(op, rdp, rdp, rs2p) : 0;
		}
		}
	case 5 << 2 | 1: { /* c.j = jal x0 */
		uint32_t off = SEXT(BITS(c, 12, 1, 11) | BITS(c, 11, 1, 4) | BITS(c, 9, 2, 8) | BITS(c, 8, 1, 10) |
				    BITS(c, 7, 1, 6) | BITS(c, 6, 1, 7) | BITS(c, 3, 3, 1) | BITS(c, 2, 1, 5), 11);
		return BITS(off, 20, 1, 31) | BITS(off, 1, 10, 21) | BITS(off, 11, 1, 20) | BITS(off, 12, 8, 12) | ISA_OPC_JAL;
	}
	case 6 << 2 | 1: case 7 << 2 | 1: { /* c.beqz, c.bnez */
		uint32_t off = SEXT(BITS(c, 12, 1, 8) | BITS(c, 10, 2, 3) | BITS(c, 5, 2, 6) | BITS(c, 3, 2, 1) |
				    BITS(c, 2, 1, 5), 8);
		return b_type(ISA_E_F3(ISA_OPC_BRANCH, c >> 13 & 1), rdp, off);
	}
	/* quadrant 2 */
	case 0 << 2 | 2: return i_type(ISA_E_F3(ISA_OPC_OP_IMM, 1), rd, rd, shamt); /* c.slli */
	case 1 << 2 | 2: /* c.fldsp */
		return i_type(ISA_E_F3(ISA_OPC_LOAD_FP, 3), rd, SP, BITS(c, 12, 1, 5) | BITS(c, 5, 2, 3) | BITS(c, 2, 3, 6));
	case 2 << 2 | 2: /* c.lwsp */
		return rd ? i_type(ISA_E_F3(ISA_OPC_LOAD, 2), rd, SP, BITS(c, 12, 1, 5) | BITS(c, 4, 3, 2) | BITS(c, 2, 2, 6)) : 0;
	case 3 << 2 | 2: /* c.ldsp */
		return rd ? i_type(ISA_E_F3(ISA_OPC_LOAD, 3), rd, SP, BITS(c, 12, 1, 5) | BITS(c, 5, 2, 3) | BITS(c, 2, 3, 6)) : 0;
	case 4 << 2 | 2:
		if (!(c >> 12 & 1)) {
			if (rs2) return r_type(ISA_E_F7(ISA_OPC_OP, 0, 0), rd, 0, rs2);          /* c.mv */
			return rd ? i_type(ISA_E_F3(ISA_OPC_JALR, 0), 0, rd, 0) : 0;           /* c.jr */
		}
		if (rs2) return r_type(ISA_E_F7(ISA_OPC_OP, 0, 0), rd, rd, rs2);            /* c.add */
		if (rd) return i_type(ISA_E_F3(ISA_OPC_JALR, 0), RA, rd, 0);                /* c.jalr */
		return ISA_E_I12(ISA_OPC_SYSTEM, 0, 1);                                      /* c.ebreak */
	case 5 << 2 | 2: /* c.fsdsp */
		return s_type(ISA_E_F3(ISA_OPC_STORE_FP, 3), SP, rs2, BITS(c, 10, 3, 3) | BITS(c, 7, 3, 6));
	case 6 << 2 | 2: /* c.swsp */
		return s_type(ISA_E_F3(ISA_OPC_STORE, 2), SP, rs2, BITS(c, 9, 4, 2) | BITS(c, 7, 2, 6));
	case 7 << 2 | 2: /* c.sdsp */
		return s_type(ISA_E_F3(ISA_OPC_STORE, 3), SP, rs2, BITS(c, 10, 3, 3) | BITS(c, 7, 3, 6));
	default: return 0; /* quadrant 3 is not compressed; the rest are reserved or RV32/RV128-only */
	}
}
