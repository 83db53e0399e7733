/* Calls and returns that a return-address stack can predict wrongly: every one must still land
 * where the guest says. Built -O2 -static -pthread for riscv64; its output is compared with
 * qemu-riscv64's (tests/dbt/suite.sh), under every engine, with the RAS off, with a tiny code
 * cache (flushes while calls are outstanding) and under --lockstep=dbt.
 *
 *   deep       recursion far deeper than the stack (64 entries): it wraps, and old entries lie
 *   longjmp    out of nested calls: the stack keeps the frames that longjmp skipped
 *   context    swapcontext between coroutines: each returns into the other's calls
 *   tail       tail calls (direct, mutual, through pointers): callee returns to the caller's caller
 *   divert     asm: a callee that changes ra and returns elsewhere (the pushed pc is wrong)
 *   t0         asm: millicode-style calls through t0 (jal t0 / jr t0) mixed with ra calls
 *   flush      deep calls, many fresh blocks at the bottom (the code cache fills and is flushed),
 *              then every return: no return may use host code from before the flush
 *   threads    threads each recursing deeply at once (one stack per thread)
 * Each part prints a checksum; a return that went astray shows as a wrong sum, a crash or a
 * "wrong path" line.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>

#define NOINLINE __attribute__((noinline))
static volatile int opaque = 1; /* defeats constant folding */

/* --- deep ------------------------------------------------------------------------------------ */
NOINLINE static uint64_t deep(int n)
{
	if (n == 0) return 7;
	uint64_t r = deep(n - 1);
	return r * 31 + (uint64_t)n * (uint64_t)opaque;
}

/* two functions alternating, so returns alternate between two return sites */
NOINLINE static uint64_t ping(int n);
NOINLINE static uint64_t pong(int n)
{
	if (n <= 0) return 3;
	return ping(n - 1) ^ ((uint64_t)n << 3);
}
NOINLINE static uint64_t ping(int n)
{
	if (n <= 0) return 5;
	return pong(n - 1) * 3 + (uint64_t)n;
}

/* --- longjmp --------------------------------------------------------------------------------- */
static jmp_buf jb;
static int jumps;
NOINLINE static uint64_t dive(int n, int at)
{
	if (n == at) longjmp(jb, n + 1);
	if (n > 1000) return 0; /* never: at < 200 */
	return dive(n + 1, at) + (uint64_t)n * (uint64_t)opaque;
}
static uint64_t test_longjmp(void)
{
	volatile uint64_t sum = 0; /* volatile: live across longjmp */
	for (volatile int at = 1; at < 200; at += 7) {
		int got;
		if ((got = setjmp(jb)) == 0) sum += dive(0, at);
		else {
			jumps++;
			sum += (uint64_t)got * 1000;
		}
		sum += deep(at % 50); /* returns right after the jump: the stack still holds dive's */
	}
	return sum;
}

/* --- context --------------------------------------------------------------------------------- */
static ucontext_t main_ctx, co_ctx[2];
static uint64_t co_sum;
NOINLINE static void co_yield(int me, int to)
{
	swapcontext(&co_ctx[me], to < 0 ? &main_ctx : &co_ctx[to]);
}
NOINLINE static uint64_t co_work(int me, int depth)
{
	if (depth == 0) {
		co_yield(me, me == 0 ? 1 : -1); /* returns here after the other one ran */
		return (uint64_t)me + 1;
	}
	return co_work(me, depth - 1) * 5 + (uint64_t)depth;
}
static void co_main(int me)
{
	for (int i = 0; i < 20; i++) co_sum = co_sum * 7 + co_work(me, (i * 3 + me) % 9);
	co_yield(me, -1);
}
static uint64_t test_context(void)
{
	static char stacks[2][64 * 1024];
	for (int i = 0; i < 2; i++) {
		getcontext(&co_ctx[i]);
		co_ctx[i].uc_stack.ss_sp = stacks[i];
		co_ctx[i].uc_stack.ss_size = sizeof stacks[i];
		co_ctx[i].uc_link = &main_ctx;
		makecontext(&co_ctx[i], (void (*)(void))co_main, 1, i);
	}
	for (int round = 0; round < 40; round++) swapcontext(&main_ctx, &co_ctx[round & 1]);
	return co_sum;
}

/* --- tail ------------------------------------------------------------------------------------ */
NOINLINE static uint64_t is_odd(uint64_t n, uint64_t acc);
NOINLINE static uint64_t is_even(uint64_t n, uint64_t acc)
{
	if (n == 0) return acc;
	return is_odd(n - 1, acc + 1); /* a tail call at -O2: j, no push */
}
NOINLINE static uint64_t is_odd(uint64_t n, uint64_t acc)
{
	if (n == 0) return acc * 2 + 1;
	return is_even(n - 1, acc ^ n);
}
typedef uint64_t op_fn(uint64_t);
NOINLINE static uint64_t op_a(uint64_t x) { return x * 3 + 1; }
NOINLINE static uint64_t op_b(uint64_t x) { return x ^ 0x5a5a; }
NOINLINE static uint64_t op_c(uint64_t x) { return x + deep((int)(x & 15)); }
static op_fn *const ops[3] = { op_a, op_b, op_c };
NOINLINE static uint64_t dispatch(uint64_t x, int k) { return ops[k % 3](x); } /* jr a5: tail call */
static uint64_t test_tail(void)
{
	uint64_t sum = 0;
	for (int i = 0; i < 300; i++) sum = sum * 3 + is_even((uint64_t)i * (uint64_t)opaque, 1) + dispatch(sum, i);
	return sum;
}

/* --- divert and t0 (asm) --------------------------------------------------------------------- */
/* divert_call(x): calls divert, which sets ra to label 2 and returns there: the call's own return
 * point (label 1) is what the stack predicts, and is wrong. Returns x*2 via the right path, or
 * 0xbad if control came back to label 1. */
uint64_t divert_call(uint64_t x);
/* t0_call(x): x+5 computed by a millicode routine called with `jal t0`, returning with `jr t0`,
 * which itself makes an ordinary call (ra) in between. */
uint64_t t0_call(uint64_t x);
__asm__(
	".text\n"
	".globl divert_call\n"
	"divert_call:\n"
	"	addi sp, sp, -16\n"
	"	sd ra, 8(sp)\n"
	"	call divert\n"
	"1:	li a0, 0xbad\n"       /* the predicted return point: wrong */
	"	j 3f\n"
	"2:	slli a0, a0, 1\n"     /* where divert really returns */
	"3:	ld ra, 8(sp)\n"
	"	addi sp, sp, 16\n"
	"	ret\n"
	"divert:\n"
	"	la ra, 2b\n"
	"	ret\n"
	".globl t0_call\n"
	"t0_call:\n"
	"	addi sp, sp, -16\n"
	"	sd ra, 8(sp)\n"
	"	jal t0, milli\n"
	"	addi a0, a0, 1\n"
	"	ld ra, 8(sp)\n"
	"	addi sp, sp, 16\n"
	"	ret\n"
	"milli:\n"
	"	mv t1, t0\n"          /* t0 is the return address; the ordinary call below keeps t1 */
	"	call plus4\n"
	"	jr t1\n"              /* not a return by the hint (t1): the caches find it */
	"plus4:\n"
	"	addi a0, a0, 4\n"
	"	ret\n"
	".globl t0_direct\n"
	"t0_direct:\n"            /* jal t0 / jr t0 straight: a push and a pop through t0 */
	"	jal t0, 4f\n"
	"	addi a0, a0, 100\n"
	"	ret\n"
	"4:	addi a0, a0, 1\n"
	"	jr t0\n");
uint64_t t0_direct(uint64_t x);

static uint64_t test_asm(void)
{
	uint64_t sum = 0;
	for (uint64_t i = 0; i < 200; i++) {
		uint64_t d = divert_call(i);
		if (d != i * 2) printf("divert: wrong path for %llu: %llx\n", (unsigned long long)i, (unsigned long long)d);
		sum = sum * 5 + d + t0_call(i) + t0_direct(i);
	}
	return sum;
}

/* --- flush ----------------------------------------------------------------------------------- */
/* Many distinct functions: calling them all translates more code than a tiny cache holds. */
#define F(n) NOINLINE static uint64_t f##n(uint64_t x) { return (x ^ (n * 0x9e37u)) * (2 * n + 1) + (x >> (n % 7)); }
#define F10(t) F(t##0) F(t##1) F(t##2) F(t##3) F(t##4) F(t##5) F(t##6) F(t##7) F(t##8) F(t##9)
F10(1) F10(2) F10(3) F10(4) F10(5) F10(6) F10(7) F10(8) F10(9) F10(10) F10(11) F10(12)
#define R(n) f##n,
#define R10(t) R(t##0) R(t##1) R(t##2) R(t##3) R(t##4) R(t##5) R(t##6) R(t##7) R(t##8) R(t##9)
static op_fn *const many[] = { R10(1) R10(2) R10(3) R10(4) R10(5) R10(6) R10(7) R10(8) R10(9) R10(10) R10(11) R10(12) };
#define N_MANY (int)(sizeof many / sizeof many[0])

NOINLINE static uint64_t bottom(uint64_t x)
{
	for (int r = 0; r < 3; r++)
		for (int i = 0; i < N_MANY; i++) x = many[i](x) + (uint64_t)i;
	return x;
}
/* each level returns to a different return site (depth % 4), all outstanding during bottom() */
NOINLINE static uint64_t climb(int depth, uint64_t x)
{
	if (depth == 0) return bottom(x);
	switch (depth & 3) {
	case 0: return climb(depth - 1, x + 1) * 3;
	case 1: return climb(depth - 1, x ^ 7) + 11;
	case 2: return climb(depth - 1, x * 5) ^ 0x77;
	default: return climb(depth - 1, x) - (uint64_t)depth;
	}
}
static uint64_t test_flush(void)
{
	uint64_t sum = 0;
	for (int i = 0; i < 6; i++) sum = sum * 7 + climb(20 + i * 9, (uint64_t)i);
	return sum;
}

/* --- threads --------------------------------------------------------------------------------- */
struct job {
	int id;
	uint64_t result;
};
static void *thread_main(void *arg)
{
	struct job *j = arg;
	uint64_t s = 0;
	for (int i = 0; i < 30; i++) s = s * 13 + deep(500 + j->id * 37 + i) + ping(100 + j->id * 11 + i) + climb(j->id * 3 + 5, s);
	j->result = s;
	return NULL;
}
static uint64_t test_threads(void)
{
	enum { N = 4 };
	pthread_t t[N];
	struct job jobs[N];
	for (int i = 0; i < N; i++) {
		jobs[i] = (struct job){ .id = i };
		if (pthread_create(&t[i], NULL, thread_main, &jobs[i])) {
			puts("pthread_create failed");
			exit(1);
		}
	}
	uint64_t sum = 0;
	for (int i = 0; i < N; i++) {
		pthread_join(t[i], NULL);
		sum = sum * 31 + jobs[i].result;
	}
	return sum;
}

int main(void)
{
	uint64_t d = 0;
	for (int n = 0; n < 30; n++) d = d * 3 + deep(n * 7) + ping(n * 5);
	printf("deep      %016llx %016llx\n", (unsigned long long)d, (unsigned long long)deep(100000));
	printf("longjmp   %016llx jumps %d\n", (unsigned long long)test_longjmp(), jumps);
	printf("context   %016llx\n", (unsigned long long)test_context());
	printf("tail      %016llx\n", (unsigned long long)test_tail());
	printf("asm       %016llx\n", (unsigned long long)test_asm());
	printf("flush     %016llx\n", (unsigned long long)test_flush());
	printf("threads   %016llx\n", (unsigned long long)test_threads());
	return 0;
}
