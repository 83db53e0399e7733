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
 */
#include "engine.h"

void interp_switch_run(struct cpu *cpu)
{
	struct isa_insn decoded;
	const struct isa_insn *in = &decoded;

/* Bodies keep cpu->pc = in->pc throughout, so SYNC_PC has nothing to do. A control transfer is
 * a block boundary: the place to notice a pending signal, as the threaded engine does. */
#define CASE(id) case ISA_OP_##id:
#define NEXT do { cpu->pc = in->pc + in->len; goto dispatch; } while (0)
#define TAKE(target) do { cpu->pc = (target); goto boundary; } while (0)
#define FALL do { cpu->pc = in->pc + in->len; goto boundary; } while (0)
#define JUMP_INDIRECT(target) TAKE(target)
#define EXIT(reason, newpc) do { cpu->pc = (newpc); cpu->exit_reason = (reason); return; } while (0)
#define SYNC_PC do { } while (0)

dispatch:
	isa_decode(&decoded, cpu->pc, mem_fetch(cpu->pc));
	cpu->instret++;
	switch (in->op) {
#include "semantics.inc"
	}
	/* Every op's body ends in a transfer; an op the list lacks is a VM bug. */
	__builtin_trap();

boundary:
	if (INTERP_UNLIKELY(cpu->pending)) {
		cpu->exit_reason = CPU_EXIT_SIGNAL;
		return;
	}
	goto dispatch;

#undef CASE
#undef NEXT
#undef TAKE
#undef FALL
#undef JUMP_INDIRECT
#undef EXIT
#undef SYNC_PC
}
