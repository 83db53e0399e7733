/* Self-loops that never touch sp, s0, s1 and a2..a5, the registers translated code keeps pinned in
 * host registers, with more of their own registers live than the pool holds (a translator that
 * lent the idle pins' hosts to such loops was measured and dropped: README). The pins and every
 * loop register must be exact on every way out:
 *  - the loop's end, and a side exit taken every 64 rounds (to code that jumps back in);
 *  - a fault in the loop, at a load running into a page that cannot be read: the handler sees
 *    every register as the loop left it, the pins included, and runs on the guest's stack;
 *  - a fault on a base past the guest's address space (the out-of-range stub), read from a table
 *    of pointers at one round;
 *  - a timer signal delivered while the loop runs (the pending check at its back edge).
 * Printed, to be compared with qemu-riscv64; sp is checked here (its value differs by runner).
 * Each loop runs thousands of rounds, so that the staged engine translates it first.
 * usage: loop_regs
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <ucontext.h>
#include <unistd.h>

#define MAGIC(k) (0x5a5a000000000000ull + (k))

/* out[0..5]: s0, s1, a2..a5 after; out[6..22]: t1..t6, s2..s11, and the round count (s11's
 * partner a1 aside); out[23], out[24]: sp before and after. */
enum { OUT_WORDS = 25 };

/* rounds of the mixing loop over the words at buf (one a round); returns through out */
static void mix(uint64_t *out, uint64_t rounds, const uint64_t *buf, int chase)
{
	register uint64_t *r_out asm("a0") = out;
	register uint64_t r_rounds asm("a1") = rounds;
	register const uint64_t *r_buf asm("a6") = buf;
	register uint64_t r_chase asm("a7") = (uint64_t)chase;
	asm volatile(
		"sd sp, 184(a0)\n"
		"li s0, %[m0]\n li s1, %[m1]\n li a2, %[m2]\n li a3, %[m3]\n li a4, %[m4]\n li a5, %[m5]\n"
		"li t1, 1\n li t2, 2\n li t3, 3\n li t4, 4\n li t5, 5\n li t6, 6\n"
		"li s2, 7\n li s3, 8\n li s4, 9\n li s5, 10\n li s6, 11\n li s7, 12\n li s8, 13\n li s9, 14\n"
		"li s10, 15\n li s11, 0\n"
		"1:\n"
		"ld t0, 0(a6)\n"
		"beqz a7, 2f\n"
		"ld t0, 0(t0)\n" /* chase: the word is a pointer to the value */
		"2:\n"
		"add t1, t1, t0\n xor t2, t2, t1\n add t3, t3, t2\n slli t4, t3, 3\n add t5, t5, t4\n"
		"xor t6, t6, t5\n add s2, s2, t6\n add s3, s3, s2\n xor s4, s4, s3\n add s5, s5, s4\n"
		"andi t0, s11, 63\n"
		"beqz t0, 3f\n" /* a side exit every 64 rounds */
		"4:\n"
		"add s6, s6, s5\n xor s7, s7, s6\n add s8, s8, s7\n add s9, s9, s8\n xor s10, s10, s9\n"
		"addi a6, a6, 8\n addi s11, s11, 1\n"
		"bne s11, a1, 1b\n"
		"j 5f\n"
		"3:\n addi t1, t1, 1\n j 4b\n"
		"5:\n"
		"sd s0, 0(a0)\n sd s1, 8(a0)\n sd a2, 16(a0)\n sd a3, 24(a0)\n sd a4, 32(a0)\n sd a5, 40(a0)\n"
		"sd t1, 48(a0)\n sd t2, 56(a0)\n sd t3, 64(a0)\n sd t4, 72(a0)\n sd t5, 80(a0)\n sd t6, 88(a0)\n"
		"sd s2, 96(a0)\n sd s3, 104(a0)\n sd s4, 112(a0)\n sd s5, 120(a0)\n sd s6, 128(a0)\n"
		"sd s7, 136(a0)\n sd s8, 144(a0)\n sd s9, 152(a0)\n sd s10, 160(a0)\n sd s11, 168(a0)\n"
		"sd sp, 192(a0)\n"
		: "+r"(r_buf)
		: "r"(r_out), "r"(r_rounds), "r"(r_chase), [m0] "i"(MAGIC(0)), [m1] "i"(MAGIC(1)), [m2] "i"(MAGIC(2)),
		  [m3] "i"(MAGIC(3)), [m4] "i"(MAGIC(4)), [m5] "i"(MAGIC(5))
		: "memory", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7",
		  "s8", "s9", "s10", "s11", "a2", "a3", "a4", "a5");
}

static void print_out(const char *what, const uint64_t *out)
{
	printf("%s: pins", what);
	for (int i = 0; i < 6; i++) printf(" %llx", (unsigned long long)out[i]);
	printf("\n  loop");
	for (int i = 6; i < 22; i++) printf(" %llx", (unsigned long long)out[i]);
	printf("\n");
}

static sigjmp_buf back;
static volatile uint64_t fault_x[32];
static volatile int alarms;

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)si;
	ucontext_t *uc = ctx;
	for (int r = 1; r < 32; r++) fault_x[r] = uc->uc_mcontext.__gregs[r];
	siglongjmp(back, 1);
}

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

/* The registers a fault in the loop left, as the handler saw them. */
static void print_fault(const char *what, uintptr_t sp_before)
{
	static const int pins[6] = { 8, 9, 12, 13, 14, 15 }, loop[16] = { 6, 7, 28, 29, 30, 31, 18, 19, 20, 21, 22, 23,
									  24, 25, 26, 27 };
	printf("%s: pins", what);
	for (int i = 0; i < 6; i++) printf(" %llx", (unsigned long long)fault_x[pins[i]]);
	printf("\n  loop");
	for (int i = 0; i < 16; i++) printf(" %llx", (unsigned long long)fault_x[loop[i]]);
	printf("\n  sp %s\n", fault_x[2] == sp_before ? "kept" : "WRONG");
}

int main(void)
{
	static uint64_t out[OUT_WORDS];
	long page = sysconf(_SC_PAGESIZE);
	enum { WORDS = 6000 };
	uint64_t *words = mmap(NULL, (size_t)(16 * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (words == MAP_FAILED) return 1;
	for (int i = 0; i < WORDS; i++) words[i] = (uint64_t)i * 0x9e3779b97f4a7c15ull;

	/* the loop's end and its side exits, three times over */
	for (int k = 0; k < 3; k++) {
		memset(out, 0, sizeof out);
		mix(out, WORDS - 1000 * (uint64_t)k, words, 0);
		print_out("end", out);
		printf("  sp %s\n", out[23] == out[24] ? "kept" : "WRONG");
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);

	/* a fault at the load that runs into the page after the words */
	uint64_t *end = words + 8 * page / 8;
	if (mprotect(end, (size_t)(8 * page), PROT_NONE) != 0) return 1;
	memcpy(end - WORDS / 2, words, WORDS / 2 * sizeof *words);
	if (sigsetjmp(back, 1) == 0) {
		mix(out, 1u << 30, end - WORDS / 2, 0);
		printf("no fault\n");
	} else {
		print_fault("fault", (uintptr_t)out[23]);
	}
	mprotect(words + 8 * page / 8, (size_t)(8 * page), PROT_READ | PROT_WRITE);

	/* a fault on a base past the guest's address space, from a table of pointers */
	static uint64_t table[WORDS];
	for (int i = 0; i < WORDS; i++) table[i] = (uint64_t)(uintptr_t)&words[i];
	table[4321] = 1ull << 45;
	if (sigsetjmp(back, 1) == 0) {
		mix(out, WORDS, table, 1);
		printf("no fault\n");
	} else {
		print_fault("far fault", (uintptr_t)out[23]);
	}

	/* timer signals while the loop runs */
	signal(SIGALRM, on_alarm);
	struct itimerval every = { { 0, 500 }, { 0, 500 } }, off = { { 0, 0 }, { 0, 0 } };
	uint64_t *ring = mmap(NULL, 16u << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ring == MAP_FAILED) return 1;
	for (size_t i = 0; i < (16u << 20) / 8; i += 512) ring[i] = i;
	setitimer(ITIMER_REAL, &every, NULL);
	memset(out, 0, sizeof out);
	mix(out, (16u << 20) / 8, ring, 0);
	setitimer(ITIMER_REAL, &off, NULL);
	print_out("alarms", out);
	printf("  sp %s, alarms %s\n", out[23] == out[24] ? "kept" : "WRONG", alarms > 0 ? "seen" : "none");
	return 0;
}
