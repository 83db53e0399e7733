/* Unit tests for the F and D semantics (src/isa/fpu.c).
 *
 * Two kinds of checks:
 *  - A table of edge cases whose expected bits and flags come from the RISC-V unprivileged spec
 *    (F and D chapters: canonical NaN, NaN boxing, fmin/fmax, comparisons, fclass, fcvt
 *    saturation table) and IEEE 754 rounding, worked out by hand (the comment on each line says
 *    why).
 *  - Random differential checks against the host's own IEEE arithmetic: the software path
 *    (fpu_soft_arith) against SSE in RNE/RTZ/RDN/RUP, the fused ops (public and fpu_soft_fma)
 *    against the host's fma()/fmaf()
 *    and conversions against the host's cvt instructions, all under fesetround with the host
 *    exception flags compared to fflags (read through fpu_fflags: the fast path keeps them in
 *    MXCSR until asked; lazy_flags checks that scheme).
 *
 *   make BUILD=build-fpu build-fpu/unit/fpu_test && build-fpu/unit/fpu_test
 */
#include <fenv.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "isa/fpu.h"

static int passed, failed;
static struct cpu cpu;

#define NX ISA_FFLAG_NX
#define UF ISA_FFLAG_UF
#define OF ISA_FFLAG_OF
#define DZ ISA_FFLAG_DZ
#define NV ISA_FFLAG_NV
#define RNE ISA_RM_RNE
#define RTZ ISA_RM_RTZ
#define RDN ISA_RM_RDN
#define RUP ISA_RM_RUP
#define RMM ISA_RM_RMM

/* Boxed single constants. */
#define S(v) (0xffffffff00000000ull | (uint32_t)(v))
#define S_QNAN S(0x7fc00000)
#define S_SNAN S(0x7f800001)
#define S_INF S(0x7f800000)
#define S_NINF S(0xff800000)
#define S_ONE S(0x3f800000)
#define S_MAX S(0x7f7fffff)
#define D_QNAN 0x7ff8000000000000ull
#define D_SNAN 0x7ff0000000000001ull
#define D_INF 0x7ff0000000000000ull
#define D_NINF 0xfff0000000000000ull
#define D_ONE 0x3ff0000000000000ull
#define D_MAX 0x7fefffffffffffffull

static void check(const char *what, int line, uint64_t got, uint32_t gflags, uint64_t want,
                  uint32_t wflags)
{
	if (got == want && gflags == wflags) { passed++; return; }
	failed++;
	printf("FAIL line %d: %s = %#" PRIx64 " flags %#x, want %#" PRIx64 " flags %#x\n", line, what,
	       got, gflags, want, wflags);
}

/* Evaluate EXPR with clear flags; it must give WANT and raise exactly FLAGS. */
#define T(EXPR, WANT, FLAGS) do {                                          \
		fpu_set_fflags(&cpu, 0);                                   \
		uint64_t got_ = (EXPR);                                    \
		check(#EXPR, __LINE__, got_, fpu_fflags(&cpu), WANT, FLAGS); \
	} while (0)

static void edge_cases(void)
{
	/* 1 + 2^-24 in single: exactly halfway between 1 and 1+2^-23. */
	T(fpu_add_s(&cpu, S_ONE, S(0x33800000), RNE), S_ONE, NX);            /* tie to even */
	T(fpu_add_s(&cpu, S_ONE, S(0x33800000), RMM), S(0x3f800001), NX);    /* tie away */
	T(fpu_add_s(&cpu, S_ONE, S(0x33800000), RUP), S(0x3f800001), NX);
	T(fpu_add_s(&cpu, S_ONE, S(0x33800000), RTZ), S_ONE, NX);
	T(fpu_add_d(&cpu, D_ONE, 0x3ca0000000000000ull, RMM), 0x3ff0000000000001ull, NX);
	T(fpu_add_d(&cpu, D_ONE, 0x3ca0000000000000ull, RNE), D_ONE, NX);
	/* -1 - 2^-24 in RMM: tie away from zero is toward -inf. */
	T(fpu_sub_s(&cpu, S(0xbf800000), S(0x33800000), RMM), S(0xbf800001), NX);
	/* Improperly boxed input reads as canonical NaN; no flags (quiet). */
	T(fpu_add_s(&cpu, 0x3f800000, S_ONE, RNE), S_QNAN, 0);
	T(fpu_add_s(&cpu, 0x3f800000, S_ONE, RMM), S_QNAN, 0);
	T(fpu_mul_s(&cpu, S_SNAN, S_ONE, RNE), S_QNAN, NV);
	T(fpu_mul_s(&cpu, S_SNAN, S_ONE, RMM), S_QNAN, NV);
	T(fpu_add_d(&cpu, 0xfff8000000000123ull, D_ONE, RNE), D_QNAN, 0);      /* payload dropped */
	T(fpu_add_d(&cpu, D_INF, D_NINF, RNE), D_QNAN, NV);
	T(fpu_add_d(&cpu, D_INF, D_NINF, RMM), D_QNAN, NV);
	T(fpu_div_s(&cpu, S_ONE, S(0), RNE), S_INF, DZ);
	T(fpu_div_s(&cpu, S(0x80000000), S(0), RMM), S_QNAN, NV);
	T(fpu_div_d(&cpu, 0xbff0000000000000ull, 0, RMM), D_NINF, DZ);
	T(fpu_sqrt_s(&cpu, S(0xbf800000), RNE), S_QNAN, NV);
	T(fpu_sqrt_d(&cpu, 0xbff0000000000000ull, RMM), D_QNAN, NV);
	T(fpu_sqrt_s(&cpu, S(0x80000000), RNE), S(0x80000000), 0);           /* sqrt(-0) = -0 */
	T(fpu_sqrt_d(&cpu, 0x8000000000000000ull, RMM), 0x8000000000000000ull, 0);
	T(fpu_sqrt_d(&cpu, 0x4010000000000000ull, RMM), 0x4000000000000000ull, 0); /* sqrt 4 = 2 */
	/* x - x is +0, but -0 when rounding down. */
	T(fpu_sub_d(&cpu, D_ONE, D_ONE, RMM), 0, 0);
	T(fpu_sub_d(&cpu, D_ONE, D_ONE, RDN), 0x8000000000000000ull, 0);
	/* Overflow: max*2. */
	T(fpu_mul_s(&cpu, S_MAX, S(0x40000000), RNE), S_INF, OF | NX);
	T(fpu_mul_s(&cpu, S_MAX, S(0x40000000), RTZ), S_MAX, OF | NX);
	T(fpu_mul_s(&cpu, S_MAX, S(0x40000000), RMM), S_INF, OF | NX);
	T(fpu_mul_d(&cpu, D_MAX | 1ull << 63, 0x4000000000000000ull, RUP), D_MAX | 1ull << 63, OF | NX);
	T(fpu_mul_d(&cpu, D_MAX | 1ull << 63, 0x4000000000000000ull, RMM), D_NINF, OF | NX);
	/* Exact subnormal result: no UF. */
	T(fpu_mul_s(&cpu, S(0x00800000), S(0x3f000000), RMM), S(0x00400000), 0);
	/* 2^-126 * (1 - 2^-24): exact value tiny (representable in 24 bits with unbounded exponent),
	 * rounds (tie) to 2^-126 in RNE and RMM: tiny after rounding, inexact: UF. */
	T(fpu_mul_s(&cpu, S(0x00800000), S(0x3f7fffff), RNE), S(0x00800000), UF | NX);
	T(fpu_mul_s(&cpu, S(0x00800000), S(0x3f7fffff), RMM), S(0x00800000), UF | NX);
	T(fpu_mul_s(&cpu, S(0x00800000), S(0x3f7fffff), RTZ), S(0x007fffff), UF | NX);
	/* Smallest subnormal halved: tie between 0 and 2^-149. */
	T(fpu_mul_s(&cpu, S(0x00000001), S(0x3f000000), RNE), S(0), UF | NX);
	T(fpu_mul_s(&cpu, S(0x00000001), S(0x3f000000), RMM), S(0x00000001), UF | NX);
	T(fpu_mul_d(&cpu, 0x8000000000000001ull, 0x3fe0000000000000ull, RMM), 0x8000000000000001ull, UF | NX);

	/* Fused: inf*0 + qNaN raises NV; canonical NaN out. */
	T(fpu_madd_s(&cpu, S_INF, S(0), S_QNAN, RNE), S_QNAN, NV);
	T(fpu_madd_d(&cpu, 0, D_NINF, D_QNAN, RNE), D_QNAN, NV);
	T(fpu_madd_d(&cpu, D_ONE, D_ONE, D_QNAN, RNE), D_QNAN, 0);
	T(fpu_madd_d(&cpu, D_ONE, D_ONE, D_SNAN, RNE), D_QNAN, NV);
	T(fpu_madd_d(&cpu, D_INF, D_ONE, D_NINF, RNE), D_QNAN, NV);
	T(fpu_msub_d(&cpu, D_INF, D_ONE, D_INF, RNE), D_QNAN, NV);
	T(fpu_nmadd_d(&cpu, D_INF, D_ONE, D_NINF, RNE), D_QNAN, NV);      /* -inf - -inf */
	T(fpu_nmsub_d(&cpu, D_INF, D_ONE, D_NINF, RNE), D_NINF, 0);
	/* 1*1 - 1 = +0; -(1*1) + 1 = +0; in RDN -0. */
	T(fpu_msub_s(&cpu, S_ONE, S_ONE, S_ONE, RNE), S(0), 0);
	T(fpu_nmsub_s(&cpu, S_ONE, S_ONE, S_ONE, RDN), S(0x80000000), 0);
	/* (-0)*1 + (-0) = -0; nmadd: -(0*1) - 0 = -0. */
	T(fpu_madd_d(&cpu, 1ull << 63, D_ONE, 1ull << 63, RNE), 1ull << 63, 0);
	T(fpu_nmadd_d(&cpu, 0, D_ONE, 0, RNE), 1ull << 63, 0);
	/* (1+2^-23)^2 - 1 = 2^-22 * (1 + 2^-24): a tie only one rounding can see. */
	T(fpu_msub_s(&cpu, S(0x3f800001), S(0x3f800001), S_ONE, RNE), S(0x34800000), NX);
	T(fpu_msub_s(&cpu, S(0x3f800001), S(0x3f800001), S_ONE, RMM), S(0x34800001), NX);
	/* (1+2^-52)*(1+2^-52) = 1 + 2^-51 + 2^-104: RNE 1+2^-51 NX, RUP one more. */
	T(fpu_madd_d(&cpu, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0, RNE), 0x3ff0000000000002ull, NX);
	T(fpu_madd_d(&cpu, 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0, RUP), 0x3ff0000000000003ull, NX);
	/* 1 + 2^-53 tie via fma in RMM: 1*2^-53 + 1. */
	T(fpu_madd_d(&cpu, 0x3ca0000000000000ull, D_ONE, D_ONE, RMM), 0x3ff0000000000001ull, NX);
	T(fpu_madd_d(&cpu, 0x3ca0000000000000ull, D_ONE, D_ONE, RNE), D_ONE, NX);

	/* fmin/fmax. */
	T(fpu_min_s(&cpu, S(0x80000000), S(0)), S(0x80000000), 0);
	T(fpu_max_s(&cpu, S(0x80000000), S(0)), S(0), 0);
	T(fpu_min_d(&cpu, 0, 1ull << 63), 1ull << 63, 0);
	T(fpu_min_s(&cpu, S_QNAN, S_ONE), S_ONE, 0);
	T(fpu_max_s(&cpu, S_ONE, S_SNAN), S_ONE, NV);
	T(fpu_min_s(&cpu, S_QNAN, S_SNAN), S_QNAN, NV);
	T(fpu_max_d(&cpu, D_QNAN | 5, D_QNAN | 7), D_QNAN, 0);
	T(fpu_min_d(&cpu, D_NINF, D_ONE), D_NINF, 0);
	T(fpu_max_d(&cpu, 0xbff0000000000000ull, 0xc000000000000000ull), 0xbff0000000000000ull, 0);
	T(fpu_min_s(&cpu, 0x12345678, S_ONE), S_ONE, 0);                      /* bad box = qNaN */

	/* Sign injection: bits only; unboxed input is canonical NaN. */
	T(fpu_sgnj_s(S_ONE, S(0x80000000), 0), S(0xbf800000), 0);
	T(fpu_sgnj_s(S(0xbf800000), S(0x80000000), 1), S_ONE, 0);
	T(fpu_sgnj_s(S(0xbf800000), S(0x80000000), 2), S_ONE, 0);
	T(fpu_sgnj_s(0x3f800000, S(0x80000000), 0), S(0xffc00000), 0);
	T(fpu_sgnj_d(D_SNAN, 1ull << 63, 0), D_SNAN | 1ull << 63, 0);
	T(fpu_sgnj_d(D_ONE, D_ONE, 1), D_ONE | 1ull << 63, 0);

	/* Comparisons. */
	T(fpu_eq_s(&cpu, S_QNAN, S_ONE), 0, 0);
	T(fpu_eq_s(&cpu, S_SNAN, S_ONE), 0, NV);
	T(fpu_lt_s(&cpu, S_QNAN, S_ONE), 0, NV);
	T(fpu_le_d(&cpu, D_ONE, D_QNAN), 0, NV);
	T(fpu_eq_d(&cpu, 0, 1ull << 63), 1, 0);
	T(fpu_lt_d(&cpu, 1ull << 63, 0), 0, 0);
	T(fpu_le_d(&cpu, 1ull << 63, 0), 1, 0);
	T(fpu_lt_d(&cpu, 0xc000000000000000ull, 0xbff0000000000000ull), 1, 0);
	T(fpu_lt_s(&cpu, S_ONE, S_INF), 1, 0);
	T(fpu_le_s(&cpu, S_INF, S_ONE), 0, 0);

	/* fclass: every class. */
	T(fpu_class_s(S_NINF), 1 << 0, 0);
	T(fpu_class_s(S(0xbf800000)), 1 << 1, 0);
	T(fpu_class_s(S(0x80000001)), 1 << 2, 0);
	T(fpu_class_s(S(0x80000000)), 1 << 3, 0);
	T(fpu_class_s(S(0)), 1 << 4, 0);
	T(fpu_class_s(S(0x007fffff)), 1 << 5, 0);
	T(fpu_class_s(S_ONE), 1 << 6, 0);
	T(fpu_class_s(S_INF), 1 << 7, 0);
	T(fpu_class_s(S_SNAN), 1 << 8, 0);
	T(fpu_class_s(S_QNAN), 1 << 9, 0);
	T(fpu_class_s(0x3f800000), 1 << 9, 0);
	T(fpu_class_d(D_NINF), 1 << 0, 0);
	T(fpu_class_d(0x8010000000000000ull), 1 << 1, 0);
	T(fpu_class_d(0x800fffffffffffffull), 1 << 2, 0);
	T(fpu_class_d(1ull << 63), 1 << 3, 0);
	T(fpu_class_d(0), 1 << 4, 0);
	T(fpu_class_d(1), 1 << 5, 0);
	T(fpu_class_d(D_MAX), 1 << 6, 0);
	T(fpu_class_d(D_INF), 1 << 7, 0);
	T(fpu_class_d(0x7ff7ffffffffffffull), 1 << 8, 0);
	T(fpu_class_d(0xfff8000000000000ull), 1 << 9, 0);

	/* Float to integer (spec table: NaN and +inf/too large give the max, -inf/too small the min,
	 * NV and no NX; 32-bit results sign-extended). */
	T(fpu_cvt_w_s(&cpu, S_QNAN, RNE), 0x7fffffff, NV);
	T(fpu_cvt_w_s(&cpu, S_NINF, RNE), 0xffffffff80000000ull, NV);
	T(fpu_cvt_w_s(&cpu, S(0xcf000000), RNE), 0xffffffff80000000ull, 0);    /* -2^31 exact */
	T(fpu_cvt_w_s(&cpu, S(0x4f000000), RNE), 0x7fffffff, NV);               /* 2^31 */
	T(fpu_cvt_wu_s(&cpu, S_QNAN, RNE), ~0ull, NV);
	T(fpu_cvt_wu_s(&cpu, S(0x4f32d05e), RNE), 0xffffffffb2d05e00ull, 0);    /* 3e9 */
	T(fpu_cvt_wu_s(&cpu, S(0xbf000000), RTZ), 0, NX);                      /* -0.5 */
	T(fpu_cvt_wu_s(&cpu, S(0xbf000000), RNE), 0, NX);
	T(fpu_cvt_wu_s(&cpu, S(0xbf000000), RUP), 0, NX);
	T(fpu_cvt_wu_s(&cpu, S(0xbf000000), RDN), 0, NV);
	T(fpu_cvt_wu_s(&cpu, S(0xbf000000), RMM), 0, NV);
	T(fpu_cvt_w_s(&cpu, S(0xbf000000), RMM), ~0ull, NX);
	T(fpu_cvt_w_s(&cpu, S(0x3fc00000), RNE), 2, NX);                      /* 1.5 */
	T(fpu_cvt_w_s(&cpu, S(0x40200000), RNE), 2, NX);                      /* 2.5 */
	T(fpu_cvt_w_s(&cpu, S(0x40200000), RMM), 3, NX);
	T(fpu_cvt_w_s(&cpu, S(0xc0200000), RDN), (uint64_t)-3, NX);
	T(fpu_cvt_w_s(&cpu, S(0xc0200000), RUP), (uint64_t)-2, NX);
	T(fpu_cvt_w_s(&cpu, 0x40200000, RNE), 0x7fffffff, NV);                 /* bad box: NaN */
	T(fpu_cvt_w_d(&cpu, 0x41dfffffffe00000ull, RNE), 0x7fffffff, NV);      /* 2^31-0.5 -> 2^31 */
	T(fpu_cvt_w_d(&cpu, 0x41dfffffffe00000ull, RTZ), 0x7fffffff, NX);
	T(fpu_cvt_w_d(&cpu, 0xc1e0000000100000ull, RUP), 0xffffffff80000000ull, NX); /* -2^31-0.5 */
	T(fpu_cvt_w_d(&cpu, 0xc1e0000000100000ull, RDN), 0xffffffff80000000ull, NV);
	T(fpu_cvt_l_d(&cpu, 0x43e0000000000000ull, RNE), 0x7fffffffffffffffull, NV); /* 2^63 */
	T(fpu_cvt_l_d(&cpu, 0xc3e0000000000000ull, RNE), 0x8000000000000000ull, 0);
	T(fpu_cvt_lu_d(&cpu, 0x43f0000000000000ull, RNE), ~0ull, NV);          /* 2^64 */
	T(fpu_cvt_lu_d(&cpu, 0x43efffffffffffffull, RNE), 0xfffffffffffff800ull, 0);
	T(fpu_cvt_lu_d(&cpu, D_NINF, RNE), 0, NV);
	T(fpu_cvt_lu_s(&cpu, S(0x80000000), RNE), 0, 0);                      /* -0 */
	T(fpu_cvt_l_s(&cpu, S(0x00000001), RUP), 1, NX);
	T(fpu_cvt_l_s(&cpu, S(0x80000001), RDN), ~0ull, NX);
	T(fpu_cvt_wu_d(&cpu, 0x41efffffffe00000ull, RNE), ~0ull, 0);           /* 2^32-1 */

	/* Integer to float. */
	T(fpu_cvt_s_w(&cpu, 16777217, RNE), S(0x4b800000), NX);
	T(fpu_cvt_s_w(&cpu, 16777217, RUP), S(0x4b800001), NX);
	T(fpu_cvt_s_w(&cpu, 16777217, RMM), S(0x4b800001), NX);
	T(fpu_cvt_s_w(&cpu, 0xffffffff00000000ull | (uint32_t)-16777217, RMM), S(0xcb800001), NX);
	T(fpu_cvt_s_wu(&cpu, 0xffffffffffffffffull, RTZ), S(0x4f7fffff), NX);   /* 2^32-1 */
	T(fpu_cvt_s_l(&cpu, 0x8000000000000000ull, RNE), S(0xdf000000), 0);
	T(fpu_cvt_s_lu(&cpu, ~0ull, RNE), S(0x5f800000), NX);
	T(fpu_cvt_d_w(&cpu, 0x80000000, RNE), 0xc1e0000000000000ull, 0);      /* low 32 bits only */
	T(fpu_cvt_d_wu(&cpu, 0x80000000, RNE), 0x41e0000000000000ull, 0);
	T(fpu_cvt_d_l(&cpu, 0, RNE), 0, 0);
	T(fpu_cvt_d_lu(&cpu, ~0ull, RMM), 0x43f0000000000000ull, NX);
	T(fpu_cvt_d_lu(&cpu, ~0ull, RTZ), 0x43efffffffffffffull, NX);

	/* Between formats. */
	T(fpu_cvt_s_d(&cpu, 0x3ff0000010000000ull, RNE), S_ONE, NX);         /* 1+2^-24 */
	T(fpu_cvt_s_d(&cpu, 0x3ff0000010000000ull, RMM), S(0x3f800001), NX);
	T(fpu_cvt_s_d(&cpu, D_MAX, RNE), S_INF, OF | NX);
	T(fpu_cvt_s_d(&cpu, D_MAX, RTZ), S_MAX, OF | NX);
	T(fpu_cvt_s_d(&cpu, 1, RUP), S(1), UF | NX);
	T(fpu_cvt_s_d(&cpu, 1, RNE), S(0), UF | NX);
	T(fpu_cvt_s_d(&cpu, D_SNAN, RNE), S_QNAN, NV);
	T(fpu_cvt_s_d(&cpu, 0xfff8000000000001ull, RNE), S_QNAN, 0);
	T(fpu_cvt_s_d(&cpu, D_NINF, RNE), S_NINF, 0);
	T(fpu_cvt_d_s(&cpu, S_SNAN, RNE), D_QNAN, NV);
	T(fpu_cvt_d_s(&cpu, S(0x00000001), RNE), 0x36a0000000000000ull, 0);   /* 2^-149 */
	T(fpu_cvt_d_s(&cpu, 0x3f800000, RNE), D_QNAN, 0);                      /* bad box */
	T(fpu_cvt_d_s(&cpu, S(0x80000000), RNE), 1ull << 63, 0);

	/* fflags accessors. */
	fpu_set_fflags(&cpu, 0xff);
	check("fpu_fflags after fpu_set_fflags(0xff)", __LINE__, fpu_fflags(&cpu), 0, 0x1f, 0);
	fpu_add_d(&cpu, D_ONE, 0x3ca0000000000000ull, RNE);                    /* raises NX */
	fpu_set_fflags(&cpu, DZ);
	check("fpu_set_fflags(DZ) drops pending flags", __LINE__, fpu_fflags(&cpu), 0, DZ, 0);
}

/* The lazy scheme: hardware flags wait in MXCSR, accrue across modes, and leave the host clean. */
static void lazy_flags(void)
{
	fpu_set_fflags(&cpu, 0);
	fpu_div_d(&cpu, D_ONE, 0, RNE);                                        /* DZ */
	fpu_add_s(&cpu, S_ONE, S(0x33800000), RTZ);                            /* NX */
	fpu_mul_d(&cpu, D_MAX, D_MAX, RUP);                                    /* OF NX */
	check("fegetround after RUP op", __LINE__, (uint64_t)fegetround(), 0, FE_TONEAREST, 0);
	fpu_sqrt_d(&cpu, D_NINF, RNE);                                         /* NV */
	check("flags accrued over modes", __LINE__, fpu_fflags(&cpu), 0, DZ | NX | OF | NV, 0);

	fpu_set_fflags(&cpu, 0);
	feclearexcept(FE_ALL_EXCEPT);
	fpu_div_s(&cpu, S_ONE, S(0x40400000), RNE);                            /* 1/3: NX */
	fpu_fold_host_flags(&cpu);
	check("host flags after fold", __LINE__, (uint64_t)fetestexcept(FE_ALL_EXCEPT), 0, 0, 0);
	check("fflags after fold", __LINE__, fpu_fflags(&cpu), 0, NX, 0);
	fpu_set_fflags(&cpu, 0);
}

/* ---- differential checks against the host ------------------------------------------------ */

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* A random value of the format with exponents clustered where rounding gets interesting. */
static uint64_t rnd_bits(int dbl)
{
	uint64_t r = rnd(), pick = rnd() % 16;
	int p = dbl ? 53 : 24, width = dbl ? 64 : 32, emax = dbl ? 1023 : 127;
	uint64_t frac = r & ((1ull << (p - 1)) - 1), sign = (rnd() & 1) << (width - 1);
	uint64_t e;
	switch (pick) {
	case 0: e = 0; break;                                /* subnormal or zero */
	case 1: e = 1 + rnd() % 3; break;                    /* just above */
	case 2: e = 2 * emax - rnd() % 3; break;             /* near overflow */
	case 3: e = 2 * emax + 1; frac = rnd() % 3 ? frac : 0; break; /* inf or NaN */
	case 4: frac &= ~0ull << (p - 5); e = emax + rnd() % 8; break; /* short significands */
	case 5: e = emax / 2 + rnd() % emax; break;           /* products overflow */
	case 6: e = rnd() % (emax / 2); break;                /* products underflow */
	default: e = emax - 30 + rnd() % 60; break;
	}
	return sign | e << (p - 1) | frac;
}

static const int host_mode[] = { [RNE] = FE_TONEAREST, [RTZ] = FE_TOWARDZERO,
                                 [RDN] = FE_DOWNWARD, [RUP] = FE_UPWARD };

static uint32_t host_flags(void)
{
	int e = fetestexcept(FE_ALL_EXCEPT);
	return (e & FE_INVALID ? NV : 0) | (e & FE_DIVBYZERO ? DZ : 0) | (e & FE_OVERFLOW ? OF : 0) |
	       (e & FE_UNDERFLOW ? UF : 0) | (e & FE_INEXACT ? NX : 0);
}

static int is_nan_bits(int dbl, uint64_t v)
{
	return dbl ? (v & ~(1ull << 63)) > D_INF : (v & 0x7fffffff) > 0x7f800000;
}

static void diff_count(const char *what, int dbl, int rm, uint64_t a, uint64_t b, uint64_t c,
                       uint64_t got, uint32_t gflags, uint64_t want, uint32_t wflags)
{
	if (got == want && gflags == wflags) { passed++; return; }
	if (failed++ < 40)
		printf("FAIL %s.%c rm %d (%#" PRIx64 ", %#" PRIx64 ", %#" PRIx64 ") = %#" PRIx64
		       " flags %#x, want %#" PRIx64 " flags %#x\n", what, dbl ? 'd' : 's', rm, a, b, c,
		       got, gflags, want, wflags);
}

/* Software path against the SSE path (the public functions) in the four x86 modes. */
static void soft_vs_hw(int n)
{
	typedef uint64_t binop(struct cpu *, uint64_t, uint64_t, int);
	binop *ops_s[] = { fpu_add_s, fpu_sub_s, fpu_mul_s, fpu_div_s };
	binop *ops_d[] = { fpu_add_d, fpu_sub_d, fpu_mul_d, fpu_div_d };
	static const char *names[] = { "add", "sub", "mul", "div", "sqrt" };
	for (int i = 0; i < n; i++) {
		int dbl = i & 1, op = (i >> 1) % 5, rm = (i >> 4) & 3;
		uint64_t a = rnd_bits(dbl), b = rnd_bits(dbl), hw, sw;
		uint32_t sflags = 0;
		if (op == 4) { b = 0; if (rnd() & 3) a &= ~(1ull << (dbl ? 63 : 31)); }
		fpu_set_fflags(&cpu, 0);
		if (op == 4) hw = dbl ? fpu_sqrt_d(&cpu, a, rm) : fpu_sqrt_s(&cpu, S(a), rm);
		else hw = dbl ? ops_d[op](&cpu, a, b, rm) : ops_s[op](&cpu, S(a), S(b), rm);
		uint32_t hflags = fpu_fflags(&cpu);
		sw = fpu_soft_arith(dbl, op, a, b, rm, &sflags);
		if (!dbl) sw = S(sw);
		diff_count(names[op], dbl, rm, a, b, 0, sw, sflags, hw, hflags);
	}
}

/* Fused multiply-add against the host's fma/fmaf (x86 FMA, or glibc's exact software). */
static void fused_vs_host(int n)
{
	for (int i = 0; i < n; i++) {
		int dbl = i & 1, rm = (i >> 1) & 3;
		uint64_t a = rnd_bits(dbl), b = rnd_bits(dbl), c = rnd_bits(dbl), want;
		if (is_nan_bits(dbl, a) || is_nan_bits(dbl, b) || is_nan_bits(dbl, c)) continue;
		fesetround(host_mode[rm]);
		feclearexcept(FE_ALL_EXCEPT);
		if (dbl) {
			volatile double x, y, z, r;
			memcpy((void *)&x, &a, 8); memcpy((void *)&y, &b, 8); memcpy((void *)&z, &c, 8);
			r = fma(x, y, z);
			double rr = r;
			memcpy(&want, &rr, 8);
		} else {
			volatile float x, y, z, r;
			uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b, c32 = (uint32_t)c, w;
			memcpy((void *)&x, &a32, 4); memcpy((void *)&y, &b32, 4); memcpy((void *)&z, &c32, 4);
			r = fmaf(x, y, z);
			float rr = r;
			memcpy(&w, &rr, 4);
			want = w;
		}
		uint32_t wflags = host_flags();
		fesetround(FE_TONEAREST);
		if (is_nan_bits(dbl, want)) want = dbl ? D_QNAN : 0x7fc00000;
		fpu_set_fflags(&cpu, 0);
		uint64_t got = dbl ? fpu_madd_d(&cpu, a, b, c, rm) : (uint32_t)fpu_madd_s(&cpu, S(a), S(b), S(c), rm);
		diff_count("madd", dbl, rm, a, b, c, got, fpu_fflags(&cpu), want, wflags);
		uint32_t sflags = 0;
		got = fpu_soft_fma(dbl, dbl ? a : (uint32_t)a, dbl ? b : (uint32_t)b, dbl ? c : (uint32_t)c, rm, &sflags);
		diff_count("soft madd", dbl, rm, a, b, c, got, sflags, want, wflags);
	}
}

/* cvt.s.d and cvt.s.l against the host's cvtsd2ss / cvtsi2ss. */
static void convert_vs_host(int n)
{
	for (int i = 0; i < n; i++) {
		int rm = i & 3;
		uint64_t a = rnd_bits(1), want;
		int64_t li = (int64_t)(rnd() >> (rnd() % 64));
		if (rnd() & 1) li = -li;
		if (is_nan_bits(1, a)) continue;
		uint32_t w;
		fesetround(host_mode[rm]);
		feclearexcept(FE_ALL_EXCEPT);
		{
			volatile double x; volatile float r;
			memcpy((void *)&x, &a, 8);
			r = (float)x;
			float rr = r;
			memcpy(&w, &rr, 4);
		}
		uint32_t wflags = host_flags();
		feclearexcept(FE_ALL_EXCEPT);
		{
			volatile int64_t x = li; volatile double r;
			r = (double)x;
			double rr = r;
			memcpy(&want, &rr, 8);
		}
		uint32_t lflags = host_flags();
		fesetround(FE_TONEAREST);
		fpu_set_fflags(&cpu, 0);
		uint64_t got = (uint32_t)fpu_cvt_s_d(&cpu, a, rm);
		diff_count("cvt.s.d", 0, rm, a, 0, 0, got, fpu_fflags(&cpu), w, wflags);
		fpu_set_fflags(&cpu, 0);
		got = fpu_cvt_d_l(&cpu, (uint64_t)li, rm);
		diff_count("cvt.d.l", 1, rm, (uint64_t)li, 0, 0, got, fpu_fflags(&cpu), want, lflags);
	}
}

/* The RMM software path can differ from RNE only at a tie, where it picks the larger magnitude,
 * i.e. the result that rounding away from zero (RUP or RDN by sign) gives. */
static void rmm_consistency(int n)
{
	for (int i = 0; i < n; i++) {
		int dbl = i & 1, op = (i >> 1) % 5;
		uint64_t a = rnd_bits(dbl), b = op == 4 ? 0 : rnd_bits(dbl);
		uint32_t f0 = 0, f1 = 0, f2 = 0;
		uint64_t rmm = fpu_soft_arith(dbl, op, a, b, RMM, &f0);
		uint64_t rne = fpu_soft_arith(dbl, op, a, b, RNE, &f1);
		int neg = dbl ? rmm >> 63 : (rmm >> 31) & 1;
		uint64_t away = fpu_soft_arith(dbl, op, a, b, neg ? RDN : RUP, &f2);
		if (rmm == rne || rmm == away) passed++;
		else if (failed++ < 40)
			printf("FAIL rmm op %d %c (%#" PRIx64 ", %#" PRIx64 ") = %#" PRIx64 "\n", op,
			       dbl ? 'd' : 's', a, b, rmm);
	}
}

int main(void)
{
	edge_cases();
	lazy_flags();
	soft_vs_hw(400000);
	fused_vs_host(200000);
	convert_vs_host(100000);
	rmm_consistency(100000);
	printf("fpu_test: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
