/* The decode-and-dispatch interpreter: the reference engine. Fetches (with the execute-permission
 * check), decodes and runs one instruction at a time from cpu->pc, with cpu->pc always the current
 * instruction, so every fault and exit is precise by construction. It decodes at every step and
 * caches nothing, which makes it simple to trust; the threaded engine is the fast interpreter.
 *
 *   cpu->pc = entry;
 *   interp_switch_run(cpu);      // returns on ecall, trap, fence.i or a pending signal
 *   switch (cpu->exit_reason) ...
 *
 * instret counts each instruction as it is fetched, so an exit on an ecall has counted it, as the
 * threaded engine (which counts whole blocks) has.
 *
 * interp_switch_step is the same engine with an instruction budget and a log of memory writes,
 * for --lockstep (exec/lockstep.c): the write hooks below stand in for the accessors that
 * semantics.inc calls, and cost nothing when the log is NULL (a constant in interp_switch_run).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "engine.h"

static void log_write(struct interp_store_log *log, uint64_t a, uint32_t size, uint64_t before, uint64_t after)
{
	if (log->n == INTERP_STORE_LOG_MAX) {
		fprintf(stderr, "isomorph: internal error: interp_switch_step: store log full\n");
		abort();
	}
	log->entry[log->n++] = (struct interp_store){ .addr = a, .before = before, .after = after, .size = size };
}

/* Plain stores: the old value is read only when the write cannot fault, so a faulting store
 * faults exactly as without the log (same address, same access) and logs nothing. */
#define LOGGED_STORE(bits, type)                                                                  \
	static inline __attribute__((always_inline)) void logged_st##bits(struct interp_store_log *log, \
									  uint64_t a, type v)           \
	{                                                                                         \
		if (!log || mem_check(a, sizeof v, PROT_WRITE) < 0) {                             \
			mem_st##bits(a, v);                                                       \
			return;                                                                   \
		}                                                                                 \
		type before = mem_ld##bits(a);                                                    \
		mem_st##bits(a, v);                                                               \
		log_write(log, a, sizeof v, before, v);                                           \
	}
LOGGED_STORE(8, uint8_t)
LOGGED_STORE(16, uint16_t)
LOGGED_STORE(32, uint32_t)
LOGGED_STORE(64, uint64_t)
#undef LOGGED_STORE

/* AMOs return the old value and fault before writing; sc writes only on success, over the value
 * lr read (its compare-and-swap succeeded, so that is what memory held). */
#define LOGGED_ATOMIC(bits, type)                                                                 \
	static inline __attribute__((always_inline)) type logged_amo##bits(                      \
		struct interp_store_log *log, uint64_t a, enum interp_amo op, type v)             \
	{                                                                                         \
		type before = interp_amo##bits(a, op, v);                                         \
		if (log) log_write(log, a, sizeof v, before, mem_ld##bits(a));                    \
		return before;                                                                    \
	}                                                                                         \
	static inline __attribute__((always_inline)) uint64_t logged_sc##bits(                   \
		struct interp_store_log *log, struct cpu *cpu, uint64_t a, type v)                \
	{                                                                                         \
		type before = (type)cpu->reservation_value;                                       \
		uint64_t failed = interp_sc##bits(cpu, a, v);                                     \
		if (log && !failed) log_write(log, a, sizeof v, before, v);                       \
		return failed;                                                                    \
	}
LOGGED_ATOMIC(32, uint32_t)
LOGGED_ATOMIC(64, uint64_t)
#undef LOGGED_ATOMIC

/* The engine. limited: stop after max_insns instructions; log: record writes (see interp.h).
 * Inlined into each entry point with constant arguments, so the unused checks fold away. */
static inline __attribute__((always_inline)) void run(struct cpu *cpu, bool limited, uint32_t max_insns,
						      struct interp_store_log *log)
{
	struct isa_insn decoded;
	const struct isa_insn *in = &decoded;

/* Bodies keep cpu->pc = in->pc throughout, so SYNC_PC has nothing to do. A control transfer is
 * a block boundary: the place to notice a pending signal, as the threaded engine does. */
#define CASE(id) case ISA_OP_##id:
#define NEXT do { cpu->pc = in->pc + in->len; goto dispatch; } while (0)
#define TAKE(target) do { cpu->pc = (target); goto boundary; } while (0)
#define FALL do { cpu->pc = in->pc + in->len; goto boundary; } while (0)
#define FOLLOW(target) TAKE(target) /* never met: this engine decodes from memory */
#define LEAVE_INDIRECT(target) TAKE(target)
#define JUMP_INDIRECT(target) TAKE(target)
#define EXIT(reason, newpc) do { cpu->pc = (newpc); cpu->exit_reason = (reason); return; } while (0)
#define SYNC_PC do { } while (0)
#define INSTRET_AHEAD 0 /* counted one instruction at a time */
/* The write hooks (undefined again below, before anything else can see them). */
#define mem_st8(a, v) logged_st8(log, a, v)
#define mem_st16(a, v) logged_st16(log, a, v)
#define mem_st32(a, v) logged_st32(log, a, v)
#define mem_st64(a, v) logged_st64(log, a, v)
#define interp_amo32(a, op, v) logged_amo32(log, a, op, v)
#define interp_amo64(a, op, v) logged_amo64(log, a, op, v)
#define interp_sc32(cpu, a, v) logged_sc32(log, cpu, a, v)
#define interp_sc64(cpu, a, v) logged_sc64(log, cpu, a, v)

dispatch:
	if (limited && max_insns-- == 0) {
		cpu->exit_reason = CPU_EXIT_SIGNAL;
		return;
	}
	isa_decode(&decoded, cpu->pc, mem_fetch(cpu->pc));
	cpu->instret++;
	switch (in->op) {
#include "semantics.inc"
	}
	/* Every op's body ends in a transfer; an op the list lacks is a VM bug. */
	__builtin_trap();

boundary:
	/* Step mode runs one block (lockstep's reference): a conditional branch not taken goes on
	 * in it, anything taken leaves it. */
	if (limited) {
		if (cpu->pc == in->pc + in->len) goto dispatch;
		cpu->exit_reason = CPU_EXIT_SIGNAL;
		return;
	}
	if (INTERP_UNLIKELY(cpu->pending)) {
		cpu->exit_reason = CPU_EXIT_SIGNAL;
		return;
	}
	goto dispatch;

#undef CASE
#undef NEXT
#undef TAKE
#undef FALL
#undef FOLLOW
#undef LEAVE_INDIRECT
#undef JUMP_INDIRECT
#undef EXIT
#undef SYNC_PC
#undef INSTRET_AHEAD
#undef mem_st8
#undef mem_st16
#undef mem_st32
#undef mem_st64
#undef interp_amo32
#undef interp_amo64
#undef interp_sc32
#undef interp_sc64
}

void interp_switch_run(struct cpu *cpu) { run(cpu, false, 0, NULL); }

void interp_switch_step(struct cpu *cpu, uint32_t max_insns, struct interp_store_log *log)
{
	run(cpu, true, max_insns, log);
}
