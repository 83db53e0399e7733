/* Unit tests for exec/lockstep.c's comparison: proves lockstep can fail. Two guest states that
 * differ in one register, one memory byte, the exit reason or a fault must each be reported, with
 * the item named; equal states must not be.
 * Usage: build-X/unit/lockstep_test   (prints "lockstep_test: N passed, N failed")
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "exec/lockstep.h"
#include "mem/mem.h"
#include "unit.h"

#define TEST_ENGINE "threaded"
#define WORD_OFFSET 8 /* where in the test page the logged 4-byte store lands */

static char report[4096];

/* Compares ref and test (faults as given), keeping the printed report in report[]. */
static int compare(const struct cpu *ref, const struct mem_fault_info *rf, const struct cpu *test,
		   const struct mem_fault_info *tf, const struct interp_store_log *log)
{
	FILE *out = fmemopen(report, sizeof report, "w");
	int n = exec_lockstep_compare(ref, rf, test, tf, log, TEST_ENGINE, out);
	fclose(out);
	if (n) printf("report:\n%s", report);
	return n;
}

static void set_word(uint64_t a, uint32_t v) { memcpy(mem_host(a), &v, sizeof v); }

int main(void)
{
	mem_init();
	int64_t page = mem_mmap(0, MEM_PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(page > 0);
	uint64_t word = (uint64_t)page + WORD_OFFSET;

	static struct cpu ref, test;
	static struct interp_store_log log;
	ref.pc = test.pc = 0x10000;
	ref.x[ISA_REG_A0] = test.x[ISA_REG_A0] = 1;
	ref.exit_reason = test.exit_reason = CPU_EXIT_SIGNAL;

	/* Equal states, empty log: nothing to report. */
	CHECK(compare(&ref, NULL, &test, NULL, &log) == 0);
	CHECK(report[0] == 0);

	/* One register. */
	test.x[ISA_REG_A0] = 2;
	CHECK(compare(&ref, NULL, &test, NULL, &log) == 1);
	CHECK(strstr(report, "x10 (a0): switch 0x1 " TEST_ENGINE " 0x2\n") != NULL);
	test.x[ISA_REG_A0] = 1;

	/* An FP register and the flags. */
	test.f[ISA_REG_A0] = 5;
	test.fflags = ISA_FFLAG_NX;
	CHECK(compare(&ref, NULL, &test, NULL, &log) == 2);
	CHECK(strstr(report, "f10 (fa0): switch 0x0 " TEST_ENGINE " 0x5\n") != NULL);
	CHECK(strstr(report, "fflags: switch 0x0 " TEST_ENGINE " 0x1\n") != NULL);
	test.f[ISA_REG_A0] = 0;
	test.fflags = 0;

	/* Memory: the reference stored 0x11223344; memory agrees, then one byte does not. */
	log.n = 1;
	log.entry[0] = (struct interp_store){ .addr = word, .before = 0, .after = 0x11223344, .size = 4 };
	set_word(word, 0x11223344);
	CHECK(compare(&ref, NULL, &test, NULL, &log) == 0);
	set_word(word, 0x11993344);
	CHECK(compare(&ref, NULL, &test, NULL, &log) == 1);
	char want[128];
	snprintf(want, sizeof want, "mem 0x%llx (4 bytes): switch 0x11223344 " TEST_ENGINE " 0x11993344\n",
		 (unsigned long long)word);
	CHECK(strstr(report, want) != NULL);

	/* A later byte store over the word: the reference's last value of each byte counts. */
	log.n = 2;
	log.entry[1] = (struct interp_store){ .addr = word + 2, .before = 0x22, .after = 0x99, .size = 1 };
	CHECK(compare(&ref, NULL, &test, NULL, &log) == 0);
	set_word(word, 0x11223344);
	CHECK(compare(&ref, NULL, &test, NULL, &log) == 2); /* the word's byte 2, and the byte store */
	log.n = 0;

	/* The exit reason. */
	test.exit_reason = CPU_EXIT_ECALL;
	CHECK(compare(&ref, NULL, &test, NULL, &log) == 1);
	CHECK(strstr(report, "exit: switch block end " TEST_ENGINE " ecall\n") != NULL);
	test.exit_reason = ref.exit_reason;

	/* A fault on one side only, then the same fault on both. */
	struct mem_fault_info fault = { .addr = 0x10, .access = MEM_READ, .si_code = SEGV_MAPERR, .signo = SIGSEGV };
	CHECK(compare(&ref, &fault, &test, NULL, &log) == 1);
	CHECK(strstr(report, "fault: switch SIGSEGV addr=0x10") != NULL);
	struct mem_fault_info same = fault;
	CHECK(compare(&ref, &fault, &test, &same, &log) == 0);
	same.addr = 0x18;
	CHECK(compare(&ref, &fault, &test, &same, &log) == 1);

	/* A block of two instructions on the page: unchanged, rewritten by another thread (not by the
	 * block: nothing in its log), then rewritten by one of its own stores. */
	static struct {
		struct isa_block b;
		struct isa_insn insns[2];
	} blk;
	uint64_t code = (uint64_t)page + 64;
	set_word(code, 0x00b00513);     /* addi a0,zero,11 */
	memcpy(mem_host(code + 4), &(uint16_t){ 0x8082 }, 2); /* c.jr ra */
	blk.b.pc = code;
	blk.b.n_guest = 2;
	isa_decode(&blk.b.insns[0], code, 0x00b00513);
	isa_decode(&blk.b.insns[1], code + 4, 0x8082);
	log.n = 0;
	CHECK(exec_lockstep_rewritten_elsewhere(&blk.b, &log) == 0);
	memcpy(mem_host(code + 6), &(uint16_t){ 0xffff }, 2); /* past the block: not its code */
	CHECK(exec_lockstep_rewritten_elsewhere(&blk.b, &log) == 0);
	set_word(code, 0x00c00513); /* addi a0,zero,12 */
	CHECK(exec_lockstep_rewritten_elsewhere(&blk.b, &log) == 1);
	log.n = 1;
	log.entry[0] = (struct interp_store){ .addr = code + 2, .before = 0x00b0, .after = 0x00c0, .size = 2 };
	CHECK(exec_lockstep_rewritten_elsewhere(&blk.b, &log) == 0);
	log.n = 0;
	set_word(code, 0x00b00513);
	memcpy(mem_host(code + 4), &(uint16_t){ 0x8086 }, 2); /* the compressed one rewritten */
	CHECK(exec_lockstep_rewritten_elsewhere(&blk.b, &log) == 1);

	return unit_summary("lockstep_test");
}
