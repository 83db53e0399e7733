/* Chains past the pending-signal check: a direct exit to a block at a higher pc enters the
 * target's translation past its check (a cycle of blocks always has an edge back, which checks).
 * What would go wrong, and is looked for here:
 *   - a loop whose body is cut into several blocks (more than a block's 64 instructions), spinning
 *     on a flag only a timer signal's handler sets: were the edge back chained past the check
 *     too, the signal would never be delivered and the loop would spin for ever;
 *   - generated code: 64 instructions at the end of one page, so that their block ends where a
 *     function starts on the next page and leaves for it by a forward chain; the function is
 *     rewritten (its page alone) between rounds: were the chain left on the old translation's
 *     body, the rounds after the first would print the first round's sums.
 * Prints what qemu-riscv64 prints. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>

#define PAGE 4096

static volatile sig_atomic_t flag;
static void on_alarm(int sig) { (void)sig; flag = 1; }

#define STEP(k) x = x * 3 + (k); x ^= x >> 7; y += x & 0xff;
#define STEP8(k) STEP(k) STEP(k + 1) STEP(k + 2) STEP(k + 3) STEP(k + 4) STEP(k + 5) STEP(k + 6) STEP(k + 7)

/* A loop body of some 200 instructions: several blocks, one after the other in pc. */
__attribute__((noinline)) static long spin(volatile sig_atomic_t *f)
{
	uint64_t x = 1, y = 0;
	long rounds = 0;
	while (!*f) {
		STEP8(0) STEP8(8) STEP8(16) STEP8(24)
		rounds++;
	}
	return rounds + (long)(y & 1);
}

enum { A0 = 10, RA = 1 };
static uint32_t addi(int rd, int rs1, int imm) { return (uint32_t)(imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)rd << 7 | 0x13; }
#define RET 0x00008067u

typedef long (*fn)(long);

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it = { { 0, 0 }, { 0, 20000 } }; /* once, in 20 ms */
	setitimer(ITIMER_REAL, &it, NULL);
	long rounds = spin(&flag);
	printf("spin: ended by the timer (%s)\n", rounds > 0 ? "after some rounds" : "at once");

	uint8_t *mem = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mem == MAP_FAILED) return 1;
	uint32_t *entry = (uint32_t *)(void *)(mem + PAGE - 64 * 4), *callee = (uint32_t *)(void *)(mem + PAGE);
	for (int i = 0; i < 64; i++) entry[i] = addi(A0, A0, i + 1); /* a0 += 1 + ... + 64, on into the callee */
	for (int round = 0; round < 12; round++) {
		callee[0] = addi(A0, A0, 100 * round);
		callee[1] = RET;
		__builtin___clear_cache((char *)callee, (char *)(callee + 2));
		long sum = 0;
		for (long k = 0; k < 300; k++) sum += ((fn)(void *)entry)(k);
		printf("round %d: %ld\n", round, sum);
	}
	return 0;
}
