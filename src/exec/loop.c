/* The emulation manager's loop: run an engine until it hands control back, then act on the
 * reason (system call, trap, fence.i, unlinked block, pending signal), and go again.
 *
 * Guest faults (a load from an unmapped page, a store to a read-only one, a fetch from a page
 * without execute permission) unwind from deep inside an engine with siglongjmp to the sigsetjmp
 * here; cpu->pc is exact at that point (the engines' contract), so the fault is precise. Faults and
 * traps become guest signals (os_signal_trap); asynchronous ones are delivered when an engine
 * leaves with CPU_EXIT_SIGNAL and after every system call (os_deliver_signals).
 *
 * System calls have one path, ecall(): the loop's for an engine that left with CPU_EXIT_ECALL, and
 * translated code's, which calls it without leaving (exec_syscall_in_code, through the translator's
 * syscall hook) and goes on unless something needs the loop.
 *
 * Threads: every guest thread runs this loop on its own host thread (run_thread), with its own
 * fault target. Engine runs are bracketed by os_guest_enter/os_guest_leave so that a block store
 * flush can stop the world (exec/blocks.c); --lockstep runs one block of one thread at a time
 * (its reference run must not see other threads' writes, and it keeps its state in statics).
 */
#define _GNU_SOURCE
#include <pthread.h>
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
#include "../dbt/dbt.h"
#include "../interp/interp.h"
#include "../isa/fpu.h"
#include "../mem/mem.h"
#include "../os/os.h"
#include "../os/thread.h"

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
static struct exec_options options_copy; /* opts points here: it outlives main's frame */

static void print_stats(const struct cpu *cpu)
{
	fprintf(stderr, "isomorph: --stats (engine %s)\n", exec_engine_names[opts->engine]);
	(void)cpu;
	fprintf(stderr, "  %-44s %12llu\n", "guest instructions executed", (unsigned long long)os_threads_instret());
	fprintf(stderr, "  %-44s %#12llx\n", "host address of guest address 0", (unsigned long long)(uintptr_t)mem_base);
	if (opts->engine != EXEC_ENGINE_SWITCH)
		fprintf(stderr, "  %-44s %12llu\n", "blocks executed", (unsigned long long)exec_blocks_executed());
	exec_stats_print(stderr);
	if (opts->engine != EXEC_ENGINE_SWITCH) exec_blocks_print_smc_stats(stderr);
	if (EXEC_ENGINE_TRANSLATES(opts->engine)) exec_staged_print_stats(stderr);
	os_print_stats(stderr);
}

/* A guest signal the guest does not handle: report it as the VM's last words and die by it.
 * detail follows the pc on the line (" addr=0x..." or " insn=0x..."). */
__attribute__((noreturn)) static void die(const struct cpu *cpu, int sig, const char *detail)
{
	fprintf(stderr, "isomorph: guest SIG%s at pc=0x%llx%s\n", sigabbrev_np(sig), (unsigned long long)cpu->pc,
		detail);
	if (opts->stats) print_stats(cpu);
	os_die_by_signal(sig);
}

/* A synchronous signal at cpu->pc: the guest's handler runs next, or the guest dies of it. */
static void trap(struct cpu *cpu, int sig, int code, uint64_t addr, const char *detail)
{
	fpu_fold_host_flags(cpu); /* the frame holds fcsr */
	int fatal = os_signal_trap(cpu, sig, code, addr);
	if (fatal) die(cpu, fatal, detail);
}

static void guest_fault(struct cpu *cpu)
{
	char detail[40];
	snprintf(detail, sizeof detail, " addr=0x%llx", (unsigned long long)mem_last_fault.addr);
	trap(cpu, mem_last_fault.signo, mem_last_fault.si_code, mem_last_fault.addr, detail);
}

static struct isa_block *lookup_successor(uint64_t pc)
{
	exec_stats.successor_lookups++;
	return exec_block_get(pc);
}

/* fence.i and riscv_flush_icache. With code pages protected (mem/code.c), every write to a page
 * holding blocks was caught and the page queued already; what protection cannot see is a write
 * through another mapping of the same memory (a memfd or a shared file mapped twice, writable and
 * executable, or another process), so the code pages of shared executable mappings are queued
 * too. The queue is drained before the next look-up. Without protection: a whole flush. */
static void fence_i(void)
{
	if (mem_code_protection) mem_code_queue_shared();
	else exec_blocks_flush();
}

/* System call numbers, from the one list. */
enum {
#define SYSCALL(num, name, handler, ret, args) NR_##name = num,
#define UNSUPPORTED(num, name) NR_##name = num,
#include "../os/syscall.def"
#undef UNSUPPORTED
#undef SYSCALL
};

/* --- system calls ---------------------------------------------------------------------------- */

enum ecall_end {
	ECALL_DONE,      /* pc past the ecall */
	ECALL_SIGNALLED, /* frames built: pc at a handler (or back on the ecall, to restart it) */
	ECALL_EXITED,    /* exit_group: cpu->exit_reason is CPU_EXIT_EXIT */
};

/* The ecall at cpu->pc, guest state exact, outside the engine bracket (a blocking call must not
 * hold up another thread's stop of the world): what Linux does around a system call, in order. A
 * signal that came before the ecall is handled before it (the handler runs, then the ecall again);
 * then the call, the step past it, and the signals that came during it (a call cut short is
 * restarted or returns EINTR there). The one path for the manager's loop and translated code's
 * (exec_syscall_in_code). Does not return when the thread exits or a guest fault unwinds. */
static enum ecall_end ecall(struct cpu *cpu)
{
	if (cpu->pending) {
		cpu->pending = 0;
		if (os_deliver_signals(cpu)) return ECALL_SIGNALLED;
	}
	fpu_fold_host_flags(cpu); /* the VM's own code runs on clear host flags */
	exec_stats.syscalls++;
	os_syscall(cpu);
	if (cpu->exit_reason == CPU_EXIT_EXIT) return ECALL_EXITED;
	if (cpu->exit_reason == CPU_EXIT_FENCE_I) fence_i(); /* riscv_flush_icache */
	cpu->pc += 4; /* ecall has no compressed form */
	return os_deliver_signals(cpu) ? ECALL_SIGNALLED : ECALL_DONE;
}

/* --- per-thread state: entering and leaving the engines ------------------------------------- */

static pthread_mutex_t lockstep_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread int holds_lockstep;

static void enter_engine(struct cpu *cpu) { os_guest_enter(os_thread_of(cpu)); }

/* Also after a fault unwound from inside an engine (or from lockstep, holding its lock). */
static void leave_engine(struct cpu *cpu)
{
	if (holds_lockstep) {
		holds_lockstep = 0;
		pthread_mutex_unlock(&lockstep_lock);
	}
	os_guest_leave(os_thread_of(cpu));
}

/* System calls after which the manager takes over: the thread or process ends or is replaced
 * (exit, exit_group, execve), another one starts from this state (clone, clone3: fork, vfork,
 * threads), the whole guest state was replaced (rt_sigreturn: pc, every register, fcsr), or code
 * may have changed (riscv_flush_icache). */
static int manager_follows(uint64_t nr)
{
	switch (nr) {
	case NR_exit: case NR_exit_group: case NR_execve: case NR_clone: case NR_clone3:
	case NR_rt_sigreturn: case NR_riscv_flush_icache:
		return 1;
	default:
		return 0;
	}
}

int exec_syscall_in_code(struct cpu *cpu)
{
	/* as today: the manager delivers it, then runs the ecall again */
	if (cpu->pending) {
		cpu->exit_reason = CPU_EXIT_ECALL;
		return DBT_SYSCALL_PENDING;
	}
	uint64_t nr = cpu->x[ISA_REG_A7], next = cpu->pc + 4;
	cpu->exit_reason = CPU_EXIT_ECALL; /* what os_syscall sees from the manager too */
	/* Outside the bracket while the call runs, as from the manager: a blocking call must not hold
	 * up a stop of the world. A guest fault in it unwinds to run_thread, whose leave_engine then
	 * does nothing (left already) and whose cpu->pc is on the ecall; a thread's exit ends here,
	 * outside. */
	leave_engine(cpu);
	enum ecall_end end = ecall(cpu);
	/* exit_group stopped the world for good: stay outside (run_engine's leave does nothing) */
	if (end == ECALL_EXITED) return DBT_SYSCALL_MANAGER;
	enter_engine(cpu); /* waits while the world is stopped */
	if (end == ECALL_SIGNALLED) {
		cpu->exit_reason = CPU_EXIT_BLOCK; /* pc at the handler or the ecall */
		return DBT_SYSCALL_SIGNAL;
	}
	if (manager_follows(nr) || cpu->pc != next || cpu->exit_reason != CPU_EXIT_ECALL) {
		cpu->exit_reason = CPU_EXIT_BLOCK;
		return DBT_SYSCALL_MANAGER;
	}
	/* The call wrote, unmapped or mprotect-ed code pages (queued: the next look-up drops their
	 * blocks), or the block store wants a flush (another thread's request): the manager's way. */
	if (__atomic_load_n(&mem_code_dirty, __ATOMIC_ACQUIRE) || exec_blocks_flush_wanted()) {
		cpu->exit_reason = CPU_EXIT_BLOCK;
		return DBT_SYSCALL_CODE;
	}
	/* A signal that came during the call or after delivery looked (or another thread's stop
	 * of the world): the next block entry would leave anyway. */
	if (cpu->pending) {
		cpu->exit_reason = CPU_EXIT_SIGNAL;
		return DBT_SYSCALL_SIGNAL;
	}
	cpu->exit_reason = CPU_EXIT_NONE; /* translated code runs with no reason set */
	return DBT_SYSCALL_GO_ON;
}

/* Runs the chosen engine once, from cpu->pc, until it gives control back. */
static void run_engine(struct cpu *cpu)
{
	exec_stats.engine_entries++; /* racy between threads, like the other manager counters */
	enter_engine(cpu);
	if (opts->engine == EXEC_ENGINE_SWITCH) {
		interp_switch_run(cpu);
		leave_engine(cpu);
		return;
	}
	struct isa_block *b = exec_blocks_flush_wanted() ? NULL : exec_block_get(cpu->pc);
	while (!b && exec_blocks_flush_wanted()) { /* again when code changed meanwhile */
		leave_engine(cpu); /* a flush stops the world, this thread included */
		exec_blocks_flush();
		enter_engine(cpu);
		b = exec_block_get(cpu->pc);
	}
	if (!b) mem_fault(cpu->pc, MEM_EXEC); /* nothing executable at pc */
	if (opts->lockstep) {
		pthread_mutex_lock(&lockstep_lock);
		holds_lockstep = 1;
		/* The block another thread ran meanwhile may have written code: the reference reads
		 * memory as it is now, so look again (a whole flush first, when it takes one). */
		if (exec_blocks_flush_wanted() ||
		    (__atomic_load_n(&mem_code_dirty, __ATOMIC_ACQUIRE) && !(b = exec_block_get(cpu->pc)))) {
			cpu->exit_reason = CPU_EXIT_BLOCK; /* the loop flushes, or raises the fetch fault */
			leave_engine(cpu);
			return;
		}
		exec_lockstep_block(cpu, b, lookup_successor); /* one block, checked */
	} else if (EXEC_ENGINE_TRANSLATES(opts->engine)) {
		exec_staged_run(cpu, b);
	} else {
		interp_threaded_run(cpu, b, lookup_successor);
	}
	leave_engine(cpu);
}

/* The loop of one guest thread, on its host thread: never returns (threads end in os/, the
 * process in exit). */
__attribute__((noreturn)) static void run_thread(struct cpu *cpu)
{
	sigjmp_buf fault_jump; /* this frame lives as long as the thread */
	mem_fault_target = &fault_jump;
	mem_code_kick = &cpu->pending; /* a write to a code page: leave at the next block boundary */
	if (sigsetjmp(fault_jump, 1)) {
		exec_blocks_after_fault();
		leave_engine(cpu);
		guest_fault(cpu);
	}

	for (;;) {
		cpu->exit_reason = CPU_EXIT_NONE;
		run_engine(cpu);
		fpu_fold_host_flags(cpu); /* guest flags out of MXCSR before the VM's own code */
		switch (cpu->exit_reason) {
		case CPU_EXIT_ECALL:
			if (ecall(cpu) == ECALL_EXITED) goto exited;
			break;
		case CPU_EXIT_EBREAK:
			trap(cpu, SIGTRAP, TRAP_BRKPT, cpu->pc, "");
			break;
		case CPU_EXIT_ILLEGAL: {
			char what[32];
			snprintf(what, sizeof what, " insn=0x%08x", cpu->trap_bits);
			trap(cpu, SIGILL, ILL_ILLOPC, cpu->pc, what);
			break;
		}
		case CPU_EXIT_FENCE_I:
			fence_i();
			break;
		case CPU_EXIT_EXIT:
			goto exited;
		case CPU_EXIT_BLOCK: /* the next iteration finds or decodes the block at pc */
			break;
		case CPU_EXIT_SIGNAL:
			cpu->pending = 0;
			os_deliver_signals(cpu);
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

void exec_run(struct cpu *cpu, const struct exec_options *options)
{
	options_copy = *options;
	opts = &options_copy;
	/* ISOMORPH_SMC=flush: the behaviour before code pages were protected (for measurement):
	 * stale code until fence.i, riscv_flush_icache or a mapping change, which flush everything. */
	const char *smc = getenv("ISOMORPH_SMC");
	if (options->engine == EXEC_ENGINE_SWITCH || (smc && !strcmp(smc, "flush"))) mem_code_protection = 0;
	exec_blocks_init(options->engine != EXEC_ENGINE_SWITCH ? interp_threaded_prepare : NULL, !options->no_superblocks,
			 !options->no_idioms);
	if (EXEC_ENGINE_TRANSLATES(options->engine)) {
		exec_staged_init(opts);
		exec_lockstep_test_name = exec_engine_names[options->engine];
	}
	os_threads_init(os_thread_of(cpu), run_thread);
	run_thread(cpu);
}
