/* An x86-64 machine-code emitter: typed helpers for the instructions the translator uses, each
 * opcode named once and every form encoded through one ModRM/SIB writer (modrm() below).
 *
 *   struct x86_buf e = { .p = start, .end = limit };
 *   x86_mov_rr(&e, X86_W64, X86_RAX, X86_RCX);           // mov rax, rcx
 *   x86_alu_rm(&e, X86_ADD, X86_W64, X86_RAX, x86_mem(X86_RBX, 16));   // add rax, [rbx+16]
 *   uint8_t *j = x86_jcc(&e, X86_CC_NE);  ... x86_patch_rel32(j, target);
 *   if (e.full) ... the buffer ran out (sticky: later writes are dropped)
 *
 * Operands: a register (enum x86_reg), or a memory operand (struct x86_mem: base, optional index
 * and scale, disp32; base X86_RIP for rip-relative; optionally through a segment base:
 * x86_gs(x86_mem(...)) is gs:[...], its prefix first of all). The width is X86_W32 or X86_W64
 * (W8/W16 for the few moves that take them); 32-bit writes zero the upper half, as the hardware does.
 *
 *  prefixes  REX          opcode   ModRM            SIB              disp   imm
 *            0100 W R X B          mod | reg | rm   ss | idx | base
 */
#ifndef ISOMORPH_DBT_X86_H
#define ISOMORPH_DBT_X86_H

#include <stdint.h>
#include <string.h>

enum x86_reg {
	X86_RAX, X86_RCX, X86_RDX, X86_RBX, X86_RSP, X86_RBP, X86_RSI, X86_RDI,
	X86_R8, X86_R9, X86_R10, X86_R11, X86_R12, X86_R13, X86_R14, X86_R15,
	X86_RIP = 16, /* only as a memory base: rip-relative */
	X86_NOREG = -1,
};

/* Segment-override prefixes a memory operand may carry (0: none). */
enum x86_seg { X86_SEG_NONE = 0, X86_SEG_GS = 0x65 };

enum x86_width { X86_W8 = 1, X86_W16 = 2, X86_W32 = 4, X86_W64 = 8 };

/* The group-1 ALU operations, in their /digit order. */
enum x86_alu { X86_ADD = 0, X86_OR = 1, X86_ADC = 2, X86_SBB = 3, X86_AND = 4, X86_SUB = 5, X86_XOR = 6, X86_CMP = 7 };
/* Group-2 shifts and rotates, in their /digit order. */
enum x86_shift { X86_ROL = 0, X86_ROR = 1, X86_SHL = 4, X86_SHR = 5, X86_SAR = 7 };
/* Condition codes (low nibble of jcc/setcc/cmovcc). */
enum x86_cc {
	X86_CC_O = 0, X86_CC_NO, X86_CC_B, X86_CC_AE, X86_CC_E, X86_CC_NE, X86_CC_BE, X86_CC_A,
	X86_CC_S, X86_CC_NS, X86_CC_P, X86_CC_NP, X86_CC_L, X86_CC_GE, X86_CC_LE, X86_CC_G,
};

/* Opcode bytes, named once. */
enum {
	OPC_ALU_RM_R = 0x01,   /* op r/m, r (add; other ALU ops at +8*digit) */
	OPC_ALU_R_RM = 0x03,   /* op r, r/m */
	OPC_ALU_I32 = 0x81,    /* op r/m, imm32 */
	OPC_ALU_I8 = 0x83,     /* op r/m, imm8 sign-extended */
	OPC_TEST = 0x85,
	OPC_JMP_REL8 = 0xeb,
	OPC_INT3 = 0xcc,
	OPC_XCHG_RM_R = 0x87,
	OPC2_XADD_RM_R = 0xc1,
	OPC_MOV_RM8_R = 0x88,
	OPC_MOV_RM_R = 0x89,
	OPC_MOV_R_RM = 0x8b,
	OPC_LEA = 0x8d,
	OPC_MOVSXD = 0x63,
	OPC_MOV_R_I = 0xb8,    /* + register */
	OPC_SHIFT_I = 0xc1,
	OPC_SHIFT_1 = 0xd1,
	OPC_SHIFT_CL = 0xd3,
	OPC_MOV_RM_I = 0xc7,
	OPC_RET = 0xc3,
	OPC_RET_POP = 0xc2,
	OPC_TEST_RM8_I = 0xf6, /* /0 ib */
	OPC_PUSH_IMM32 = 0x68,
	OPC_CDQ = 0x99,        /* cdq; with REX.W cqo: rdx = the sign of rax */
	OPC_CALL_REL = 0xe8,
	OPC_JMP_REL = 0xe9,
	OPC_GRP3 = 0xf7,       /* /2 not, /3 neg, /4 mul, /5 imul, /6 div, /7 idiv */
	OPC_GRP5 = 0xff,       /* /0 inc, /2 call r/m, /4 jmp r/m */
	OPC_PUSH = 0x50,
	OPC_POP = 0x58,
	OPC_0F = 0x0f,
	OPC2_JCC = 0x80,       /* 0f 80+cc */
	OPC2_SETCC = 0x90,
	OPC2_CMOVCC = 0x40,
	OPC2_IMUL = 0xaf,
	OPC2_MOVZX8 = 0xb6,
	OPC2_MOVZX16 = 0xb7,
	OPC2_MOVSX8 = 0xbe,
	OPC2_MOVSX16 = 0xbf,
	OPC2_BSWAP = 0xc8,     /* + register */
	OPC2_POPCNT = 0xb8,    /* f3 prefix */
	OPC2_TZCNT = 0xbc,     /* f3 prefix */
	OPC2_BSR = 0xbd,       /* no prefix (f3: lzcnt) */
	OPC2_LZCNT = 0xbd,     /* f3 prefix */
	OPC2_MOVSD_LOAD = 0x10, /* f2 (sd) / f3 (ss) prefix */
	OPC2_MOVSD_STORE = 0x11,
	OPC2_PADDQ = 0xd4,      /* 66 prefix */
	OPC2_PSUBQ = 0xfb,      /* 66 prefix */
	OPC2_SQRT = 0x51,
	OPC2_FADD = 0x58,
	OPC2_FMUL = 0x59,
	OPC2_FSUB = 0x5c,
	OPC2_FDIV = 0x5e,
	OPC2_FMIN = 0x5d,
	OPC2_FMAX = 0x5f,
	OPC2_CVTSI2F = 0x2a,   /* f2 (sd) / f3 (ss), REX.W for a 64-bit integer */
	OPC2_CVTTF2SI = 0x2c,  /* truncating; f2 / f3, REX.W for a 64-bit result */
	OPC2_CVTF2SI = 0x2d,   /* rounding as MXCSR says */
	OPC2_UCOMI = 0x2e,     /* 66 for sd, none for ss */
	OPC2_COMI = 0x2f,
	OPC2_CVTF2F = 0x5a,    /* f2: sd to ss, f3: ss to sd */
	OPC2_MOVD_TO_XMM = 0x6e,   /* 66, REX.W: movq */
	OPC2_MOVD_FROM_XMM = 0x7e, /* 66, REX.W: movq */
	OPC2_MXCSR = 0xae,
	OPC2_XORPS = 0x57,     /* xorps xmm, xmm: the zero idiom */
	OPC2_ORPS = 0x56,
	OPC2_MOVAPS = 0x28,    /* movaps xmm, xmm: a whole-register copy */     /* /2 ldmxcsr, /3 stmxcsr */
	PFX_OPSIZE = 0x66,
	PFX_LOCK = 0xf0,
	PFX_F2 = 0xf2,
	PFX_F3 = 0xf3,
	REX = 0x40, REX_W = 0x08, REX_R = 0x04, REX_X = 0x02, REX_B = 0x01,
};

struct x86_buf {
	uint8_t *p;   /* next byte */
	uint8_t *end; /* first byte past the room */
	int full;     /* sticky: a write did not fit */
};

struct x86_mem {
	int base;   /* enum x86_reg, X86_RIP for rip-relative */
	int index;  /* X86_NOREG for none */
	int scale;  /* 1, 2, 4, 8 */
	int32_t disp;
	enum x86_seg seg;
};

static inline struct x86_mem x86_mem(int base, int32_t disp)
{
	return (struct x86_mem){ .base = base, .index = X86_NOREG, .scale = 1, .disp = disp };
}
static inline struct x86_mem x86_mem_idx(int base, int index, int scale, int32_t disp)
{
	return (struct x86_mem){ .base = base, .index = index, .scale = scale, .disp = disp };
}

/* m relative to the GS segment base. */
static inline struct x86_mem x86_gs(struct x86_mem m)
{
	m.seg = X86_SEG_GS;
	return m;
}

static inline void x86_byte(struct x86_buf *e, uint8_t b)
{
	if (e->p < e->end) *e->p++ = b;
	else e->full = 1;
}
static inline void x86_u32(struct x86_buf *e, uint32_t v)
{
	for (int i = 0; i < 4; i++) x86_byte(e, (uint8_t)(v >> (8 * i)));
}
static inline void x86_u64(struct x86_buf *e, uint64_t v)
{
	for (int i = 0; i < 8; i++) x86_byte(e, (uint8_t)(v >> (8 * i)));
}
static inline int x86_fits_i8(int64_t v) { return v >= -128 && v <= 127; }
static inline int x86_fits_i32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }
/* m's segment override, first of the prefixes (the mandatory 66/f2/f3 of SSE opcodes must come last). */
static inline void seg_prefix(struct x86_buf *e, struct x86_mem m)
{
	if (m.seg != X86_SEG_NONE) x86_byte(e, (uint8_t)m.seg);
}

/* REX for a reg field r, an index x and a base/rm b (register numbers or X86_NOREG); force: emit
 * even when empty (byte registers sil/dil, ...). */
static inline void rex(struct x86_buf *e, int w, int r, int x, int b, int force)
{
	uint8_t v = (uint8_t)((w ? REX_W : 0) | (r >= 8 ? REX_R : 0) | (x >= 8 && x != X86_NOREG ? REX_X : 0) |
			      (b >= 8 && b != X86_RIP ? REX_B : 0));
	if (v || force) x86_byte(e, REX | v);
}

/* ModRM (+SIB, +disp) for reg field reg and memory operand m. */
static inline void modrm_mem(struct x86_buf *e, int reg, struct x86_mem m)
{
	int r = reg & 7;
	if (m.base == X86_RIP) {
		x86_byte(e, (uint8_t)(r << 3 | 5));
		x86_u32(e, (uint32_t)m.disp);
		return;
	}
	int b = m.base & 7;
	int mod = (m.disp == 0 && b != 5) ? 0 : x86_fits_i8(m.disp) ? 1 : 2; /* rbp/r13 need a disp */
	if (m.index == X86_NOREG && b != 4) {
		x86_byte(e, (uint8_t)(mod << 6 | r << 3 | b));
	} else {
		int ss = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
		int idx = m.index == X86_NOREG ? 4 : (m.index & 7); /* 4: no index (rsp cannot be one) */
		x86_byte(e, (uint8_t)(mod << 6 | r << 3 | 4));
		x86_byte(e, (uint8_t)(ss << 6 | idx << 3 | b));
	}
	if (mod == 1) x86_byte(e, (uint8_t)m.disp);
	else if (mod == 2) x86_u32(e, (uint32_t)m.disp);
}
static inline void modrm_reg(struct x86_buf *e, int reg, int rm)
{
	x86_byte(e, (uint8_t)(3 << 6 | (reg & 7) << 3 | (rm & 7)));
}

/* [prefix] [REX] opcode(s) ModRM for a register-register form: reg field reg, rm field rm. */
static inline void op_rr(struct x86_buf *e, int prefix, int w, int two_byte, uint8_t opc, int reg, int rm, int force_rex)
{
	if (prefix) x86_byte(e, (uint8_t)prefix);
	rex(e, w == X86_W64, reg, X86_NOREG, rm, force_rex);
	if (two_byte) x86_byte(e, OPC_0F);
	x86_byte(e, opc);
	modrm_reg(e, reg, rm);
}
static inline void op_rm(struct x86_buf *e, int prefix, int w, int two_byte, uint8_t opc, int reg, struct x86_mem m,
			 int force_rex)
{
	seg_prefix(e, m);
	if (prefix) x86_byte(e, (uint8_t)prefix);
	rex(e, w == X86_W64, reg, m.index, m.base, force_rex);
	if (two_byte) x86_byte(e, OPC_0F);
	x86_byte(e, opc);
	modrm_mem(e, reg, m);
}

/* --- moves ---------------------------------------------------------------------------------- */
static inline void x86_mov_rr(struct x86_buf *e, int w, int dst, int src)
{
	op_rr(e, 0, w, 0, OPC_MOV_RM_R, src, dst, 0);
}
/* dst = [m] (w 32 zero-extends, 64) */
static inline void x86_load(struct x86_buf *e, int w, int dst, struct x86_mem m)
{
	op_rm(e, 0, w, 0, OPC_MOV_R_RM, dst, m, 0);
}
/* [m] = src, w bytes (8, 16, 32, 64) */
static inline void x86_store(struct x86_buf *e, int w, struct x86_mem m, int src)
{
	if (w == X86_W8) op_rm(e, 0, 0, 0, OPC_MOV_RM8_R, src, m, src >= 4);
	else op_rm(e, w == X86_W16 ? PFX_OPSIZE : 0, w, 0, OPC_MOV_RM_R, src, m, 0);
}
/* dst = sign- or zero-extended load of w bytes from m (to 64 bits). */
static inline void x86_load_sx(struct x86_buf *e, int w, int dst, struct x86_mem m)
{
	if (w == X86_W8) op_rm(e, 0, X86_W64, 1, OPC2_MOVSX8, dst, m, 0);
	else if (w == X86_W16) op_rm(e, 0, X86_W64, 1, OPC2_MOVSX16, dst, m, 0);
	else if (w == X86_W32) op_rm(e, 0, X86_W64, 0, OPC_MOVSXD, dst, m, 0);
	else x86_load(e, X86_W64, dst, m);
}
static inline void x86_load_zx(struct x86_buf *e, int w, int dst, struct x86_mem m)
{
	if (w == X86_W8) op_rm(e, 0, X86_W32, 1, OPC2_MOVZX8, dst, m, 0);
	else if (w == X86_W16) op_rm(e, 0, X86_W32, 1, OPC2_MOVZX16, dst, m, 0);
	else x86_load(e, w, dst, m);
}
/* Register extensions: movsx/movzx from the low w bytes of src. */
static inline void x86_movsx_rr(struct x86_buf *e, int w, int dst, int src)
{
	if (w == X86_W8) op_rr(e, 0, X86_W64, 1, OPC2_MOVSX8, dst, src, src >= 4);
	else if (w == X86_W16) op_rr(e, 0, X86_W64, 1, OPC2_MOVSX16, dst, src, 0);
	else op_rr(e, 0, X86_W64, 0, OPC_MOVSXD, dst, src, 0);
}
static inline void x86_movzx_rr(struct x86_buf *e, int w, int dst, int src)
{
	if (w == X86_W8) op_rr(e, 0, X86_W32, 1, OPC2_MOVZX8, dst, src, src >= 4);
	else if (w == X86_W16) op_rr(e, 0, X86_W32, 1, OPC2_MOVZX16, dst, src, 0);
	else x86_mov_rr(e, X86_W32, dst, src);
}
/* dst = v, the shortest form: xor, mov r32 imm32, mov r64 simm32, or movabs. Changes flags only
 * for v == 0 (xor): callers between a compare and its use pass keep_flags. */
static inline void x86_mov_ri(struct x86_buf *e, int dst, uint64_t v, int keep_flags)
{
	if (v == 0 && !keep_flags) {
		op_rr(e, 0, X86_W32, 0, OPC_ALU_RM_R + 8 * X86_XOR, dst, dst, 0);
	} else if (v <= UINT32_MAX) {
		rex(e, 0, X86_NOREG, X86_NOREG, dst, 0);
		x86_byte(e, (uint8_t)(OPC_MOV_R_I + (dst & 7)));
		x86_u32(e, (uint32_t)v);
	} else if (x86_fits_i32((int64_t)v)) {
		rex(e, 1, X86_NOREG, X86_NOREG, dst, 0);
		x86_byte(e, OPC_MOV_RM_I);
		modrm_reg(e, 0, dst);
		x86_u32(e, (uint32_t)v);
	} else {
		rex(e, 1, X86_NOREG, X86_NOREG, dst, 0);
		x86_byte(e, (uint8_t)(OPC_MOV_R_I + (dst & 7)));
		x86_u64(e, v);
	}
}
/* movabs dst, imm64: always 10 bytes (patchable). */
static inline void x86_movabs(struct x86_buf *e, int dst, uint64_t v)
{
	rex(e, 1, X86_NOREG, X86_NOREG, dst, 0);
	x86_byte(e, (uint8_t)(OPC_MOV_R_I + (dst & 7)));
	x86_u64(e, v);
}
/* [m] = sign-extended imm32, w 32 or 64 */
static inline void x86_store_i(struct x86_buf *e, int w, struct x86_mem m, int32_t v)
{
	op_rm(e, 0, w, 0, OPC_MOV_RM_I, 0, m, 0);
	x86_u32(e, (uint32_t)v);
}
static inline void x86_lea(struct x86_buf *e, int dst, struct x86_mem m)
{
	op_rm(e, 0, X86_W64, 0, OPC_LEA, dst, m, 0);
}

/* --- arithmetic ----------------------------------------------------------------------------- */
static inline void x86_alu_rr(struct x86_buf *e, enum x86_alu op, int w, int dst, int src)
{
	op_rr(e, 0, w, 0, (uint8_t)(OPC_ALU_RM_R + 8 * op), src, dst, 0);
}
static inline void x86_alu_rm(struct x86_buf *e, enum x86_alu op, int w, int dst, struct x86_mem m)
{
	op_rm(e, 0, w, 0, (uint8_t)(OPC_ALU_R_RM + 8 * op), dst, m, 0);
}
static inline void x86_alu_mr(struct x86_buf *e, enum x86_alu op, int w, struct x86_mem m, int src)
{
	op_rm(e, 0, w, 0, (uint8_t)(OPC_ALU_RM_R + 8 * op), src, m, 0);
}
static inline void x86_alu_ri(struct x86_buf *e, enum x86_alu op, int w, int dst, int32_t v)
{
	op_rr(e, 0, w, 0, x86_fits_i8(v) ? OPC_ALU_I8 : OPC_ALU_I32, op, dst, 0);
	if (x86_fits_i8(v)) x86_byte(e, (uint8_t)v);
	else x86_u32(e, (uint32_t)v);
}
static inline void x86_alu_mi(struct x86_buf *e, enum x86_alu op, int w, struct x86_mem m, int32_t v)
{
	op_rm(e, 0, w, 0, x86_fits_i8(v) ? OPC_ALU_I8 : OPC_ALU_I32, op, m, 0);
	if (x86_fits_i8(v)) x86_byte(e, (uint8_t)v);
	else x86_u32(e, (uint32_t)v);
}
/* test byte [m], imm */
static inline void x86_test_mi8(struct x86_buf *e, struct x86_mem m, uint8_t imm)
{
	op_rm(e, 0, 0, 0, OPC_TEST_RM8_I, 0, m, 0);
	x86_byte(e, imm);
}
/* test the low byte of r, imm */
static inline void x86_test_ri8(struct x86_buf *e, int r, uint8_t imm)
{
	op_rr(e, 0, 0, 0, OPC_TEST_RM8_I, 0, r, r >= 4);
	x86_byte(e, imm);
}
/* xchg [m], r (w 32 or 64; locked by itself): r gets the old value */
static inline void x86_xchg_mr(struct x86_buf *e, int w, struct x86_mem m, int r)
{
	op_rm(e, 0, w, 0, OPC_XCHG_RM_R, r, m, 0);
}
/* lock xadd [m], r (w 32 or 64): r gets the old value */
static inline void x86_lock_xadd_mr(struct x86_buf *e, int w, struct x86_mem m, int r)
{
	op_rm(e, PFX_LOCK, w, 1, OPC2_XADD_RM_R, r, m, 0);
}
static inline void x86_test_rr(struct x86_buf *e, int w, int a, int b)
{
	op_rr(e, 0, w, 0, OPC_TEST, b, a, 0);
}
static inline void x86_shift_ri(struct x86_buf *e, enum x86_shift op, int w, int dst, uint8_t n)
{
	op_rr(e, 0, w, 0, OPC_SHIFT_I, op, dst, 0);
	x86_byte(e, n);
}
static inline void x86_shift_cl(struct x86_buf *e, enum x86_shift op, int w, int dst)
{
	op_rr(e, 0, w, 0, OPC_SHIFT_CL, op, dst, 0);
}
static inline void x86_imul_rr(struct x86_buf *e, int w, int dst, int src)
{
	op_rr(e, 0, w, 1, OPC2_IMUL, dst, src, 0);
}
static inline void x86_imul_rm(struct x86_buf *e, int w, int dst, struct x86_mem m)
{
	op_rm(e, 0, w, 1, OPC2_IMUL, dst, m, 0);
}
/* Group 3 on a register: digit 2 not, 3 neg, 4 mul (rdx:rax = rax * r), 5 imul, 6 div, 7 idiv. */
static inline void x86_grp3_r(struct x86_buf *e, int digit, int w, int r)
{
	op_rr(e, 0, w, 0, OPC_GRP3, digit, r, 0);
}
/* cdq (w 4) or cqo (w 8): edx or rdx filled with the sign of eax or rax, for idiv. */
static inline void x86_sign_into_dx(struct x86_buf *e, int w)
{
	rex(e, w == X86_W64, 0, 0, 0, 0);
	x86_byte(e, OPC_CDQ);
}
static inline void x86_bswap(struct x86_buf *e, int w, int r)
{
	rex(e, w == X86_W64, X86_NOREG, X86_NOREG, r, 0);
	x86_byte(e, OPC_0F);
	x86_byte(e, (uint8_t)(OPC2_BSWAP + (r & 7)));
}
/* f3-prefixed bit counts (popcnt, tzcnt, lzcnt): dst = count(src). */
static inline void x86_bitcount(struct x86_buf *e, uint8_t opc2, int w, int dst, int src)
{
	op_rr(e, PFX_F3, w, 1, opc2, dst, src, 0);
}
static inline void x86_setcc(struct x86_buf *e, enum x86_cc cc, int dst)
{
	op_rr(e, 0, 0, 1, (uint8_t)(OPC2_SETCC + cc), 0, dst, dst >= 4);
}
static inline void x86_cmov_rr(struct x86_buf *e, enum x86_cc cc, int w, int dst, int src)
{
	op_rr(e, 0, w, 1, (uint8_t)(OPC2_CMOVCC + cc), dst, src, 0);
}

/* --- SSE scalar ----------------------------------------------------------------------------- */
/* prefix PFX_F2 for double, PFX_F3 for single; opc2 one of OPC2_FADD... */
static inline void x86_sse_rm(struct x86_buf *e, int prefix, uint8_t opc2, int xmm, struct x86_mem m)
{
	op_rm(e, prefix, 0, 1, opc2, xmm, m, 0);
}
static inline void x86_sse_rr(struct x86_buf *e, int prefix, uint8_t opc2, int dst, int src)
{
	op_rr(e, prefix, 0, 1, opc2, dst, src, 0);
}

/* The same with a general register on one side (cvtsi2sd, cvttsd2si, movd...): w is the width
 * of the general register (REX.W for 64). */
static inline void x86_sse_gpr(struct x86_buf *e, int prefix, uint8_t opc2, int w, int reg, int rm)
{
	op_rr(e, prefix, w, 1, opc2, reg, rm, 0);
}
/* ucomiss / comiss (single) against [m]: PFX_OPSIZE-less twins of ucomisd */
static inline void x86_ucomiss_rm(struct x86_buf *e, int signaling, int xmm, struct x86_mem m)
{
	op_rm(e, 0, 0, 1, signaling ? OPC2_COMI : OPC2_UCOMI, xmm, m, 0);
}
/* roundsd (single 0: roundss) dst, src, imm: SSE4.1, 66 0f 3a 0b/0a. imm bits 1..0: 0 nearest
 * even, 1 down, 2 up, 3 toward zero; bit 3 keeps the precision flag quiet. */
static inline void x86_round_rr(struct x86_buf *e, int dbl, int dst, int src, uint8_t imm)
{
	x86_byte(e, PFX_OPSIZE);
	rex(e, 0, dst, X86_NOREG, src, 0);
	x86_byte(e, OPC_0F);
	x86_byte(e, 0x3a);
	x86_byte(e, dbl ? 0x0b : 0x0a);
	modrm_reg(e, dst, src);
	x86_byte(e, imm);
}
/* stmxcsr [m] (store 1) / ldmxcsr [m] (store 0) */
static inline void x86_mxcsr(struct x86_buf *e, int store, struct x86_mem m)
{
	op_rm(e, 0, 0, 1, OPC2_MXCSR, store ? 3 : 2, m, 0);
}

/* ucomisd (quiet: IE only for signaling NaNs) / comisd (IE for any NaN): xmm vs [m] */
static inline void x86_ucomisd_rm(struct x86_buf *e, int signaling, int xmm, struct x86_mem m)
{
	op_rm(e, PFX_OPSIZE, 0, 1, signaling ? 0x2f : 0x2e, xmm, m, 0);
}
static inline void x86_ucomisd_rr(struct x86_buf *e, int a, int b)
{
	op_rr(e, PFX_OPSIZE, 0, 1, 0x2e, a, b, 0);
}
/* movq r64, xmm */
static inline void x86_movq_r_xmm(struct x86_buf *e, int r, int xmm)
{
	op_rr(e, PFX_OPSIZE, X86_W64, 1, 0x7e, xmm, r, 0);
}
/* vfm*231sd (dbl) / vfm*231ss xmm_acc, xmm_a, [m]: xmm_acc = +-(xmm_a * [m]) +- xmm_acc, one
 * rounding (VEX.66.0F38.W1 for sd, W0 for ss).
 * opc: 0xb9 madd, 0xbb msub (a*b - acc), 0xbd nmadd (-(a*b) + acc), 0xbf nmsub (-(a*b) - acc).
 * xmm registers 0-7 and a base below r8 only. */
static inline void x86_vfma231(struct x86_buf *e, int dbl, uint8_t opc, int acc, int a, struct x86_mem m)
{
	seg_prefix(e, m);
	x86_byte(e, 0xc4);
	x86_byte(e, 0xe2);                                   /* ~R ~X ~B = 111, map 0F38 */
	x86_byte(e, (uint8_t)((dbl ? 0x80 : 0) | (~a & 15) << 3 | 1)); /* W1 (sd) or W0 (ss), vvvv = ~a, L0, pp = 66 */
	x86_byte(e, opc);
	modrm_mem(e, acc, m);
}
/* The same with [m] replaced by register b; any of xmm0..xmm15. */
static inline void x86_vfma231_rr(struct x86_buf *e, int dbl, uint8_t opc, int acc, int a, int b)
{
	x86_byte(e, 0xc4);
	x86_byte(e, (uint8_t)((acc >= 8 ? 0 : 0x80) | 0x40 | (b >= 8 ? 0 : 0x20) | 2)); /* ~R ~X ~B, map 0F38 */
	x86_byte(e, (uint8_t)((dbl ? 0x80 : 0) | (~a & 15) << 3 | 1));
	x86_byte(e, opc);
	modrm_reg(e, acc, b);
}
static inline void x86_vfma231sd(struct x86_buf *e, uint8_t opc, int acc, int a, struct x86_mem m)
{
	x86_vfma231(e, 1, opc, acc, a, m);
}

/* The AVX form of a scalar SSE op (VEX.LIG.pp.0F opc2, prefix: PFX_F2 or PFX_F3):
 * dst = a op b, the upper bits from a; neither source overwritten (sqrt: dst = sqrt(b)). */
static inline void x86_vsse_rrr(struct x86_buf *e, int prefix, uint8_t opc2, int dst, int a, int b)
{
	x86_byte(e, 0xc4);
	x86_byte(e, (uint8_t)((dst >= 8 ? 0 : 0x80) | 0x40 | (b >= 8 ? 0 : 0x20) | 1)); /* ~R ~X ~B, map 0F */
	x86_byte(e, (uint8_t)((~a & 15) << 3 | (prefix == PFX_F2 ? 3 : 2)));       /* W0, vvvv = ~a, L0, pp */
	x86_byte(e, opc2);
	modrm_reg(e, dst, b);
}

/* --- control -------------------------------------------------------------------------------- */
static inline void x86_push(struct x86_buf *e, int r)
{
	rex(e, 0, X86_NOREG, X86_NOREG, r, 0);
	x86_byte(e, (uint8_t)(OPC_PUSH + (r & 7)));
}
static inline void x86_pop(struct x86_buf *e, int r)
{
	rex(e, 0, X86_NOREG, X86_NOREG, r, 0);
	x86_byte(e, (uint8_t)(OPC_POP + (r & 7)));
}
static inline void x86_ret(struct x86_buf *e) { x86_byte(e, OPC_RET); }
/* ret imm16: returns, then drops n more bytes of stack. */
static inline void x86_ret_pop(struct x86_buf *e, uint16_t n)
{
	x86_byte(e, OPC_RET_POP);
	x86_byte(e, (uint8_t)n);
	x86_byte(e, (uint8_t)(n >> 8));
}
/* push imm32, sign-extended to 64 bits. */
static inline void x86_push_i(struct x86_buf *e, int32_t imm)
{
	x86_byte(e, OPC_PUSH_IMM32);
	x86_u32(e, (uint32_t)imm);
}
/* One instruction doing nothing, n (0..4) bytes long: the recommended multi-byte forms. */
static inline void x86_nop(struct x86_buf *e, int n)
{
	static const uint8_t forms[5][4] = { { 0 }, { 0x90 }, { 0x66, 0x90 }, { 0x0f, 0x1f, 0x00 }, { 0x0f, 0x1f, 0x40, 0x00 } };
	for (int i = 0; i < n; i++) x86_byte(e, forms[n][i]);
}
/* n bytes of nops, four at most in each. */
static inline void x86_nops(struct x86_buf *e, int n)
{
	for (; n > 0; n -= n > 4 ? 4 : n) x86_nop(e, n > 4 ? 4 : n);
}
/* Pads with nops to the next multiple of 16 bytes: a jump that lands there has a whole fetch
 * block of code. */
static inline void x86_align16(struct x86_buf *e) { x86_nops(e, (int)(-(uintptr_t)e->p & 15)); }
/* Pads to the next multiple of 64 bytes, the host's fetch window: a short jmp over int3 filler
 * when more than a few bytes are missing (run once per way in, not per round), nops otherwise. */
static inline void x86_align64(struct x86_buf *e)
{
	int pad = (int)(-(uintptr_t)e->p & 63);
	if (pad > 8) {
		x86_byte(e, OPC_JMP_REL8);
		x86_byte(e, (uint8_t)(pad - 2));
		for (int i = 2; i < pad; i++) x86_byte(e, OPC_INT3);
		return;
	}
	x86_nops(e, pad);
}
/* Pads with one nop so that the rel32 field at offset rel_at of the instruction emitted next stays
 * inside one 64-byte line: chaining rewrites it while other threads may be running it. */
static inline void x86_align_rel32(struct x86_buf *e, int rel_at)
{
	int pad = 0;
	while ((((uintptr_t)e->p + (uintptr_t)(pad + rel_at)) & 63) > 60) pad++;
	x86_nop(e, pad);
}
static inline void x86_call_r(struct x86_buf *e, int r) { op_rr(e, 0, 0, 0, OPC_GRP5, 2, r, 0); }
static inline void x86_jmp_r(struct x86_buf *e, int r) { op_rr(e, 0, 0, 0, OPC_GRP5, 4, r, 0); }
static inline void x86_jmp_m(struct x86_buf *e, struct x86_mem m) { op_rm(e, 0, 0, 0, OPC_GRP5, 4, m, 0); }
static inline void x86_mfence(struct x86_buf *e)
{
	x86_byte(e, OPC_0F);
	x86_byte(e, 0xae);
	x86_byte(e, 0xf0);
}

/* Points the rel32 field at at (the 4 bytes ending an instruction) to target. */
static inline void x86_patch_rel32(uint8_t *at, const void *target)
{
	int32_t rel = (int32_t)((const uint8_t *)target - (at + 4));
	memcpy(at, &rel, 4);
}
/* jmp/jcc/call rel32 with the displacement left for x86_patch_rel32 (or pointed at target when
 * it is not NULL). Return the address of the rel32 field. */
static inline uint8_t *rel32_to(struct x86_buf *e, const void *target)
{
	uint8_t *at = e->p;
	x86_u32(e, 0);
	if (!e->full && target) x86_patch_rel32(at, target);
	return at;
}
static inline uint8_t *x86_jmp(struct x86_buf *e, const void *target)
{
	x86_byte(e, OPC_JMP_REL);
	return rel32_to(e, target);
}
static inline uint8_t *x86_jcc(struct x86_buf *e, enum x86_cc cc, const void *target)
{
	x86_byte(e, OPC_0F);
	x86_byte(e, (uint8_t)(OPC2_JCC + cc));
	return rel32_to(e, target);
}
static inline uint8_t *x86_call(struct x86_buf *e, const void *target)
{
	x86_byte(e, OPC_CALL_REL);
	return rel32_to(e, target);
}

#endif
