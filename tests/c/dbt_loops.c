/* Hot loops the translator keeps in host registers, checked against qemu-riscv64 (reference: qemu):
 *  - 32-bit arithmetic whose sign extension the translator puts off, mixed with 64-bit reads;
 *  - single and double precision on the same f registers in one self-looping block, in every
 *    rounding mode (the loop head keeps f registers in xmm; slow paths join it again);
 *  - a self-looping block of singles entered where what its rounds keep true does not hold yet:
 *    frm not RNE, a register read in the first round not NaN-boxed (the translator checks those
 *    once on the way in and takes a translation that checks every round when they fail);
 *  - faults in the middle of a 32-bit chain: the handler must see every register sign-extended,
 *    in a pool register (t0), in a pinned one (a5), at an access in range and one beyond it;
 *  - NaNs from arithmetic (0/0, inf - inf, sqrt(-1), NaN operands with payloads and signs), which
 *    x86 makes its own way and the translator makes RISC-V's canonical NaN only when something
 *    sees the bits: stored each round, moved to x registers, sign-injected, converted, left by a
 *    side exit, and seen by a SIGSEGV handler in the f registers of its context;
 *  - a self-looping block whose counter (addiw: lazy) is compared with a bound it never writes:
 *    the translator assumes both sign-extended 32-bit values at the head (a 32-bit compare, no
 *    extension at the back edge), checked on the way in; entered with a bound that is not one
 *    (its low half equal to a count the loop reaches) and with counts crossing 2^31.
 */
#include <fenv.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

static uint64_t mix32(uint32_t n)
{
	uint32_t a = 0x9e3779b9u, b = 0x7f4a7c15u;
	int64_t s = 0;
	for (uint32_t i = 0; i < n; i++) {
		a = a * 2654435761u + i;
		b ^= (a >> 7) | (a << 25);
		int32_t c = (int32_t)(a + b);
		s += c;
		s ^= (int64_t)(int32_t)(b - a) >> 3;
		s += (int64_t)((int32_t)a & (int32_t)b) * 3;
	}
	return (uint64_t)s;
}

static double fp_mixed(int n)
{
	float f = 1.0f, g = 0.25f;
	double d = 0.5, e = 1e-3;
	for (int i = 0; i < n; i++) {
		f = f * 1.0001f + (float)i * g;
		d = d + (double)f * 0.5 - e * d;
		g = g / (1.0f + (float)(i & 7));
		e = e * 1.000001 + (double)g;
		if ((i & 15) == 3) f = -f;
	}
	return d + f + e + g;
}

/* ft2 = ft2_bits (a single only when NaN-boxed: else the first round reads the canonical NaN, and
 * fmax.s leaves it out), frm = rm, then n rounds of one block that keeps frm and every register it
 * reads NaN-boxed. The results depend on both (a non-boxed ft2 read as its low half would
 * overflow to infinity in ft5). */
static void fp_entry(const char *what, uint64_t ft2_bits, unsigned rm, int n)
{
	uint32_t x0, x5, flags;
	__asm__ volatile("fsflags zero\n\t"
			 "fsrm %[rm]\n\t"
			 "fmv.d.x ft2, %[b]\n\t"
			 "fmv.w.x ft0, %[one]\n\t"
			 "fmv.w.x ft1, %[three]\n\t"
			 "fmv.w.x ft5, zero\n\t"
			 "mv t0, %[n]\n\t"
			 "lla t1, 1f\n\t"
			 "jr t1\n\t" /* the loop's block is entered as set up here, not by a superblock */
			 "1:\n\t"
			 "fmul.s ft3, ft2, ft1\n\t"
			 "fmax.s ft5, ft5, ft3\n\t"
			 "fdiv.s ft4, ft0, ft1\n\t"
			 "fadd.s ft0, ft4, ft1\n\t"
			 "fsgnj.s ft2, ft0, ft0\n\t"
			 "addi t0, t0, -1\n\t"
			 "bnez t0, 1b\n\t"
			 "fmv.x.w %[x0], ft0\n\t"
			 "fmv.x.w %[x5], ft5\n\t"
			 "frflags %[flags]\n\t"
			 "fsrm zero\n\t"
			 : [x0] "=&r"(x0), [x5] "=&r"(x5), [flags] "=&r"(flags)
			 : [b] "r"(ft2_bits), [rm] "r"(rm), [one] "r"(0x3f800000u), [three] "r"(0x40400000u), [n] "r"(n)
			 : "t0", "t1", "ft0", "ft1", "ft2", "ft3", "ft4", "ft5");
	printf("fp entry %s: ft0 %#x ft5 %#x fflags %#x\n", what, x0, x5, flags);
}

/* --- faults inside a 32-bit chain -------------------------------------------------------------- */
static sigjmp_buf back;
static volatile uint64_t seen_t0, seen_a5, seen_addr;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	ucontext_t *uc = ctx;
	seen_t0 = uc->uc_mcontext.__gregs[5];
	seen_a5 = uc->uc_mcontext.__gregs[15];
	seen_addr = (uint64_t)(uintptr_t)si->si_addr;
	siglongjmp(back, 1);
}

static void catch_segv(void (*handler)(int, siginfo_t *, void *))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
}

/* t0 = a + b (W), a5 = a - b (W), then a load from p, then both read whole. */
static uint64_t chain(int32_t a, int32_t b, const int32_t *p)
{
	uint64_t out;
	__asm__ volatile("addw t0, %[a], %[b]\n\t"
			 "subw a5, %[a], %[b]\n\t"
			 "xor t0, t0, a5\n\t"
			 "lw t1, 0(%[p])\n\t"
			 "add %[out], t0, t1\n\t"
			 "add %[out], %[out], a5\n\t"
			 : [out] "=&r"(out)
			 : [a] "r"(a), [b] "r"(b), [p] "r"(p)
			 : "t0", "t1", "a5", "memory");
	return out;
}

/* qemu-riscv64 reports si_addr 0 for an address beyond its guest space: addr is printed only
 * when show_addr. */
static void faults(const char *what, const int32_t *bad, int show_addr)
{
	static int32_t word = 5;
	catch_segv(on_segv);
	uint64_t sum = 0;
	int faulted = 0;
	for (volatile int i = 0; i < 3000; i++) {
		int32_t a = 0x7fffff00 + (i & 0x1ff), b = (int32_t)(0x80000000u >> ((i + 1) & 3)) + i;
		if (sigsetjmp(back, 1)) {
			faulted++;
			printf("%s: fault %d t0=%#llx a5=%#llx addr=%#llx\n", what, faulted, (unsigned long long)seen_t0,
			       (unsigned long long)seen_a5, show_addr ? (unsigned long long)seen_addr : 0ull);
			continue;
		}
		sum += chain(a, b, i % 1000 == 999 ? bad : &word);
	}
	printf("%s: sum %#llx, %d faults\n", what, (unsigned long long)sum, faulted);
	signal(SIGSEGV, SIG_DFL);
}

/* --- NaNs the host made, seen ----------------------------------------------------------------- */
static volatile uint64_t seen_f[4];

static void on_segv_f(int sig, siginfo_t *si, void *ctx)
{
	(void)sig, (void)si;
	ucontext_t *uc = ctx;
	for (int i = 0; i < 4; i++) seen_f[i] = uc->uc_mcontext.__fpregs.__d.__f[2 + i]; /* ft2..ft5 */
	siglongjmp(back, 1);
}

/* Rounds of: ft3 and ft5 (the last round's; first f3, maybe a NaN of the guest's own) read as bits,
 * ft2 = ft0 / ft1 (single), ft4 = sqrt(d ft6) (double), a load that faults at round `fault_at` (the
 * handler sees ft2..ft5), a side exit at round `leave_at`, ft2 stored, ft4 classified (a helper
 * call), ft3 = ft2 + ft0, ft5 = ft4 - ft7, ft4 stored; then the registers read back as bits,
 * sign-injected and converted. */
static void nan_rounds(const char *what, uint32_t a, uint32_t b, uint64_t d, uint64_t e, uint32_t f3, int rounds,
		       int leave_at, const int32_t *bad, int fault_at)
{
	static int32_t word = 1;
	static uint64_t out[2 * 64];
	uint64_t r[6];
	if (sigsetjmp(back, 1)) {
		printf("%s: fault ft2..ft5 %#llx %#llx %#llx %#llx\n", what, (unsigned long long)seen_f[0],
		       (unsigned long long)seen_f[1], (unsigned long long)seen_f[2], (unsigned long long)seen_f[3]);
		return;
	}
	uint64_t left = (uint64_t)rounds, leave = (uint64_t)(rounds - leave_at);
	uint64_t fault = (uint64_t)(rounds - fault_at);
	uint64_t *o = out, bits = 0;
	__asm__ volatile("fmv.w.x ft0, %[a]\n\tfmv.w.x ft1, %[b]\n\tfmv.d.x ft6, %[d]\n\tfmv.d.x ft7, %[e]\n\t"
			 "fmv.w.x ft3, %[f3]\n\t"
			 "la t2, 1f\n\t"
			 "jr t2\n"                  /* the block ends: the loop is entered at its head */
			 "1:\n\t"
			 "fmv.x.w t2, ft3\n\t"   /* the last round's ft3 and ft5 (the first: the guest's own) */
			 "add %[bits], %[bits], t2\n\t"
			 "fmv.x.d t2, ft5\n\t"
			 "srli t2, t2, 1\n\t"
			 "add %[bits], %[bits], t2\n\t"
			 "fdiv.s ft2, ft0, ft1\n\t"
			 "fsqrt.d ft4, ft6\n\t"
			 "sub t1, %[left], %[fault]\n\t" /* t1 = left == fault ? bad : word, no branch */
			 "seqz t1, t1\n\t"
			 "neg t1, t1\n\t"
			 "xor t2, %[word], %[bad]\n\t"
			 "and t1, t1, t2\n\t"
			 "xor t1, t1, %[word]\n\t"
			 "lw t1, 0(t1)\n\t"     /* a fault with ft2, ft4 fresh */
			 "beq %[left], %[leave], 2f\n\t" /* a side exit with them */
			 "fsw ft2, 0(%[o])\n\t"
			 "fclass.d t2, ft4\n\t"  /* a helper: cpu->f exact for it */
			 "add %[bits], %[bits], t2\n\t"
			 "fadd.s ft3, ft2, ft0\n\t" /* read in the next round */
			 "fsub.d ft5, ft4, ft7\n\t" /* read in the next round */
			 "fsd ft4, 8(%[o])\n\t"
			 "addi %[o], %[o], 16\n\t"
			 "addi %[left], %[left], -1\n\t"
			 "bne %[left], zero, 1b\n"
			 "2:\n\t"
			 "fmv.x.w %[r0], ft2\n\t"
			 "fmv.x.d %[r1], ft5\n\t"
			 "fsgnjn.s ft8, ft3, ft3\n\t"
			 "fmv.x.w %[r2], ft8\n\t"
			 "fsgnjx.d ft8, ft4, ft7\n\t"
			 "fmv.x.d %[r3], ft8\n\t"
			 "fcvt.d.s ft8, ft2\n\t"
			 "fmv.x.d %[r4], ft8\n\t"
			 "fcvt.s.d ft8, ft5\n\t"
			 "fmv.x.d %[r5], ft8\n\t"
			 : [o] "+r"(o), [left] "+r"(left), [bits] "+r"(bits), [r0] "=&r"(r[0]), [r1] "=&r"(r[1]), [r2] "=&r"(r[2]),
			   [r3] "=&r"(r[3]), [r4] "=&r"(r[4]), [r5] "=&r"(r[5])
			 : [a] "r"(a), [b] "r"(b), [d] "r"(d), [e] "r"(e), [leave] "r"(leave), [fault] "r"(fault),
			   [word] "r"(&word), [bad] "r"(bad), [f3] "r"(f3)
			 : "t1", "t2", "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "ft8", "memory");
	uint64_t h = 0;
	for (uint64_t *q = out; q < o + 2; q++) h = h * 1000003 + *q;
	printf("%s: out + %d, stored %#llx, bits %#llx;", what, (int)(o - out) / 2, (unsigned long long)h,
	       (unsigned long long)bits);
	for (int i = 0; i < 6; i++) printf(" %#llx", (unsigned long long)r[i]);
	printf("\n");
}

static void nans(void)
{
	catch_segv(on_segv_f);
	const int32_t *bad = (const int32_t *)(uintptr_t)8;
	static const struct { const char *what; uint32_t a, b; uint64_t d, e; } in[] = {
		{ "0/0, sqrt(-1)", 0, 0, 0xbff0000000000000ull, 0x3ff0000000000000ull },
		{ "numbers", 0x3f800000, 0x40000000, 0x4010000000000000ull, 0x3ff0000000000000ull },
		{ "-NaN payloads", 0xffc12345, 0x3f800000, 0xfff8000000000abcull, 0x3ff0000000000000ull },
		{ "inf-inf", 0x7f800000, 0x3f800000, 0x7ff0000000000000ull, 0x7ff0000000000000ull },
	};
	for (unsigned c = 0; c < sizeof in / sizeof in[0]; c++) { /* 60 rounds: hot within the first */
		for (int f = 0; f < 2; f++) {
			uint32_t f3 = f ? 0xffc12345u : 0x3f800000u; /* a NaN not canonical, on the way in */
			nan_rounds(in[c].what, in[c].a, in[c].b, in[c].d, in[c].e, f3, 60, 60, bad, 60); /* all */
			nan_rounds(in[c].what, in[c].a, in[c].b, in[c].d, in[c].e, f3, 60, 17, bad, 60); /* side exit */
			nan_rounds(in[c].what, in[c].a, in[c].b, in[c].d, in[c].e, f3, 60, 60, bad, 23); /* fault */
		}
	}
	signal(SIGSEGV, SIG_DFL);
}

/* for (;;) { count = (int32_t)(count + 1); if (count == bound) break; if (--left == 0) break; }:
 * one block looping on itself; returns count's whole value and, in *rounds, the rounds run */
static uint64_t count_to(uint64_t count, uint64_t bound, uint64_t left, uint64_t *rounds)
{
	uint64_t start = left;
	__asm__ volatile("1:\n\t"
			 "addiw %0, %0, 1\n\t"
			 "beq %0, %2, 2f\n\t"
			 "addi %1, %1, -1\n\t"
			 "bne %1, zero, 1b\n"
			 "2:"
			 : "+r"(count), "+r"(left)
			 : "r"(bound));
	*rounds = start - left;
	return count;
}

static void counts(void)
{
	static const uint64_t cases[][3] = { /* count, bound, rounds at most */
		{ 0, 40, 100 },                     /* the bound reached */
		{ 0, 0x100000028ull, 100 },         /* low half 40, not sign-extended: never equal */
		{ 0x7ffffff0, 0xffffffff80000004ull, 100 }, /* across 2^31, to a negative bound */
		{ 0x7ffffff0, 0x80000004ull, 100 },  /* the same low half, not sign-extended */
		{ 0x500000000ull, 7, 100 },         /* a count not sign-extended on the way in */
	};
	uint64_t sum = 0;
	for (int k = 0; k < 300; k++) /* hot: translated, then run from the translation */
		for (unsigned c = 0; c < sizeof cases / sizeof cases[0]; c++) {
			uint64_t rounds, v = count_to(cases[c][0], cases[c][1], cases[c][2], &rounds);
			sum = sum * 31 + v + rounds;
			if (k == 299) printf("count_to %#llx %#llx: %#llx after %llu\n", (unsigned long long)cases[c][0],
					     (unsigned long long)cases[c][1], (unsigned long long)v, (unsigned long long)rounds);
		}
	printf("counts: %#llx\n", (unsigned long long)sum);
}

int main(void)
{
	nans();
	counts();
	printf("mix32 %#llx\n", (unsigned long long)mix32(100000));
	static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
	for (unsigned m = 0; m < sizeof modes / sizeof modes[0]; m++) {
		fesetround(modes[m]);
		printf("fp mode %u: %a\n", m, fp_mixed(20000));
	}
	fesetround(FE_TONEAREST);
	const uint64_t boxed = 0xffffffff3f000000ull, not_boxed = 0x000000007f000000ull;
	for (int k = 0; k < 2; k++) {
		fp_entry("boxed rne", boxed, 0, 2000);
		fp_entry("not boxed rne", not_boxed, 0, 2000);
		fp_entry("boxed rtz", boxed, 1, 2000);
		fp_entry("not boxed rup", not_boxed, 3, 2000);
		fp_entry("boxed rdn", boxed, 2, 2000);
	}
	faults("in range", (const int32_t *)(uintptr_t)8, 1);
	faults("beyond", (const int32_t *)(uintptr_t)0x7ffffffffff00000ull, 0);
	return 0;
}
