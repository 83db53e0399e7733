/* reference: qemu
 * F registers where the guest can see them between instructions. The translator keeps FP results
 * in host registers only (cpu->f stale) until something needs them exact; each case below writes
 * singles and doubles and then reaches such a point:
 *   - a load that faults (an unmapped page, an address past the guest's space, an FP load): the
 *     handler reads every f register from its ucontext, singles NaN-boxed;
 *   - a branch leaving the block early, a helper (fclass), an instruction falling back to its
 *     helper with frm not RNE (leaving) or a NaN result (going on), fsgnj and fmv reading cpu->f;
 *   - more results than host registers: a result displacing another (then leaving through a
 *     helper), sixteen sums in one loop, a loop of twenty-two registers;
 *   - a loop leaving before it writes a single to a register that holds a double;
 *   - a timer signal arriving while a loop adds 1.0 to fa0 and 1 to t0: at each delivery the
 *     ucontext's fa0 must equal t0.
 * Each case runs hot first (translated), then once at the point itself. riscv-specific (inline
 * asm, the signal frame), so the reference is qemu-riscv64. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <ucontext.h>

#define HOT 300

static sigjmp_buf back;
static uint64_t seen_f[32];
static volatile int faults;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)sig, (void)si;
	ucontext_t *uc = ctx;
	memcpy(seen_f, uc->uc_mcontext.__fpregs.__d.__f, sizeof seen_f);
	faults++;
	siglongjmp(back, 1);
}

static const double inputs[2] = { 1.75, -3.125 };

/* ft0..ft3 written (singles and doubles) from in, then a load from p. */
__attribute__((noinline)) static uint64_t write_then_load(const double *in, const uint32_t *p)
{
	uint64_t v;
	__asm__ volatile("fld fa0, 0(%[in])\n\t"
			 "fld fa1, 8(%[in])\n\t"
			 "fcvt.s.d fa2, fa0\n\t"
			 "fcvt.s.d fa3, fa1\n\t"
			 "fadd.s ft0, fa2, fa3\n\t"
			 "fmul.d ft1, fa0, fa1\n\t"
			 "fmadd.s ft2, fa2, fa3, ft0\n\t"
			 "fsub.d ft3, ft1, fa0\n\t"
			 "lwu %[v], 0(%[p])\n\t"
			 : [v] "=&r"(v)
			 : [in] "r"(in), [p] "r"(p)
			 : "fa0", "fa1", "fa2", "fa3", "ft0", "ft1", "ft2", "ft3", "memory");
	return v;
}

/* The same with the faulting load an FP one (into ft4). */
__attribute__((noinline)) static void write_then_fload(const double *in, const float *p)
{
	__asm__ volatile("fld fa0, 0(%[in])\n\t"
			 "fld fa1, 8(%[in])\n\t"
			 "fcvt.s.d fa2, fa0\n\t"
			 "fdiv.s ft0, fa2, fa2\n\t"
			 "fdiv.d ft1, fa1, fa0\n\t"
			 "flw ft4, 0(%[p])\n\t"
			 "fadd.s ft0, ft0, ft4\n\t"
			 :
			 : [in] "r"(in), [p] "r"(p)
			 : "fa0", "fa1", "fa2", "ft0", "ft1", "ft4", "memory");
}

static void print_f(const char *what)
{
	static const int shown[] = { 0, 1, 2, 3, 4, 10, 11, 12, 13 };
	printf("%s:", what);
	for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++) printf(" f%d=%016llx", shown[i], (unsigned long long)seen_f[shown[i]]);
	printf("\n");
}

static void fault_cases(void)
{
	static uint32_t word = 7;
	static float one = 1.0f;
	uint64_t sum = 0;
	for (int i = 0; i < HOT; i++) sum += write_then_load(inputs, &word);
	printf("hot loads: %llu\n", (unsigned long long)sum);
	for (int i = 0; i < HOT; i++) write_then_fload(inputs, &one);
	/* the faulting calls compute other values: what the hot ones left in cpu->f is stale */
	static const double other[4][2] = { { 2.5, 0.375 }, { -6.0, 1e10 }, { 3e-3, -7.75 }, { 11.0, 0.5 } };

	uint32_t *none = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	const uint32_t *bad[] = { none, (const uint32_t *)(uintptr_t)(1ull << 38), (const uint32_t *)(uintptr_t)0xfffffffffff00000ull };
	const char *names[] = { "unmapped page", "past the address space", "top of the 64-bit space" };
	for (int i = 0; i < 3; i++) {
		memset(seen_f, 0, sizeof seen_f);
		if (!sigsetjmp(back, 1)) {
			write_then_load(other[i], bad[i]);
			printf("%s: no fault\n", names[i]);
		} else {
			print_f(names[i]);
		}
	}
	memset(seen_f, 0, sizeof seen_f);
	if (!sigsetjmp(back, 1)) {
		write_then_fload(other[3], (const float *)none);
		printf("fp load: no fault\n");
	} else {
		print_f("fp load");
	}
	printf("faults: %d\n", faults);
}

/* ft5 (double) and ft6 (single) written, then a branch taken when c is 0 leaves the block. */
__attribute__((noinline)) static void side_exit(const double *in, long c, uint64_t out[3])
{
	__asm__ volatile("fld fa0, 0(%[in])\n\t"
			 "fld fa1, 8(%[in])\n\t"
			 "fcvt.s.d fa2, fa1\n\t"
			 "fadd.d ft5, fa0, fa1\n\t"
			 "fmul.s ft6, fa2, fa2\n\t"
			 "beqz %[c], 1f\n\t"
			 "fadd.d ft5, ft5, ft5\n\t"
			 "1:\n\t"
			 "fmv.x.d t1, ft6\n\t"
			 "sd t1, 0(%[out])\n\t"
			 "fsd ft5, 8(%[out])\n\t"
			 "fmv.x.d t1, fa2\n\t"
			 "sd t1, 16(%[out])\n\t"
			 :
			 : [in] "r"(in), [c] "r"(c), [out] "r"(out)
			 : "fa0", "fa1", "fa2", "ft5", "ft6", "t1", "memory");
}

/* Results written, then an instruction the translator runs through its helper (fclass), one
 * reading cpu->f itself (fsgnj), and a division that takes its helper: leaving when frm is not
 * RNE, going on after a NaN result (0/0). */
__attribute__((noinline)) static void helpers(const double *in, uint64_t out[5])
{
	__asm__ volatile("fld fa0, 0(%[in])\n\t"
			 "fld fa1, 8(%[in])\n\t"
			 "fcvt.s.d fa2, fa0, rne\n\t"
			 "fcvt.s.d fa3, fa1, rne\n\t"
			 "fadd.d ft7, fa0, fa1, rne\n\t"
			 "fadd.s ft8, fa2, fa3, rne\n\t"
			 "fclass.s t1, ft8\n\t"
			 "sd t1, 0(%[out])\n\t"
			 "fsgnjn.s ft9, ft8, ft8\n\t"
			 "fmul.d ft10, ft7, ft7, rne\n\t"
			 "fdiv.s ft11, fa2, fa3\n\t"
			 "fmv.x.d t1, ft7\n\t"
			 "sd t1, 8(%[out])\n\t"
			 "fmv.x.d t1, ft9\n\t"
			 "sd t1, 16(%[out])\n\t"
			 "fmv.x.d t1, ft10\n\t"
			 "sd t1, 24(%[out])\n\t"
			 "fmv.x.d t1, ft11\n\t"
			 "sd t1, 32(%[out])\n\t"
			 :
			 : [in] "r"(in), [out] "r"(out)
			 : "fa0", "fa1", "fa2", "fa3", "ft7", "ft8", "ft9", "ft10", "ft11", "t1", "memory");
}

static void exit_cases(void)
{
	uint64_t out[5];
	static const double stays[2] = { 0.5, 9.0 }, leaves[2] = { -1.5, 4.25 };
	for (int i = 0; i < HOT; i++) side_exit(inputs, i & 1, out);
	side_exit(stays, 1, out);
	printf("stays: %016llx %016llx %016llx\n", (unsigned long long)out[0], (unsigned long long)out[1], (unsigned long long)out[2]);
	side_exit(leaves, 0, out);
	printf("leaves: %016llx %016llx %016llx\n", (unsigned long long)out[0], (unsigned long long)out[1], (unsigned long long)out[2]);

	static const double zeros[2] = { 0.0, 0.0 }, a[2] = { 0.1, 3.0 }, b[2] = { -2.2, 7.0 }, c[2] = { 5.5, -0.3 };
	for (int i = 0; i < HOT; i++) helpers(inputs, out);
	const struct { const char *name; const double *in; int frm; } runs[] = {
		{ "rne", a, 0 }, { "rtz", b, 1 }, { "rup", c, 3 }, { "nan", zeros, 0 },
	};
	for (size_t r = 0; r < sizeof runs / sizeof runs[0]; r++) {
		__asm__ volatile("fsrm %0" : : "r"(runs[r].frm));
		helpers(runs[r].in, out);
		__asm__ volatile("fsrm zero");
		printf("helpers %s:", runs[r].name);
		for (int i = 0; i < 5; i++) printf(" %016llx", (unsigned long long)out[i]);
		printf("\n");
	}
}

/* Ten results (dirty), then a fused multiply-add on three registers nothing in the block wrote:
 * its result's register is one of the ten's, whose value must have been stored, whether the
 * instruction goes on inline or (frm not RNE) leaves through its helper. */
__attribute__((noinline)) static void crowd(const double *in, uint64_t out[11])
{
	__asm__ volatile("fld fs0, 80(%[in])\n\t"
			 "fld fs1, 88(%[in])\n\t"
			 "fld fs2, 96(%[in])\n\t"
			 "j 1f\n\t"
			 "1:\n\t"
			 "fld ft0, 0(%[in])\n\t"
			 "fld ft1, 8(%[in])\n\t"
			 "fld ft2, 16(%[in])\n\t"
			 "fld ft3, 24(%[in])\n\t"
			 "fld ft4, 32(%[in])\n\t"
			 "fld ft5, 40(%[in])\n\t"
			 "fld ft6, 48(%[in])\n\t"
			 "fld ft7, 56(%[in])\n\t"
			 "fld ft8, 64(%[in])\n\t"
			 "fld ft9, 72(%[in])\n\t"
			 "fmadd.d fa7, fs0, fs1, fs2\n\t"
			 "fsd ft0, 0(%[out])\n\t"
			 "fsd ft1, 8(%[out])\n\t"
			 "fsd ft2, 16(%[out])\n\t"
			 "fsd ft3, 24(%[out])\n\t"
			 "fsd ft4, 32(%[out])\n\t"
			 "fsd ft5, 40(%[out])\n\t"
			 "fsd ft6, 48(%[out])\n\t"
			 "fsd ft7, 56(%[out])\n\t"
			 "fsd ft8, 64(%[out])\n\t"
			 "fsd ft9, 72(%[out])\n\t"
			 "fsd fa7, 80(%[out])\n\t"
			 :
			 : [in] "r"(in), [out] "r"(out)
			 : "fs0", "fs1", "fs2", "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "ft8", "ft9", "fa7",
			   "memory");
}

/* Sixteen sums in one loop: more f registers than the translator keeps in host registers, so
 * they move between host registers inside the round and at its end. */
__attribute__((noinline)) static void many_sums(const double *step, long rounds, double sums[16])
{
	__asm__ volatile("fcvt.d.l ft0, zero\n\t"
			 "fmv.d ft1, ft0\n\t fmv.d ft2, ft0\n\t fmv.d ft3, ft0\n\t fmv.d ft4, ft0\n\t"
			 "fmv.d ft5, ft0\n\t fmv.d ft6, ft0\n\t fmv.d ft7, ft0\n\t fmv.d ft8, ft0\n\t"
			 "fmv.d ft9, ft0\n\t fmv.d ft10, ft0\n\t fmv.d ft11, ft0\n\t fmv.d fa0, ft0\n\t"
			 "fmv.d fa1, ft0\n\t fmv.d fa2, ft0\n\t fmv.d fa3, ft0\n\t"
			 "fld fa4, 0(%[step])\n\t"
			 "fld fa5, 8(%[step])\n\t"
			 "mv t0, %[rounds]\n\t"
			 "1:\n\t"
			 "fadd.d ft0, ft0, fa4\n\t fadd.d ft1, ft1, fa5\n\t fadd.d ft2, ft2, ft0\n\t"
			 "fadd.d ft3, ft3, ft1\n\t fadd.d ft4, ft4, fa4\n\t fsub.d ft5, ft5, fa5\n\t"
			 "fadd.d ft6, ft6, ft4\n\t fsub.d ft7, ft7, ft0\n\t fadd.d ft8, ft8, fa5\n\t"
			 "fadd.d ft9, ft9, ft8\n\t fadd.d ft10, ft10, fa4\n\t fsub.d ft11, ft11, ft10\n\t"
			 "fadd.d fa0, fa0, ft2\n\t fadd.d fa1, fa1, fa5\n\t fsub.d fa2, fa2, fa4\n\t"
			 "fadd.d fa3, fa3, ft5\n\t"
			 "addi t0, t0, -1\n\t"
			 "bnez t0, 1b\n\t"
			 "fsd ft0, 0(%[sums])\n\t fsd ft1, 8(%[sums])\n\t fsd ft2, 16(%[sums])\n\t"
			 "fsd ft3, 24(%[sums])\n\t fsd ft4, 32(%[sums])\n\t fsd ft5, 40(%[sums])\n\t"
			 "fsd ft6, 48(%[sums])\n\t fsd ft7, 56(%[sums])\n\t fsd ft8, 64(%[sums])\n\t"
			 "fsd ft9, 72(%[sums])\n\t fsd ft10, 80(%[sums])\n\t fsd ft11, 88(%[sums])\n\t"
			 "fsd fa0, 96(%[sums])\n\t fsd fa1, 104(%[sums])\n\t fsd fa2, 112(%[sums])\n\t"
			 "fsd fa3, 120(%[sums])\n\t"
			 :
			 : [step] "r"(step), [rounds] "r"(rounds), [sums] "r"(sums)
			 : "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "ft8", "ft9", "ft10", "ft11", "fa0",
			   "fa1", "fa2", "fa3", "fa4", "fa5", "t0", "memory");
}

/* Twenty-two f registers, twenty-three operations a round in one loop (a random program): the
 * registers the round leaves dirty are not all where the loop's head has them. */
__attribute__((noinline)) static void tangle(const double *in, long rounds, double out[22])
{
	__asm__ volatile(
			 "fld fs7, 0(%[in])\n\tfld fs11, 8(%[in])\n\tfld fa6, 16(%[in])\n\tfld fs8, 24(%[in])\n\t"
			 "fld fs1, 32(%[in])\n\tfld fs0, 40(%[in])\n\tfld fa7, 48(%[in])\n\tfld fs6, 56(%[in])\n\t"
			 "fld fs9, 64(%[in])\n\tfld ft1, 72(%[in])\n\tfld ft6, 80(%[in])\n\tfld ft0, 88(%[in])\n\t"
			 "fld fa1, 96(%[in])\n\tfld fs5, 104(%[in])\n\tfld fs3, 112(%[in])\n\tfld fa0, 120(%[in])\n\t"
			 "fld fs4, 128(%[in])\n\tfld fa5, 136(%[in])\n\tfld fa4, 144(%[in])\n\tfld ft2, 152(%[in])\n\t"
			 "fld ft5, 160(%[in])\n\tfld fa2, 168(%[in])\n\t"
			 "mv t0, %[rounds]\n\t"
			 "1:\n\t"
			 "fsub.d fa7, fs5, fa6\n\tfadd.d fa7, fa1, fs5\n\tfsub.d fs9, fs1, fa0\n\t"
			 "fmul.d ft1, fs7, fa2\n\tfadd.d fs8, fs0, fs3\n\tfadd.d fa6, fa2, fa1\n\t"
			 "fmul.d fs5, fs1, fa7\n\tfmul.d fs7, fa0, ft6\n\tfadd.d fs3, fs1, fs3\n\t"
			 "fadd.d fa6, ft0, ft2\n\tfadd.d fs7, fs0, fs5\n\tfsub.d fs9, fs1, ft5\n\t"
			 "fsub.d ft6, fa7, fs1\n\tfsub.d fs4, fa5, fa6\n\tfsub.d fs8, fs8, ft5\n\t"
			 "fsub.d ft0, ft1, ft0\n\tfadd.d fa5, fa4, fs3\n\tfadd.d fa4, fs1, fs9\n\t"
			 "fadd.d fa5, fs7, fa1\n\tfmul.d fs6, fa0, fa2\n\tfadd.d fs11, fs7, fs7\n\t"
			 "fmul.d fs5, fs6, fs4\n\tfadd.d ft2, fs6, ft1\n\t"
			 "addi t0, t0, -1\n\t"
			 "bnez t0, 1b\n\t"
			 "fsd fs7, 0(%[out])\n\tfsd fs11, 8(%[out])\n\tfsd fa6, 16(%[out])\n\tfsd fs8, 24(%[out])\n\t"
			 "fsd fs1, 32(%[out])\n\tfsd fs0, 40(%[out])\n\tfsd fa7, 48(%[out])\n\tfsd fs6, 56(%[out])\n\t"
			 "fsd fs9, 64(%[out])\n\tfsd ft1, 72(%[out])\n\tfsd ft6, 80(%[out])\n\tfsd ft0, 88(%[out])\n\t"
			 "fsd fa1, 96(%[out])\n\tfsd fs5, 104(%[out])\n\tfsd fs3, 112(%[out])\n\tfsd fa0, 120(%[out])\n\t"
			 "fsd fs4, 128(%[out])\n\tfsd fa5, 136(%[out])\n\tfsd fa4, 144(%[out])\n\tfsd ft2, 152(%[out])\n\t"
			 "fsd ft5, 160(%[out])\n\tfsd fa2, 168(%[out])\n\t"
			 :
			 : [in] "r"(in), [rounds] "r"(rounds), [out] "r"(out)
			 : "fs7", "fs11", "fa6", "fs8", "fs1", "fs0", "fa7", "fs6", "fs9", "ft1", "ft6", "ft0", "fa1", "fs5", "fs3", "fa0", "fs4", "fa5", "fa4", "ft2", "ft5", "fa2", "t0", "memory");
}

/* A loop whose round may leave before it writes a single (fmax.s): on the way in, fs4 holds a
 * double, which leaving must keep as it is (the single the round would write is boxed, the double
 * must not be). */
__attribute__((noinline)) static uint64_t leave_before_single(const double *in, long rounds, long leave)
{
	uint64_t bits;
	__asm__ volatile("fld fs4, 0(%[in])\n\t"
			 "flw fa5, 8(%[in])\n\t"
			 "flw fa6, 12(%[in])\n\t"
			 "mv t0, %[rounds]\n\t"
			 "1:\n\t"
			 "bnez %[leave], 2f\n\t"
			 "fmax.s fs4, fa6, fa5\n\t"
			 "2:\n\t"
			 "addi t0, t0, -1\n\t"
			 "bnez t0, 1b\n\t"
			 "fmv.x.d %[bits], fs4\n\t"
			 : [bits] "=r"(bits)
			 : [in] "r"(in), [rounds] "r"(rounds), [leave] "r"(leave)
			 : "fs4", "fa5", "fa6", "t0", "memory");
	return bits;
}

static void crowd_cases(void)
{
	double in[13], other[2][13];
	uint64_t out[11];
	for (int i = 0; i < 13; i++) in[i] = 1.0 + i / 8.0, other[0][i] = -3.0 - i / 3.0, other[1][i] = 5.0 + i / 7.0;
	for (int i = 0; i < HOT; i++) crowd(in, out);
	for (int frm = 0; frm < 2; frm++) { /* RNE: the inline form; RTZ: its helper, leaving */
		__asm__ volatile("fsrm %0" : : "r"(frm));
		crowd(other[frm], out);
		__asm__ volatile("fsrm zero");
		printf("crowd frm %d:", frm);
		for (int i = 0; i < 11; i++) printf(" %016llx", (unsigned long long)out[i]);
		printf("\n");
	}

	static const double step[2] = { 0.25, -1.5 };
	double sums[16];
	for (long rounds = 1; rounds <= 1000; rounds *= 10) {
		many_sums(step, rounds, sums);
		printf("sums %ld:", rounds);
		for (int i = 0; i < 16; i++) printf(" %g", sums[i]);
		printf("\n");
	}
	union { double d[2]; float f[4]; } mixed = { .d = { 2147483647.75, 0 } };
	mixed.f[2] = 1.5f, mixed.f[3] = -2.5f;
	for (long rounds = 1; rounds <= 1000; rounds *= 10)
		printf("leave before a single %ld: %016llx %016llx\n", rounds,
		       (unsigned long long)leave_before_single(mixed.d, rounds, 1),
		       (unsigned long long)leave_before_single(mixed.d, rounds, 0));
	double in22[22], out22[22];
	for (int i = 0; i < 22; i++) in22[i] = 1.0 + i / 64.0;
	for (long rounds = 1; rounds <= 81; rounds *= 3) {
		tangle(in22, rounds, out22);
		printf("tangle %ld:", rounds);
		for (int i = 0; i < 22; i++) printf(" %.17g", out22[i]);
		printf("\n");
	}
}

/* The loop: fa0 += 1.0 and t0 += 1 each round until stop is set; a timer signal's ucontext must
 * have fa0 == t0 wherever it lands. */
static volatile int stop, ticks, agree;

static void on_tick(int sig, siginfo_t *si, void *ctx)
{
	(void)sig, (void)si;
	mcontext_t *mc = &((ucontext_t *)ctx)->uc_mcontext;
	double fa0;
	memcpy(&fa0, &mc->__fpregs.__d.__f[10], sizeof fa0);
	uint64_t t0 = mc->__gregs[5];
	if (fa0 == (double)t0) agree++;
	else printf("tick %d: fa0 %g, t0 %llu\n", ticks, fa0, (unsigned long long)t0);
	if (++ticks == 5) stop = 1;
}

__attribute__((noinline)) static uint64_t count_until_stopped(void)
{
	uint64_t n;
	double acc;
	__asm__ volatile("fmv.d.x fa0, zero\n\t"
			 "li t1, 1\n\t"
			 "fcvt.d.l fa1, t1\n\t"
			 "li t0, 0\n\t"
			 "1:\n\t"
			 "fadd.d fa0, fa0, fa1\n\t"
			 "addi t0, t0, 1\n\t"
			 "lw t1, 0(%[stop])\n\t"
			 "beqz t1, 1b\n\t"
			 "mv %[n], t0\n\t"
			 "fmv.d %[acc], fa0\n\t"
			 : [n] "=r"(n), [acc] "=f"(acc)
			 : [stop] "r"(&stop)
			 : "fa0", "fa1", "t0", "t1", "memory");
	return n == (uint64_t)acc;
}

static void signal_case(void)
{
	struct sigaction sa = { .sa_sigaction = on_tick, .sa_flags = SA_SIGINFO | SA_RESTART };
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it = { { 0, 2000 }, { 0, 2000 } };
	setitimer(ITIMER_REAL, &it, NULL);
	uint64_t same = count_until_stopped();
	struct itimerval off = { { 0, 0 }, { 0, 0 } };
	setitimer(ITIMER_REAL, &off, NULL);
	printf("loop: %d ticks, fa0 = t0 at %d, at the end %s\n", ticks, agree, same ? "too" : "NOT");
}

int main(void)
{
	struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_NODEFER };
	sigaction(SIGSEGV, &sa, NULL);
	fault_cases();
	exit_cases();
	crowd_cases();
	signal_case();
	return 0;
}
