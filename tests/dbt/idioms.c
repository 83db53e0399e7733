/* reference: qemu (and, for "instret", the switch engine: qemu's count is not exact).
 * libgcc's __ctzdi2 and __clzdi2, which rv64gc code calls for __builtin_ctzll and
 * __builtin_clzll and every engine runs whole (isa/routines.c): a `jal ra` to one is an
 * instruction of the calling block (exec/blocks.c), and the translator runs a block starting at
 * one as one host computation (src/dbt/idioms.c). Each value is passed the way a compiler passes
 * it, the call made hot, and every register the routine writes (a0, a2-a5) printed: each bit
 * position, 0, values with several bits, all ones. A loop shaped as zstd's ZSTD_RowFindBestMatch
 * (the set bits of a mask, each one's index from __builtin_ctzll, a table read there, an early
 * exit) runs as one block looping on itself, the call inside; its results are checked against
 * a bit loop. Then the table the routines read (__clz_tab) is changed, and the results must follow
 * it; then the table's page is made unreadable, and the call must fault at the routine's table
 * read with the routine's registers there, as when it runs instruction by instruction. Last, a
 * copy of __ctzdi2 in a page made writable and executable, called from a hot loop, is patched:
 * the loop must see the new routine. With the argument "instret", it prints only how many
 * instructions each call and each loop retired. Build with -march=rv64gc (no Zbb): the routine is
 * only called without it. */
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

/* zstd's loop: for each set bit of mask (lowest first), the table entry at its index (rotated by
 * head), until one is below limit. noinline: the loop stays this shape, one block whose last
 * instruction branches to its first, the call of __ctzdi2 inside. */
__attribute__((noinline)) static unsigned scan(uint64_t mask, const uint32_t *table, uint32_t *out, uint32_t limit,
					       unsigned head)
{
	unsigned n = 0;
	for (; mask; mask &= mask - 1) {
		uint32_t v = table[(__builtin_ctzll(mask) + head) & 63];
		if (v < limit) break;
		out[n++] = v;
	}
	return n;
}
/* The same without the routine. */
static unsigned scan_by_bits(uint64_t mask, const uint32_t *table, uint32_t *out, uint32_t limit, unsigned head)
{
	unsigned n = 0;
	for (unsigned b = 0; b < 64; b++) {
		if (!(mask >> b & 1)) continue;
		uint32_t v = table[(b + head) & 63];
		if (v < limit) break;
		out[n++] = v;
	}
	return n;
}

static uint64_t next_random(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* Many scans of random masks (dense and sparse), hot; a checksum of what they found, and (check)
 * each scan's entries against scan_by_bits's. */
static void show_scans(const char *what, int check)
{
	static uint32_t table[64], out[64], want[64];
	uint64_t seed = 0x9e3779b97f4a7c15ull, sum = 0, retired = 0;
	for (int i = 0; i < 64; i++) table[i] = (uint32_t)(next_random(&seed) % 1000);
	for (int round = 0; round < 4000; round++) {
		uint64_t mask = next_random(&seed);
		if (round % 3 == 1) mask &= next_random(&seed) & next_random(&seed);
		if (round % 7 == 2) mask = 0;
		uint32_t limit = (uint32_t)(round % 5) * 100;
		unsigned head = (unsigned)round % 64;
		uint64_t before, after;
		__asm__ volatile("rdinstret %0" : "=r"(before));
		unsigned n = scan(mask, table, out, limit, head);
		__asm__ volatile("rdinstret %0" : "=r"(after));
		retired += after - before;
		unsigned m = scan_by_bits(mask, table, want, limit, head);
		if (check && (n != m || memcmp(out, want, n * sizeof out[0]))) {
			printf("scan %s 0x%llx: %u entries, want %u\n", what, (unsigned long long)mask, n, m);
			failures++;
		}
		for (unsigned j = 0; j < n; j++) sum = sum * 31 + out[j];
		sum += n;
	}
	if (show_instret) printf("instret scans %s %llu\n", what, (unsigned long long)retired);
	else printf("scans %s: checksum 0x%016llx\n", what, (unsigned long long)sum);
}

/* A loop that reads a4, which the call writes, and leaves before the call: where a4 is not pinned
 * (--pins=0) the loop keeps it in a register from round to round, newer than memory from the call
 * of the round before, and the way out must store it. */
__attribute__((noinline)) static uint64_t leave_before_call(uint64_t n, uint64_t *last_a4)
{
	uint64_t sum = 0, i = 1;
	register uint64_t a4 __asm__("a4") = 0;
	__asm__ volatile("1:\n\t"
			 "add %[sum], %[sum], a4\n\t"
			 "beq %[i], %[n], 2f\n\t"
			 "mv a0, %[i]\n\t"
			 "jal ra, __ctzdi2\n\t"
			 "addi %[i], %[i], 1\n\t"
			 "bnez %[i], 1b\n"
			 "2:"
			 : [sum] "+r"(sum), [i] "+r"(i), "+r"(a4)
			 : [n] "r"(n)
			 : "ra", "a0", "a1", "a2", "a3", "a5", "memory");
	*last_a4 = a4;
	return sum;
}

static void show_leave_before_call(void)
{
	for (uint64_t n = 2; n < 400; n += 37) {
		uint64_t a4, sum = leave_before_call(n, &a4);
		printf("leave before call %llu: sum %llu a4 0x%llx\n", (unsigned long long)n, (unsigned long long)sum,
		       (unsigned long long)a4);
	}
}

/* A copy of __ctzdi2 at the start of smc_page, its GOT entry a cell on the same page, called by a
 * jal from smc_loop: the copy is what the block store makes one instruction of smc_loop's block,
 * and what the test then rewrites. noinline: one caller block runs before the rewrite and after. */
unsigned char smc_page[4096] __attribute__((aligned(4096)));
#define SMC_CELL 2048

__attribute__((noinline)) static uint64_t smc_loop(uint64_t x, long n)
{
	uint64_t sum = 0;
	__asm__ volatile("1:\n\t"
			 "mv a0, %[x]\n\t"
			 "jal ra, smc_page\n\t"
			 "add %[sum], %[sum], a0\n\t"
			 "addi %[x], %[x], 20\n\t"
			 "addi %[n], %[n], -1\n\t"
			 "bnez %[n], 1b"
			 : [sum] "+r"(sum), [x] "+r"(x), [n] "+r"(n)
			 :
			 : "ra", "a0", "a1", "a2", "a3", "a4", "a5", "memory");
	return sum;
}

/* Copies __ctzdi2 (its 30 instructions) to smc_page, its two GOT loads aimed at the cell. 0 when
 * the routine is not the one expected. */
static int smc_copy(void)
{
	const unsigned char *from = (const unsigned char *)(uintptr_t)(void *)__ctzdi2;
	size_t at = 0;
	int auipcs = 0;
	static const unsigned char *table = __clz_tab;
	memcpy(smc_page + SMC_CELL, &table, sizeof table);
	for (int i = 0; i < 30; i++) {
		unsigned len = (from[at] & 3) == 3 ? 4 : 2;
		memcpy(smc_page + at, from + at, len);
		uint32_t w;
		memcpy(&w, from + at, 4);
		if (len == 4 && (w & 0x7f) == 0x17) { /* auipc, then ld from it */
			int64_t off = SMC_CELL - (int64_t)at;
			int64_t hi = (off + 0x800) >> 12, lo = off - hi * 4096;
			uint32_t auipc = (w & 0xfff) | (uint32_t)hi << 12, ld;
			memcpy(&ld, from + at + 4, 4);
			ld = (ld & 0xfffff) | ((uint32_t)lo & 0xfff) << 20;
			memcpy(smc_page + at, &auipc, 4);
			memcpy(smc_page + at + 4, &ld, 4);
			at += 8;
			i++;
			auipcs++;
			continue;
		}
		at += len;
	}
	return auipcs == 2;
}

static void show_smc(void)
{
	if (!smc_copy()) {
		printf("smc: __ctzdi2 is not the routine expected\n");
		failures++;
		return;
	}
	if (mprotect(smc_page, sizeof smc_page, PROT_READ | PROT_WRITE | PROT_EXEC)) {
		perror("mprotect");
		failures++;
		return;
	}
	__asm__ volatile("fence.i" ::: "memory");
	uint64_t before = smc_loop(4, 3000), again = smc_loop(4, 3000);
	/* neg a4,a0 -> mv a4,a0 (addi a4,a0,0): m = x, not its lowest bit */
	uint32_t mv = 0x00050713;
	memcpy(smc_page, &mv, sizeof mv);
	__asm__ volatile("fence.i" ::: "memory");
	uint64_t after = smc_loop(4, 3000);
	printf("smc: 0x%llx 0x%llx, patched 0x%llx\n", (unsigned long long)before, (unsigned long long)again,
	       (unsigned long long)after);
	if (before != again || after == before) {
		printf("  FAILED: the patched routine must give other results\n");
		failures++;
	}
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
	show_scans("first", 1);
	show_leave_before_call();
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
	show_scans("table changed", 0);
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
	show_smc();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
