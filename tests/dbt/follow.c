/* Jumps and calls followed inside blocks: a block goes on through a `j` (jal x0) at its target, on
 * another page if need be, and through a call of a short function and its `ret` back to the return
 * point (guarded: a return elsewhere leaves); a block whose jump goes back to its start loops on
 * itself. Every result is checked here; run hot, so that the translator has the code before
 * anything changes.
 *   - a chain of jumps through six pages of an RWX copy, each page's immediate rewritten in turn
 *     (fence.i after each): the block made before holds code of four pages, and a write to any of
 *     them must drop it (a block store that links the block to its first page only keeps the old
 *     immediate of the others);
 *   - a fault on the far side of a jump to another page: the handler sees the pc of the load there
 *     and the registers written on both sides of the jump;
 *   - a loop closed by a jump to its start (a sum, and a spin on a flag that only a timer signal's
 *     handler sets: a back edge that never looked for the signal would spin for ever);
 *   - calls of short functions in a loop: one that returns where it was called from, one that
 *     returns elsewhere every third call (ra rewritten), one too long to follow, one whose load
 *     faults (the handler sees its pc, ra and the registers written on both sides of the call),
 *     and one on an RWX page rewritten under its hot caller;
 * With an argument "instret", it also prints the instructions each part retired (rdinstret), which
 * the suite compares between engines (qemu-riscv64 counts host ticks there). */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <ucontext.h>

#define PAGE 4096
#define CHAIN_PAGES 6

/* chain: page k adds 1 << k to a0 and jumps to page k + 1; the last page returns.
 * far_load: a1 = 77, a2 = a0, then on the next page a3 = a1 + 1, a0 = *(long *)a0 + a3.
 * sum_below: a0 = 0 + 1 + ... + (a0 - 1), by a loop whose back edge is a jump.
 * spin: counts rounds in a1 until the int at a0 is nonzero (the same shape); returns the count. */
__asm__(".pushsection .text.follow, \"ax\", @progbits\n"
	".option push\n"
	".option norvc\n" /* the chain's addi are rewritten as 4-byte instructions */
	".balign 4096\n"
	".globl chain_code\n"
	"chain_code:\n"
	"	addi a0, a0, 1\n	j 1f\n	.balign 4096\n"
	"1:	addi a0, a0, 2\n	j 1f\n	.balign 4096\n"
	"1:	addi a0, a0, 4\n	j 1f\n	.balign 4096\n"
	"1:	addi a0, a0, 8\n	j 1f\n	.balign 4096\n"
	"1:	addi a0, a0, 16\n	j 1f\n	.balign 4096\n"
	"1:	addi a0, a0, 32\n	ret\n"
	".globl chain_code_end\n"
	"chain_code_end:\n"
	/* call_rw (copied to RWX pages): a0 = callee(a0) + 1, the callee on the next page adding 7 */
	".balign 4096\n"
	".globl call_rw_code\n"
	"call_rw_code:\n"
	"	addi sp, sp, -16\n	sd ra, 0(sp)\n	jal 1f\n	addi a0, a0, 1\n	ld ra, 0(sp)\n	addi sp, sp, 16\n	ret\n"
	"	.balign 4096\n"
	"1:	addi a0, a0, 7\n	ret\n"
	".globl call_rw_code_end\n"
	"call_rw_code_end:\n"
	".balign 4096\n"
	".globl far_load\n"
	".globl far_load_ld\n"
	"far_load:\n"
	"	li a1, 77\n	mv a2, a0\n	j 1f\n	.balign 4096\n"
	"1:	addi a3, a1, 1\n"
	"far_load_ld:\n"
	"	ld a0, 0(a0)\n	add a0, a0, a3\n	ret\n"
	".globl sum_below\n"
	"sum_below:\n"
	"	li a1, 0\n	li a2, 0\n"
	"1:	bge a2, a0, 2f\n	add a1, a1, a2\n	addi a2, a2, 1\n	j 1b\n"
	"2:	mv a0, a1\n	ret\n"
	".globl call_loop\n" /* a0 = n: sum over i < n of twice(i) + skip(i) + long_one(i) */
	"call_loop:\n"
	"	addi sp, sp, -32\n	sd ra, 0(sp)\n	sd s0, 8(sp)\n	sd s1, 16(sp)\n	sd s2, 24(sp)\n"
	"	mv s0, a0\n	li s1, 0\n	li s2, 0\n"
	"1:	bge s1, s0, 2f\n"
	"	mv a0, s1\n	jal twice\n	add s2, s2, a0\n"
	"	mv a0, s1\n	jal skip\n	add s2, s2, a0\n"
	"	mv a0, s1\n	jal long_one\n	add s2, s2, a0\n"
	"	addi s1, s1, 1\n	j 1b\n"
	"2:	mv a0, s2\n	ld ra, 0(sp)\n	ld s0, 8(sp)\n	ld s1, 16(sp)\n	ld s2, 24(sp)\n	addi sp, sp, 32\n	ret\n"
	"twice:	slli a0, a0, 1\n	ret\n"
	/* skip(i): i + 1, but when i % 3 == 0 it returns past the caller's `add` to a
	 * landing that adds 1000 * t1 (1 there) to s2 itself and rejoins; ra is moved without
	 * a branch, so that the return the block follows goes elsewhere every third call (and
	 * the t1 the block computed must be in memory then) */
	"skip:	li t0, 3\n	rem t1, a0, t0\n	addi a0, a0, 1\n	seqz t1, t1\n"
	"	la t2, skip_landing\n	sub t2, t2, ra\n	mul t2, t2, t1\n	add ra, ra, t2\n	ret\n"
	"skip_landing:\n	li t0, 1000\n	mul t0, t0, t1\n	add s2, s2, t0\n	j 4f\n"
	"4:	mv a0, s1\n	jal long_one\n	add s2, s2, a0\n	addi s1, s1, 1\n	j 1b\n"
	/* eighteen instructions: past what a block follows */
	"long_one:\n"
	"	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n"
	"	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n"
	"	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n	addi a0, a0, 1\n"
	"	addi a0, a0, 1\n	addi a0, a0, 1\n	ret\n"
	".globl call_load\n" /* a0 = p: a1 = 5; a0 = load_plus(p) + a1, a2 = 9 after */
	"call_load:\n"
	"	addi sp, sp, -16\n	sd ra, 0(sp)\n	li a1, 5\n	jal load_plus\n\n"
	".globl call_load_ret\n"
	"call_load_ret:\n	add a0, a0, a1\n	li a2, 9\n"
	"	ld ra, 0(sp)\n	addi sp, sp, 16\n	ret\n"
	".globl load_plus_ld\n"
	"load_plus:\n	li a3, 11\n"
	"load_plus_ld:\n	ld a0, 0(a0)\n	add a0, a0, a3\n	ret\n"
	".globl spin\n"
	"spin:\n"
	"	li a1, 0\n"
	"1:	lw a2, 0(a0)\n	bnez a2, 2f\n	addi a1, a1, 1\n	j 1b\n"
	"2:	mv a0, a1\n	ret\n"
	".option pop\n"
	".popsection\n");

extern const char chain_code[], chain_code_end[], call_rw_code[], call_rw_code_end[], far_load_ld[], load_plus_ld[],
	call_load_ret[];
long far_load(const long *p);
long call_loop(long n);
long call_load(const long *p);
long sum_below(long n);
long spin(volatile int *flag);

#include "selfcheck.h"

/* A copy of the code from start to end in pages fresh RWX pages, or NULL (a failure counted). */
static char *rwx_copy(const char *start, const char *end, int pages, const char *what)
{
	size_t size = (size_t)(end - start);
	char *code = mmap(NULL, (size_t)pages * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (code == MAP_FAILED || size > (size_t)pages * PAGE) {
		printf("FAIL %s: no RWX mapping\n", what);
		failures++;
		return NULL;
	}
	memcpy(code, start, size);
	__asm__ volatile("fence.i" ::: "memory");
	return code;
}

/* The instruction at at becomes addi a0, a0, imm. */
static void rewrite_addi_a0(char *at, int imm)
{
	uint32_t insn = (uint32_t)(imm & 0xfff) << 20 | 10u << 15 | 10u << 7 | 0x13;
	memcpy(at, &insn, sizeof insn);
	__asm__ volatile("fence.i" ::: "memory");
}

/* How many of f(x), x < 300, are not x + add (f run hot). */
static long misses(long (*f)(long), long add)
{
	long bad = 0;
	for (long x = 0; x < 300; x++)
		if (f(x) != x + add) bad++;
	return bad;
}

static void test_chain(void)
{
	char *code = rwx_copy(chain_code, chain_code_end, CHAIN_PAGES, "chain");
	if (!code) return;
	long (*chain)(long) = (long (*)(long))(void *)code;
	int imm[CHAIN_PAGES];
	for (int k = 0; k < CHAIN_PAGES; k++) imm[k] = 1 << k;
	uint64_t before = rdinstret();
	for (int round = 0; round <= CHAIN_PAGES; round++) {
		if (round > 0) { /* rewrite page k's addi, then run the whole chain again, hot */
			int k = round - 1;
			imm[k] = 100 * (k + 1) + round;
			rewrite_addi_a0(code + k * PAGE, imm[k]);
		}
		long want_add = 0;
		for (int k = 0; k < CHAIN_PAGES; k++) want_add += imm[k];
		char what[64];
		snprintf(what, sizeof what, "chain round %d: wrong results", round);
		check(what, misses(chain, want_add), 0);
		printf("chain round %d: %ld\n", round, chain(1000));
	}
	report("chain", before, rdinstret());
	munmap(code, CHAIN_PAGES * PAGE);
}

/* A callee on its own RWX page rewritten under its hot caller, which follows the call into it. */
static void test_call_rewritten(void)
{
	char *code = rwx_copy(call_rw_code, call_rw_code_end, 2, "call_rw");
	if (!code) return;
	long (*caller)(long) = (long (*)(long))(void *)code;
	for (int round = 0; round < 4; round++) {
		int add = 7 + 10 * round;
		if (round > 0) rewrite_addi_a0(code + PAGE, add);
		char what[64];
		snprintf(what, sizeof what, "call_rw round %d: wrong results", round);
		check(what, misses(caller, add + 1), 0);
		printf("call_rw round %d: %ld\n", round, caller(1000));
	}
	munmap(code, 2 * PAGE);
}

static sigjmp_buf fault_return;
static volatile uintptr_t fault_pc, fault_ra, fault_regs[4];

static void on_segv(int sig, siginfo_t *info, void *context)
{
	(void)sig;
	(void)info;
	ucontext_t *uc = context;
	fault_pc = uc->uc_mcontext.__gregs[0];
	fault_ra = uc->uc_mcontext.__gregs[1];
	for (int i = 0; i < 4; i++) fault_regs[i] = uc->uc_mcontext.__gregs[10 + i];
	siglongjmp(fault_return, 1);
}

static void test_far_fault(void)
{
	static long value = 5;
	long sum = 0;
	uint64_t before = rdinstret();
	for (int i = 0; i < 500; i++) sum += far_load(&value);
	report("far_load", before, rdinstret());
	check("far_load sum", sum, 500 * (5 + 78));
	struct sigaction sa = { 0 };
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	long *bad = (long *)(uintptr_t)0x10; /* the guest's page 0: never mapped */
	if (sigsetjmp(fault_return, 1) == 0) {
		far_load(bad);
		printf("FAIL far_load: no fault\n");
		failures++;
	} else {
		check("fault pc is the load's", (long)(fault_pc - (uintptr_t)far_load_ld), 0);
		check("fault a0 (address)", (long)fault_regs[0], 0x10);
		check("fault a1 (before the jump)", (long)fault_regs[1], 77);
		check("fault a2 (before the jump)", (long)fault_regs[2], 0x10);
		check("fault a3 (after the jump)", (long)fault_regs[3], 78);
		printf("far fault: pc at the load, a1 %ld a3 %ld\n", (long)fault_regs[1], (long)fault_regs[3]);
	}
	signal(SIGSEGV, SIG_DFL);
}

static void test_calls(void)
{
	uint64_t before = rdinstret();
	long got = 0;
	for (int r = 0; r < 20; r++) got += call_loop(200);
	report("call_loop", before, rdinstret());
	long want = 0;
	for (long i = 0; i < 200; i++) want += 2 * i + (i % 3 == 0 ? 1000 : i + 1) + i + 17;
	check("call_loop", got, 20 * want);
	printf("call_loop: %ld\n", got);

	static long value = 7;
	long sum = 0;
	before = rdinstret();
	for (int i = 0; i < 500; i++) sum += call_load(&value);
	report("call_load", before, rdinstret());
	check("call_load sum", sum, 500 * (7 + 11 + 5));
	struct sigaction sa = { 0 };
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	if (sigsetjmp(fault_return, 1) == 0) {
		call_load((const long *)(uintptr_t)0x10);
		printf("FAIL call_load: no fault\n");
		failures++;
	} else {
		check("callee fault pc is the load's", (long)(fault_pc - (uintptr_t)load_plus_ld), 0);
		check("callee fault ra is the return point", (long)(fault_ra - (uintptr_t)call_load_ret), 0);
		check("callee fault a1 (the caller's)", (long)fault_regs[1], 5);
		check("callee fault a3 (the callee's)", (long)fault_regs[3], 11);
		printf("callee fault: pc at the load, ra at the return point\n");
	}
	signal(SIGSEGV, SIG_DFL);
}

static volatile int flag;

static void on_alarm(int sig)
{
	(void)sig;
	flag = 1;
}

static void test_loops(void)
{
	uint64_t before = rdinstret();
	long total = 0;
	for (long n = 0; n < 400; n++) total += sum_below(n);
	report("sum_below", before, rdinstret());
	long want = 0;
	for (long n = 0; n < 400; n++) want += n * (n - 1) / 2;
	check("sum_below", total, want);
	printf("sum_below: %ld\n", total);

	signal(SIGALRM, on_alarm);
	struct itimerval it = { { 0, 0 }, { 0, 20000 } }; /* once, in 20 ms */
	flag = 0;
	setitimer(ITIMER_REAL, &it, NULL);
	long rounds = spin(&flag);
	check("spin ended by the timer", flag, 1);
	printf("spin: ended by the timer (%s)\n", rounds > 0 ? "after some rounds" : "at once");
}

int main(int argc, char **argv)
{
	show_instret = argc > 1 && !strcmp(argv[1], "instret");
	test_chain();
	test_call_rewritten();
	test_far_fault();
	test_calls();
	test_loops();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
