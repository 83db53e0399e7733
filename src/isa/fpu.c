/* RISC-V F and D semantics (unprivileged ISA, chapters "F" and "D"), exact to IEEE 754, for every
 * engine.
 *
 * Two paths compute a result:
 *  - Fast path: add, sub, mul, div and sqrt in RNE, RTZ, RDN or RUP run as one SSE instruction
 *    (addss/addsd...). The host MXCSR stays in RNE with all exceptions masked and DAZ/FTZ off,
 *    and its flag bits accrue the guest's flags lazily: an RNE operation is the bare SSE
 *    instruction, with no MXCSR traffic (stmxcsr would wait for the result, about 20 ns). Other
 *    modes switch the rounding control around the instruction, keeping the flags.
 *    x86 SSE and RISC-V both detect tininess after rounding and both raise underflow only when a
 *    tiny result is also inexact, so the flags carry over one to one (the unit test checks this
 *    against the software path). The guest's fflags are therefore cpu->fflags plus the MXCSR
 *    flags mapped to RISC-V: fpu_fflags folds the latter into the former, and the emulation
 *    loop calls fpu_fold_host_flags whenever an engine returns, so host code outside the engines
 *    (system calls) starts from clear flags. The engines and the software path are integer-only,
 *    so nothing else raises host flags while guest code runs.
 *    Fused multiply-adds of finite operands go the same way through vfmadd231 when the host
 *    has FMA (checked once at run time).
 *  - Software path: everything else (RMM, which x86 cannot round in; fused multiply-adds with
 *    infinite or NaN operands or without host FMA; conversions). Operands are unpacked to sign, exponent and a 64-bit significand, the exact
 *    result is formed in 128-bit integers with a sticky bit, and round_pack() rounds it once to the
 *    destination format in any mode, raising NX/UF/OF as the spec says.
 * NaN results are always the canonical NaN (RISC-V never propagates payloads), NV is raised for
 * signaling NaN operands and invalid operations. Single operands are NaN-unboxed on entry and
 * single results NaN-boxed on exit, so the core works on one format descriptor for both widths.
 *
 *   int rm = fpu_rm(cpu, in->rm);              // -1: SIGILL
 *   cpu->f[rd] = fpu_madd_d(cpu, cpu->f[rs1], cpu->f[rs2], cpu->f[rs3], rm);
 *   cpu->x[rd] = fpu_cvt_w_s(cpu, cpu->f[rs1], rm);
 *
 * The software path ORs its flags into cpu->fflags; the fast path leaves them in MXCSR.
 */
#include "fpu.h"
#include "host_features.h"

#include <stdbool.h>

typedef unsigned __int128 u128;

/* An IEEE binary interchange format. */
struct fmt {
	int p;        /* significand bits, hidden bit included */
	int emax;     /* largest unbiased exponent; the bias equals emax and emin = 1 - emax */
	int width;    /* storage bits */
	uint64_t qnan; /* the RISC-V canonical NaN */
};
static const struct fmt FMT_S = { 24, 127, 32, 0x7fc00000ull };
static const struct fmt FMT_D = { 53, 1023, 64, 0x7ff8000000000000ull };

#define SIG_TOP (1ull << 63) /* a normalized significand has its leading one here */

static inline uint64_t sign_bit(const struct fmt *f) { return 1ull << (f->width - 1); }
static inline uint64_t frac_mask(const struct fmt *f) { return (1ull << (f->p - 1)) - 1; }
static inline int emin(const struct fmt *f) { return 1 - f->emax; }
static inline uint64_t exp_field(const struct fmt *f, uint64_t a)
{
	return (a >> (f->p - 1)) & ((1ull << (f->width - f->p)) - 1);
}
static inline uint64_t exp_all_ones(const struct fmt *f) { return (1ull << (f->width - f->p)) - 1; }
static inline bool is_sign(const struct fmt *f, uint64_t a) { return (a & sign_bit(f)) != 0; }
static inline uint64_t magnitude(const struct fmt *f, uint64_t a) { return a & (sign_bit(f) - 1); }
static inline uint64_t inf_bits(const struct fmt *f) { return exp_all_ones(f) << (f->p - 1); }
static inline bool is_nan(const struct fmt *f, uint64_t a) { return magnitude(f, a) > inf_bits(f); }
static inline bool is_inf(const struct fmt *f, uint64_t a) { return magnitude(f, a) == inf_bits(f); }
static inline bool is_zero(const struct fmt *f, uint64_t a) { return magnitude(f, a) == 0; }
static inline bool is_finite(const struct fmt *f, uint64_t a) { return magnitude(f, a) < inf_bits(f); }
/* The quiet bit is the fraction's top bit (IEEE 754-2008 6.2.1, as RISC-V uses it). */
static inline bool is_snan(const struct fmt *f, uint64_t a)
{
	return is_nan(f, a) && !(a & (1ull << (f->p - 2)));
}

/* ---- 128-bit helpers --------------------------------------------------------------------- */

static inline int clz128(u128 z)
{
	uint64_t hi = (uint64_t)(z >> 64);
	return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)z);
}

/* z >> n, with any one shifted out ORed into bit 0 so rounding still sees it. */
static inline u128 shr_jam128(u128 z, int n)
{
	if (n <= 0) return z;
	if (n >= 128) return z != 0;
	return (z >> n) | ((z & (((u128)1 << n) - 1)) != 0);
}

/* ---- rounding ---------------------------------------------------------------------------- */

/* Whether to add one unit to the kept bits: rest is the discarded part, half its midpoint. */
static inline bool round_up(int rm, bool sign, uint64_t keep, uint64_t rest, uint64_t half)
{
	switch (rm) {
	case ISA_RM_RNE: return rest > half || (rest == half && (keep & 1));
	case ISA_RM_RMM: return rest >= half;
	case ISA_RM_RDN: return rest && sign;
	case ISA_RM_RUP: return rest && !sign;
	default:         return false; /* RTZ */
	}
}

/* The value (-1)^sign * sig/2^63 * 2^exp, sig with its leading one at bit 63 and any further
 * nonzero bits of the exact value ORed into bit 0, rounded once to format f in mode rm.
 * Raises NX on inexact, OF on overflow, UF on a tiny (after rounding) inexact result. */
static uint64_t round_pack(const struct fmt *f, bool sign, int exp, uint64_t sig, int rm,
                           uint32_t *flags)
{
	const int drop = 64 - f->p;             /* bits below the kept significand */
	const uint64_t low = (1ull << drop) - 1, half = 1ull << (drop - 1);
	const uint64_t s = sign ? sign_bit(f) : 0;

	if (exp < emin(f)) {
		/* Tiny unless rounding to p bits with unbounded exponent reaches 2^emin. */
		uint64_t keep = sig >> drop;
		bool tiny = !(exp == emin(f) - 1 && round_up(rm, sign, keep, sig & low, half) &&
		              keep + 1 == 1ull << f->p);
		sig = (uint64_t)shr_jam128(sig, emin(f) - exp);
		if (tiny && (sig & low)) *flags |= ISA_FFLAG_UF;
		exp = emin(f);
	}
	uint64_t keep = sig >> drop, rest = sig & low;
	if (rest) *flags |= ISA_FFLAG_NX;
	if (round_up(rm, sign, keep, rest, half)) {
		keep++;
		if (keep == 1ull << f->p) { keep >>= 1; exp++; }
	}
	if (exp > f->emax) {
		*flags |= ISA_FFLAG_OF | ISA_FFLAG_NX;
		bool to_inf = rm == ISA_RM_RNE || rm == ISA_RM_RMM || (rm == ISA_RM_RDN && sign) ||
		              (rm == ISA_RM_RUP && !sign);
		return s | (to_inf ? inf_bits(f) : inf_bits(f) - 1);
	}
	if (keep < 1ull << (f->p - 1)) return s | keep; /* subnormal or zero */
	return s | ((uint64_t)(exp + f->emax) << (f->p - 1)) | (keep & frac_mask(f));
}

/* round_pack for an exact value (-1)^sign * z * 2^scale, z a nonzero 128-bit integer. */
static uint64_t round_pack128(const struct fmt *f, bool sign, int scale, u128 z, int rm,
                              uint32_t *flags)
{
	int lz = clz128(z);
	z <<= lz;
	uint64_t sig = (uint64_t)(z >> 64) | ((uint64_t)z != 0);
	return round_pack(f, sign, scale + 127 - lz, sig, rm, flags);
}

/* A finite nonzero operand as sig/2^63 * 2^exp with sig normalized. */
struct unpacked {
	bool sign;
	int exp;
	uint64_t sig;
};

static struct unpacked unpack(const struct fmt *f, uint64_t a)
{
	struct unpacked u = { is_sign(f, a), 0, 0 };
	uint64_t e = exp_field(f, a), frac = a & frac_mask(f);
	if (e) {
		u.exp = (int)e - f->emax;
		u.sig = (frac | (1ull << (f->p - 1))) << (64 - f->p);
	} else { /* subnormal */
		int lz = __builtin_clzll(frac);
		u.exp = emin(f) - (lz - (64 - f->p + 1)) - 1;
		u.sig = frac << lz;
	}
	return u;
}

/* ---- NaN boxing and the cpu glue --------------------------------------------------------- */

static inline uint64_t unbox_s(uint64_t a)
{
	return (a >> 32) == 0xffffffffu ? (uint32_t)a : FMT_S.qnan;
}

/* Move a raw operand into the core's representation for format f, and a result back. */
static inline uint64_t in(const struct fmt *f, uint64_t a) { return f == &FMT_S ? unbox_s(a) : a; }
static inline uint64_t out(const struct fmt *f, uint64_t r) { return f == &FMT_S ? fpu_box_s((uint32_t)r) : r; }

/* The canonical NaN for an operation with NaN operands; NV when any of them signals. */
static uint64_t nan_result(const struct fmt *f, uint64_t a, uint64_t b, uint64_t c, uint32_t *flags)
{
	if (is_snan(f, a) || is_snan(f, b) || is_snan(f, c)) *flags |= ISA_FFLAG_NV;
	return f->qnan;
}

/* ---- software arithmetic ----------------------------------------------------------------- */

enum op { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_SQRT };

/* Exact sum of two finite nonzero magnitudes x*2^ex and y*2^ey (x, y below 2^127), rounded. */
static uint64_t add_mags(const struct fmt *f, bool sx, int ex, u128 x, bool sy, int ey, u128 y,
                         int rm, uint32_t *flags)
{
	/* Both operands get their leading one at bit 126: one bit of headroom for the carry. */
	int lx = clz128(x) - 1, ly = clz128(y) - 1;
	x <<= lx; ex -= lx;
	y <<= ly; ey -= ly;
	if (ex < ey || (ex == ey && x < y)) {
		u128 t = x; x = y; y = t;
		int te = ex; ex = ey; ey = te;
		bool ts = sx; sx = sy; sy = ts;
	}
	y = shr_jam128(y, ex - ey);
	u128 z = sx == sy ? x + y : x - y;
	if (z == 0) return rm == ISA_RM_RDN ? sign_bit(f) : 0; /* exact cancellation */
	return round_pack128(f, sx, ex, z, rm, flags);
}

/* Sum of two finite operands, either possibly zero. */
static uint64_t soft_add(const struct fmt *f, uint64_t a, uint64_t b, int rm, uint32_t *flags)
{
	if (is_zero(f, a) && is_zero(f, b)) {
		if (is_sign(f, a) == is_sign(f, b)) return a;
		return rm == ISA_RM_RDN ? sign_bit(f) : 0;
	}
	if (is_zero(f, a)) return b;
	if (is_zero(f, b)) return a;
	struct unpacked x = unpack(f, a), y = unpack(f, b);
	return add_mags(f, x.sign, x.exp - 63, x.sig, y.sign, y.exp - 63, y.sig, rm, flags);
}

/* Integer square root of n with n - root^2 in *rem, by the digit-by-digit method. */
static uint64_t isqrt128(u128 n, u128 *rem)
{
	u128 r = 0, root = 0;
	for (int i = 0; i < 64; i++) {
		r = (r << 2) | (n >> 126);
		n <<= 2;
		root <<= 1;
		u128 trial = (root << 1) | 1;
		if (r >= trial) { r -= trial; root |= 1; }
	}
	*rem = r;
	return (uint64_t)root;
}

/* add/sub/mul/div/sqrt in software, any mode: special operands first, then the exact value. */
static uint64_t soft_op(const struct fmt *f, enum op op, uint64_t a, uint64_t b, int rm,
                        uint32_t *flags)
{
	if (op == OP_SUB) { b ^= sign_bit(f); op = OP_ADD; }
	if (op == OP_SQRT) b = 0;
	if (is_nan(f, a) || is_nan(f, b)) return nan_result(f, a, b, 0, flags);
	bool sign = is_sign(f, a) != is_sign(f, b);
	uint64_t s = sign ? sign_bit(f) : 0;

	switch (op) {
	case OP_ADD:
		if (is_inf(f, a) || is_inf(f, b)) {
			if (is_inf(f, a) && is_inf(f, b) && sign) { *flags |= ISA_FFLAG_NV; return f->qnan; }
			return is_inf(f, a) ? a : b;
		}
		return soft_add(f, a, b, rm, flags);
	case OP_MUL:
		if ((is_inf(f, a) && is_zero(f, b)) || (is_zero(f, a) && is_inf(f, b))) {
			*flags |= ISA_FFLAG_NV;
			return f->qnan;
		}
		if (is_inf(f, a) || is_inf(f, b)) return s | inf_bits(f);
		if (is_zero(f, a) || is_zero(f, b)) return s;
		{
			struct unpacked x = unpack(f, a), y = unpack(f, b);
			return round_pack128(f, sign, x.exp + y.exp - 126, (u128)x.sig * y.sig, rm, flags);
		}
	case OP_DIV:
		if ((is_inf(f, a) && is_inf(f, b)) || (is_zero(f, a) && is_zero(f, b))) {
			*flags |= ISA_FFLAG_NV;
			return f->qnan;
		}
		if (is_inf(f, a)) return s | inf_bits(f);
		if (is_inf(f, b)) return s;
		if (is_zero(f, b)) { *flags |= ISA_FFLAG_DZ; return s | inf_bits(f); }
		if (is_zero(f, a)) return s;
		{
			struct unpacked x = unpack(f, a), y = unpack(f, b);
			u128 n = (u128)x.sig << 64;
			u128 q = n / y.sig;
			bool inexact = n % y.sig != 0;
			/* x.sig/y.sig = q/2^64; one extra bit holds the sticky remainder. */
			return round_pack128(f, sign, x.exp - y.exp - 65, (q << 1) | inexact, rm, flags);
		}
	case OP_SQRT:
		if (is_zero(f, a)) return a;
		if (is_sign(f, a)) { *flags |= ISA_FFLAG_NV; return f->qnan; }
		if (is_inf(f, a)) return a;
		{
			struct unpacked x = unpack(f, a);
			int e = x.exp - 63;               /* a = x.sig * 2^e */
			int k = (e & 1) ? 63 : 64;        /* make e - k even */
			u128 rem;
			uint64_t root = isqrt128((u128)x.sig << k, &rem);
			return round_pack128(f, false, (e - k) / 2 - 1, ((u128)root << 1) | (rem != 0), rm,
			                     flags);
		}
	default:
		return f->qnan;
	}
}

/* ---- hardware fast path ------------------------------------------------------------------ */

enum {
	MXCSR_IE = 1 << 0, MXCSR_ZE = 1 << 2, MXCSR_OE = 1 << 3, MXCSR_UE = 1 << 4, MXCSR_PE = 1 << 5,
	MXCSR_DE = 1 << 1,              /* denormal operand: no RISC-V counterpart, ignored */
	MXCSR_FLAGS = MXCSR_IE | MXCSR_DE | MXCSR_ZE | MXCSR_OE | MXCSR_UE | MXCSR_PE,
	MXCSR_MASKS = 0x3f << 7,        /* all exceptions masked: results, never traps */
	MXCSR_RC_SHIFT = 13,
	MXCSR_RC = 3 << MXCSR_RC_SHIFT,
	/* The host's state whenever guest code is not in an operation: RNE, masked, DAZ/FTZ off.
	 * Its flag bits are the guest's flags accrued since the last fold. */
	MXCSR_HOST = MXCSR_MASKS,
};
/* Rounding-control bits for each x86-capable guest mode. ORDER ISA_RM */
static const uint32_t mxcsr_rc[] = {
	[ISA_RM_RNE] = 0 << MXCSR_RC_SHIFT, [ISA_RM_RTZ] = 3 << MXCSR_RC_SHIFT,
	[ISA_RM_RDN] = 1 << MXCSR_RC_SHIFT, [ISA_RM_RUP] = 2 << MXCSR_RC_SHIFT,
};

static inline uint32_t mxcsr_to_fflags(uint32_t m)
{
	return (m & MXCSR_IE ? ISA_FFLAG_NV : 0) | (m & MXCSR_ZE ? ISA_FFLAG_DZ : 0) |
	       (m & MXCSR_OE ? ISA_FFLAG_OF : 0) | (m & MXCSR_UE ? ISA_FFLAG_UF : 0) |
	       (m & MXCSR_PE ? ISA_FFLAG_NX : 0);
}

static inline uint32_t stmxcsr(void)
{
	uint32_t m;
	__asm__ volatile("stmxcsr %0" : "=m"(m));
	return m;
}

static inline void ldmxcsr(uint32_t m) { __asm__ volatile("ldmxcsr %0" : : "m"(m)); }

void fpu_fold_host_flags(struct cpu *cpu)
{
	uint32_t m = stmxcsr();
	if (m & MXCSR_FLAGS) {
		cpu->fflags |= mxcsr_to_fflags(m);
		ldmxcsr(m & ~MXCSR_FLAGS);
	}
}

uint32_t fpu_fflags(struct cpu *cpu)
{
	fpu_fold_host_flags(cpu);
	return cpu->fflags;
}

void fpu_set_fflags(struct cpu *cpu, uint32_t flags)
{
	ldmxcsr(MXCSR_HOST);
	cpu->fflags = flags & (ISA_FFLAG_NX | ISA_FFLAG_UF | ISA_FFLAG_OF | ISA_FFLAG_DZ |
	                       ISA_FFLAG_NV);
}

/* Before an operation in mode rm: in RNE (the host's own mode) nothing; otherwise switch the
 * rounding control, keeping the accrued flags. Returns whether hw_leave must switch back. */
static inline __attribute__((always_inline)) bool hw_enter(int rm)
{
	if (__builtin_expect(rm == ISA_RM_RNE, 1)) return false;
	ldmxcsr((stmxcsr() & ~MXCSR_RC) | mxcsr_rc[rm]);
	return true;
}

/* After it: back to RNE, keeping the flags the operation raised (stmxcsr waits for it). */
static inline __attribute__((always_inline)) void hw_leave(bool switched)
{
	if (__builtin_expect(switched, 0)) ldmxcsr(stmxcsr() & ~MXCSR_RC);
}

/* One SSE instruction INSN on raw bits in mode rm; the flags it raises stay in MXCSR until
 * fpu_fold_host_flags. All statements are asm volatile, so the compiler neither moves the
 * operation across the mode switches nor folds or drops it (its flags are a side effect). */
#define HW_OP(fname, INSN, T, UT)                                                          \
	static inline __attribute__((always_inline)) uint64_t fname(uint64_t a, uint64_t b, int rm) \
	{                                                                                      \
		union { T f; UT u; } x = { .u = (UT)a }, y = { .u = (UT)b };                   \
		bool switched = hw_enter(rm);                                                  \
		__asm__ volatile(INSN " %1, %0" : "+x"(x.f) : "x"(y.f));                       \
		hw_leave(switched);                                                            \
		return x.u;                                                                    \
	}
HW_OP(hw_add_s, "addss", float, uint32_t)
HW_OP(hw_sub_s, "subss", float, uint32_t)
HW_OP(hw_mul_s, "mulss", float, uint32_t)
HW_OP(hw_div_s, "divss", float, uint32_t)
HW_OP(hw_sqrt_s, "sqrtss", float, uint32_t) /* sqrtss y, x: x = sqrt(y) */
HW_OP(hw_add_d, "addsd", double, uint64_t)
HW_OP(hw_sub_d, "subsd", double, uint64_t)
HW_OP(hw_mul_d, "mulsd", double, uint64_t)
HW_OP(hw_div_d, "divsd", double, uint64_t)
HW_OP(hw_sqrt_d, "sqrtsd", double, uint64_t)
#undef HW_OP

/* a*b + c in one VEX FMA instruction (the caller checks that the host has FMA). */
#define HW_FMA(fname, INSN, T, UT)                                                         \
	static inline __attribute__((always_inline)) uint64_t                                  \
	fname(uint64_t a, uint64_t b, uint64_t c, int rm)                                      \
	{                                                                                      \
		union { T f; UT u; } x = { .u = (UT)a }, y = { .u = (UT)b }, z = { .u = (UT)c }; \
		bool switched = hw_enter(rm);                                                  \
		__asm__ volatile(INSN " %2, %1, %0" : "+x"(z.f) : "x"(x.f), "x"(y.f));         \
		hw_leave(switched);                                                            \
		return z.u;                                                                    \
	}
HW_FMA(hw_fma_s, "vfmadd231ss", float, uint32_t)
HW_FMA(hw_fma_d, "vfmadd231sd", double, uint64_t)
#undef HW_FMA

/* The SSE instruction for op in single (dbl false) or double; a switch rather than a table of
 * pointers so that each caller gets the bare instruction inlined. */
static inline __attribute__((always_inline)) uint64_t hw_arith(bool dbl, enum op op, uint64_t a,
                                                               uint64_t b, int rm)
{
	switch (op) {
	case OP_ADD: return dbl ? hw_add_d(a, b, rm) : hw_add_s(a, b, rm);
	case OP_SUB: return dbl ? hw_sub_d(a, b, rm) : hw_sub_s(a, b, rm);
	case OP_MUL: return dbl ? hw_mul_d(a, b, rm) : hw_mul_s(a, b, rm);
	case OP_DIV: return dbl ? hw_div_d(a, b, rm) : hw_div_s(a, b, rm);
	default:     return dbl ? hw_sqrt_d(0, a, rm) : hw_sqrt_s(0, a, rm); /* operand in the source */
	}
}

/* One arithmetic operation in format f: hardware unless the mode is RMM. */
static inline uint64_t arith(struct cpu *cpu, const struct fmt *f, enum op op, uint64_t a, uint64_t b,
                      int rm)
{
	uint64_t r;
	a = in(f, a);
	b = in(f, b);
	if (rm == ISA_RM_RMM) {
		uint32_t flags = 0;
		r = soft_op(f, op, a, b, rm, &flags);
		cpu->fflags |= flags;
	} else {
		r = hw_arith(f == &FMT_D, op, a, b, rm);
		if (is_nan(f, r)) r = f->qnan;
	}
	return out(f, r);
}

uint64_t fpu_soft_arith(int dbl, int op, uint64_t a, uint64_t b, int rm, uint32_t *flags)
{
	return soft_op(dbl ? &FMT_D : &FMT_S, (enum op)op, a, b, rm, flags);
}

#define FPU_ARITH(name, OP)                                                                \
	uint64_t fpu_##name##_s(struct cpu *cpu, uint64_t a, uint64_t b, int rm)               \
	{ return arith(cpu, &FMT_S, OP, a, b, rm); }                                           \
	uint64_t fpu_##name##_d(struct cpu *cpu, uint64_t a, uint64_t b, int rm)               \
	{ return arith(cpu, &FMT_D, OP, a, b, rm); }
FPU_ARITH(add, OP_ADD)
FPU_ARITH(sub, OP_SUB)
FPU_ARITH(mul, OP_MUL)
FPU_ARITH(div, OP_DIV)
#undef FPU_ARITH

uint64_t fpu_sqrt_s(struct cpu *cpu, uint64_t a, int rm) { return arith(cpu, &FMT_S, OP_SQRT, a, 0, rm); }
uint64_t fpu_sqrt_d(struct cpu *cpu, uint64_t a, int rm) { return arith(cpu, &FMT_D, OP_SQRT, a, 0, rm); }

/* ---- fused multiply-add ------------------------------------------------------------------ */

/* (-1)^neg_prod * a*b + (-1)^neg_add * c with one rounding, in the software path, on unboxed
 * operands. */
static uint64_t fused_core(const struct fmt *f, uint64_t a, uint64_t b, uint64_t c, bool neg_prod,
                           bool neg_add, int rm, uint32_t *flags_out)
{
	uint32_t flags = 0;
	uint64_t r;
	bool inf_times_zero = (is_inf(f, a) && is_zero(f, b)) || (is_zero(f, a) && is_inf(f, b));
	bool ps = (is_sign(f, a) != is_sign(f, b)) != neg_prod;  /* product sign */
	if (neg_add) c ^= sign_bit(f);

	if (is_nan(f, a) || is_nan(f, b) || is_nan(f, c)) {
		/* The spec asks for NV on inf*0 even when c is a quiet NaN. */
		r = nan_result(f, a, b, c, &flags);
		if (inf_times_zero) flags |= ISA_FFLAG_NV;
	} else if (inf_times_zero) {
		flags |= ISA_FFLAG_NV;
		r = f->qnan;
	} else if (is_inf(f, a) || is_inf(f, b)) {
		if (is_inf(f, c) && is_sign(f, c) != ps) { flags |= ISA_FFLAG_NV; r = f->qnan; }
		else r = (ps ? sign_bit(f) : 0) | inf_bits(f);
	} else if (is_inf(f, c)) {
		r = c;
	} else if (is_zero(f, a) || is_zero(f, b)) {
		r = soft_add(f, ps ? sign_bit(f) : 0, c, rm, &flags); /* exact: c or a signed zero */
	} else {
		struct unpacked x = unpack(f, a), y = unpack(f, b);
		u128 prod = (u128)x.sig * y.sig;  /* below 2^128: add_mags renormalizes with headroom */
		int pe = x.exp + y.exp - 126;
		prod = shr_jam128(prod, 1); pe += 1;
		if (is_zero(f, c)) {
			r = round_pack128(f, ps, pe, prod, rm, &flags);
		} else {
			struct unpacked z = unpack(f, c);
			r = add_mags(f, ps, pe, prod, z.sign, z.exp - 63, z.sig, rm, &flags);
		}
	}
	*flags_out |= flags;
	return r;
}

static inline uint64_t fused(struct cpu *cpu, const struct fmt *f, uint64_t a, uint64_t b, uint64_t c,
                      bool neg_prod, bool neg_add, int rm)
{
	a = in(f, a);
	b = in(f, b);
	c = in(f, c);
	if (rm != ISA_RM_RMM && is_finite(f, a) && is_finite(f, b) && is_finite(f, c) &&
	    host_has_fma()) {
		/* Finite operands: the host's flags are exactly RISC-V's, and no NaN can come out.
		 * Negating an operand negates the product or addend exactly, signed zeros included. */
		if (neg_prod) a ^= sign_bit(f);
		if (neg_add) c ^= sign_bit(f);
		return out(f, f == &FMT_S ? hw_fma_s(a, b, c, rm) : hw_fma_d(a, b, c, rm));
	}
	uint32_t flags = 0;
	uint64_t r = fused_core(f, a, b, c, neg_prod, neg_add, rm, &flags);
	cpu->fflags |= flags;
	return out(f, r);
}

uint64_t fpu_soft_fma(int dbl, uint64_t a, uint64_t b, uint64_t c, int rm, uint32_t *flags)
{
	return fused_core(dbl ? &FMT_D : &FMT_S, a, b, c, false, false, rm, flags);
}

#define FPU_FUSED(name, NP, NA)                                                                  \
	uint64_t fpu_##name##_s(struct cpu *cpu, uint64_t a, uint64_t b, uint64_t c, int rm)     \
	{ return fused(cpu, &FMT_S, a, b, c, NP, NA, rm); }                                      \
	uint64_t fpu_##name##_d(struct cpu *cpu, uint64_t a, uint64_t b, uint64_t c, int rm)     \
	{ return fused(cpu, &FMT_D, a, b, c, NP, NA, rm); }
FPU_FUSED(madd, false, false)
FPU_FUSED(msub, false, true)
FPU_FUSED(nmsub, true, false)
FPU_FUSED(nmadd, true, true)
#undef FPU_FUSED

/* ---- min/max, sign injection, comparisons, fclass ---------------------------------------- */

/* a < b in the total order of non-NaN values where -0 < +0 (for fmin/fmax). */
static bool less_signed_zero(const struct fmt *f, uint64_t a, uint64_t b)
{
	bool sa = is_sign(f, a), sb = is_sign(f, b);
	if (sa != sb) return sa;
	return sa ? magnitude(f, a) > magnitude(f, b) : magnitude(f, a) < magnitude(f, b);
}

static uint64_t minmax(struct cpu *cpu, const struct fmt *f, uint64_t a, uint64_t b, bool max)
{
	a = in(f, a);
	b = in(f, b);
	if (is_snan(f, a) || is_snan(f, b)) cpu->fflags |= ISA_FFLAG_NV;
	uint64_t r;
	if (is_nan(f, a) && is_nan(f, b)) r = f->qnan;
	else if (is_nan(f, a)) r = b;
	else if (is_nan(f, b)) r = a;
	else r = less_signed_zero(f, a, b) != max ? a : b;
	return out(f, r);
}

uint64_t fpu_min_s(struct cpu *cpu, uint64_t a, uint64_t b) { return minmax(cpu, &FMT_S, a, b, false); }
uint64_t fpu_max_s(struct cpu *cpu, uint64_t a, uint64_t b) { return minmax(cpu, &FMT_S, a, b, true); }
uint64_t fpu_min_d(struct cpu *cpu, uint64_t a, uint64_t b) { return minmax(cpu, &FMT_D, a, b, false); }
uint64_t fpu_max_d(struct cpu *cpu, uint64_t a, uint64_t b) { return minmax(cpu, &FMT_D, a, b, true); }

enum { SGNJ = 0, SGNJN = 1, SGNJX = 2 };

static uint64_t sgnj(const struct fmt *f, uint64_t a, uint64_t b, int op)
{
	a = in(f, a);
	b = in(f, b);
	uint64_t sb = b & sign_bit(f);
	uint64_t s = op == SGNJ ? sb : op == SGNJN ? sb ^ sign_bit(f) : (a & sign_bit(f)) ^ sb;
	return out(f, magnitude(f, a) | s);
}

uint64_t fpu_sgnj_s(uint64_t a, uint64_t b, int op) { return sgnj(&FMT_S, a, b, op); }
uint64_t fpu_sgnj_d(uint64_t a, uint64_t b, int op) { return sgnj(&FMT_D, a, b, op); }

enum cmp { CMP_EQ, CMP_LT, CMP_LE };

/* feq is quiet (NV only for sNaN); flt/fle signal on any NaN. +0 equals -0. */
static uint64_t compare(struct cpu *cpu, const struct fmt *f, uint64_t a, uint64_t b, enum cmp op)
{
	a = in(f, a);
	b = in(f, b);
	if (is_nan(f, a) || is_nan(f, b)) {
		if (op != CMP_EQ || is_snan(f, a) || is_snan(f, b)) cpu->fflags |= ISA_FFLAG_NV;
		return 0;
	}
	bool eq = a == b || (is_zero(f, a) && is_zero(f, b));
	bool lt = !eq && less_signed_zero(f, a, b);
	return op == CMP_EQ ? eq : op == CMP_LT ? lt : lt || eq;
}

uint64_t fpu_eq_s(struct cpu *cpu, uint64_t a, uint64_t b) { return compare(cpu, &FMT_S, a, b, CMP_EQ); }
uint64_t fpu_lt_s(struct cpu *cpu, uint64_t a, uint64_t b) { return compare(cpu, &FMT_S, a, b, CMP_LT); }
uint64_t fpu_le_s(struct cpu *cpu, uint64_t a, uint64_t b) { return compare(cpu, &FMT_S, a, b, CMP_LE); }
uint64_t fpu_eq_d(struct cpu *cpu, uint64_t a, uint64_t b) { return compare(cpu, &FMT_D, a, b, CMP_EQ); }
uint64_t fpu_lt_d(struct cpu *cpu, uint64_t a, uint64_t b) { return compare(cpu, &FMT_D, a, b, CMP_LT); }
uint64_t fpu_le_d(struct cpu *cpu, uint64_t a, uint64_t b) { return compare(cpu, &FMT_D, a, b, CMP_LE); }

/* fclass result bits (spec table "Format of result of FCLASS instruction"). */
enum {
	CLASS_NEG_INF = 1 << 0, CLASS_NEG_NORMAL = 1 << 1, CLASS_NEG_SUBNORMAL = 1 << 2,
	CLASS_NEG_ZERO = 1 << 3, CLASS_POS_ZERO = 1 << 4, CLASS_POS_SUBNORMAL = 1 << 5,
	CLASS_POS_NORMAL = 1 << 6, CLASS_POS_INF = 1 << 7, CLASS_SNAN = 1 << 8, CLASS_QNAN = 1 << 9,
};

static uint64_t classify(const struct fmt *f, uint64_t a)
{
	a = in(f, a);
	bool neg = is_sign(f, a);
	if (is_nan(f, a)) return is_snan(f, a) ? CLASS_SNAN : CLASS_QNAN;
	if (is_inf(f, a)) return neg ? CLASS_NEG_INF : CLASS_POS_INF;
	if (is_zero(f, a)) return neg ? CLASS_NEG_ZERO : CLASS_POS_ZERO;
	if (exp_field(f, a) == 0) return neg ? CLASS_NEG_SUBNORMAL : CLASS_POS_SUBNORMAL;
	return neg ? CLASS_NEG_NORMAL : CLASS_POS_NORMAL;
}

uint64_t fpu_class_s(uint64_t a) { return classify(&FMT_S, a); }
uint64_t fpu_class_d(uint64_t a) { return classify(&FMT_D, a); }

/* ---- conversions ------------------------------------------------------------------------- */

/* Float to an integer of `bits` bits, signed or not, saturating; the result as a 64-bit pattern
 * (not yet sign-extended for 32-bit results). NV for NaN and out-of-range inputs (never with NX);
 * NX for inexact in-range results. */
static uint64_t to_int(struct cpu *cpu, const struct fmt *f, uint64_t a, int rm, int bits,
                       bool is_signed)
{
	a = in(f, a);
	const uint64_t umax = bits == 64 ? ~0ull : (1ull << bits) - 1;
	const uint64_t smax = umax >> 1, smin_mag = smax + 1;
	const uint64_t hi = is_signed ? smax : umax;    /* result for NaN and large positives */
	const uint64_t lo = is_signed ? -smin_mag : 0;  /* result for large negatives */
	if (is_nan(f, a)) { cpu->fflags |= ISA_FFLAG_NV; return hi; }
	if (is_zero(f, a)) return 0;
	bool neg = is_sign(f, a);
	if (is_inf(f, a)) { cpu->fflags |= ISA_FFLAG_NV; return neg ? lo : hi; }

	struct unpacked u = unpack(f, a);
	uint64_t ip, frac;   /* integer part, and the fraction scaled so that 1/2 is SIG_TOP */
	if (u.exp >= 64) { cpu->fflags |= ISA_FFLAG_NV; return neg ? lo : hi; }
	if (u.exp == 63) { ip = u.sig; frac = 0; }
	else if (u.exp >= 0) { ip = u.sig >> (63 - u.exp); frac = u.sig << (u.exp + 1); }
	else if (u.exp == -1) { ip = 0; frac = u.sig; }
	else { ip = 0; frac = 1; }   /* below one half: only its being nonzero matters */

	u128 mag = ip + (u128)round_up(rm, neg, ip, frac, SIG_TOP);
	bool in_range = neg ? (is_signed ? mag <= smin_mag : mag == 0) : mag <= hi;
	if (!in_range) { cpu->fflags |= ISA_FFLAG_NV; return neg ? lo : hi; }
	if (frac) cpu->fflags |= ISA_FFLAG_NX;
	return neg ? -(uint64_t)mag : (uint64_t)mag;
}

#define FPU_TO_INT(name, F, BITS, SIGNED, EXTEND)                                  \
	uint64_t fpu_cvt_##name(struct cpu *cpu, uint64_t a, int rm)                   \
	{ return EXTEND(to_int(cpu, &F, a, rm, BITS, SIGNED)); }
#define SEXT32(v) ((uint64_t)(int64_t)(int32_t)(uint32_t)(v))
#define AS_IS(v) (v)
FPU_TO_INT(w_s, FMT_S, 32, true, SEXT32)
FPU_TO_INT(wu_s, FMT_S, 32, false, SEXT32)
FPU_TO_INT(l_s, FMT_S, 64, true, AS_IS)
FPU_TO_INT(lu_s, FMT_S, 64, false, AS_IS)
FPU_TO_INT(w_d, FMT_D, 32, true, SEXT32)
FPU_TO_INT(wu_d, FMT_D, 32, false, SEXT32)
FPU_TO_INT(l_d, FMT_D, 64, true, AS_IS)
FPU_TO_INT(lu_d, FMT_D, 64, false, AS_IS)
#undef FPU_TO_INT

/* A signed or unsigned integer to format f, rounded in mode rm. */
static uint64_t from_int(struct cpu *cpu, const struct fmt *f, uint64_t x, bool neg, int rm)
{
	uint32_t flags = 0;
	uint64_t mag = neg ? -x : x;
	uint64_t r = mag ? round_pack128(f, neg, 0, mag, rm, &flags) : 0;
	cpu->fflags |= flags;
	return out(f, r);
}

/* T narrows the register to the source width and extends it back as the type's sign says. */
#define FPU_FROM_INT(name, F, T, SIGNED)                                                     \
	uint64_t fpu_cvt_##name(struct cpu *cpu, uint64_t x, int rm)                             \
	{ return from_int(cpu, &F, (uint64_t)(T)x, SIGNED && (int64_t)(T)x < 0, rm); }
FPU_FROM_INT(s_w, FMT_S, int32_t, true)
FPU_FROM_INT(s_wu, FMT_S, uint32_t, false)
FPU_FROM_INT(s_l, FMT_S, int64_t, true)
FPU_FROM_INT(s_lu, FMT_S, uint64_t, false)
FPU_FROM_INT(d_w, FMT_D, int32_t, true)
FPU_FROM_INT(d_wu, FMT_D, uint32_t, false)
FPU_FROM_INT(d_l, FMT_D, int64_t, true)
FPU_FROM_INT(d_lu, FMT_D, uint64_t, false)
#undef FPU_FROM_INT

/* Between formats: NaN becomes canonical (NV if signaling), others round in mode rm. */
static uint64_t convert(struct cpu *cpu, const struct fmt *to, const struct fmt *from, uint64_t a,
                        int rm)
{
	uint32_t flags = 0;
	uint64_t r, s;
	a = in(from, a);
	s = is_sign(from, a) ? sign_bit(to) : 0;
	if (is_nan(from, a)) { nan_result(from, a, 0, 0, &flags); r = to->qnan; }
	else if (is_inf(from, a)) r = s | inf_bits(to);
	else if (is_zero(from, a)) r = s;
	else {
		struct unpacked u = unpack(from, a);
		r = round_pack(to, u.sign, u.exp, u.sig, rm, &flags);
	}
	cpu->fflags |= flags;
	return out(to, r);
}

uint64_t fpu_cvt_s_d(struct cpu *cpu, uint64_t a, int rm) { return convert(cpu, &FMT_S, &FMT_D, a, rm); }
uint64_t fpu_cvt_d_s(struct cpu *cpu, uint64_t a, int rm) { return convert(cpu, &FMT_D, &FMT_S, a, rm); }
