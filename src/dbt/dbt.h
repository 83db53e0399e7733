/* The dynamic binary translator: decoded blocks (isa/block.h) to x86-64 code in a bounded code
 * cache, with chaining, indirect-jump caches and precise faults. exec/ decides what to translate
 * and when (staged emulation); this part only translates, runs and links.
 *
 * Threads: calls of dbt_translate and dbt_link must be serialized by the caller; dbt_flush only
 * while no thread runs translated code; dbt_run and the fault hook run in any thread.
 *
 *   dbt_init(&options, helpers);              // once: the cache, its entry/exit trampolines
 *   if (!b->translation && !dbt_translate(b)) { dbt_flush(); ... }   // cache full: flush, retry
 *   struct dbt_exit x = dbt_run(cpu, b, 0);   // runs until an exit; cpu->exit_reason says why
 *   if (x.site) dbt_link(x, dbt_lookup_or_translate(cpu->pc));   // chain / fill a jump cache
 *
 * Register convention inside translated code: rbx = &cpu + DBT_CPU_BIAS, guest memory at its host
 * address (guest access is one instruction on [base + offset]) or, when mem_base is not 0, the GS
 * base = mem_base (gs:[base + offset]), rax scratch, the guest registers of dbt_pinned (sp,
 * a0-a5, s0, s1) in rbp, r12, r13, rsi, rdi, r8-r11 unless pinning is off, and r14, r15, rcx, rdx
 * allocated to other guest registers block by block (regs.c); the rest of the guest state stays in
 * *cpu (instret too, added to at each block entry). Pinned registers are written back at every exit and around helper
 * calls, and restored from the host context at a fault (dbt_fault_hook).
 */
#ifndef ISOMORPH_DBT_DBT_H
#define ISOMORPH_DBT_DBT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "../isa/block.h"
#include "../isa/cpu.h"

/* What the system call hook (dbt_options.syscall) tells translated code after an ecall. */
enum dbt_syscall_end {
	DBT_SYSCALL_GO_ON,   /* done, pc past the ecall, exit_reason CPU_EXIT_NONE: go on in the cache */
	DBT_SYSCALL_PENDING, /* not run: a signal was pending; exit_reason CPU_EXIT_ECALL, pc on it */
	DBT_SYSCALL_SIGNAL,  /* done; a signal was delivered or is pending (or a stop of the world) */
	DBT_SYSCALL_MANAGER, /* done; one the manager must follow (exit, execve, clone, rt_sigreturn,
				riscv_flush_icache) or that moved the pc */
	DBT_SYSCALL_CODE,    /* done; code changed (pages queued, a flush wanted or made, the
				translation retired) */
};
/* Carries out the ecall at cpu->pc (guest state exact in *cpu, instret included) as the manager
 * would, from inside translated code. Anything but GO_ON: cpu->exit_reason and cpu->pc say what
 * the manager does next, and translated code leaves. May not return (a guest fault unwinds to the
 * manager, a thread's exit ends it). */
typedef enum dbt_syscall_end dbt_syscall_fn(struct cpu *cpu);

struct dbt_options {
	size_t cache_size; /* bytes of code cache (--code-cache) */
	int chain;         /* patch direct exits into jumps (--no-chain clears) */
	int ibcache;       /* inline + hashed indirect-jump caches (--no-ibcache clears) */
	int pin;           /* keep hot guest registers in host registers (--no-pin clears) */
	int pins;          /* of those host registers, how many are global homes (the rest: per block) */
	int ras;           /* return-address stack predicting returns (--ras sets) */
	int idioms;        /* known routines translated whole (idioms.c; --no-idioms clears) */
	int loop_bases;    /* a self-loop's bases compared on the way in only (regs.c) */
	int fusion;        /* guest sequences as one host sequence: byte gathers (gather.c), zext pairs (--no-fusion clears) */
	int stats;         /* --stats: translated code counts its jump-cache hits */
	int dump;          /* --dump-blocks: guest and host code of each translation on stderr */
	int perf_map;      /* --perf-map: each translation named in /tmp/perf-PID.map for perf */
	dbt_syscall_fn *syscall; /* runs an ecall from translated code (syscall.c); NULL: an ecall
				    leaves for the manager (--no-inline-syscalls, lockstep) */
	int whole_blocks;  /* leave a block only where the guest does (lockstep compares blocks): no
			      exit of the translator's own choosing, such as fp.c's precondition exits */
};

/* One op's semantics as a C function (exec/ builds them from the interpreters' semantics): runs
 * in on cpu (registers in cpu->x/f), may set cpu->exit_reason (a trap), may fault by
 * mem_fault. */
typedef void dbt_helper_fn(struct cpu *cpu, const struct isa_insn *in);

/* Sets up the code cache (exits with a message when it cannot be mapped). helpers[op] runs any op
 * the translator does not inline. */
void dbt_init(const struct dbt_options *options, dbt_helper_fn *const *helpers);

/* Translates b into the cache and sets b->translation. Returns 0 when the cache is full (then
 * call dbt_flush, while no translated code runs, and try again), 1 on success. */
int dbt_translate(struct isa_block *b);

/* What a run of translated code left for the manager: a place to link (NULL: none), and what it
 * is. */
enum dbt_site_kind { DBT_SITE_NONE, DBT_SITE_DIRECT, DBT_SITE_INDIRECT };
struct dbt_exit {
	uint8_t *site;  /* DIRECT: the rel32 field of a jmp or jcc; INDIRECT: the first inline slot */
	uint64_t kind; /* enum dbt_site_kind */
};

/* Runs translated code from b (translated) until it leaves: cpu->exit_reason is CPU_EXIT_BLOCK
 * (pc has no linked translation), CPU_EXIT_SIGNAL (cpu->pending at a block entry), or a trap,
 * system call or fence.i as the interpreters give them. one_block: start past b's pending check,
 * so that with cpu->pending set it runs b alone (lockstep). */
struct dbt_exit dbt_run(struct cpu *cpu, struct isa_block *b, int one_block);

/* Links an exit site to translated block target: a direct exit becomes a jump; an indirect one
 * gets target in its inline cache (when it has room) and in the hashed cache. Nothing when the
 * site predates the last flush. */
void dbt_link(struct dbt_exit x, struct isa_block *target);

/* Whether the cache holds no translation (a block that does not fit now never will). */
int dbt_empty(void);

/* Forgets every translation (blocks' translation pointers cleared, chains and caches with them).
 * Only while no translated code runs. */
void dbt_flush(void);

/* Retires b's translation (none: nothing to do), which other threads may be running: every entry
 * into it (chains, jump caches, dbt_run) leaves for the manager from now on, with cpu->pc = b->pc
 * and CPU_EXIT_SIGNAL, as at a pending signal; a thread inside it finishes the block. Serialized
 * with dbt_translate and dbt_link. Returns 0 when it cannot (then flush everything instead).
 * (invalidate.c) */
int dbt_invalidate(struct isa_block *b);
/* Whether b's translation was retired: link nothing to it (the caller holds the lock it holds
 * for dbt_link). */
int dbt_retired(const struct isa_block *b);
/* Translations retired so far (--stats). */
uint64_t dbt_invalidated(void);

/* For mem/fault.c: when the host fault described by ucontext (a ucontext_t) hit a guest memory
 * access in translated code, makes the guest state exact (pinned registers from the host context,
 * cpu->pc, instret) and returns 1; otherwise 0. *addr: the guest address the host faulted at,
 * replaced by the one the guest faults at when they differ (a byte gather). Async-signal-safe. */
int dbt_fault_hook(void *ucontext, uint64_t *addr);

/* Translator-internal, for translate.c and cache.c (syscall.c): */
struct tx;
struct x86_buf;
/* The fixed routine an ecall calls (at e, in make_routines); epilogue: enter's, returning to the
 * manager with no pin written back. */
void dbt_syscall_make_routine(struct x86_buf *e, const uint8_t *epilogue);
/* For an ecall ending a block: with a hook, the call of the routine (then emit a direct exit to
 * the next pc) and 1; without, nothing and 0 (emit the manager's exit). */
int dbt_syscall_inline(struct tx *t, const struct isa_insn *in);

/* Prints the translator's counters (--stats). */
void dbt_print_stats(FILE *f);

#endif
