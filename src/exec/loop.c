/* The emulation manager's loop: run an engine until it hands control back, then act on the
 * reason (system call, trap, fence.i, unlinked block), and go again.
 *
 * Guest faults (a load from an unmapped page, a store to a read-only one, a fetch from a page
 * without execute permission) unwind from deep inside an engine with siglongjmp to the sigsetjmp
 * here; cpu->pc is exact at that point (the engines' contract), so the fault is precise.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "blocks.h"
#include "exec.h"
#include "lockstep.h"
#include "staged.h"
#include "stats.h"
#include "../interp/interp.h"
#include "../isa/fpu.h"
#include "../mem/mem.h"
#include "../os/os.h"

/* ORDER ENGINE */
static const char *const exec_engine_names[EXEC_ENGINE_COUNT] = { "switch", "threaded", "dbt", "auto" };

int exec_engine_by_name(const char *name)
{
	for (int e = 0; e < EXEC_ENGINE_COUNT; e++)
		if (strcmp(name, exec_engine_names[e]) == 0) return e;
	return -1;
}

const char *exec_engine_name(int engine) { return exec_engine_names[engine]; }

static const struct exec_options *opts;

static void print_stats(const struct cpu *cpu)
{
	fprintf(stderr, "isomorph: --stats (engine %s)\n", exec_engine_names[opts->engine]);
	fprintf(stderr, "  %-44s %12llu\n", "guest instructions executed", (unsigned long long)cpu->instret);
	if (opts->engine != EXEC_ENGINE_SWITCH)
		fprintf(stderr, "  %-44s %12llu\n", "blocks executed", (unsigned long long)exec_blocks_executed());
	exec_stats_print(stderr);
	if (EXEC_ENGINE_TRANSLATES(opts->engine)) exec_staged_print_stats(stderr);
	os_print_stats(stderr);
}

/* A guest signal the guest cannot handle yet: report it as the VM's last words and die by it.
 * detail follows the pc on the line (" addr=0x..." or " insn=0x..."). */
__attribute__((noreturn)) static void die(const struct cpu *cpu, int sig, const char *detail)
{
	fprintf(stderr, "isomorph: guest SIG%s at pc=0x%llx%s\n", sigabbrev_np(sig), (unsigned long long)cpu->pc,
		detail);
	if (opts->stats) print_stats(cpu);
	os_die_by_signal(sig);
}

__attribute__((noreturn)) static void guest_fault(const struct cpu *cpu)
{
	char detail[40];
	snprintf(detail, sizeof detail, " addr=0x%llx", (unsigned long long)mem_last_fault.addr);
	die(cpu, mem_last_fault.signo, detail);
}

static struct isa_block *lookup_successor(uint64_t pc)
{
	exec_stats.successor_lookups++;
	return exec_block_get(pc);
}

/* Runs the chosen engine once, from cpu->pc, until it gives control back. */
static void run_engine(struct cpu *cpu)
{
	exec_stats.engine_entries++;
	if (opts->engine == EXEC_ENGINE_SWITCH) {
		interp_switch_run(cpu);
		return;
	}
	struct isa_block *b = exec_block_get(cpu->pc);
	if (exec_blocks_flush_wanted()) { /* store or code cache full */
		exec_blocks_flush();
		b = exec_block_get(cpu->pc);
	}
	if (!b) mem_fault(cpu->pc, MEM_EXEC); /* nothing executable at pc */
	if (opts->lockstep) exec_lockstep_block(cpu, b, lookup_successor); /* one block, checked */
	else if (EXEC_ENGINE_TRANSLATES(opts->engine)) exec_staged_run(cpu, b);
	else interp_threaded_run(cpu, b, lookup_successor);
}

void exec_run(struct cpu *cpu, const struct exec_options *options)
{
	opts = options;
	exec_blocks_init(options->engine != EXEC_ENGINE_SWITCH ? interp_threaded_prepare : NULL);
	if (EXEC_ENGINE_TRANSLATES(options->engine)) {
		exec_staged_init(options);
		exec_lockstep_test_name = exec_engine_names[options->engine];
	}

	static sigjmp_buf fault_jump; /* static: it must outlive nothing but this frame, and be big */
	mem_fault_target = &fault_jump;
	if (sigsetjmp(fault_jump, 1)) guest_fault(cpu);

	for (;;) {
		cpu->exit_reason = CPU_EXIT_NONE;
		run_engine(cpu);
		fpu_fold_host_flags(cpu); /* guest flags out of MXCSR before the VM's own code */
		switch (cpu->exit_reason) {
		case CPU_EXIT_ECALL:
			exec_stats.syscalls++;
			os_syscall(cpu);
			if (cpu->exit_reason == CPU_EXIT_EXIT) goto exited;
			if (cpu->exit_reason == CPU_EXIT_FENCE_I) exec_blocks_flush(); /* riscv_flush_icache */
			cpu->pc += 4; /* ecall has no compressed form */
			break;
		case CPU_EXIT_EBREAK:
			die(cpu, SIGTRAP, "");
		case CPU_EXIT_ILLEGAL: {
			char what[32];
			snprintf(what, sizeof what, " insn=0x%08x", cpu->trap_bits);
			die(cpu, SIGILL, what);
		}
		case CPU_EXIT_FENCE_I:
			exec_blocks_flush();
			break;
		case CPU_EXIT_EXIT:
			goto exited;
		case CPU_EXIT_BLOCK:  /* the next iteration finds or decodes the block at pc */
		case CPU_EXIT_SIGNAL: /* asynchronous guest signals arrive with a later issue */
			cpu->pending = 0;
			break;
		case CPU_EXIT_NONE:
			fprintf(stderr, "isomorph: internal error: exec_run: engine returned without a reason\n");
			abort();
		}
	}
exited:
	mem_fault_target = NULL;
	if (opts->stats) print_stats(cpu);
	fflush(NULL);
	exit(cpu->exit_status);
}
