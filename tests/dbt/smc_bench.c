/* A JIT-like loop for measuring self-modifying code (not part of a suite): each round rewrites
 * one small function in place (an immediate), does fence.i as a JIT must, then calls it CALLS
 * times; other generated functions, on the pages after its own and never rewritten, run every round
 * too, as the rest of a JIT's code would (a whole flush at fence.i throws their translations away).
 * Prints a checksum, the same under every engine and qemu-riscv64.
 *
 *   riscv64-linux-gnu-gcc -O2 -static -o smc_bench tests/dbt/smc_bench.c
 *   isomorph --stats smc_bench [ROUNDS [CALLS [OTHERS]]]     # default 2000 200 64
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#define PAGE 4096
enum { A0 = 10 };
static uint32_t addi(int rd, int rs1, int imm) { return (uint32_t)(imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)rd << 7 | 0x13; }
#define RET 0x00008067u
typedef long (*fn1)(long);

int main(int argc, char **argv)
{
	long rounds = argc > 1 ? atol(argv[1]) : 2000, calls = argc > 2 ? atol(argv[2]) : 200;
	long others = argc > 3 ? atol(argv[3]) : 64;
	uint8_t *mem = mmap(NULL, (size_t)PAGE + (size_t)others * 64, PROT_READ | PROT_WRITE | PROT_EXEC,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mem == MAP_FAILED) return 1;
	uint32_t *f = (uint32_t *)(void *)mem;
	/* 64 bytes apart, from the page after f's */
#define OTHER(k) ((uint32_t *)(void *)(mem + PAGE + (k) * 64))
	for (long k = 0; k < others; k++) {
		uint32_t *o = OTHER(k);
		o[0] = addi(A0, A0, (int)k);
		o[1] = addi(A0, A0, 1);
		o[2] = RET;
	}
	f[0] = addi(A0, A0, 0);
	f[1] = RET;
	__asm__ volatile("fence.i" ::: "memory");
	unsigned long sum = 0;
	for (long r = 0; r < rounds; r++) {
		f[0] = addi(A0, A0, (int)(r & 1023));
		__asm__ volatile("fence.i" ::: "memory");
		for (long i = 0; i < calls; i++) sum = sum * 31 + (unsigned long)((fn1)(void *)f)(i);
		for (long k = 0; k < others; k++)
			for (int i = 0; i < 20; i++) sum += (unsigned long)((fn1)(void *)OTHER(k))(i);
	}
	printf("%lu\n", sum);
	return 0;
}
