/* Hot loops the translator keeps in host registers, checked against qemu-riscv64 (reference: qemu):
 *  - 32-bit arithmetic whose sign extension the translator puts off, mixed with 64-bit reads;
 *  - single and double precision on the same f registers in one self-looping block, in every
 *    rounding mode (the loop head keeps f registers in xmm; slow paths join it again);
 *  - faults in the middle of a 32-bit chain: the handler must see every register sign-extended,
 *    in a pool register (t0), in a pinned one (a5), at an access in range and one beyond it.
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
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
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

int main(void)
{
	printf("mix32 %#llx\n", (unsigned long long)mix32(100000));
	static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
	for (unsigned m = 0; m < sizeof modes / sizeof modes[0]; m++) {
		fesetround(modes[m]);
		printf("fp mode %u: %a\n", m, fp_mixed(20000));
	}
	fesetround(FE_TONEAREST);
	faults("in range", (const int32_t *)(uintptr_t)8, 1);
	faults("beyond", (const int32_t *)(uintptr_t)0x7ffffffffff00000ull, 0);
	return 0;
}
