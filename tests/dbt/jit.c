/* A tiny JIT: writes RISC-V code into memory, runs it, rewrites it and runs it again, so an engine
 * that keeps stale decoded or translated code prints other numbers than qemu-riscv64. Code is made
 * in an RWX mapping (flushed with __builtin___clear_cache, i.e. riscv_flush_icache, or fence.i)
 * and in a mapping flipped between RW and RX with mprotect. Each version runs many times, so a
 * staged engine has translated it before it changes. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

typedef long (*fn)(long);

/* addi a0, a0, imm; slli a0, a0, shift; ret */
static void make(uint32_t *p, int imm, int shift)
{
	p[0] = (uint32_t)(imm & 0xfff) << 20 | 10u << 15 | 10u << 7 | 0x13;
	p[1] = (uint32_t)shift << 20 | 10u << 15 | 1u << 12 | 10u << 7 | 0x13;
	p[2] = 0x00008067;
}

static long run(fn f, int times)
{
	long sum = 0;
	for (int k = 0; k < times; k++) sum += f(k);
	return sum;
}

int main(void)
{
	uint32_t *rwx = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint32_t *flip = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (rwx == MAP_FAILED || flip == MAP_FAILED) return 1;
	for (int round = 0; round < 40; round++) {
		make(rwx, round, round % 3);
		if (round % 2) __builtin___clear_cache((char *)rwx, (char *)(rwx + 3));
		else __asm__ volatile("fence.i" ::: "memory");
		long a = run((fn)(void *)rwx, 200);

		if (mprotect(flip, 4096, PROT_READ | PROT_WRITE)) return 2;
		make(flip, -round, 1 + round % 2);
		if (mprotect(flip, 4096, PROT_READ | PROT_EXEC)) return 3;
		__builtin___clear_cache((char *)flip, (char *)(flip + 3));
		long b = run((fn)(void *)flip, 200);
		printf("round %d: %ld %ld\n", round, a, b);
	}
	return 0;
}
