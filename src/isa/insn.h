/* The decoded form: one struct per guest instruction, shared by every engine.
 *
 * The instruction list is data (insn.def); this header derives the op enum, the formats and the
 * flags from it, and declares the decoder and disassembler that read it.
 *
 *   struct isa_insn in;
 *   isa_decode(&in, pc, bits);         // bits: 32-bit word, or a 16-bit parcel in the low half
 *   char text[64]; isa_disasm(&in, text, sizeof text);
 */
#ifndef ISOMORPH_ISA_INSN_H
#define ISOMORPH_ISA_INSN_H

#include <stddef.h>
#include <stdint.h>

/* Major opcodes, bits 6..0 of a 32-bit instruction. */
enum {
	ISA_OPC_LOAD = 0x03, ISA_OPC_LOAD_FP = 0x07, ISA_OPC_MISC_MEM = 0x0f, ISA_OPC_OP_IMM = 0x13,
	ISA_OPC_AUIPC = 0x17, ISA_OPC_OP_IMM_32 = 0x1b, ISA_OPC_STORE = 0x23, ISA_OPC_STORE_FP = 0x27,
	ISA_OPC_AMO = 0x2f, ISA_OPC_OP = 0x33, ISA_OPC_LUI = 0x37, ISA_OPC_OP_32 = 0x3b,
	ISA_OPC_MADD = 0x43, ISA_OPC_MSUB = 0x47, ISA_OPC_NMSUB = 0x4b, ISA_OPC_NMADD = 0x4f,
	ISA_OPC_OP_FP = 0x53, ISA_OPC_BRANCH = 0x63, ISA_OPC_JALR = 0x67, ISA_OPC_JAL = 0x6f,
	ISA_OPC_SYSTEM = 0x73,
};

/*  31      25 24  20 19  15 14  12 11   7 6      0
 * | funct7   | rs2  | rs1  |funct3|  rd  | opcode |   R
 * | imm[11:0]       | rs1  |funct3|  rd  | opcode |   I
 * |funct5|aq|rl| rs2 | rs1 |funct3|  rd  | opcode |   AMO
 * | rs3 |fmt | rs2  | rs1  |  rm  |  rd  | opcode |   R4 (fused multiply-add)
 */
#define ISA_E_F3(opc, f3)        ((uint32_t)(f3) << 12 | (uint32_t)(opc))
#define ISA_E_F7(opc, f3, f7)    ((uint32_t)(f7) << 25 | ISA_E_F3(opc, f3))
#define ISA_E_I12(opc, f3, imm)  ((uint32_t)(imm) << 20 | ISA_E_F3(opc, f3))
#define ISA_E_FP(f7, rs2, f3)    ((uint32_t)(f7) << 25 | (uint32_t)(rs2) << 20 | ISA_E_F3(ISA_OPC_OP_FP, f3))
#define ISA_E_AMO(f5, f3)        ((uint32_t)(f5) << 27 | ISA_E_F3(ISA_OPC_AMO, f3))
#define ISA_E_FMA(opc, fmt)      ((uint32_t)(fmt) << 25 | (uint32_t)(opc))

#define ISA_M_OPC        0x0000007fu /* opcode only */
#define ISA_M_F3         0x0000707fu /* + funct3 */
#define ISA_M_F6         0xfc00707fu /* + imm[11:6] (RV64 shifts by an immediate) */
#define ISA_M_F7         0xfe00707fu /* + funct7 */
#define ISA_M_I12        0xfff0707fu /* + all of imm[11:0] */
#define ISA_M_ALL        0xffffffffu
#define ISA_M_FP_RM      0xfe00007fu /* funct7; funct3 is the rounding mode */
#define ISA_M_FP_RS2_RM  0xfff0007fu /* funct7 and rs2; funct3 is the rounding mode */
#define ISA_M_FP_RS2_F3  0xfff0707fu /* funct7, rs2 and funct3 */
#define ISA_M_FMA        0x0600007fu /* opcode and fmt */
#define ISA_M_AMO        0xf800707fu /* funct5 and funct3; aq, rl free */
#define ISA_M_LR         0xf9f0707fu /* as AMO, and rs2 = 0 */

/* Operand shapes, for the decoder's field extraction and the disassembler's printing.
 * X = integer register, F = FP register, RM = rounding-mode field present. */
enum isa_fmt {
	ISA_FMT_NONE,     /* ecall, ebreak, fence.i */
	ISA_FMT_R,        /* xd, xs1, xs2 */
	ISA_FMT_R1,       /* xd, xs1 (clz, sext.b, ...) */
	ISA_FMT_I,        /* xd, xs1, imm */
	ISA_FMT_SHIFT,    /* xd, xs1, shamt (6 bits) in imm */
	ISA_FMT_SHIFTW,   /* xd, xs1, shamt (5 bits) in imm */
	ISA_FMT_LOAD,     /* xd, imm(xs1); also jalr */
	ISA_FMT_STORE,    /* xs2, imm(xs1) */
	ISA_FMT_B,        /* xs1, xs2, pc-relative imm */
	ISA_FMT_U,        /* xd, imm = sign-extended imm[31:12] << 12 */
	ISA_FMT_J,        /* xd, pc-relative imm */
	ISA_FMT_FENCE,    /* pred, succ in imm */
	ISA_FMT_CSR,      /* xd, csr number in imm, xs1 */
	ISA_FMT_CSRI,     /* xd, csr number in imm, zimm in rs1 */
	ISA_FMT_AMO,      /* xd, xs2, (xs1); aq/rl in rm */
	ISA_FMT_LR,       /* xd, (xs1); aq/rl in rm */
	ISA_FMT_FLOAD,    /* fd, imm(xs1) */
	ISA_FMT_FSTORE,   /* fs2, imm(xs1) */
	ISA_FMT_F_R4,     /* fd, fs1, fs2, fs3, rm */
	ISA_FMT_F_FFF_RM, /* fd, fs1, fs2, rm */
	ISA_FMT_F_FFF,    /* fd, fs1, fs2 */
	ISA_FMT_F_FF_RM,  /* fd, fs1, rm */
	ISA_FMT_X_FF,     /* xd, fs1, fs2 */
	ISA_FMT_X_F,      /* xd, fs1 */
	ISA_FMT_X_F_RM,   /* xd, fs1, rm */
	ISA_FMT_F_X_RM,   /* fd, xs1, rm */
	ISA_FMT_F_X,      /* fd, xs1 */
};

enum {
	ISA_F_END   = 1 << 0, /* ends a basic block: control transfer, ecall, ebreak, fence.i */
	ISA_F_LOAD  = 1 << 1, /* reads guest memory (may fault) */
	ISA_F_STORE = 1 << 2, /* writes guest memory (may fault) */
	ISA_F_FP    = 1 << 3, /* F or D: touches f registers or fcsr */
	ISA_F_RM    = 1 << 4, /* has a rounding-mode field; 5 and 6 are illegal, 7 means frm */
};

/* ISA_OP_ILLEGAL is 0 so a zeroed struct is an illegal instruction. The ops after the list are
 * never decoded; the block store (exec/blocks.c) makes them:
 *   ISA_OP_BLOCK_END      appended to a block cut short by the length bound (falls through to pc)
 *   ISA_OP_CALL_ROUTINE   `jal ra` to a routine known whole (isa/routines.h), one instruction of
 *                         the calling block: rd = ra, imm = the jal's offset, rs3 = enum
 *                         isa_routine, imm2 = its GOT entry - pc; bits and len are the jal's;
 *                         rm = 1 when the table the entry named at decoding was __clz_tab's own
 *                         bytes on read-only pages, which the block store made the block's
 *   ISA_OP_JAL_FOLLOWED   a jal whose block goes on at its target (the next entry): rd = the link,
 *                         no exit; fields as the jal's
 *   ISA_OP_RET_FOLLOWED   the `ret` (jalr x0, 0(ra)) of a call the block followed: when it returns
 *                         to imm2 + pc (the call's return point, the next entry) the block goes on
 *                         there, else it leaves for the target as the jalr; fields as the jalr's
 * The block store also turns a conditional branch around (a branch followed: isa_branch_followed):
 * the block goes on at its target, imm2 + pc, on the opposite condition (beq for bne...), whose
 * imm = len leaves for the fall-through, so every engine runs it as the branch it is. */
enum isa_op {
	ISA_OP_ILLEGAL = 0,
#define INSN(id, name, match, mask, fmt, flags) ISA_OP_##id,
#include "insn.def"
#undef INSN
	ISA_OP_BLOCK_END,
	ISA_OP_CALL_ROUTINE,
	ISA_OP_JAL_FOLLOWED,
	ISA_OP_RET_FOLLOWED,
	ISA_OP_COUNT
};

/* One decoded instruction. Immediates are sign-extended and final: branch and jump offsets are
 * relative to pc, U-type immediates already shifted, shift amounts in imm, CSR numbers in imm. */
struct isa_insn {
	const void *handler; /* threaded engine's handler address; NULL from the decoder */
	uint64_t pc;         /* guest address of this instruction */
	int64_t imm;
	uint32_t bits;       /* the encoding as fetched: a 16-bit parcel for compressed forms */
	uint16_t op;         /* enum isa_op */
	uint8_t rd, rs1, rs2, rs3; /* rs3 of a conditional branch: runs the interpreter saw take it
				    * (exec/staged.c); of ISA_OP_CALL_ROUTINE: the routine */
	uint8_t rm;          /* FP rounding mode (ISA_RM_*), or aq<<1|rl for A */
	uint8_t len;         /* 2 or 4 */
	int32_t imm2;        /* a second immediate (ISA_OP_CALL_ROUTINE's, ISA_OP_RET_FOLLOWED's, a
			      * followed branch's); 0 from the decoder */
};

struct isa_op_info {
	const char *name;    /* mnemonic */
	uint32_t match, mask;
	uint8_t fmt;         /* enum isa_fmt */
	uint8_t flags;       /* ISA_F_* */
};
extern const struct isa_op_info isa_ops[ISA_OP_COUNT];

/* A conditional branch the block goes on through at imm2 + pc (see enum isa_op). */
static inline int isa_branch_followed(const struct isa_insn *in)
{
	return isa_ops[in->op].fmt == ISA_FMT_B && in->imm2 != 0;
}

/* Length in bytes of the instruction whose first 16-bit parcel is lo: 2 or 4.
 * (Longer encodings do not exist in RV64GC; they decode as illegal.) */
static inline unsigned isa_insn_length(uint16_t lo) { return (lo & 3) == 3 ? 4 : 2; }

/* Decodes one instruction at pc. bits holds 32 bits for a 4-byte instruction, or the 16-bit parcel
 * (upper half ignored) for a compressed one; the length comes from the low two bits.
 * Always fills *out; an unknown or reserved encoding gives ISA_OP_ILLEGAL with bits and len set.
 * Returns the length (2 or 4). */
unsigned isa_decode(struct isa_insn *out, uint64_t pc, uint32_t bits);

/* Expands a 16-bit RVC instruction to the 32-bit instruction it stands for.
 * Returns 0 for an illegal or reserved compressed encoding (0 is not a valid expansion). */
uint32_t isa_expand_compressed(uint16_t c);

/* Writes the assembler text of in to buf (at most size bytes, always NUL-terminated),
 * in the GNU objdump style ("addi a0,a0,1"). Returns the length written. */
int isa_disasm(const struct isa_insn *in, char *buf, size_t size);

/* ABI name of integer register r ("zero", "ra", "sp", ... "t6") and of FP register r ("ft0" ...). */
const char *isa_xreg_name(unsigned r);
const char *isa_freg_name(unsigned r);

#endif
