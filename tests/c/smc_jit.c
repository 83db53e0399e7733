/* reference: qemu (the code it writes and runs is riscv64 machine code).
 * Self-modifying code, as a tiny JIT does it: functions written into an RWX page, run hot (so a
 * staged engine translates them), then rewritten in place, with fence.i and without it (where
 * the VM must notice the write itself, as qemu and hardware with coherent caches do), with data on
 * the code page, by read(), by generated code, and under a second thread running the code. Every
 * result is checked here too; the output is compared with qemu-riscv64's. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096
#define HOT 300 /* calls per version: well past any engine's hot threshold */
enum { A0 = 10, A1 = 11, T0 = 5, T1 = 6, ZERO = 0 };

static uint32_t addi(int rd, int rs1, int imm) { return (uint32_t)(imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)rd << 7 | 0x13; }
static uint32_t ld(int rd, int rs1, int off) { return (uint32_t)(off & 0xfff) << 20 | (uint32_t)rs1 << 15 | 3u << 12 | (uint32_t)rd << 7 | 0x03; }
static uint32_t sd(int rs2, int rs1, int off)
{
	return (uint32_t)((off >> 5) & 0x7f) << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 | 3u << 12 |
	       (uint32_t)(off & 31) << 7 | 0x23;
}
static uint32_t sw(int rs2, int rs1, int off)
{
	return (uint32_t)((off >> 5) & 0x7f) << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 | 2u << 12 |
	       (uint32_t)(off & 31) << 7 | 0x23;
}
static uint32_t auipc(int rd) { return (uint32_t)rd << 7 | 0x17; }
#define RET 0x00008067u

typedef long (*fn1)(long);
typedef void (*patch_fn)(uint32_t *at, uint32_t insn);

static void fence_i(void) { __asm__ volatile("fence.i" ::: "memory"); }

static long hot(void *code, long arg)
{
	long sum = 0;
	for (int i = 0; i < HOT; i++) sum += ((fn1)code)(arg);
	return sum / HOT;
}

static int failures;
static void check(const char *what, long got, long want)
{
	printf("%s: %ld\n", what, got);
	if (got != want) {
		printf("  FAILED: want %ld\n", want);
		failures++;
	}
}

/* --- a second thread runs g while the main thread rewrites it, no fence.i ------------------- */
static uint32_t *shared_g;
static volatile long seen = -1;
#define STOP 999

static void *worker(void *arg)
{
	(void)arg;
	for (;;) {
		long v = ((fn1)(void *)shared_g)(0);
		if (v != seen) __atomic_store_n(&seen, v, __ATOMIC_SEQ_CST);
		if (v == STOP) return NULL;
	}
}

int main(void)
{
	uint32_t *page = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) return 2;

	/* 1: h(a) = a + 1 + 2 + 3, then the middle instruction rewritten in place, with fence.i */
	uint32_t *h = page;
	h[0] = addi(A0, A0, 1);
	h[1] = addi(A0, A0, 2);
	h[2] = addi(A0, A0, 3);
	h[3] = RET;
	fence_i();
	check("fence.i, first version", hot(h, 10), 16);
	for (int round = 1; round <= 20; round++) {
		h[1] = addi(A0, A0, 20 * round);
		fence_i();
		long got = hot(h, 10);
		if (round % 5 == 0) check("fence.i, rewritten in place", got, 14 + 20 * round);
		else if (got != 14 + 20 * round) check("fence.i, rewritten in place", got, 14 + 20 * round);
	}

	/* 2: the same without fence.i: only the VM's own watch on the page can see it */
	for (int round = 1; round <= 20; round++) {
		h[2] = addi(A0, A0, -round);
		long got = hot(h, 10);
		if (round % 5 == 0) check("no fence.i, rewritten in place", got, 11 + 400 - round);
		else if (got != 11 + 400 - round) check("no fence.i, rewritten in place", got, 11 + 400 - round);
	}

	/* 3: code and data on one page: the function counts its calls in a word 256 bytes on */
	uint32_t *count = page + 64; /* a fresh spot on the same page */
	count[0] = auipc(T0);
	count[1] = ld(T1, T0, 256);
	count[2] = addi(T1, T1, 1);
	count[3] = sd(T1, T0, 256);
	count[4] = addi(A0, T1, 0);
	count[5] = RET;
	uint64_t *counter = (uint64_t *)(void *)(count + 64);
	*counter = 1000;
	fence_i();
	long last = 0;
	for (int i = 0; i < HOT; i++) last = ((fn1)(void *)count)(0);
	check("data on the code page, after calls", last, 1000 + HOT);
	*counter = 5; /* the C code writes the data word too */
	check("data on the code page, reset", ((fn1)(void *)count)(0), 6);

	/* 4: generated code rewrites other generated code (p stores insn at *at), no fence.i */
	uint32_t *p = page + 128, *g = page + 160;
	p[0] = sw(A1, A0, 0);
	p[1] = RET;
	g[0] = addi(A0, ZERO, 0);
	g[1] = RET;
	fence_i();
	long bad = 0;
	for (int i = 1; i <= 2000; i++) {
		((patch_fn)(void *)p)(g, addi(A0, ZERO, i));
		long got = ((fn1)(void *)g)(0);
		if (got != i) bad++;
	}
	check("code written by generated code, wrong results", bad, 0);

	/* 5: read() of code into the page over hot code, no fence.i */
	uint32_t fresh[2] = { addi(A0, ZERO, 77), RET };
	int fds[2];
	if (pipe(fds)) return 3;
	if (write(fds[1], fresh, sizeof fresh) != (ssize_t)sizeof fresh) return 4;
	if (read(fds[0], g, sizeof fresh) != (ssize_t)sizeof fresh) {
		perror("read into code");
		return 5;
	}
	check("read() into the code page", hot(g, 0), 77);

	/* 6: another thread runs the code while this one rewrites it */
	shared_g = page + 2 * PAGE / 4; /* a page of its own */
	shared_g[0] = addi(A0, ZERO, 0);
	shared_g[1] = RET;
	fence_i();
	pthread_t t;
	if (pthread_create(&t, NULL, worker, NULL)) return 6;
	while (__atomic_load_n(&seen, __ATOMIC_SEQ_CST) != 0) sched_yield();
	int versions = 0;
	for (int k = 1; k <= 20; k++) {
		shared_g[0] = addi(A0, ZERO, k);
		while (__atomic_load_n(&seen, __ATOMIC_SEQ_CST) != k) sched_yield(); /* hangs if never seen */
		versions++;
	}
	shared_g[0] = addi(A0, ZERO, STOP);
	pthread_join(t, NULL);
	check("versions the other thread saw", versions, 20);

	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
