/* reference: qemu (and, for "instret", the switch engine: qemu's count is not exact).
 * libgcc's __ctzdi2 and __clzdi2, which rv64gc code calls for __builtin_ctzll and
 * __builtin_clzll and the translator runs as one host computation each (src/dbt/idioms.c). Each value is passed the way a compiler passes it, the call
 * made hot, and every register the routine writes (a0, a2-a5) printed: each bit position, 0,
 * values with several bits, all ones. Then the table it reads (__clz_tab) is changed, and the
 * result must follow it; then the table's page is made unreadable, and the call must fault at the
 * routine's table read with the routine's registers there, as when it runs instruction by
 * instruction. With the argument "instret", it prints only how many instructions each call
 * retired. Build with -march=rv64gc (no Zbb): the routine is only called without it. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define HOT 64 /* calls per value: past the translator's threshold */

int __ctzdi2(unsigned long);
int __clzdi2(unsigned long);
extern const unsigned char __clz_tab[256]; /* libgcc's (hidden: linked statically) */

struct regs {
	uint64_t a0, a2, a3, a4, a5, retired;
};

/* What the registers the routine may leave alone hold before a call: writable data, not
 * constants (the compiler may put those beside the table, on the page made unreadable below;
 * external, so that it cannot tell they are never written and make them read-only). */
uint64_t preset[4] = { 0x1111111111111111ull, 0x2222222222222222ull, 0x3333333333333333ull,
			      0x4444444444444444ull };

/* A routine called as compiled code calls it. */
#define CALLER(name, routine)                                                                        \
	static struct regs name(uint64_t x)                                                           \
	{                                                                                             \
		register uint64_t a0 __asm__("a0") = x;                                               \
		register uint64_t a2 __asm__("a2") = preset[0];                                       \
		register uint64_t a3 __asm__("a3") = preset[1];                                       \
		register uint64_t a4 __asm__("a4") = preset[2];                                       \
		register uint64_t a5 __asm__("a5") = preset[3];                                       \
		uint64_t before, after;                                                               \
		__asm__ volatile("rdinstret %[before]\n\tcall " routine "\n\trdinstret %[after]"        \
				 : "+r"(a0), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(a5), [before] "=&r"(before), \
				   [after] "=&r"(after)                                              \
				 :                                                                    \
				 : "ra", "a1", "a6", "a7", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "memory"); \
		return (struct regs){ a0, a2, a3, a4, a5, after - before };                           \
	}
CALLER(call_ctz, "__ctzdi2")
CALLER(call_clz, "__clzdi2")

static int show_instret;
static int failures;

static void show_one(const char *what, struct regs (*call)(uint64_t), int (*want)(uint64_t), uint64_t x)
{
	struct regs r = { 0 };
	for (int i = 0; i < HOT; i++) {
		struct regs again = call(x);
		if (!show_instret) again.retired = 0; /* qemu's count is not exact: compared only then */
		if (i && memcmp(&again, &r, sizeof r)) {
			printf("%s 0x%llx: call %d differs from the one before\n", what, (unsigned long long)x, i);
			failures++;
		}
		r = again;
	}
	if (show_instret) {
		printf("instret %s 0x%llx %llu\n", what, (unsigned long long)x, (unsigned long long)r.retired);
		return;
	}
	printf("%s 0x%016llx: a0=%lld a2=0x%llx a3=0x%llx a4=0x%llx a5=0x%llx\n", what, (unsigned long long)x,
	       (long long)r.a0, (unsigned long long)r.a2, (unsigned long long)r.a3, (unsigned long long)r.a4,
	       (unsigned long long)r.a5);
	if (x && (int)r.a0 != want(x)) {
		printf("  FAILED: want %d\n", want(x));
		failures++;
	}
}

static int ctz(uint64_t x) { return __builtin_ctzll(x); }
static int clz(uint64_t x) { return __builtin_clzll(x); }

static void show(uint64_t x)
{
	show_one("ctz", call_ctz, ctz, x);
	show_one("clz", call_clz, clz, x);
}

static sigjmp_buf back;
static volatile uint64_t fault_addr, fault_pc, fault_a0, fault_a4, fault_a5;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	const ucontext_t *uc = ctx;
	fault_addr = (uint64_t)(uintptr_t)si->si_addr;
	fault_pc = uc->uc_mcontext.__gregs[0];
	fault_a0 = uc->uc_mcontext.__gregs[10];
	fault_a4 = uc->uc_mcontext.__gregs[14];
	fault_a5 = uc->uc_mcontext.__gregs[15];
	siglongjmp(back, 1);
}

uint64_t probes[] = { 1ull << 60, 1ull << 20, 1 }; /* data, as preset */

int main(int argc, char **argv)
{
	show_instret = argc > 1 && strcmp(argv[1], "instret") == 0;
	show(0);
	for (int b = 0; b < 64; b++) show(1ull << b);
	for (int b = 0; b < 64; b++) show((1ull << b) | (1ull << (b / 2)));
	show(~0ull);
	show(0x8000000000000001ull);
	show(0x0123456789abcdefull);
	show(0xf0f0f0f000000000ull);
	show(0x00ff000000000000ull);
	show(0x0000000000ff0000ull);
	if (show_instret) return failures != 0;

	/* the table is guest memory the routine reads each time */
	uintptr_t page = (uintptr_t)__clz_tab & ~(uintptr_t)4095;
	uintptr_t code = (uintptr_t)(void *)__ctzdi2 & ~(uintptr_t)4095, code2 = (uintptr_t)(void *)__clzdi2 & ~(uintptr_t)4095;
	uintptr_t here = (uintptr_t)(void *)main & ~(uintptr_t)4095;
	if (page == code || page == code2 || page == here || ((uintptr_t)__clz_tab & 4095) > 4096 - 256) {
		printf("the table shares a page with code: not changed\n");
		return failures != 0;
	}
	if (mprotect((void *)page, 4096, PROT_READ | PROT_WRITE)) {
		perror("mprotect");
		return 2;
	}
	unsigned char *tab = (unsigned char *)(uintptr_t)__clz_tab;
	tab[4] += 10; /* ctz(4) now reads 3 + 10 - 1, clz(4) 64 - 13 */
	show(4);
	tab[4] -= 10;
	show(4);

	/* the table's page unreadable: the fault is the routine's own */
	struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO };
	sigaction(SIGSEGV, &sa, NULL);
	for (int i = 0; i < 3; i++) {
		int use_clz = i == 1;
		for (int j = 0; j < HOT; j++) (use_clz ? call_clz : call_ctz)(probes[i]); /* hot again, the table readable */
		if (mprotect((void *)page, 4096, PROT_NONE)) return 3;
		volatile int faulted = 0;
		if (sigsetjmp(back, 1) == 0) (use_clz ? call_clz : call_ctz)(probes[i]);
		else faulted = 1;
		mprotect((void *)page, 4096, PROT_READ);
		if (!faulted) {
			printf("0x%llx: no fault with the table unreadable\n", (unsigned long long)probes[i]);
			failures++;
			continue;
		}
		printf("%s 0x%llx: fault at routine+0x%llx, table+%lld, a0=%lld a4=0x%llx a5 at table+%lld\n",
		       use_clz ? "clz" : "ctz", (unsigned long long)probes[i],
		       (unsigned long long)(fault_pc - (uintptr_t)(use_clz ? (void *)__clzdi2 : (void *)__ctzdi2)),
		       (long long)(fault_addr - (uintptr_t)__clz_tab), (long long)fault_a0, (unsigned long long)fault_a4,
		       (long long)(fault_a5 - (uintptr_t)__clz_tab));
	}
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
