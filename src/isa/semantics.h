/* Integer semantics of RV64IM + Zba/Zbb/Zbs that are more than one C operator, written once for
 * every engine (both interpreters, and the translator's helper calls).
 *
 * Pure functions of their operands: no guest state, no memory. Shift amounts and bit indices are
 * masked here as the instructions do (6 bits, or 5 for the W forms), so a register form and its
 * immediate form call the same helper.
 *
 *   cpu->x[rd] = isa_div(cpu->x[rs1], cpu->x[rs2]);     // -1 on division by zero, as RISC-V says
 *   cpu->x[rd] = isa_rorw(cpu->x[rs1], in->imm);
 */
#ifndef ISOMORPH_ISA_SEMANTICS_H
#define ISOMORPH_ISA_SEMANTICS_H

#include <stdint.h>

#define ISA_XLEN 64
#define ISA_SHAMT_MASK 63u   /* RV64 shifts use the low 6 bits of the amount */
#define ISA_SHAMTW_MASK 31u  /* W-form shifts use the low 5 bits */

/* Sign-extends the low 32 bits: the result rule of every W-form instruction. */
static inline uint64_t isa_sext32(uint64_t v) { return (uint64_t)(int64_t)(int32_t)(uint32_t)v; }
static inline uint64_t isa_sext16(uint64_t v) { return (uint64_t)(int64_t)(int16_t)(uint16_t)v; }
static inline uint64_t isa_sext8(uint64_t v) { return (uint64_t)(int64_t)(int8_t)(uint8_t)v; }
static inline uint64_t isa_zext32(uint64_t v) { return (uint32_t)v; }

/* --- shifts and rotates -------------------------------------------------------------------- */
static inline uint64_t isa_sll(uint64_t a, uint64_t sh) { return a << (sh & ISA_SHAMT_MASK); }
static inline uint64_t isa_srl(uint64_t a, uint64_t sh) { return a >> (sh & ISA_SHAMT_MASK); }
static inline uint64_t isa_sra(uint64_t a, uint64_t sh) { return (uint64_t)((int64_t)a >> (sh & ISA_SHAMT_MASK)); }
static inline uint64_t isa_sllw(uint64_t a, uint64_t sh) { return isa_sext32((uint32_t)a << (sh & ISA_SHAMTW_MASK)); }
static inline uint64_t isa_srlw(uint64_t a, uint64_t sh) { return isa_sext32((uint32_t)a >> (sh & ISA_SHAMTW_MASK)); }
static inline uint64_t isa_sraw(uint64_t a, uint64_t sh)
{
	return (uint64_t)(int64_t)((int32_t)(uint32_t)a >> (sh & ISA_SHAMTW_MASK));
}

/* Rotates: (x << n) | (x >> (-n & mask)) has no undefined shift by the width, and compilers
 * recognise it as one rotate instruction. */
static inline uint64_t isa_rol(uint64_t a, uint64_t sh)
{
	unsigned n = sh & ISA_SHAMT_MASK;
	return a << n | a >> (-n & ISA_SHAMT_MASK);
}
static inline uint64_t isa_ror(uint64_t a, uint64_t sh)
{
	unsigned n = sh & ISA_SHAMT_MASK;
	return a >> n | a << (-n & ISA_SHAMT_MASK);
}
static inline uint64_t isa_rolw(uint64_t a, uint64_t sh)
{
	uint32_t v = (uint32_t)a;
	unsigned n = sh & ISA_SHAMTW_MASK;
	return isa_sext32(v << n | v >> (-n & ISA_SHAMTW_MASK));
}
static inline uint64_t isa_rorw(uint64_t a, uint64_t sh)
{
	uint32_t v = (uint32_t)a;
	unsigned n = sh & ISA_SHAMTW_MASK;
	return isa_sext32(v >> n | v << (-n & ISA_SHAMTW_MASK));
}

/* --- M: multiply high, divide, remainder ----------------------------------------------------- */
static inline uint64_t isa_mulh(uint64_t a, uint64_t b)
{
	return (uint64_t)(((__int128)(int64_t)a * (__int128)(int64_t)b) >> ISA_XLEN);
}
static inline uint64_t isa_mulhu(uint64_t a, uint64_t b)
{
	return (uint64_t)(((unsigned __int128)a * (unsigned __int128)b) >> ISA_XLEN);
}
/* rs1 signed, rs2 unsigned. */
static inline uint64_t isa_mulhsu(uint64_t a, uint64_t b)
{
	return (uint64_t)(((__int128)(int64_t)a * (__int128)(unsigned __int128)b) >> ISA_XLEN);
}

/* Division never traps on RISC-V: x/0 gives all ones (unsigned max, signed -1) and x%0 gives x;
 * the one signed overflow, MIN/-1, gives MIN with remainder 0. */
static inline uint64_t isa_div(uint64_t a, uint64_t b)
{
	if (b == 0) return UINT64_MAX;
	if ((int64_t)a == INT64_MIN && (int64_t)b == -1) return a;
	return (uint64_t)((int64_t)a / (int64_t)b);
}
static inline uint64_t isa_divu(uint64_t a, uint64_t b) { return b == 0 ? UINT64_MAX : a / b; }
static inline uint64_t isa_rem(uint64_t a, uint64_t b)
{
	if (b == 0) return a;
	if ((int64_t)a == INT64_MIN && (int64_t)b == -1) return 0;
	return (uint64_t)((int64_t)a % (int64_t)b);
}
static inline uint64_t isa_remu(uint64_t a, uint64_t b) { return b == 0 ? a : a % b; }

/* W forms: the same rules on the low 32 bits, result sign-extended (divuw and remuw too). */
static inline uint64_t isa_divw(uint64_t a, uint64_t b)
{
	int32_t x = (int32_t)(uint32_t)a, y = (int32_t)(uint32_t)b;
	if (y == 0) return UINT64_MAX;
	if (x == INT32_MIN && y == -1) return isa_sext32((uint32_t)x);
	return isa_sext32((uint32_t)(x / y));
}
static inline uint64_t isa_divuw(uint64_t a, uint64_t b)
{
	uint32_t x = (uint32_t)a, y = (uint32_t)b;
	return y == 0 ? UINT64_MAX : isa_sext32(x / y);
}
static inline uint64_t isa_remw(uint64_t a, uint64_t b)
{
	int32_t x = (int32_t)(uint32_t)a, y = (int32_t)(uint32_t)b;
	if (y == 0) return isa_sext32((uint32_t)x);
	if (x == INT32_MIN && y == -1) return 0;
	return isa_sext32((uint32_t)(x % y));
}
static inline uint64_t isa_remuw(uint64_t a, uint64_t b)
{
	uint32_t x = (uint32_t)a, y = (uint32_t)b;
	return isa_sext32(y == 0 ? x : x % y);
}

/* --- Zbb: counts, byte operations, min/max ------------------------------------------------- */
static inline uint64_t isa_clz(uint64_t a) { return a ? (uint64_t)__builtin_clzll(a) : ISA_XLEN; }
static inline uint64_t isa_ctz(uint64_t a) { return a ? (uint64_t)__builtin_ctzll(a) : ISA_XLEN; }
static inline uint64_t isa_cpop(uint64_t a) { return (uint64_t)__builtin_popcountll(a); }
static inline uint64_t isa_clzw(uint64_t a) { return (uint32_t)a ? (uint64_t)__builtin_clz((uint32_t)a) : 32; }
static inline uint64_t isa_ctzw(uint64_t a) { return (uint32_t)a ? (uint64_t)__builtin_ctz((uint32_t)a) : 32; }
static inline uint64_t isa_cpopw(uint64_t a) { return (uint64_t)__builtin_popcount((uint32_t)a); }

/* orc.b: each byte becomes 0xff if any of its bits is set, else 0x00. */
static inline uint64_t isa_orc_b(uint64_t a)
{
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7full;
	/* Per byte: the high bit of ((b & 0x7f) + 0x7f) | b is set iff b != 0; no carry crosses bytes. */
	uint64_t high = (((a & low7) + low7) | a) & ~low7;
	return (high >> 7) * 0xff;
}
static inline uint64_t isa_rev8(uint64_t a) { return __builtin_bswap64(a); }

static inline uint64_t isa_min(uint64_t a, uint64_t b) { return (int64_t)a < (int64_t)b ? a : b; }
static inline uint64_t isa_max(uint64_t a, uint64_t b) { return (int64_t)a < (int64_t)b ? b : a; }
static inline uint64_t isa_minu(uint64_t a, uint64_t b) { return a < b ? a : b; }
static inline uint64_t isa_maxu(uint64_t a, uint64_t b) { return a < b ? b : a; }

/* --- Zbs: single-bit operations; the index is taken modulo XLEN ---------------------------- */
static inline uint64_t isa_bit(uint64_t idx) { return 1ull << (idx & ISA_SHAMT_MASK); }
static inline uint64_t isa_bclr(uint64_t a, uint64_t idx) { return a & ~isa_bit(idx); }
static inline uint64_t isa_bset(uint64_t a, uint64_t idx) { return a | isa_bit(idx); }
static inline uint64_t isa_binv(uint64_t a, uint64_t idx) { return a ^ isa_bit(idx); }
static inline uint64_t isa_bext(uint64_t a, uint64_t idx) { return (a >> (idx & ISA_SHAMT_MASK)) & 1; }

#endif
