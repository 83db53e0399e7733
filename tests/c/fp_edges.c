/* reference: qemu (riscv64 instructions in inline assembly)
 *
 * Single precision and conversions at their edges: every F/D operation the translator inlines,
 * in every rounding mode (static rne..rmm and dynamic with frm = each of them), over special
 * operands: signed zeros, subnormals, the largest values, infinities, quiet and signaling NaNs,
 * singles that are not NaN-boxed, and the values around each conversion's limits (2^31, 2^32,
 * 2^63, 2^64, halves). Each operation runs between `fsflags zero` and `frflags`, so the flags are
 * checked too. One line per operation and mode: a hash of every result and flag set (argument
 * -v: every result).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int verbose;

/* f operand patterns: singles (NaN-boxed unless said), then doubles */
static const uint64_t S[] = {
	0xffffffff00000000, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffffbf800000, /* +-0, +-1 */
	0xffffffff3fc00000, 0xffffffff40200000, 0xffffffffc0200000, 0xffffffff3f000000, /* 1.5 2.5 -2.5 .5 */
	0xffffffffbf000000, 0xffffffff00000001, 0xffffffff80000001, 0xffffffff00800000, /* -.5, subnormals, min */
	0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f800000, 0xffffffffff800000, /* +-max, +-inf */
	0xffffffff7fc00000, 0xffffffff7fa00000, 0xffffffffffc12345, 0xffffffff4f000000, /* qnan snan -nan 2^31 */
	0xffffffffcf000000, 0xffffffff4effffff, 0xffffffff4f800000, 0xffffffff4f7fffff, /* -2^31 <2^31 2^32 <2^32 */
	0xffffffff5f000000, 0xffffffffdf000000, 0xffffffff5f800000, 0xffffffff406ccccd, /* 2^63 -2^63 2^64 3.7 */
	0xffffffffc06ccccd, 0xffffffff3effffff, 0xffffffffbf7fffff, 0xffffffff00fffffe, /* -3.7 .4999 -.9999 tiny */
	0xffffffff3f7fffff, 0xffffffff4b000001, 0xfffffffe3f800000, 0x000000003f800000, /* 1-ulp 2^23+1, unboxed */
	0x7ff8000000000000, 0xffffffffcf000001,                                         /* unboxed, < -2^31 */
};
static const uint64_t D[] = {
	0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000, /* +-0 +-1 */
	0x3ff8000000000000, 0x4004000000000000, 0xc004000000000000, 0x3fe0000000000000, /* 1.5 2.5 -2.5 .5 */
	0xbfe0000000000000, 0x0000000000000001, 0x8000000000000001, 0x0010000000000000, /* -.5 subnormals min */
	0x7fefffffffffffff, 0xffefffffffffffff, 0x7ff0000000000000, 0xfff0000000000000, /* +-max +-inf */
	0x7ff8000000000000, 0x7ff4000000000000, 0xfff8000000000123, 0x41dfffffffe00000, /* qnan snan -nan 2^31-1 */
	0x41dfffffffe00000 | 0x100000, 0x41e0000000000000, 0x41e0000000100000,           /* 2^31-.5 2^31 2^31+.5 */
	0xc1e0000000000000, 0xc1e0000000100000, 0xc1e0000000200000, 0xc1dfffffffc00000, /* -2^31 -2^31-.5 -2^31-1 */
	0x41efffffffe00000, 0x41efffffffefffff, 0x41efffffffffffff, 0x41f0000000000000, /* 2^32-1 ... 2^32 */
	0x43dfffffffffffff, 0x43e0000000000000, 0xc3e0000000000000, 0xc3e0000000000001, /* <2^63 2^63 -2^63 */
	0x43efffffffffffff, 0x43f0000000000000, 0x400d99999999999a, 0xc00d99999999999a, /* <2^64 2^64 3.7 -3.7 */
	0x3fdfffffffffffff, 0xbfefffffffffffff, 0x36a0000000000000, 0x47efffffe0000000, /* .4999 -.9999 tiny, big for s */
	0x47effffff0000000, 0x380fffffffffffff, 0x3810000000000000, 0x3e70000000000000, /* s max + 1/2 ulp, s subnormal edges */
	0x3ff0000010000000, 0x3ff0000030000000,                                         /* ties in single rounding */
};
static const uint64_t X[] = {
	0, 1, (uint64_t)-1, 2, 3, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0xffffff, 0x1000001,
	0x7fffffffffffffff, 0x8000000000000000, 0xffffffff80000000, 0x20000001, 0x8000008000000001,
	0x1fffffffffffff, 0x20000000000001, 0xfffffffffffff800, 0x123456789abcdef, 0xfffffffe00000001,
};
#define N(a) (sizeof(a) / sizeof((a)[0]))

typedef uint64_t op_fn(uint64_t a, uint64_t b, uint64_t c, unsigned *flags);

/* f results: ft3 out; the operands in ft0 ft1 ft2 (raw bits) */
#define FOP(fn, text)                                                                                \
	static uint64_t fn(uint64_t a, uint64_t b, uint64_t c, unsigned *flags)                        \
	{                                                                                              \
		uint64_t r;                                                                            \
		unsigned f;                                                                            \
		__asm__ volatile("fmv.d.x ft0, %2\n\tfmv.d.x ft1, %3\n\tfmv.d.x ft2, %4\n\tfsflags zero\n\t" \
				 text "\n\tfrflags %1\n\tfmv.x.d %0, ft3"                              \
				 : "=r"(r), "=&r"(f)                                                   \
				 : "r"(a), "r"(b), "r"(c)                                              \
				 : "ft0", "ft1", "ft2", "ft3");                                        \
		*flags = f;                                                                            \
		return r;                                                                              \
	}
/* integer results in %0 */
#define XOP(fn, text)                                                                                \
	static uint64_t fn(uint64_t a, uint64_t b, uint64_t c, unsigned *flags)                        \
	{                                                                                              \
		uint64_t r;                                                                            \
		unsigned f;                                                                            \
		(void)c;                                                                               \
		__asm__ volatile("fmv.d.x ft0, %2\n\tfmv.d.x ft1, %3\n\tfsflags zero\n\t" text "\n\tfrflags %1" \
				 : "=&r"(r), "=&r"(f)                                                  \
				 : "r"(a), "r"(b)                                                      \
				 : "ft0", "ft1");                                                      \
		*flags = f;                                                                            \
		return r;                                                                              \
	}
/* integer operand %2 (a), f result */
#define IOP(fn, text)                                                                                \
	static uint64_t fn(uint64_t a, uint64_t b, uint64_t c, unsigned *flags)                        \
	{                                                                                              \
		uint64_t r;                                                                            \
		unsigned f;                                                                            \
		(void)b, (void)c;                                                                      \
		__asm__ volatile("fsflags zero\n\t" text "\n\tfrflags %1\n\tfmv.x.d %0, ft3"           \
				 : "=r"(r), "=&r"(f)                                                   \
				 : "r"(a)                                                              \
				 : "ft3");                                                             \
		*flags = f;                                                                            \
		return r;                                                                              \
	}
/* each rounding mode: NAME_rne ... NAME_dyn */
#define RM6(KIND, name, text)                                                                        \
	KIND(name##_rne, text ", rne") KIND(name##_rtz, text ", rtz") KIND(name##_rdn, text ", rdn")   \
	KIND(name##_rup, text ", rup") KIND(name##_rmm, text ", rmm") KIND(name##_dyn, text ", dyn")

RM6(FOP, fadd_s, "fadd.s ft3, ft0, ft1")
RM6(FOP, fsub_s, "fsub.s ft3, ft0, ft1")
RM6(FOP, fmul_s, "fmul.s ft3, ft0, ft1")
RM6(FOP, fdiv_s, "fdiv.s ft3, ft0, ft1")
RM6(FOP, fsqrt_s, "fsqrt.s ft3, ft0")
RM6(FOP, fmadd_s, "fmadd.s ft3, ft0, ft1, ft2")
RM6(FOP, fmsub_s, "fmsub.s ft3, ft0, ft1, ft2")
RM6(FOP, fnmadd_s, "fnmadd.s ft3, ft0, ft1, ft2")
RM6(FOP, fnmsub_s, "fnmsub.s ft3, ft0, ft1, ft2")
RM6(FOP, fadd_d, "fadd.d ft3, ft0, ft1")
RM6(FOP, fmul_d, "fmul.d ft3, ft0, ft1")
RM6(FOP, fdiv_d, "fdiv.d ft3, ft0, ft1")
RM6(FOP, fsqrt_d, "fsqrt.d ft3, ft0")
RM6(FOP, fmadd_d, "fmadd.d ft3, ft0, ft1, ft2")
RM6(FOP, fnmsub_d, "fnmsub.d ft3, ft0, ft1, ft2")
/* the translator computes a fused multiply-add in its destination's register when that is not a
 * multiplicand (an accumulator: rd = rs3), else in a scratch one: both shapes, the result copied
 * to ft3 by `then` */
#define RM6_THEN(KIND, name, text, then)                                                             \
	KIND(name##_rne, text ", rne\n\t" then) KIND(name##_rtz, text ", rtz\n\t" then)              \
	KIND(name##_rdn, text ", rdn\n\t" then) KIND(name##_rup, text ", rup\n\t" then)              \
	KIND(name##_rmm, text ", rmm\n\t" then) KIND(name##_dyn, text ", dyn\n\t" then)
RM6_THEN(FOP, fmadd_s_acc, "fmadd.s ft2, ft0, ft1, ft2", "fmv.d ft3, ft2")
RM6_THEN(FOP, fnmsub_d_acc, "fnmsub.d ft2, ft0, ft1, ft2", "fmv.d ft3, ft2")
RM6_THEN(FOP, fmsub_s_mul, "fmsub.s ft1, ft0, ft1, ft2", "fmv.d ft3, ft1")
RM6_THEN(FOP, fnmadd_d_mul, "fnmadd.d ft0, ft0, ft1, ft2", "fmv.d ft3, ft0")
RM6(FOP, fcvt_s_d, "fcvt.s.d ft3, ft0")
/* the assembler takes no rounding mode for the exact conversions: .insn (funct3 = rm) */
#define RM6_INSN(KIND, name, f7, rd, rs1, rs2)                                                                 \
	KIND(name##_rne, ".insn r 0x53, 0, " f7 ", " rd ", " rs1 ", " rs2)                                     \
	KIND(name##_rtz, ".insn r 0x53, 1, " f7 ", " rd ", " rs1 ", " rs2)                                     \
	KIND(name##_rdn, ".insn r 0x53, 2, " f7 ", " rd ", " rs1 ", " rs2)                                     \
	KIND(name##_rup, ".insn r 0x53, 3, " f7 ", " rd ", " rs1 ", " rs2)                                     \
	KIND(name##_rmm, ".insn r 0x53, 4, " f7 ", " rd ", " rs1 ", " rs2)                                     \
	KIND(name##_dyn, ".insn r 0x53, 7, " f7 ", " rd ", " rs1 ", " rs2)
RM6_INSN(FOP, fcvt_d_s, "0x21", "ft3", "ft0", "f0")
FOP(fmin_s, "fmin.s ft3, ft0, ft1")
FOP(fmax_s, "fmax.s ft3, ft0, ft1")
FOP(fmin_d, "fmin.d ft3, ft0, ft1")
FOP(fmax_d, "fmax.d ft3, ft0, ft1")
FOP(fsgnj_s, "fsgnj.s ft3, ft0, ft1")
FOP(fsgnjn_s, "fsgnjn.s ft3, ft0, ft1")
FOP(fsgnjx_s, "fsgnjx.s ft3, ft0, ft1")
FOP(fsgnj_d, "fsgnj.d ft3, ft0, ft1")
FOP(fsgnjn_d, "fsgnjn.d ft3, ft0, ft1")
FOP(fsgnjx_d, "fsgnjx.d ft3, ft0, ft1")
RM6(XOP, fcvt_w_s, "fcvt.w.s %0, ft0")
RM6(XOP, fcvt_wu_s, "fcvt.wu.s %0, ft0")
RM6(XOP, fcvt_l_s, "fcvt.l.s %0, ft0")
RM6(XOP, fcvt_lu_s, "fcvt.lu.s %0, ft0")
RM6(XOP, fcvt_w_d, "fcvt.w.d %0, ft0")
RM6(XOP, fcvt_wu_d, "fcvt.wu.d %0, ft0")
RM6(XOP, fcvt_l_d, "fcvt.l.d %0, ft0")
RM6(XOP, fcvt_lu_d, "fcvt.lu.d %0, ft0")
XOP(feq_s, "feq.s %0, ft0, ft1")
XOP(flt_s, "flt.s %0, ft0, ft1")
XOP(fle_s, "fle.s %0, ft0, ft1")
XOP(feq_d, "feq.d %0, ft0, ft1")
XOP(flt_d, "flt.d %0, ft0, ft1")
XOP(fle_d, "fle.d %0, ft0, ft1")
XOP(fclass_s, "fclass.s %0, ft0")
XOP(fclass_d, "fclass.d %0, ft0")
XOP(fmv_x_w, "fmv.x.w %0, ft0")
RM6(IOP, fcvt_s_w, "fcvt.s.w ft3, %2")
RM6(IOP, fcvt_s_wu, "fcvt.s.wu ft3, %2")
RM6(IOP, fcvt_s_l, "fcvt.s.l ft3, %2")
RM6(IOP, fcvt_s_lu, "fcvt.s.lu ft3, %2")
RM6_INSN(IOP, fcvt_d_w, "0x69", "ft3", "%2", "x0")
RM6_INSN(IOP, fcvt_d_wu, "0x69", "ft3", "%2", "x1")
RM6(IOP, fcvt_d_l, "fcvt.d.l ft3, %2")
RM6(IOP, fcvt_d_lu, "fcvt.d.lu ft3, %2")
IOP(fmv_w_x, "fmv.w.x ft3, %2")

/* glibc's quiet compare: the flags saved, a signaling compare, the flags restored (with some
 * flags already set, and one op raising more between the save and the compare) */
#define QUIET(fn, cmp)                                                                               \
	static uint64_t fn(uint64_t a, uint64_t b, uint64_t c, unsigned *flags)                        \
	{                                                                                              \
		uint64_t r;                                                                            \
		unsigned f;                                                                            \
		(void)c;                                                                               \
		__asm__ volatile("fmv.d.x ft0, %2\n\tfmv.d.x ft1, %3\n\tfsflags zero\n\tcsrrsi zero, fflags, 5\n\t" \
				 "fadd.d ft2, ft0, ft1\n\tcsrrs t0, fflags, zero\n\t" cmp " %0, ft0, ft1\n\t"  \
				 "csrrw zero, fflags, t0\n\tfrflags %1\n\tadd %0, %0, t0"                   \
				 : "=&r"(r), "=&r"(f)                                                  \
				 : "r"(a), "r"(b)                                                      \
				 : "ft0", "ft1", "ft2", "t0");                                         \
		*flags = f;                                                                            \
		return r;                                                                              \
	}
QUIET(quiet_lt_d, "flt.d")
QUIET(quiet_le_d, "fle.d")
QUIET(quiet_lt_s, "flt.s")

/* operands: 1 unary, 2 binary, 3 ternary; from S, D or X */
struct op {
	const char *name;
	op_fn *fn;
	int arity;
	const uint64_t *vals;
	unsigned n;
};
#define OPV(name, arity, V) { #name, name, arity, V, N(V) }
#define OPS6(name, arity, V) OPV(name##_rne, arity, V), OPV(name##_rtz, arity, V), OPV(name##_rdn, arity, V), \
	OPV(name##_rup, arity, V), OPV(name##_rmm, arity, V), OPV(name##_dyn, arity, V)
static const struct op ops[] = {
	OPS6(fadd_s, 2, S), OPS6(fsub_s, 2, S), OPS6(fmul_s, 2, S), OPS6(fdiv_s, 2, S), OPS6(fsqrt_s, 1, S),
	OPS6(fmadd_s, 3, S), OPS6(fmsub_s, 3, S), OPS6(fnmadd_s, 3, S), OPS6(fnmsub_s, 3, S),
	OPS6(fadd_d, 2, D), OPS6(fmul_d, 2, D), OPS6(fdiv_d, 2, D), OPS6(fsqrt_d, 1, D),
	OPS6(fmadd_d, 3, D), OPS6(fnmsub_d, 3, D),
	OPS6(fmadd_s_acc, 3, S), OPS6(fnmsub_d_acc, 3, D), OPS6(fmsub_s_mul, 3, S), OPS6(fnmadd_d_mul, 3, D),
	OPS6(fcvt_s_d, 1, D), OPS6(fcvt_d_s, 1, S),
	OPV(fmin_s, 2, S), OPV(fmax_s, 2, S), OPV(fmin_d, 2, D), OPV(fmax_d, 2, D),
	OPV(fsgnj_s, 2, S), OPV(fsgnjn_s, 2, S), OPV(fsgnjx_s, 2, S),
	OPV(fsgnj_d, 2, D), OPV(fsgnjn_d, 2, D), OPV(fsgnjx_d, 2, D),
	OPS6(fcvt_w_s, 1, S), OPS6(fcvt_wu_s, 1, S), OPS6(fcvt_l_s, 1, S), OPS6(fcvt_lu_s, 1, S),
	OPS6(fcvt_w_d, 1, D), OPS6(fcvt_wu_d, 1, D), OPS6(fcvt_l_d, 1, D), OPS6(fcvt_lu_d, 1, D),
	OPV(feq_s, 2, S), OPV(flt_s, 2, S), OPV(fle_s, 2, S), OPV(feq_d, 2, D), OPV(flt_d, 2, D), OPV(fle_d, 2, D),
	OPV(fclass_s, 1, S), OPV(fclass_d, 1, D), OPV(fmv_x_w, 1, S),
	OPS6(fcvt_s_w, 1, X), OPS6(fcvt_s_wu, 1, X), OPS6(fcvt_s_l, 1, X), OPS6(fcvt_s_lu, 1, X),
	OPS6(fcvt_d_w, 1, X), OPS6(fcvt_d_wu, 1, X), OPS6(fcvt_d_l, 1, X), OPS6(fcvt_d_lu, 1, X),
	OPV(fmv_w_x, 1, X), OPV(quiet_lt_d, 2, D), OPV(quiet_le_d, 2, D), OPV(quiet_lt_s, 2, S),
};

static uint64_t hash;
static void mix(uint64_t v)
{
	for (int i = 0; i < 8; i++) hash = (hash ^ ((v >> (8 * i)) & 0xff)) * 0x100000001b3ull;
}

static void one(const struct op *o, uint64_t a, uint64_t b, uint64_t c)
{
	unsigned flags;
	uint64_t r = o->fn(a, b, c, &flags);
	mix(r);
	mix(flags);
	if (verbose) printf("  %s %016llx %016llx %016llx -> %016llx %02x\n", o->name, (unsigned long long)a,
			    (unsigned long long)b, (unsigned long long)c, (unsigned long long)r, flags);
}

int main(int argc, char **argv)
{
	verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
	for (unsigned frm = 0; frm <= 4; frm++) {
		__asm__ volatile("fsrm %0" : : "r"(frm));
		for (unsigned k = 0; k < N(ops); k++) {
			const struct op *o = &ops[k];
			size_t len = strlen(o->name);
			int dyn = len > 4 && strcmp(o->name + len - 4, "_dyn") == 0;
			if (frm != 0 && !dyn) continue; /* static modes once, dynamic under each frm */
			hash = 0xcbf29ce484222325ull;
			/* ternary ops take a sample (every third first operand, every seventh addend): enough
			 * corners, and short enough for the lockstep suite */
			for (unsigned i = 0; i < o->n; i++) {
				if (o->arity == 1) { one(o, o->vals[i], 0, 0); continue; }
				for (unsigned j = 0; j < o->n; j++) {
					if (o->arity == 2) { one(o, o->vals[i], o->vals[j], 0); continue; }
					if (i % 3) continue;
					for (unsigned m = j % 7; m < o->n; m += 7) one(o, o->vals[i], o->vals[j], o->vals[m]);
				}
			}
			printf("%-12s frm=%u %016llx\n", o->name, frm, (unsigned long long)hash);
		}
	}
	/* the flags accrue across operations and survive an frm write; fcsr reads both */
	unsigned fcsr;
	__asm__ volatile("fsflags zero\n\tfsrm %1\n\t"
			 "fmv.w.x ft0, %2\n\tfmv.w.x ft1, %3\n\tfdiv.s ft2, ft0, ft1\n\t"
			 "fcvt.w.s t0, ft0, rtz\n\tfsrm zero\n\tfrcsr %0"
			 : "=r"(fcsr) : "r"(3), "r"(0x3fc00000), "r"(0) : "ft0", "ft1", "ft2", "t0");
	printf("fcsr %02x\n", fcsr);
	__asm__ volatile("fscsr %1\n\tcsrrci %0, fflags, 3" : "=r"(fcsr) : "r"(0xff));
	printf("fflags %02x", fcsr);
	__asm__ volatile("csrrsi %0, fcsr, 1" : "=r"(fcsr));
	printf(" %02x", fcsr);
	__asm__ volatile("frcsr %0" : "=r"(fcsr));
	printf(" %02x\n", fcsr);
	__asm__ volatile("fscsr zero");
	return 0;
}
