/* The emulation manager: finds or makes the next block, runs an engine on it, and handles
 * whatever the engine hands back (system calls, traps, fence.i, block links).
 *
 *   struct exec_options o = { .engine = EXEC_ENGINE_THREADED, .stats = 1 };
 *   exec_run(&cpu, &o);      // never returns: the guest's exit is the process's exit
 */
#ifndef ISOMORPH_EXEC_EXEC_H
#define ISOMORPH_EXEC_EXEC_H

#include "../isa/cpu.h"

/* ORDER ENGINE: exec_engine_names[] in exec/loop.c follows this list. */
enum exec_engine {
	EXEC_ENGINE_SWITCH,   /* decode-and-dispatch, the reference */
	EXEC_ENGINE_THREADED, /* threaded code over pre-decoded blocks */
	EXEC_ENGINE_DBT,      /* binary translation to x86-64, every block at first sight */
	EXEC_ENGINE_AUTO,     /* staged: threaded code until a block is hot, then translated */
	EXEC_ENGINE_COUNT
};
#define EXEC_ENGINE_DEFAULT EXEC_ENGINE_AUTO

struct exec_options {
	enum exec_engine engine;
	int stats; /* print counters on stderr at exit */
	int lockstep; /* run each block on the switch engine too and compare (exec/lockstep.h) */
	/* The translator (dbt, auto); zero is the default for each. */
	long hot;             /* --hot=N: executions before auto translates a block; <0: default */
	unsigned long long code_cache; /* --code-cache bytes; 0: default */
	int pins;             /* --pins=N: guest registers with a global host register; <0: default */
	int no_chain, no_ibcache, no_pin, no_idioms, no_fusion; /* --no-chain, --no-ibcache, --no-pin, --no-idioms, --no-fusion */
	int no_loop_bases; /* --no-loop-bases */
	int ras;                 /* --ras (--no-ras: 0, the default) */
	int no_inline_syscalls; /* --no-inline-syscalls: an ecall leaves translated code */
	int no_superblocks;   /* --no-superblocks: every conditional branch ends a block */
	int no_traces;        /* --no-traces: blocks keep the fall-through shape they were decoded in */
	int dump_blocks;      /* --dump-blocks */
	int perf_map;         /* --perf-map */
};
/* Whether engine translates (dbt, auto): what the dbt options apply to. */
#define EXEC_ENGINE_TRANSLATES(e) ((e) == EXEC_ENGINE_DBT || (e) == EXEC_ENGINE_AUTO)

/* The engine named name ("switch", "threaded"), or -1. */
int exec_engine_by_name(const char *name);
/* The name of engine (an enum exec_engine), as --engine takes it. */
const char *exec_engine_name(int engine);

/* For the translator's side (staged.c): the ecall at cpu->pc, from inside translated code, guest
 * state exact: the manager's own system call path, then whether translated code may go on
 * (returns an enum dbt_syscall_end; see dbt_syscall_fn in dbt/dbt.h). */
int exec_syscall_in_code(struct cpu *cpu);

/* Runs the guest from cpu->pc until it exits or dies of a signal. */
__attribute__((noreturn)) void exec_run(struct cpu *cpu, const struct exec_options *options);

#endif
