/* Random instruction testing: writes small static riscv64 ELF programs of random RV64GC (+Zba, Zbb,
 * Zbs) instructions, and explains how two runs of one differ. Driven by tests/fuzz-isa/run.
 *
 *   isagen gen SEED FIRST COUNT DIR   programs FIRST..FIRST+COUNT-1 of SEED as DIR/p<index>;
 *                                     each is a function of (SEED, index) alone, so one replays
 *                                     exactly with COUNT = 1; prints how many random instructions
 *   isagen list SEED INDEX            what program INDEX was meant to hold, one instruction a line:
 *                                     "pc hex mnemonic part segment group" (part: prologue, body,
 *                                     epilogue, exit), to check the encodings against objdump
 *   isagen diff WANT GOT              names the registers, fcsr and scratch words where two runs'
 *                                     outputs differ, per segment; exit 1 if they do
 *   isagen dumpsize                   the size of a whole run's output
 *   isagen init SEED INDEX SEG        initial registers of a segment: "name value" lines
 *   isagen cut SEED INDEX SEG FILE OUT  program INDEX with segment SEG alone, and of its random
 *                                     groups only those listed in FILE (group numbers, as `list`
 *                                     prints them), listed as `list` does: what
 *                                     tests/fuzz-isa/reduce shrinks
 *
 * A program (no toolchain involved: the ELF is written directly, about 0.1 ms a program) is
 * SEGMENTS independent segments, each with its own data page:
 *   prologue  f0..f31, fcsr, x1..x31 from a table of random and special values; sp and s0 point
 *             into a 1 KiB scratch area of random bytes and special FP values, and stay there
 *   body      40..300 groups of random instructions: every instruction of src/isa/insn.def but
 *             ecall and ebreak, and every RV64C form but c.ebreak; loads, stores and AMOs only
 *             inside the scratch area (misaligned for plain loads and stores); branches and jumps
 *             only forward, to the start of a later group of the same segment
 *   epilogue  x1..x31, f0..f31 and fcsr stored after the scratch area; one write(1, ...) of
 *             scratch + registers (DUMP_SIZE bytes)
 * and the last segment exits with status 0. Nothing traps, loops or depends on more than the spec:
 * no counters, no frm outside 0..4 when an instruction may use the dynamic rounding mode (frm
 * writes happen only where no pending forward branch could skip them, so the generator knows frm).
 * Known qemu-riscv64 7.2 bugs are steered around (see gen_op) unless ISAGEN_QEMU_BUGS is set.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "isa/cpu.h"
#include "isa/insn.h"

/* Guest memory layout. A program is SEGMENTS independent tests one after the other (fewer
 * processes to start: qemu-riscv64 takes most of the time); segment s has its own data page at
 * DATA0 + s * 0x1000 (the current one is data_page). Offsets in a data page: */
#define SEGMENTS     8
#define TEXT_VADDR   0x10000u
#define CODE_OFFSET  0x200u      /* code after the ELF and program headers */
#define DATA0        0x40000u
#define DATA         data_page
#define D_INIT_X     0x000u      /* x0..x31 initial values */
#define D_INIT_F     0x100u      /* f0..f31 initial raw bits */
#define D_INIT_FCSR  0x200u
#define D_SCRATCH    0x600u      /* scratch area: loads, stores, AMOs */
#define SCRATCH_SIZE 0x400u
#define D_DUMP       0xa00u      /* x[32], f[32], fcsr: what the epilogue stores */
#define DUMP_SIZE    (SCRATCH_SIZE + 0x208u) /* bytes a segment writes to stdout, from D_SCRATCH */
#define DATA_SIZE    (D_DUMP + 0x208u)
#define SP_VALUE     (DATA + 0x800u) /* sp: middle of the scratch area */
#define S0_VALUE     (DATA + 0x700u) /* s0: the base of compressed loads and stores */
#define SCRATCH_LO   (DATA + D_SCRATCH)

enum { X_SP = 2, X_S0 = 8, X_RA = 1 };
static uint32_t data_page;

/* ---- random numbers: splitmix64, one stream per program ---------------------------------- */
static uint64_t rng_state;
static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}
static unsigned below(unsigned n) { return (unsigned)(rnd() % n); }
static bool chance(unsigned percent) { return below(100) < percent; }
static int64_t between(int64_t lo, int64_t hi) { return lo + (int64_t)(rnd() % (uint64_t)(hi - lo + 1)); }

/* ---- values ------------------------------------------------------------------------------ */
static const uint64_t special_f64[] = {
	0x0000000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000, /* ±0 ±inf */
	0x7ff8000000000000, 0xfff8000000000000, 0x7ff4000000000000, 0x7ff0000000000001, /* NaNs */
	0x7ffc0000deadbeef, 0xfff0000000000100,
	0x0000000000000001, 0x800fffffffffffff, 0x0010000000000000, 0x8010000000000000, /* tiny */
	0x7fefffffffffffff, 0xffefffffffffffff, 0x3ff0000000000000, 0xbff0000000000000, /* max, ±1 */
	0x3fe0000000000000, 0x3ff8000000000000, 0x4004000000000000, 0xbfe0000000000000, /* .5 1.5 2.5 */
	0x41dfffffffc00000, 0x41dfffffffe00000, 0x41e0000000000000, 0xc1e0000000000000, /* 2^31-1, -.5, 2^31 */
	0xc1e0000000200000, 0xc1e0000000100000, 0x41efffffffe00000, 0x41effffffff00000, /* -2^31-1, 2^32 */
	0x41f0000000000000, 0x43e0000000000000, 0xc3e0000000000000, 0x43dfffffffffffff, /* 2^63 */
	0x43f0000000000000, 0x43efffffffffffff, 0xbfefffffffffffff, 0x4340000000000001, /* 2^64, 2^53+ */
	0x3ca0000000000000, 0x001fffffffffffff, 0x36a0000000000000, 0x47efffffe0000000, /* float limits */
};
static const uint32_t special_f32[] = {
	0x00000000, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000, 0x7fa00000,
	0x7f800001, 0x00000001, 0x807fffff, 0x00800000, 0x80800000, 0x7f7fffff, 0xff7fffff,
	0x3f800000, 0xbf800000, 0x3f000000, 0x3fc00000, 0x40200000, 0xbf000000, 0x4effffff,
	0x4f000000, 0xcf000000, 0xcf000001, 0x4f7fffff, 0x4f800000, 0x5effffff, 0x5f000000,
	0xdf000000, 0x5f800000, 0x5f7fffff, 0x3f7fffff, 0x33800000, 0x00ffffff,
};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A random single: a special one, or one with a random mantissa and an exponent near 1. */
static uint32_t f32_value(void)
{
	if (chance(45)) return special_f32[below(COUNT(special_f32))];
	uint32_t exp = chance(90) ? (uint32_t)between(127 - 40, 127 + 40) : below(256);
	return (uint32_t)(rnd() & 0x80000000u) | exp << 23 | (uint32_t)(rnd() & 0x7fffff);
}

/* Raw 64 bits for an FP register or memory: doubles, NaN-boxed singles, and singles not boxed. */
static uint64_t fp_bits(void)
{
	unsigned k = below(100);
	if (k < 25) return special_f64[below(COUNT(special_f64))];
	if (k < 45) {
		uint64_t exp = chance(90) ? (uint64_t)between(1023 - 80, 1023 + 80) : below(2048);
		return (rnd() & 0x8000000000000000u) | exp << 52 | (rnd() & 0xfffffffffffffu);
	}
	if (k < 90) return 0xffffffff00000000u | f32_value();
	if (k < 95) return (uint64_t)(0xfffffffeu - below(2)) << 32 | f32_value(); /* almost boxed */
	return rnd();
}

static uint64_t int_value(void)
{
	static const uint64_t special[] = {
		0, 1, 2, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x80000000,
		0x7fffffff, 0xffffffff, 0x100000000, 0xffffffff80000000, 0xffffffff7fffffff,
		0x00000000ffff0000, 0x8000000000000001, 0x00ff00ff00ff00ff, 0x0000000100000000,
		0x0000000080000000, 63, 64, 31, 32, 0xfffffffffffff800,
	};
	unsigned k = below(100);
	if (k < 30) return special[below(COUNT(special))];
	if (k < 45) return (uint64_t)between(-300, 300);
	if (k < 55) return fp_bits();
	if (k < 65) return (uint64_t)(int64_t)(int32_t)rnd();
	if (k < 72) return rnd() >> below(64);
	return rnd();
}

/* ---- encoders ------------------------------------------------------------------------------ */
#define OPM(id) (isa_ops[ISA_OP_##id].match)
static uint32_t enc_r(uint32_t match, unsigned rd, unsigned rs1, unsigned rs2)
{
	return match | rd << 7 | rs1 << 15 | rs2 << 20;
}
static uint32_t enc_i(uint32_t match, unsigned rd, unsigned rs1, int32_t imm)
{
	return match | rd << 7 | rs1 << 15 | (uint32_t)(imm & 0xfff) << 20;
}
static uint32_t enc_s(uint32_t match, unsigned rs1, unsigned rs2, int32_t imm)
{
	uint32_t u = (uint32_t)imm & 0xfff;
	return match | (u & 0x1f) << 7 | rs1 << 15 | rs2 << 20 | (u >> 5) << 25;
}
/*  imm[12|10:5] rs2 rs1 f3 imm[4:1|11] opcode */
static uint32_t enc_b(uint32_t match, unsigned rs1, unsigned rs2, int32_t off)
{
	uint32_t u = (uint32_t)off;
	return match | rs1 << 15 | rs2 << 20 | ((u >> 11) & 1) << 7 | ((u >> 1) & 0xf) << 8 |
	       ((u >> 5) & 0x3f) << 25 | ((u >> 12) & 1) << 31;
}
/*  imm[20|10:1|11|19:12] rd opcode */
static uint32_t enc_j(uint32_t match, unsigned rd, int32_t off)
{
	uint32_t u = (uint32_t)off;
	return match | rd << 7 | ((u >> 12) & 0xff) << 12 | ((u >> 11) & 1) << 20 |
	       ((u >> 1) & 0x3ff) << 21 | ((u >> 20) & 1) << 31;
}
static uint32_t enc_rm(uint32_t match, unsigned rd, unsigned rs1, unsigned rs2, unsigned rm)
{
	return enc_r(match, rd, rs1, rs2) | rm << 12;
}

/* Compressed formats (quadrant in op, funct3 in bits 15..13). */
static uint32_t c_bits(uint32_t v, unsigned from, unsigned n, unsigned to)
{
	return ((v >> from) & ((1u << n) - 1)) << to;
}
/* CI: f3 | imm[5] | rd | imm[4:0] | op */
static uint32_t enc_ci(unsigned f3, unsigned op, unsigned rd, int32_t imm6)
{
	uint32_t u = (uint32_t)imm6;
	return f3 << 13 | c_bits(u, 5, 1, 12) | rd << 7 | c_bits(u, 0, 5, 2) | op;
}
/* CR: f4 | rd | rs2 | op */
static uint32_t enc_cr(unsigned f4, unsigned op, unsigned rd, unsigned rs2)
{
	return f4 << 12 | rd << 7 | rs2 << 2 | op;
}
/* CA: 100011 | rd' | f2 | rs2' | 01, bit 12 set for the W forms */
static uint32_t enc_ca(unsigned w, unsigned f2, unsigned rd, unsigned rs2)
{
	return 0x8c01u | w << 12 | (rd - 8) << 7 | f2 << 5 | (rs2 - 8) << 2;
}
/* CL/CS with the ld/sd layout (uimm[5:3] at 12..10, [7:6] at 6..5) or the lw/sw one
 * (uimm[5:3] at 12..10, [2] at 6, [6] at 5). */
static uint32_t enc_cls(unsigned f3, unsigned op, bool dword, unsigned rs1, unsigned r, uint32_t off)
{
	uint32_t imm = c_bits(off, 3, 3, 10) |
	               (dword ? c_bits(off, 6, 2, 5) : c_bits(off, 2, 1, 6) | c_bits(off, 6, 1, 5));
	return f3 << 13 | imm | (rs1 - 8) << 7 | (r - 8) << 2 | op;
}

/* ---- the program being built -------------------------------------------------------------- */
enum fix { FIX_NONE, FIX_B, FIX_J, FIX_I_REL, FIX_CB, FIX_CJ };

struct ins {
	uint32_t word;
	uint8_t len;       /* 2 or 4 */
	uint8_t fix;       /* enum fix: the offset to the target group is filled in after layout */
	uint8_t back;      /* FIX_I_REL: the offset is from the pc this many bytes earlier (auipc) */
	uint8_t low;       /* FIX_I_REL: added to the offset (jalr drops bit 0) */
	int target;        /* group index; ngroups means the epilogue */
	uint64_t pc;
	int group;         /* branch targets are group starts; groups are numbered across segments */
	uint8_t seg;
	uint8_t part;      /* enum part */
	const char *name;  /* what the generator meant, for `isagen list` */
};

#define MAX_INS 8192
static struct ins prog[MAX_INS];
static int nins;
static int cur_group;
enum part { PROLOGUE, BODY, EPILOGUE, EXIT };
static const char *const part_names[] = { "prologue", "body", "epilogue", "exit" };
static enum part cur_part;
static unsigned cur_seg;

static void put(uint32_t word, unsigned len, const char *name)
{
	if (nins == MAX_INS) { fprintf(stderr, "isagen: program too long\n"); exit(2); }
	prog[nins++] = (struct ins){ .word = word, .len = (uint8_t)len, .group = cur_group, .name = name,
	                             .seg = (uint8_t)cur_seg, .part = (uint8_t)cur_part };
}
static void put_fix(uint32_t word, unsigned len, const char *name, enum fix fix, int target)
{
	put(word, len, name);
	prog[nins - 1].fix = (uint8_t)fix;
	prog[nins - 1].target = target;
}
#define PUT(id, word) put((word), 4, isa_ops[ISA_OP_##id].name)

/* ---- operand choice ----------------------------------------------------------------------- */
static unsigned loop_reg;  /* the counter of the loop being generated, or 0 */
static bool reserved(unsigned r) { return r == X_SP || r == X_S0 || (r && r == loop_reg); }
/* A destination: any register but sp and s0 (x0 now and then). */
static unsigned xd(void)
{
	if (chance(3)) return 0;
	for (;;) { unsigned r = 1 + below(31); if (!reserved(r)) return r; }
}
static unsigned xd_nonzero(void) { for (;;) { unsigned r = xd(); if (r) return r; } }
static unsigned xs(void) { return below(32); }
static unsigned fr(void) { return below(32); }
/* x9..x15: compressed destinations (x8 is s0) */
static unsigned xd_c(void) { for (;;) { unsigned r = 9 + below(7); if (!reserved(r)) return r; } }
static unsigned xs_c(void) { return 8 + below(8); }
/* A static rounding mode (0..4) or dynamic (7). */
static unsigned rm(void) { return chance(35) ? ISA_RM_DYN : below(5); }

/* ---- generator state ---------------------------------------------------------------------- */
static int seg_end;      /* the group of this segment's epilogue: the last branch target */
static int target_cap;   /* the last group a forward branch may reach: seg_end, or a loop's end */
static int skip_until;   /* a pending forward branch may skip every group before this one */
static int cur_frm;      /* frm at this point (see gen_csr), -1: unknown but valid */

/* Fills the groups' immediate-relative pcs later; targets are group indexes. */
static int pick_target(void)
{
	int t = cur_group + 1 + (int)below(chance(80) ? 4 : 12);
	if (t > target_cap) t = target_cap;
	if (t > skip_until) skip_until = t;
	return t;
}

/* A scratch address for an access of width w: aligned, or (plain loads and stores) not. */
static uint32_t scratch_addr(unsigned w, bool may_misalign, uint32_t lo, uint32_t hi)
{
	uint32_t a = lo + below(hi - lo - w + 1);
	if (!may_misalign || chance(70)) a &= ~(w - 1);
	if (a < lo) a += w;
	return a;
}

/* Base register for a 32-bit access and its value: sp, s0, or a temporary set from sp here. */
static unsigned base_reg(uint64_t *value)
{
	unsigned k = below(10);
	if (k < 5) { *value = SP_VALUE; return X_SP; }
	if (k < 8) { *value = S0_VALUE; return X_S0; }
	unsigned t = xd_nonzero();
	int32_t d = (int32_t)between(-0x180, 0x180);
	PUT(ADDI, enc_i(OPM(ADDI), t, X_SP, d));
	*value = SP_VALUE + (int64_t)d;
	return t;
}

static void gen_load_store(void)
{
	static const struct { int op; unsigned w; } acc[] = {
		{ ISA_OP_LB, 1 }, { ISA_OP_LH, 2 }, { ISA_OP_LW, 4 }, { ISA_OP_LD, 8 }, { ISA_OP_LBU, 1 },
		{ ISA_OP_LHU, 2 }, { ISA_OP_LWU, 4 }, { ISA_OP_SB, 1 }, { ISA_OP_SH, 2 }, { ISA_OP_SW, 4 },
		{ ISA_OP_SD, 8 }, { ISA_OP_FLW, 4 }, { ISA_OP_FLD, 8 }, { ISA_OP_FSW, 4 }, { ISA_OP_FSD, 8 },
	};
	unsigned k = below(COUNT(acc));
	const struct isa_op_info *op = &isa_ops[acc[k].op];
	uint64_t base;
	unsigned rb = base_reg(&base);
	uint32_t a = scratch_addr(acc[k].w, true, SCRATCH_LO, SCRATCH_LO + SCRATCH_SIZE);
	int32_t off = (int32_t)((int64_t)a - (int64_t)base);
	uint32_t w;
	switch (op->fmt) {
	case ISA_FMT_LOAD: w = enc_i(op->match, xd(), rb, off); break;
	case ISA_FMT_FLOAD: w = enc_i(op->match, fr(), rb, off); break;
	case ISA_FMT_STORE: w = enc_s(op->match, rb, xs(), off); break;
	default: w = enc_s(op->match, rb, fr(), off); break;
	}
	put(w, 4, op->name);
}

/* An aligned scratch address in a temporary: `addi t, sp, d`. Returns t. */
static unsigned amo_address(unsigned w)
{
	unsigned t = xd_nonzero();
	uint32_t a = scratch_addr(w, false, SCRATCH_LO, SCRATCH_LO + SCRATCH_SIZE);
	PUT(ADDI, enc_i(OPM(ADDI), t, X_SP, (int32_t)((int64_t)a - SP_VALUE)));
	return t;
}

static void gen_amo(void)
{
	static const int ops[] = {
		ISA_OP_AMOSWAP_W, ISA_OP_AMOADD_W, ISA_OP_AMOXOR_W, ISA_OP_AMOAND_W, ISA_OP_AMOOR_W,
		ISA_OP_AMOMIN_W, ISA_OP_AMOMAX_W, ISA_OP_AMOMINU_W, ISA_OP_AMOMAXU_W,
		ISA_OP_AMOSWAP_D, ISA_OP_AMOADD_D, ISA_OP_AMOXOR_D, ISA_OP_AMOAND_D, ISA_OP_AMOOR_D,
		ISA_OP_AMOMIN_D, ISA_OP_AMOMAX_D, ISA_OP_AMOMINU_D, ISA_OP_AMOMAXU_D,
	};
	const struct isa_op_info *op = &isa_ops[ops[below(COUNT(ops))]];
	bool dword = (op->match >> 12 & 7) == 3;
	unsigned t = amo_address(dword ? 8 : 4);
	put(enc_r(op->match, xd(), t, xs()) | below(4) << 25, 4, op->name);
}

/* lr; a few ALU instructions; sc to the same address (single hart: the sc succeeds). Or, now and
 * then, an sc with no reservation (fails). */
static void gen_lr_sc(void)
{
	bool dword = chance(50);
	unsigned t = amo_address(dword ? 8 : 4);
	const struct isa_op_info *lr = &isa_ops[dword ? ISA_OP_LR_D : ISA_OP_LR_W];
	const struct isa_op_info *sc = &isa_ops[dword ? ISA_OP_SC_D : ISA_OP_SC_W];
	if (chance(85)) {
		unsigned rd;
		do rd = xd(); while (rd == t);
		put(enc_r(lr->match, rd, t, 0) | below(4) << 25, 4, lr->name);
		for (unsigned n = below(3); n--; ) {
			static const int alu[] = { ISA_OP_ADD, ISA_OP_XOR, ISA_OP_SUB, ISA_OP_MUL, ISA_OP_AND };
			const struct isa_op_info *op = &isa_ops[alu[below(COUNT(alu))]];
			unsigned rd;
			do rd = xd(); while (rd == t);
			put(enc_r(op->match, rd, xs(), xs()), 4, op->name);
		}
	}
	put(enc_r(sc->match, xd(), t, xs()) | below(4) << 25, 4, sc->name);
}

/* Zicsr on fflags, frm, fcsr. Writes that could change frm happen only where nothing skips them
 * (cur_group >= skip_until), so cur_frm is what frm holds there, or -1 when a clear of random bits
 * left it unknown (but still valid: clearing bits of 0..4 gives 0..4). */
static void gen_csr(void)
{
	enum { FFLAGS = 1, FRM = 2, FCSR = 3 };
	static const int ops[] = { ISA_OP_CSRRW, ISA_OP_CSRRS, ISA_OP_CSRRC, ISA_OP_CSRRWI,
	                           ISA_OP_CSRRSI, ISA_OP_CSRRCI };
	unsigned csr = cur_group >= skip_until ? 1 + below(3) : FFLAGS;
	unsigned kind = below(6); /* index into ops */
	bool imm_form = kind >= 3, write = kind % 3 == 0, set = kind % 3 == 1, clear = kind % 3 == 2;
	unsigned shift = csr == FCSR ? 5 : 0; /* where frm sits in the value */
	uint32_t src;                     /* rs1, or the zimm */
	if (csr == FFLAGS) {
		src = imm_form ? below(32) : xs();
	} else if (clear) {
		src = imm_form ? below(32) : xs();
		if (!imm_form) { if (src) cur_frm = -1; }
		else if (cur_frm >= 0) cur_frm &= ~(int)(src >> shift);
	} else if (set && chance(15)) {
		src = 0; /* a pure read */
	} else {
		unsigned frm_bits = 0;
		if (write) frm_bits = below(5);
		else if (cur_frm >= 0) {
			unsigned choices[8], n = 0;
			for (unsigned b = 0; b < 8; b++) if (((unsigned)cur_frm | b) <= 4) choices[n++] = b;
			frm_bits = choices[below(n)];
		}
		uint32_t v = frm_bits << shift;
		if (csr == FCSR) v |= below(32) | (chance(30) ? below(8) << 8 : 0); /* 31..8: reserved */
		else if (chance(30)) v |= (uint32_t)below(32) << 3; /* beyond frm's three bits */
		if (write) cur_frm = (int)frm_bits;
		else if (cur_frm >= 0) cur_frm |= (int)frm_bits;
		if (imm_form && v > 31) { imm_form = false; kind -= 3; }
		if (imm_form) src = v;
		else {
			src = xd_nonzero();
			PUT(ADDI, enc_i(OPM(ADDI), src, 0, (int32_t)v));
		}
	}
	const struct isa_op_info *op = &isa_ops[ops[kind]];
	put(enc_i(op->match, xd(), src, (int32_t)csr), 4, op->name);
}

/* Forward branches and jumps, to the start of a later group. */
static void gen_branch(void)
{
	static const int bops[] = { ISA_OP_BEQ, ISA_OP_BNE, ISA_OP_BLT, ISA_OP_BGE, ISA_OP_BLTU, ISA_OP_BGEU };
	unsigned k = below(10);
	int t = pick_target();
	if (k < 4) {
		const struct isa_op_info *op = &isa_ops[bops[below(COUNT(bops))]];
		unsigned a = xs(), b = chance(15) ? a : xs();
		put_fix(enc_b(op->match, a, b, 0), 4, op->name, FIX_B, t);
	} else if (k < 5) {
		put_fix(enc_j(OPM(JAL), xd(), 0), 4, "jal", FIX_J, t);
	} else if (k < 6) { /* auipc t, 0; jalr rd, off(t) */
		unsigned r = xd_nonzero();
		PUT(AUIPC, enc_r(OPM(AUIPC), r, 0, 0));
		put_fix(enc_i(OPM(JALR), xd(), r, 0), 4, "jalr", FIX_I_REL, t);
		prog[nins - 1].back = 4;
		prog[nins - 1].low = (uint8_t)below(2);
	} else if (k < 7) { /* c.j */
		put_fix(0xa001u, 2, "c.j", FIX_CJ, t);
	} else if (k < 9) { /* c.beqz, c.bnez */
		bool nz = chance(50);
		put_fix((nz ? 0xe001u : 0xc001u) | (xs_c() - 8) << 7, 2, nz ? "c.bnez" : "c.beqz", FIX_CB, t);
	} else { /* auipc t, 0; addi t, t, off; c.jr t or c.jalr t */
		unsigned r = xd_nonzero();
		PUT(AUIPC, enc_r(OPM(AUIPC), r, 0, 0));
		put_fix(enc_i(OPM(ADDI), r, r, 0), 4, "addi", FIX_I_REL, t);
		prog[nins - 1].back = 4;
		bool link = chance(50);
		put(enc_cr(link ? 9 : 8, 2, r, 0), 2, link ? "c.jalr" : "c.jr");
	}
}

/* One of the RV64C forms that neither branch nor jump. */
static void gen_compressed(void)
{
	switch (below(21)) {
	case 0: { /* c.addi4spn rd', sp, nzuimm (4..1020, multiple of 4) */
		uint32_t u = 4 * (1 + below(255));
		put(c_bits(u, 4, 2, 11) | c_bits(u, 6, 4, 7) | c_bits(u, 2, 1, 6) | c_bits(u, 3, 1, 5) |
		    (xd_c() - 8) << 2, 2, "c.addi4spn");
		break;
	}
	case 1: { /* c.addi (rd = 0 or imm = 0: a hint) */
		unsigned rd = chance(5) ? 0 : xd_nonzero();
		int32_t imm = (int32_t)between(-32, 31);
		put(enc_ci(0, 1, rd, imm), 2, "c.addi"); /* objdump's name for c.nop too */
		break;
	}
	case 2: put(enc_ci(1, 1, xd_nonzero(), (int32_t)between(-32, 31)), 2, "c.addiw"); break;
	case 3: put(enc_ci(2, 1, chance(5) ? 0 : xd_nonzero(), (int32_t)between(-32, 31)), 2, "c.li"); break;
	case 4: { /* c.addi16sp twice: sp moves and comes back */
		int32_t imm = 16 * (int32_t)between(1, 31) * (chance(50) ? 1 : -1);
		for (int i = 0; i < 2; i++, imm = -imm) {
			uint32_t u = (uint32_t)imm;
			put(0x6101u | c_bits(u, 9, 1, 12) | c_bits(u, 4, 1, 6) | c_bits(u, 6, 1, 5) |
			    c_bits(u, 7, 2, 3) | c_bits(u, 5, 1, 2), 2, "c.addi16sp");
		}
		break;
	}
	case 5: { /* c.lui rd (not 0, 2), nzimm[17:12] */
		unsigned rd = xd_nonzero();
		int32_t imm;
		do imm = (int32_t)between(-32, 31); while (!imm);
		put(enc_ci(3, 1, rd, imm), 2, "c.lui");
		break;
	}
	case 6: case 7: { /* c.srli, c.srai, c.andi */
		unsigned f2 = below(3);
		uint32_t imm = f2 == 2 ? (uint32_t)between(-32, 31) : (chance(3) ? 0 : 1 + below(63));
		put(0x8001u | c_bits(imm, 5, 1, 12) | f2 << 10 | (xd_c() - 8) << 7 | c_bits(imm, 0, 5, 2), 2,
		    f2 == 2 ? "c.andi" : imm == 0 ? (f2 ? "c.srai64" : "c.srli64") : f2 ? "c.srai" : "c.srli");
		break;
	}
	case 8: case 9: { /* c.sub c.xor c.or c.and c.subw c.addw */
		static const char *names[] = { "c.sub", "c.xor", "c.or", "c.and", "c.subw", "c.addw" };
		unsigned k = below(6);
		put(enc_ca(k >= 4, k & 3, xd_c(), xs_c()), 2, names[k]);
		break;
	}
	case 10: { /* c.slli */
		unsigned sh = chance(3) ? 0 : 1 + below(63);
		put(enc_ci(0, 2, chance(3) ? 0 : xd_nonzero(), (int32_t)sh), 2, sh ? "c.slli" : "c.slli64");
		break;
	}
	case 11: put(enc_cr(8, 2, chance(3) ? 0 : xd_nonzero(), 1 + below(31)), 2, "c.mv"); break;
	case 12: put(enc_cr(9, 2, chance(3) ? 0 : xd_nonzero(), 1 + below(31)), 2, "c.add"); break;
	case 13: case 14: case 15: case 16: { /* c.lw c.ld c.fld c.sw c.sd c.fsd on s0 or on a
	                                           temporary from c.addi4spn */
		unsigned k = below(6);
		bool dword = k != 0 && k != 3;
		unsigned w = dword ? 8 : 4;
		unsigned base = X_S0;
		uint64_t bv = S0_VALUE;
		if (chance(40)) {
			base = xd_c();
			uint32_t u = 4 * (1 + below(120));
			put(c_bits(u, 4, 2, 11) | c_bits(u, 6, 4, 7) | c_bits(u, 2, 1, 6) | c_bits(u, 3, 1, 5) |
			    (base - 8) << 2, 2, "c.addi4spn");
			bv = SP_VALUE + u;
		}
		/* offset: multiple of w in 0..(dword ? 248 : 124), inside the scratch area */
		uint32_t maxoff = dword ? 248 : 124;
		uint64_t room = SCRATCH_LO + SCRATCH_SIZE - w - bv;
		if (room < maxoff) maxoff = (uint32_t)room;
		uint32_t off = w * below(maxoff / w + 1);
		static const unsigned f3[] = { 2, 3, 1, 6, 7, 5 };
		static const char *names[] = { "c.lw", "c.ld", "c.fld", "c.sw", "c.sd", "c.fsd" };
		unsigned r = k == 2 || k == 5 ? 8 + below(8) : k < 3 ? xd_c() : xs_c();
		put(enc_cls(f3[k], 0, dword, base, r, off), 2, names[k]);
		break;
	}
	case 17: case 18: case 19: { /* c.lwsp c.ldsp c.fldsp c.swsp c.sdsp c.fsdsp */
		unsigned k = below(6);
		bool dword = k != 0 && k != 3;
		uint32_t off = dword ? 8 * below(64) : 4 * below(64);
		if (SP_VALUE + off + 8 > SCRATCH_LO + SCRATCH_SIZE) off = 0;
		uint32_t w;
		if (k < 3) {
			unsigned rd = k == 2 ? fr() : xd_nonzero();
			/* lwsp: uimm[5] at 12, [4:2] at 6..4, [7:6] at 3..2; ldsp: [5] 12, [4:3] 6..5, [8:6] 4..2 */
			uint32_t imm = c_bits(off, 5, 1, 12) |
			               (dword ? c_bits(off, 3, 2, 5) | c_bits(off, 6, 3, 2)
			                      : c_bits(off, 2, 3, 4) | c_bits(off, 6, 2, 2));
			static const unsigned f3[] = { 2, 3, 1 };
			w = f3[k] << 13 | imm | rd << 7 | 2;
		} else {
			unsigned rs = k == 5 ? fr() : xs();
			uint32_t imm = dword ? c_bits(off, 3, 3, 10) | c_bits(off, 6, 3, 7)
			                     : c_bits(off, 2, 4, 9) | c_bits(off, 6, 2, 7);
			static const unsigned f3[] = { 6, 7, 5 };
			w = f3[k - 3] << 13 | imm | rs << 2 | 2;
		}
		static const char *names[] = { "c.lwsp", "c.ldsp", "c.fldsp", "c.swsp", "c.sdsp", "c.fsdsp" };
		put(w, 2, names[k]);
		break;
	}
	default: put(0x0001u, 2, "c.addi"); break; /* c.nop */
	}
}

/* Operand list of a plain (no memory, no control) instruction, by format. */
static bool plain_op(int id)
{
	const struct isa_op_info *op = &isa_ops[id];
	if (op->flags & (ISA_F_END | ISA_F_LOAD | ISA_F_STORE)) return id == ISA_OP_FENCE_I;
	return op->fmt != ISA_FMT_CSR && op->fmt != ISA_FMT_CSRI && op->fmt != ISA_FMT_NONE;
}
static int plain_ids[ISA_OP_COUNT], nplain;
static int fp_ids[ISA_OP_COUNT], nfp;

static int32_t imm12(void)
{
	unsigned k = below(10);
	if (k < 3) return (int32_t)between(-16, 16);
	if (k < 4) return chance(50) ? 2047 : -2048;
	return (int32_t)between(-2048, 2047);
}

static bool qemu_bugs; /* ISAGEN_QEMU_BUGS set: do not steer around qemu's known bugs */

static void gen_op(int id)
{
	const struct isa_op_info *op = &isa_ops[id];
	uint32_t m = op->match;
	uint32_t w;
	if (id == ISA_OP_CTZW && !qemu_bugs) {
		/* qemu-riscv64 7.2 counts on in the upper word when the lower one is 0 (ctzw of
		 * 1 << 51 gives 51; the Zbb spec: 32). Its operand is sign-extended from its low word
		 * here, so a zero low word means a zero register, which qemu counts right. */
		unsigned t = xd_nonzero();
		PUT(ADDIW, enc_i(OPM(ADDIW), t, xs(), 0));
		PUT(CTZW, enc_r(m, xd(), t, 0));
		return;
	}
	switch (op->fmt) {
	case ISA_FMT_R: w = enc_r(m, xd(), xs(), xs()); break;
	case ISA_FMT_R1: w = enc_r(m, xd(), xs(), 0); break; /* funct12 is in the match */
	case ISA_FMT_I: w = enc_i(m, xd(), xs(), imm12()); break;
	case ISA_FMT_SHIFT: w = enc_r(m, xd(), xs(), 0) | below(64) << 20; break;
	case ISA_FMT_SHIFTW: w = enc_r(m, xd(), xs(), below(32)); break;
	case ISA_FMT_U: w = m | xd() << 7 | (uint32_t)(chance(20) ? (rnd() & 1 ? 0x80000u : 0x7ffffu) : rnd() & 0xfffffu) << 12; break;
	case ISA_FMT_FENCE: w = m | below(16) << 24 | below(16) << 20; break;
	case ISA_FMT_NONE: w = m; break; /* fence.i */
	case ISA_FMT_F_R4: w = enc_rm(m, fr(), fr(), fr(), rm()) | fr() << 27; break;
	case ISA_FMT_F_FFF_RM: w = enc_rm(m, fr(), fr(), fr(), rm()); break;
	case ISA_FMT_F_FFF: w = enc_r(m, fr(), fr(), fr()); break;
	case ISA_FMT_F_FF_RM: w = enc_rm(m, fr(), fr(), 0, rm()); break;
	case ISA_FMT_X_FF: w = enc_r(m, xd(), fr(), fr()); break;
	case ISA_FMT_X_F: w = enc_r(m, xd(), fr(), 0); break;
	case ISA_FMT_X_F_RM: w = enc_rm(m, xd(), fr(), 0, rm()); break;
	case ISA_FMT_F_X_RM: w = enc_rm(m, fr(), xs(), 0, rm()); break;
	case ISA_FMT_F_X: w = enc_r(m, fr(), xs(), 0); break;
	default: fprintf(stderr, "isagen: no operands for %s\n", op->name); exit(2);
	}
	put(w, 4, op->name);
}

static void gen_plain(void) { gen_op(plain_ids[below(nplain)]); }

/* A constant into an integer register: lui+addiw or addi, sometimes via fmv into an f register. */
static void gen_constant(void)
{
	uint64_t v = chance(50) ? (uint64_t)(int64_t)(int32_t)fp_bits() : (uint64_t)(int64_t)(int32_t)int_value();
	unsigned rd = xd_nonzero();
	int32_t lo = (int32_t)(v << 20) >> 20;
	uint32_t hi = (uint32_t)((v - (uint64_t)(int64_t)lo) >> 12) & 0xfffffu;
	PUT(LUI, OPM(LUI) | rd << 7 | hi << 12);
	PUT(ADDIW, enc_i(OPM(ADDIW), rd, rd, lo));
	if (chance(50)) {
		bool d = chance(30);
		put(enc_r(d ? OPM(FMV_D_X) : OPM(FMV_W_X), fr(), rd, 0), 4, d ? "fmv.d.x" : "fmv.w.x");
	}
}

/* Weights of the kinds of group, drawn per segment so that some segments are dense in branches,
 * some in FP, some in compressed forms. */
enum { G_PLAIN, G_FP, G_MEM, G_AMO, G_LRSC, G_CSR, G_BRANCH, G_RVC, G_CONST, G_LOOP, G_KINDS };
static unsigned weight[G_KINDS];

static void gen_group(void);

/* A counted loop: `addi c, x0, n` (this group), random groups that never write c, then
 * `addi c, c, -1; bne c, x0, first` (or c.bnez) as the loop's last group. Forward branches inside
 * stay inside; frm is not written inside (cur_frm would not be known on the next round). */
static void gen_loop(void)
{
	unsigned c;
	do c = xd_nonzero(); while (c == X_RA); /* c.jalr writes ra */
	PUT(ADDI, enc_i(OPM(ADDI), c, 0, (int32_t)between(1, 5)));
	int first = cur_group + 1, last = first + 2 + (int)below(10);
	if (last >= seg_end) return;
	loop_reg = c;
	int saved_cap = target_cap;
	target_cap = last;
	if (skip_until < last) skip_until = last;
	for (cur_group = first; cur_group < last; cur_group++) gen_group();
	PUT(ADDI, enc_i(OPM(ADDI), c, c, -1));
	if (c >= 9 && c <= 15 && chance(50)) put_fix(0xe001u | (c - 8) << 7, 2, "c.bnez", FIX_CB, first);
	else put_fix(enc_b(OPM(BNE), c, 0, 0), 4, "bne", FIX_B, first);
	target_cap = saved_cap;
	loop_reg = 0;
}

static void gen_group(void)
{
	unsigned total = 0;
	for (unsigned k = 0; k < G_KINDS; k++) total += weight[k];
	unsigned pick = below(total), k = 0;
	while (pick >= weight[k]) pick -= weight[k++];
	switch (k) {
	case G_PLAIN: gen_plain(); break;
	case G_FP: gen_op(fp_ids[below(nfp)]); break;
	case G_MEM: gen_load_store(); break;
	case G_AMO: gen_amo(); break;
	case G_LRSC: gen_lr_sc(); break;
	case G_CSR: gen_csr(); break;
	case G_BRANCH: gen_branch(); break;
	case G_RVC: gen_compressed(); break;
	case G_CONST: gen_constant(); break;
	default: /* no nesting; and no pending branch may land inside the loop, past its counter */
		if (loop_reg || cur_group < skip_until) gen_plain();
		else gen_loop();
		break;
	}
}

static void pick_weights(void)
{
	static const unsigned base[G_KINDS] = { 30, 25, 8, 3, 2, 4, 8, 13, 7, 2 };
	for (unsigned k = 0; k < G_KINDS; k++) weight[k] = chance(25) ? base[k] * below(4) : base[k];
	weight[G_PLAIN] += 1; /* never all zero */
}

/* ---- whole program ---------------------------------------------------------------------- */
static uint8_t data[(SEGMENTS - 1) * 0x1000 + DATA_SIZE];

static void put64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }

/* One segment: initial values in its data page, prologue, random body, dump. */
static void make_segment(unsigned seg)
{
	cur_seg = seg;
	data_page = DATA0 + seg * 0x1000u;
	uint8_t *page = data + seg * 0x1000u;

	/* initial values */
	for (unsigned r = 1; r < 32; r++) put64(page + D_INIT_X + 8 * r, int_value());
	put64(page + D_INIT_X + 8 * X_SP, SP_VALUE);
	put64(page + D_INIT_X + 8 * X_S0, S0_VALUE);
	for (unsigned r = 0; r < 32; r++) put64(page + D_INIT_F + 8 * r, fp_bits());
	cur_frm = (int)below(5);
	put64(page + D_INIT_FCSR, (uint64_t)cur_frm << 5 | below(32));
	for (unsigned o = 0; o < SCRATCH_SIZE; o += 8) put64(page + D_SCRATCH + o, chance(50) ? fp_bits() : rnd());

	/* prologue: x31 = the data page; f regs; fcsr; x1..x30; x31 */
	cur_part = PROLOGUE;
	cur_group = -1;
	PUT(LUI, OPM(LUI) | 31u << 7 | DATA);
	for (unsigned r = 0; r < 32; r++) PUT(FLD, enc_i(OPM(FLD), r, 31, (int32_t)(D_INIT_F + 8 * r)));
	PUT(LD, enc_i(OPM(LD), 1, 31, D_INIT_FCSR));
	PUT(CSRRW, enc_i(OPM(CSRRW), 0, 1, 3));
	for (unsigned r = 1; r < 32; r++) PUT(LD, enc_i(OPM(LD), r, 31, (int32_t)(D_INIT_X + 8 * r)));

	/* body: groups first_group..seg_end-1 */
	cur_part = BODY;
	int first_group = seg_end + 1;
	seg_end = first_group + 40 + (int)below(260);
	skip_until = 0;
	target_cap = seg_end;
	pick_weights();
	for (cur_group = first_group; cur_group < seg_end; cur_group++) gen_group();

	/* epilogue: the dump sits at sp + 0x200 */
	cur_part = EPILOGUE;
	cur_group = seg_end;
	int32_t dump = (int32_t)(DATA + D_DUMP - SP_VALUE);
	for (unsigned r = 1; r < 32; r++) PUT(SD, enc_s(OPM(SD), X_SP, r, dump + 8 * (int32_t)r));
	for (unsigned r = 0; r < 32; r++) PUT(FSD, enc_s(OPM(FSD), X_SP, r, dump + 0x100 + 8 * (int32_t)r));
	PUT(CSRRS, enc_i(OPM(CSRRS), 5, 0, 3));
	PUT(SD, enc_s(OPM(SD), X_SP, 5, dump + 0x200));
	PUT(ADDI, enc_i(OPM(ADDI), 10, 0, 1));
	PUT(ADDI, enc_i(OPM(ADDI), 11, X_SP, (int32_t)(SCRATCH_LO - SP_VALUE)));
	PUT(ADDI, enc_i(OPM(ADDI), 12, 0, (int32_t)DUMP_SIZE));
	PUT(ADDI, enc_i(OPM(ADDI), 17, 0, 64)); /* write */
	PUT(ECALL, OPM(ECALL));
}

/* `isagen cut`: only segment cut_seg is kept, and of its body only the groups in keep[] (a loop's
 * counter set-up stays with its closing branch, or the loop might not end). */
#define MAX_GROUPS (SEGMENTS * 1024)
static int cut_seg = -1;
static bool keep[MAX_GROUPS];

static void cut(void)
{
	for (int i = 0; i < nins; i++) /* closing branch of a loop: target is its first group */
		if (prog[i].seg == cut_seg && prog[i].part == BODY && prog[i].target <= prog[i].group &&
		    prog[i].fix != FIX_NONE && keep[prog[i].group] && prog[i].target > 0)
			keep[prog[i].target - 1] = true;
	int n = 0;
	for (int i = 0; i < nins; i++) {
		const struct ins *in = &prog[i];
		bool stays = in->part == EXIT ||
		             (in->seg == cut_seg && (in->part != BODY || keep[in->group]));
		if (stays) prog[n++] = *in;
	}
	nins = n;
}

static void make_program(uint64_t seed, uint64_t index)
{
	rng_state = seed * 0x100000001b3u ^ (index + 1) * 0x9e3779b97f4a7c15u;
	rnd();
	nins = 0;
	memset(data, 0, sizeof data);
	seg_end = -1;
	for (unsigned seg = 0; seg < SEGMENTS; seg++) make_segment(seg);
	cur_part = EXIT;
	PUT(ADDI, enc_i(OPM(ADDI), 10, 0, 0));
	PUT(ADDI, enc_i(OPM(ADDI), 17, 0, 93)); /* exit */
	PUT(ECALL, OPM(ECALL));
	if (cut_seg >= 0) cut();

	/* layout, then branch offsets; a branch to a group cut away goes to the next one left */
	static uint64_t pc[MAX_INS], group_pc[MAX_GROUPS + 1];
	static bool present[MAX_GROUPS + 1];
	memset(present, 0, sizeof present);
	uint64_t at = TEXT_VADDR + CODE_OFFSET;
	for (int i = 0; i < nins; i++) {
		pc[i] = at;
		int g = prog[i].group;
		if (g >= 0 && !present[g]) { present[g] = true; group_pc[g] = at; }
		at += prog[i].len;
	}
	for (int g = MAX_GROUPS - 1; g >= 0; g--)
		if (!present[g]) group_pc[g] = group_pc[g + 1];
	for (int i = 0; i < nins; i++) {
		struct ins *in = &prog[i];
		if (in->fix == FIX_NONE) continue;
		int64_t off = (int64_t)group_pc[in->target] - (int64_t)pc[i];
		switch (in->fix) {
		case FIX_B: in->word = enc_b(in->word, 0, 0, (int32_t)off); break;
		case FIX_J: in->word = enc_j(in->word, 0, (int32_t)off); break;
		case FIX_I_REL: in->word = enc_i(in->word, 0, 0, (int32_t)(off + in->back + in->low)); break;
		case FIX_CJ: {
			uint32_t u = (uint32_t)off;
			in->word |= c_bits(u, 11, 1, 12) | c_bits(u, 4, 1, 11) | c_bits(u, 8, 2, 9) |
			            c_bits(u, 10, 1, 8) | c_bits(u, 6, 1, 7) | c_bits(u, 7, 1, 6) |
			            c_bits(u, 1, 3, 3) | c_bits(u, 5, 1, 2);
			break;
		}
		case FIX_CB: {
			uint32_t u = (uint32_t)off;
			in->word |= c_bits(u, 8, 1, 12) | c_bits(u, 3, 2, 10) | c_bits(u, 6, 2, 5) |
			            c_bits(u, 1, 2, 3) | c_bits(u, 5, 1, 2);
			break;
		}
		}
		int64_t range = in->fix == FIX_CB ? 256 : in->fix == FIX_CJ || in->fix == FIX_I_REL ? 2000 : 4096;
		bool loop = in->target <= in->group; /* a loop's branch back */
		if (off >= range || off < (loop ? -range : 0)) {
			fprintf(stderr, "isagen: branch at group %d out of range (%" PRId64 ")\n", in->group, off);
			exit(2);
		}
	}
	for (int i = 0; i < nins; i++) prog[i].pc = pc[i];
}

/* ---- ELF output ---------------------------------------------------------------------------- */
struct buf { uint8_t *p; size_t n, cap; };
static void emit(struct buf *b, const void *src, size_t n)
{
	if (b->n + n > b->cap) {
		b->cap = (b->n + n) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p) { fprintf(stderr, "isagen: out of memory\n"); exit(2); }
	}
	memcpy(b->p + b->n, src, n);
	b->n += n;
}
static void emit_u(struct buf *b, uint64_t v, size_t n) { emit(b, &v, n); } /* little-endian host */
static void pad_to(struct buf *b, size_t n) { while (b->n < n) emit_u(b, 0, 1); }

static void write_elf(const char *path)
{
	struct buf b = { 0 };
	size_t code_end = CODE_OFFSET;
	for (int i = 0; i < nins; i++) code_end += prog[i].len;
	size_t data_off = (code_end + 0xfff) & ~(size_t)0xfff;
	static const char shstr[] = "\0.text\0.data\0.shstrtab\0.riscv.attributes";
	/* .riscv.attributes: format 'A'; a "riscv" subsection (length from its own start); a file
	 * tag (1) with its length; Tag_RISCV_arch (5) naming the extensions, so objdump knows them */
	static const char arch[] = "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0_zba1p0_zbb1p0_zbs1p0";
	uint8_t attr[160];
	size_t na = 0;
	uint32_t sub_len = 4 + 6 + 1 + 4 + 1 + sizeof arch, file_len = 1 + 4 + 1 + sizeof arch;
	attr[na++] = 'A';
	memcpy(attr + na, &sub_len, 4); na += 4;
	memcpy(attr + na, "riscv", 6); na += 6;
	attr[na++] = 1;
	memcpy(attr + na, &file_len, 4); na += 4;
	attr[na++] = 5;
	memcpy(attr + na, arch, sizeof arch); na += sizeof arch;
	size_t shstr_off = data_off + sizeof data;
	size_t attr_off = shstr_off + sizeof shstr;
	size_t sh_off = (attr_off + na + 7) & ~(size_t)7;

	/* ELF header */
	emit(&b, "\177ELF\2\1\1\0\0\0\0\0\0\0\0\0", 16);
	emit_u(&b, 2, 2);          /* ET_EXEC */
	emit_u(&b, 243, 2);        /* EM_RISCV */
	emit_u(&b, 1, 4);
	emit_u(&b, TEXT_VADDR + CODE_OFFSET, 8);
	emit_u(&b, 64, 8);         /* phoff */
	emit_u(&b, sh_off, 8);
	emit_u(&b, 0x5, 4);        /* EF_RISCV_RVC | float ABI double */
	emit_u(&b, 64, 2); emit_u(&b, 56, 2); emit_u(&b, 2, 2);
	emit_u(&b, 64, 2); emit_u(&b, 5, 2); emit_u(&b, 3, 2);
	/* PT_LOAD text R+X, PT_LOAD data R+W */
	emit_u(&b, 1, 4); emit_u(&b, 5, 4); emit_u(&b, 0, 8); emit_u(&b, TEXT_VADDR, 8);
	emit_u(&b, TEXT_VADDR, 8); emit_u(&b, code_end, 8); emit_u(&b, code_end, 8); emit_u(&b, 0x1000, 8);
	emit_u(&b, 1, 4); emit_u(&b, 6, 4); emit_u(&b, data_off, 8); emit_u(&b, DATA0, 8);
	emit_u(&b, DATA0, 8); emit_u(&b, sizeof data, 8); emit_u(&b, SEGMENTS * 0x1000, 8); emit_u(&b, 0x1000, 8);
	pad_to(&b, CODE_OFFSET);
	for (int i = 0; i < nins; i++) emit_u(&b, prog[i].word, prog[i].len);
	pad_to(&b, data_off);
	emit(&b, data, sizeof data);
	emit(&b, shstr, sizeof shstr);
	emit(&b, attr, na);
	pad_to(&b, sh_off);
	/* section headers: null, .text, .data, .shstrtab (so objdump -d can list the code) */
	struct { uint32_t name, type; uint64_t flags, addr, off, size; } sec[5] = {
		{ 0, 0, 0, 0, 0, 0 },
		{ 1, 1, 6, TEXT_VADDR + CODE_OFFSET, CODE_OFFSET, code_end - CODE_OFFSET },
		{ 7, 1, 3, DATA0, data_off, sizeof data },
		{ 13, 3, 0, 0, shstr_off, sizeof shstr },
		{ 23, 0x70000003, 0, 0, attr_off, na }, /* SHT_RISCV_ATTRIBUTES */
	};
	for (int i = 0; i < 5; i++) {
		emit_u(&b, sec[i].name, 4); emit_u(&b, sec[i].type, 4); emit_u(&b, sec[i].flags, 8);
		emit_u(&b, sec[i].addr, 8); emit_u(&b, sec[i].off, 8); emit_u(&b, sec[i].size, 8);
		emit_u(&b, 0, 4); emit_u(&b, 0, 4); emit_u(&b, i == 1 ? 2 : 1, 8); emit_u(&b, 0, 8);
	}
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(b.p, 1, b.n, f) != b.n || fclose(f)) {
		fprintf(stderr, "isagen: cannot write %s: %s\n", path, strerror(errno));
		exit(2);
	}
	chmod(path, 0755);
	free(b.p);
}

/* ---- diff ------------------------------------------------------------------------------------ */
static size_t read_all(const char *path, uint8_t *p, size_t cap)
{
	FILE *f = fopen(path, "rb");
	if (!f) { fprintf(stderr, "isagen: cannot read %s: %s\n", path, strerror(errno)); exit(2); }
	size_t n = fread(p, 1, cap, f);
	fclose(f);
	return n;
}

/* Prints what differs in one segment's dump; returns whether anything does. */
static int diff_segment(unsigned seg, const uint8_t *want, const uint8_t *got)
{
	if (!memcmp(want, got, DUMP_SIZE)) return 0;
	const uint8_t *rw = want + SCRATCH_SIZE, *rg = got + SCRATCH_SIZE;
	for (unsigned i = 0; i < 65; i++) {
		uint64_t a, b;
		memcpy(&a, rw + 8 * i, 8);
		memcpy(&b, rg + 8 * i, 8);
		if (a == b) continue;
		const char *name = i < 32 ? isa_xreg_name(i) : i < 64 ? isa_freg_name(i - 32) : "fcsr";
		char idx[8] = "";
		if (i < 64) snprintf(idx, sizeof idx, "%c%u", i < 32 ? 'x' : 'f', i % 32);
		printf("  segment %u: %-5s %-4s want 0x%016" PRIx64 "  got 0x%016" PRIx64 "\n", seg, name, idx, a, b);
	}
	unsigned shown = 0;
	for (unsigned o = 0; o < SCRATCH_SIZE; o += 8) {
		if (!memcmp(want + o, got + o, 8)) continue;
		if (shown++ < 8) {
			uint64_t a, b;
			memcpy(&a, want + o, 8);
			memcpy(&b, got + o, 8);
			printf("  segment %u: mem 0x%" PRIx64 " want 0x%016" PRIx64 "  got 0x%016" PRIx64 "\n", seg,
			       (uint64_t)DATA0 + seg * 0x1000u + D_SCRATCH + o, a, b);
		}
	}
	if (shown > 8) printf("  segment %u: ... %u scratch words differ\n", seg, shown);
	return 1;
}

/* Compares two outputs segment by segment; returns 1 if they differ. */
static int diff(const char *want_path, const char *got_path)
{
	enum { FULL = SEGMENTS * DUMP_SIZE };
	static uint8_t want[FULL + 1], got[FULL + 1];
	size_t nw = read_all(want_path, want, sizeof want), ng = read_all(got_path, got, sizeof got);
	if (nw != FULL || ng != FULL)
		printf("  output size: want %zu bytes, got %zu (a full run writes %u)\n", nw, ng, FULL);
	int differ = nw != ng;
	for (unsigned seg = 0; seg < SEGMENTS; seg++) {
		if ((seg + 1) * DUMP_SIZE > nw || (seg + 1) * DUMP_SIZE > ng) break;
		differ |= diff_segment(seg, want + seg * DUMP_SIZE, got + seg * DUMP_SIZE);
	}
	return differ;
}

/* ---- main ------------------------------------------------------------------------------------ */
static uint64_t number(const char *s)
{
	char *end;
	errno = 0;
	uint64_t v = strtoull(s, &end, 0);
	if (errno || !*s || *end) { fprintf(stderr, "isagen: not a number: %s\n", s); exit(2); }
	return v;
}

/* One line per instruction of the program just made: pc hex mnemonic part segment group. */
static void print_list(void)
{
	for (int i = 0; i < nins; i++)
		printf("%" PRIx64 "\t%0*x\t%s\t%s\t%u\t%d\n", prog[i].pc, prog[i].len * 2, prog[i].word,
		       prog[i].name, part_names[prog[i].part], prog[i].seg, prog[i].group);
}

static void usage(void)
{
	fprintf(stderr, "usage: isagen gen SEED FIRST COUNT DIR | list SEED INDEX | diff WANT GOT | dumpsize\n"
	                "       isagen cut SEED INDEX SEGMENT GROUPS-FILE OUT | init SEED INDEX SEGMENT\n");
	exit(2);
}

int main(int argc, char **argv)
{
	qemu_bugs = getenv("ISAGEN_QEMU_BUGS") != NULL;
	for (int id = 1; id < ISA_OP_BLOCK_END; id++) {
		if (!plain_op(id)) continue;
		if (isa_ops[id].flags & ISA_F_FP) fp_ids[nfp++] = id;
		else plain_ids[nplain++] = id;
	}
	if (argc == 6 && !strcmp(argv[1], "gen")) {
		uint64_t seed = number(argv[2]), first = number(argv[3]), count = number(argv[4]);
		char path[4096];
		uint64_t body = 0;
		for (uint64_t i = first; i < first + count; i++) {
			make_program(seed, i);
			snprintf(path, sizeof path, "%s/p%05" PRIu64, argv[5], i);
			write_elf(path);
			for (int k = 0; k < nins; k++) body += prog[k].part == BODY;
		}
		printf("%" PRIu64 " programs, %" PRIu64 " random instructions\n", count, body);
		return 0;
	}
	if (argc == 4 && !strcmp(argv[1], "list")) {
		make_program(number(argv[2]), number(argv[3]));
		print_list();
		return 0;
	}
	if (argc == 4 && !strcmp(argv[1], "diff")) return diff(argv[2], argv[3]);
	if (argc == 7 && !strcmp(argv[1], "cut")) {
		cut_seg = (int)number(argv[4]);
		if (cut_seg >= SEGMENTS) usage();
		FILE *f = fopen(argv[5], "r");
		if (!f) { fprintf(stderr, "isagen: cannot read %s: %s\n", argv[5], strerror(errno)); return 2; }
		long g;
		while (fscanf(f, "%ld", &g) == 1) if (g >= 0 && g < MAX_GROUPS) keep[g] = true;
		fclose(f);
		make_program(number(argv[2]), number(argv[3]));
		write_elf(argv[6]);
		print_list();
		return 0;
	}
	if (argc == 5 && !strcmp(argv[1], "init")) {
		make_program(number(argv[2]), number(argv[3]));
		unsigned seg = (unsigned)number(argv[4]);
		if (seg >= SEGMENTS) usage();
		const uint8_t *page = data + seg * 0x1000u;
		for (unsigned i = 1; i < 65; i++) {
			uint64_t v;
			memcpy(&v, page + (i < 32 ? D_INIT_X + 8 * i : i < 64 ? D_INIT_F + 8 * (i - 32) : D_INIT_FCSR), 8);
			printf("%s\t0x%016" PRIx64 "\n", i < 32 ? isa_xreg_name(i) : isa_freg_name(i - 32), v);
		}
		uint64_t v;
		memcpy(&v, page + D_INIT_FCSR, 8);
		printf("fcsr\t0x%02" PRIx64 "\n", v);
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "dumpsize")) { printf("%u\n", SEGMENTS * DUMP_SIZE); return 0; }
	usage();
}
