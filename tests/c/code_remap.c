/* reference: qemu (the code it runs is riscv64 machine code).
 * Code that goes away and comes back different at the same address, with no fence.i: as after
 * dlclose and dlopen, or a JIT that flips its buffer between writable and executable. Linux
 * makes the new code visible (it flushes the instruction cache when it maps pages), so must
 * the VM: a stale decoded or translated block would return the old value. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096

/* addi a0, zero, value; ret (jalr zero, 0(ra)) */
static void make_function(uint32_t *code, int value)
{
	code[0] = ((uint32_t)(value & 0xfff) << 20) | (10 << 7) | 0x13;
	code[1] = 0x00008067;
}

static int call(void *code)
{
	int (*f)(void) = (int (*)(void))code;
	int r = 0;
	for (int i = 0; i < 1000; i++) r += f(); /* hot enough for any engine to keep it */
	return r / 1000;
}

int main(void)
{
	int failures = 0;
	/* 1: a file mapped executable, unmapped, the file rewritten, mapped again */
	char path[] = "/tmp/isomorph-code-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0) return 2;
	unlink(path);
	uint32_t code[PAGE / 4] = { 0 };
	void *first = NULL;
	for (int round = 1; round <= 3; round++) {
		make_function(code, round * 11);
		if (pwrite(fd, code, sizeof code, 0) != (ssize_t)sizeof code) return 3;
		void *p = mmap(first, PAGE, PROT_READ | PROT_EXEC, MAP_PRIVATE | (first ? MAP_FIXED : 0), fd, 0);
		if (p == MAP_FAILED) return 4;
		first = p;
		int got = call(p);
		printf("file mapping, round %d: %d\n", round, got);
		failures += got != round * 11;
		munmap(p, PAGE);
	}
	/* 2: W^X: writable to write, executable to run, as JITs do on hardened systems */
	uint32_t *jit = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (jit == MAP_FAILED) return 5;
	for (int round = 1; round <= 3; round++) {
		if (mprotect(jit, PAGE, PROT_READ | PROT_WRITE)) return 6;
		make_function(jit, round * 7);
		if (mprotect(jit, PAGE, PROT_READ | PROT_EXEC)) return 7;
		int got = call(jit);
		printf("W^X buffer, round %d: %d\n", round, got);
		failures += got != round * 7;
	}
	/* 3: MAP_FIXED over live code */
	for (int round = 1; round <= 2; round++) {
		uint32_t *p = mmap(jit, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		if (p != jit) return 8;
		make_function(p, 100 + round);
		__builtin___clear_cache((char *)p, (char *)p + 8); /* a fresh mapping, but written after mapping */
		int got = call(p);
		printf("MAP_FIXED, round %d: %d\n", round, got);
		failures += got != 100 + round;
	}
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
