/* libFuzzer target: instruction words through the decoder (isa/decode.c, isa/compressed.c) and the
 * disassembler (isa/disasm.c).
 *
 * The input is a stream of little-endian bytes; at every 2-byte step the next four bytes (zero
 * padded) are decoded as an instruction, so each input tries 32-bit words and 16-bit parcels
 * alike. For every decoded instruction it checks, and aborts on the first broken invariant:
 *   - the length is 2 or 4 and agrees with the low two bits; pc, bits and handler are as given;
 *   - the op is the one a plain linear scan of isa_ops[] picks (most specific matching mask), or
 *     the illegal op when nothing matches, when the word is 48 bits or longer, or when a static
 *     rounding mode is reserved (5, 6); two matching rows with incomparable masks are a table bug;
 *   - register fields are below 32, fields the format does not use are zero, rm is in range;
 *   - re-encoding the decoded fields gives back the bits the format covers, and decoding the
 *     re-encoded word gives the same instruction (so immediates are in range and exact);
 *   - a 16-bit parcel expands to what an independent RV64C expander (ref_expand, written from the
 *     RVC chapter's tables in a different style) says, and decodes as its expansion does;
 *   - the disassembly is a printable, one-line, bounded string that starts with the mnemonic;
 *     into smaller buffers (allocated to the exact size, so AddressSanitizer sees any overflow)
 *     it is the NUL-terminated prefix of the full text.
 * At start-up every one of the 65536 parcels goes through the same checks.
 *
 *   make fuzz                                          # builds $BUILD/fuzz/decode_fuzz and runs it
 *   build/fuzz/decode_fuzz tests/fuzz/corpus/decode    # by hand: fuzz over the corpus
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "isa/insn.h"

#define TEXT_MAX 96          /* no disassembly may be longer than this */
#define FUZZ_PC 0x10000ull   /* where each instruction pretends to be */

__attribute__((noreturn, format(printf, 2, 3))) static void broken(uint32_t bits, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "decode_fuzz: bits 0x%08x: ", bits);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* --- the independent RV64C expander ------------------------------------------------------ */

static uint32_t bit(uint32_t v, unsigned i) { return (v >> i) & 1; }
static uint32_t bits(uint32_t v, unsigned hi, unsigned lo) { return (v >> lo) & ((1u << (hi - lo + 1)) - 1); }
static int32_t sx(uint32_t v, unsigned width) { return (int32_t)(v << (32 - width)) >> (32 - width); }

/* 32-bit encoders, by format */
static uint32_t enc_r(uint32_t opc, unsigned f3, unsigned f7, unsigned rd, unsigned rs1, unsigned rs2)
{
	return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}
static uint32_t enc_i(uint32_t opc, unsigned f3, unsigned rd, unsigned rs1, int32_t imm)
{
	return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}
static uint32_t enc_s(uint32_t opc, unsigned f3, unsigned rs1, unsigned rs2, int32_t imm)
{
	uint32_t u = (uint32_t)imm;
	return bits(u, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | bits(u, 4, 0) << 7 | opc;
}
static uint32_t enc_b(unsigned f3, unsigned rs1, unsigned rs2, int32_t imm)
{
	uint32_t u = (uint32_t)imm;
	return bit(u, 12) << 31 | bits(u, 10, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | bits(u, 4, 1) << 8 |
	       bit(u, 11) << 7 | ISA_OPC_BRANCH;
}
static uint32_t enc_j(unsigned rd, int32_t imm)
{
	uint32_t u = (uint32_t)imm;
	return bit(u, 20) << 31 | bits(u, 10, 1) << 21 | bit(u, 11) << 20 | bits(u, 19, 12) << 12 | rd << 7 | ISA_OPC_JAL;
}

/* The RV64C parcel c as the 32-bit instruction it stands for; 0 when reserved or not RV64C. */
static uint32_t ref_expand(uint32_t c)
{
	unsigned f3 = bits(c, 15, 13);
	unsigned rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);        /* full register fields */
	unsigned rdp = 8 + bits(c, 4, 2), rs1p = 8 + bits(c, 9, 7); /* x8..x15 fields */
	int32_t imm6 = sx(bit(c, 12) << 5 | bits(c, 6, 2), 6);
	unsigned sh6 = bit(c, 12) << 5 | bits(c, 6, 2);
	unsigned ld_off = bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6;              /* c.ld, c.sd, c.fld, c.fsd */
	unsigned lw_off = bits(c, 12, 10) << 3 | bit(c, 6) << 2 | bit(c, 5) << 6; /* c.lw, c.sw */
	switch (bits(c, 1, 0) << 3 | f3) {
	/* quadrant 0 */
	case 0 << 3 | 0: {
		unsigned nz = bits(c, 12, 11) << 4 | bits(c, 10, 7) << 6 | bit(c, 6) << 2 | bit(c, 5) << 3;
		return nz ? enc_i(ISA_OPC_OP_IMM, 0, rdp, 2, (int32_t)nz) : 0;
	}
	case 0 << 3 | 1: return enc_i(ISA_OPC_LOAD_FP, 3, rdp, rs1p, (int32_t)ld_off);
	case 0 << 3 | 2: return enc_i(ISA_OPC_LOAD, 2, rdp, rs1p, (int32_t)lw_off);
	case 0 << 3 | 3: return enc_i(ISA_OPC_LOAD, 3, rdp, rs1p, (int32_t)ld_off);
	case 0 << 3 | 5: return enc_s(ISA_OPC_STORE_FP, 3, rs1p, rdp, (int32_t)ld_off);
	case 0 << 3 | 6: return enc_s(ISA_OPC_STORE, 2, rs1p, rdp, (int32_t)lw_off);
	case 0 << 3 | 7: return enc_s(ISA_OPC_STORE, 3, rs1p, rdp, (int32_t)ld_off);
	/* quadrant 1 */
	case 1 << 3 | 0: return enc_i(ISA_OPC_OP_IMM, 0, rd, rd, imm6);
	case 1 << 3 | 1: return rd ? enc_i(ISA_OPC_OP_IMM_32, 0, rd, rd, imm6) : 0;
	case 1 << 3 | 2: return enc_i(ISA_OPC_OP_IMM, 0, rd, 0, imm6);
	case 1 << 3 | 3:
		if (rd == 2) {
			int32_t nz = sx(bit(c, 12) << 9 | bit(c, 6) << 4 | bit(c, 5) << 6 | bits(c, 4, 3) << 7 | bit(c, 2) << 5, 10);
			return nz ? enc_i(ISA_OPC_OP_IMM, 0, 2, 2, nz) : 0;
		} else {
			int32_t nz = sx(bit(c, 12) << 17 | bits(c, 6, 2) << 12, 18);
			return nz ? ((uint32_t)nz & 0xfffff000u) | rd << 7 | ISA_OPC_LUI : 0;
		}
	case 1 << 3 | 4: {
		unsigned r = rs1p;
		switch (bits(c, 11, 10)) {
		case 0: return enc_i(ISA_OPC_OP_IMM, 5, r, r, (int32_t)sh6);
		case 1: return enc_i(ISA_OPC_OP_IMM, 5, r, r, (int32_t)(sh6 | 0x400));
		case 2: return enc_i(ISA_OPC_OP_IMM, 7, r, r, imm6);
		}
		static const struct { uint8_t opc, f3, f7; } arith[8] = {
			{ ISA_OPC_OP, 0, 0x20 }, { ISA_OPC_OP, 4, 0 }, { ISA_OPC_OP, 6, 0 }, { ISA_OPC_OP, 7, 0 },
			{ ISA_OPC_OP_32, 0, 0x20 }, { ISA_OPC_OP_32, 0, 0 }, { 0, 0, 0 }, { 0, 0, 0 },
		};
		unsigned k = bit(c, 12) << 2 | bits(c, 6, 5);
		return arith[k].opc ? enc_r(arith[k].opc, arith[k].f3, arith[k].f7, r, r, rdp) : 0;
	}
	case 1 << 3 | 5: {
		uint32_t off = bit(c, 12) << 11 | bit(c, 11) << 4 | bits(c, 10, 9) << 8 | bit(c, 8) << 10 |
			       bit(c, 7) << 6 | bit(c, 6) << 7 | bits(c, 5, 3) << 1 | bit(c, 2) << 5;
		return enc_j(0, sx(off, 12));
	}
	case 1 << 3 | 6:
	case 1 << 3 | 7: {
		uint32_t off = bit(c, 12) << 8 | bits(c, 11, 10) << 3 | bits(c, 6, 5) << 6 | bits(c, 4, 3) << 1 | bit(c, 2) << 5;
		return enc_b(f3 & 1, rs1p, 0, sx(off, 9));
	}
	/* quadrant 2 */
	case 2 << 3 | 0: return enc_i(ISA_OPC_OP_IMM, 1, rd, rd, (int32_t)sh6);
	case 2 << 3 | 1:
	case 2 << 3 | 3: {
		unsigned off = bit(c, 12) << 5 | bits(c, 6, 5) << 3 | bits(c, 4, 2) << 6;
		if (f3 == 3 && !rd) return 0;
		return enc_i(f3 == 1 ? ISA_OPC_LOAD_FP : ISA_OPC_LOAD, 3, rd, 2, (int32_t)off);
	}
	case 2 << 3 | 2: {
		unsigned off = bit(c, 12) << 5 | bits(c, 6, 4) << 2 | bits(c, 3, 2) << 6;
		return rd ? enc_i(ISA_OPC_LOAD, 2, rd, 2, (int32_t)off) : 0;
	}
	case 2 << 3 | 4:
		if (!bit(c, 12)) {
			if (rs2) return enc_r(ISA_OPC_OP, 0, 0, rd, 0, rs2);   /* c.mv */
			return rd ? enc_i(ISA_OPC_JALR, 0, 0, rd, 0) : 0;  /* c.jr */
		}
		if (rs2) return enc_r(ISA_OPC_OP, 0, 0, rd, rd, rs2);      /* c.add */
		return rd ? enc_i(ISA_OPC_JALR, 0, 1, rd, 0) : 0x00100073u; /* c.jalr, c.ebreak */
	case 2 << 3 | 5:
	case 2 << 3 | 7: {
		unsigned off = bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6;
		return enc_s(f3 == 5 ? ISA_OPC_STORE_FP : ISA_OPC_STORE, 3, 2, rs2, (int32_t)off);
	}
	case 2 << 3 | 6: {
		unsigned off = bits(c, 12, 9) << 2 | bits(c, 8, 7) << 6;
		return enc_s(ISA_OPC_STORE, 2, 2, rs2, (int32_t)off);
	}
	}
	return 0; /* quadrant 0 funct3 4 (reserved), quadrant 3 (not compressed) */
}

/* --- the decoded form, checked ------------------------------------------------------------ */

enum { USES_RD = 1, USES_RS1 = 2, USES_RS2 = 4, USES_RS3 = 8 };

/* Which register fields fmt uses (as insn.h documents the formats). */
static unsigned regs_of(unsigned fmt)
{
	switch (fmt) {
	case ISA_FMT_NONE: case ISA_FMT_FENCE: return 0;
	case ISA_FMT_U: case ISA_FMT_J: return USES_RD;
	case ISA_FMT_STORE: case ISA_FMT_B: case ISA_FMT_FSTORE: return USES_RS1 | USES_RS2;
	case ISA_FMT_R: case ISA_FMT_AMO: case ISA_FMT_F_FFF_RM: case ISA_FMT_F_FFF: case ISA_FMT_X_FF:
		return USES_RD | USES_RS1 | USES_RS2;
	case ISA_FMT_F_R4: return USES_RD | USES_RS1 | USES_RS2 | USES_RS3;
	default: return USES_RD | USES_RS1;
	}
}

/* The 32-bit word for in's op and fields; *covered gets the bits the op's mask and its fields
 * account for (the rest of a word is ignored by the decoder). */
static uint32_t encode(const struct isa_insn *in, uint32_t *covered)
{
	const struct isa_op_info *info = &isa_ops[in->op];
	unsigned regs = regs_of(info->fmt);
	uint32_t w = info->match, cov = info->mask;
	uint32_t u = (uint32_t)in->imm;
	if (regs & USES_RD) w |= (uint32_t)in->rd << 7, cov |= 0x1fu << 7;
	if (regs & USES_RS1) w |= (uint32_t)in->rs1 << 15, cov |= 0x1fu << 15;
	if (regs & USES_RS2) w |= (uint32_t)in->rs2 << 20, cov |= 0x1fu << 20;
	if (regs & USES_RS3) w |= (uint32_t)in->rs3 << 27, cov |= 0x1fu << 27;
	if (info->flags & ISA_F_RM) w |= (uint32_t)in->rm << 12, cov |= 7u << 12;
	if (info->fmt == ISA_FMT_AMO || info->fmt == ISA_FMT_LR) w |= (uint32_t)in->rm << 25, cov |= 3u << 25;
	switch (info->fmt) {
	case ISA_FMT_I: case ISA_FMT_LOAD: case ISA_FMT_FLOAD:
	case ISA_FMT_FENCE: case ISA_FMT_CSR: case ISA_FMT_CSRI:
		w |= (u & 0xfff) << 20, cov |= 0xfffu << 20; break;
	case ISA_FMT_SHIFT: w |= (u & 0x3f) << 20, cov |= 0x3fu << 20; break;
	case ISA_FMT_SHIFTW: w |= (u & 0x1f) << 20, cov |= 0x1fu << 20; break;
	case ISA_FMT_STORE: case ISA_FMT_FSTORE:
		w |= bits(u, 11, 5) << 25 | bits(u, 4, 0) << 7, cov |= 0x7fu << 25 | 0x1fu << 7; break;
	case ISA_FMT_B: w |= enc_b(0, 0, 0, (int32_t)u) & ~0x7fu, cov |= 0xfe000f80u; break;
	case ISA_FMT_U: w |= u & 0xfffff000u, cov |= 0xfffff000u; break;
	case ISA_FMT_J: w |= enc_j(0, (int32_t)u) & ~0x7fu, cov |= 0xfffff000u; break;
	}
	*covered = cov;
	return w;
}

/* The op a linear scan picks for the 32-bit word w: the matching row whose mask holds every other
 * matching row's mask; ISA_OP_ILLEGAL when none matches. Aborts on an ambiguous table. */
static unsigned ref_op(uint32_t w)
{
	if ((w & 3) != 3 || (w & 0x1c) == 0x1c) return ISA_OP_ILLEGAL;
	unsigned best = ISA_OP_ILLEGAL;
	for (unsigned op = ISA_OP_ILLEGAL + 1; op < ISA_OP_BLOCK_END; op++) {
		const struct isa_op_info *r = &isa_ops[op];
		if ((w & r->mask) != r->match) continue;
		if (best == ISA_OP_ILLEGAL || (r->mask & isa_ops[best].mask) == isa_ops[best].mask) {
			if (best != ISA_OP_ILLEGAL && r->mask == isa_ops[best].mask)
				broken(w, "rows %s and %s have the same mask and both match", isa_ops[best].name, r->name);
			best = op;
		} else if ((r->mask & isa_ops[best].mask) != r->mask) {
			broken(w, "rows %s and %s both match and neither is more specific", isa_ops[best].name, r->name);
		}
	}
	if (best != ISA_OP_ILLEGAL && (isa_ops[best].flags & ISA_F_RM)) {
		unsigned rm = bits(w, 14, 12);
		if (rm == 5 || rm == 6) return ISA_OP_ILLEGAL;
	}
	return best;
}

static int same_insn(const struct isa_insn *a, const struct isa_insn *b)
{
	return a->op == b->op && a->rd == b->rd && a->rs1 == b->rs1 && a->rs2 == b->rs2 && a->rs3 == b->rs3 &&
	       a->rm == b->rm && a->imm == b->imm;
}

static void check_text(const struct isa_insn *in, uint32_t w)
{
	char full[TEXT_MAX + 32];
	int n = isa_disasm(in, full, sizeof full);
	if (n < 0 || (size_t)n != strlen(full)) broken(w, "disasm returned %d for \"%s\"", n, full);
	if (n == 0 || n > TEXT_MAX) broken(w, "disasm text of %d bytes: \"%s\"", n, full);
	for (int i = 0; i < n; i++)
		if (!isprint((unsigned char)full[i])) broken(w, "disasm byte %d is 0x%02x", i, (unsigned char)full[i]);
	if (full[0] == ' ' || full[n - 1] == ' ') broken(w, "disasm text has edge blanks: \"%s\"", full);
	const char *name = in->op == ISA_OP_ILLEGAL ? (in->len == 2 ? ".2byte" : ".4byte") : isa_ops[in->op].name;
	if (strncmp(full, name, strlen(name)) && !(in->op == ISA_OP_FENCE && !strcmp(full, "fence.tso")))
		broken(w, "disasm \"%s\" does not start with %s", full, name);
	/* exact-size buffers below the full length: a NUL-terminated prefix, nothing written past */
	size_t sizes[] = { 0, 1, 2, (size_t)n / 2, (size_t)n, (size_t)n + 1 };
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		size_t size = sizes[k];
		char *buf = malloc(size ? size : 1);
		if (!buf) abort();
		int m = isa_disasm(in, size ? buf : NULL, size);
		size_t want = size ? ((size_t)n < size ? (size_t)n : size - 1) : 0;
		if (m < 0 || (size_t)m != want) broken(w, "disasm into %zu bytes returned %d, want %zu", size, m, want);
		if (size && (buf[want] || memcmp(buf, full, want)))
			broken(w, "disasm into %zu bytes is not a prefix of \"%s\"", size, full);
		free(buf);
	}
}

/* Decodes bits at FUZZ_PC and checks every invariant; returns the length. */
static unsigned check(uint32_t bits32)
{
	struct isa_insn in;
	memset(&in, 0xa5, sizeof in); /* the decoder must fill every field */
	unsigned len = isa_decode(&in, FUZZ_PC, bits32);
	unsigned want_len = (bits32 & 3) == 3 ? 4 : 2;
	uint32_t w = want_len == 4 ? bits32 : bits32 & 0xffff;
	if (len != want_len || in.len != len) broken(bits32, "length %u (field %u), want %u", len, in.len, want_len);
	if (in.pc != FUZZ_PC || in.bits != w || in.handler) broken(bits32, "pc, bits or handler not as given");
	if (in.op >= ISA_OP_BLOCK_END) broken(bits32, "op %u out of range", in.op);

	uint32_t word = w;
	if (len == 2) {
		word = isa_expand_compressed((uint16_t)w);
		uint32_t ref = ref_expand(w);
		if (word != ref) broken(w, "parcel expands to 0x%08x, the reference expander says 0x%08x", word, ref);
		if (!word) {
			if (in.op != ISA_OP_ILLEGAL) broken(w, "reserved parcel decodes as %s", isa_ops[in.op].name);
		} else {
			struct isa_insn twin;
			isa_decode(&twin, FUZZ_PC, word);
			if (twin.op == ISA_OP_ILLEGAL) broken(w, "parcel expands to an illegal word 0x%08x", word);
			if (!same_insn(&in, &twin)) broken(w, "parcel decodes unlike its expansion 0x%08x", word);
		}
	} else {
		unsigned ref = ref_op(w);
		if (in.op != ref)
			broken(w, "decodes as %s, a linear scan says %s", isa_ops[in.op].name, isa_ops[ref].name);
	}

	const struct isa_op_info *info = &isa_ops[in.op];
	if (in.op == ISA_OP_ILLEGAL) {
		if (in.rd || in.rs1 || in.rs2 || in.rs3 || in.rm || in.imm) broken(bits32, "illegal op with fields set");
	} else {
		unsigned regs = regs_of(info->fmt);
		if (in.rd > 31 || in.rs1 > 31 || in.rs2 > 31 || in.rs3 > 31) broken(bits32, "register field out of range");
		if ((!(regs & USES_RD) && in.rd) || (!(regs & USES_RS1) && in.rs1) || (!(regs & USES_RS2) && in.rs2) ||
		    (!(regs & USES_RS3) && in.rs3))
			broken(bits32, "%s: a register field its format does not use is set", info->name);
		int amo = info->fmt == ISA_FMT_AMO || info->fmt == ISA_FMT_LR;
		if ((info->flags & ISA_F_RM) ? (in.rm > 7 || in.rm == 5 || in.rm == 6) : amo ? in.rm > 3 : in.rm != 0)
			broken(bits32, "%s: rm %u out of range", info->name, in.rm);
		uint32_t covered, re = encode(&in, &covered);
		if ((word & covered) != re)
			broken(bits32, "%s: re-encodes as 0x%08x, want 0x%08x (covered bits 0x%08x)", info->name, re,
			       word & covered, covered);
		struct isa_insn again;
		isa_decode(&again, FUZZ_PC, re);
		if (!same_insn(&in, &again)) broken(bits32, "%s: the re-encoded word 0x%08x decodes differently", info->name, re);
	}
	check_text(&in, bits32);
	return len;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	for (uint32_t c = 0; c <= 0xffff; c++) check(c);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (size_t i = 0; i < size; i += 2) {
		uint8_t b[4] = { 0 };
		memcpy(b, data + i, size - i < 4 ? size - i : 4);
		check((uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24);
	}
	return 0;
}
