/* Code written through one mapping and run through another: a memfd mapped twice, writable and
 * executable. No write reaches a page the VM watches (the writable view holds no code), so only
 * fence.i can make the new code visible: isomorph's fence.i drops the code of shared executable
 * mappings for that reason. Self-checking (exit status 0, "ok"): qemu-riscv64 7.2 keeps running
 * the first version here, so it cannot be the reference.
 *
 *   riscv64-linux-gnu-gcc -O2 -static -o smc_alias tests/dbt/smc_alias.c
 *   for e in threaded dbt auto; do isomorph --engine=$e smc_alias || echo FAIL $e; done
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096
enum { A0 = 10 };
static uint32_t addi(int rd, int rs1, int imm) { return (uint32_t)(imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | (uint32_t)rd << 7 | 0x13; }
#define RET 0x00008067u
typedef long (*fn1)(long);

int main(void)
{
	int fd = memfd_create("smc-alias", 0);
	if (fd < 0 || ftruncate(fd, PAGE)) return 2;
	uint32_t *w = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	uint32_t *x = mmap(NULL, PAGE, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
	if (w == MAP_FAILED || x == MAP_FAILED) return 3;
	int failures = 0;
	for (int round = 1; round <= 20; round++) {
		w[0] = addi(A0, A0, round);
		w[1] = RET;
		__asm__ volatile("fence.i" ::: "memory");
		long sum = 0;
		for (int i = 0; i < 300; i++) sum += ((fn1)(void *)x)(100); /* hot: translated */
		if (sum != 300L * (100 + round)) {
			printf("round %d: %ld, want %ld\n", round, sum / 300, 100L + round);
			failures++;
		}
	}
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
