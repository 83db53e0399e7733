/* The threaded interpreter: runs pre-decoded blocks, each instruction's entry holding the address
 * of its handler (a label inside interp_threaded_run, GNU computed goto), so dispatch is one
 * indirect jump per instruction with no decode and no bounds check.
 *
 *   exec_blocks_init(interp_threaded_prepare, 1);   // handler addresses filled at decode time
 *   interp_threaded_run(cpu, exec_block_get(cpu->pc), exec_block_get);
 *
 * Blocks link to their successors through b->succ[] (the interpreter's chaining): a direct
 * target is looked up once, then followed without a look-up; a jalr compares its target against
 * the last one it saw. cpu->pending is checked at every block boundary and nowhere else.
 *
 * Precision: guest registers live in cpu->x/f (never in locals a fault's siglongjmp would lose);
 * cpu->pc is stored only before a guest memory access and at exits. instret and exec_count are
 * counted at block entry, for the whole block: a side exit takes back what it skipped, a CSR read
 * sees the count without what is ahead of it, and a block left early (fault, illegal CSR) has
 * counted instructions that did not run.
 */
#include <stddef.h>

#include "engine.h"

/* The handler label of each op, indexed by enum isa_op; the labels exist only inside the run
 * function, which exports them when called with a NULL cpu. */
static const void *const *handlers;

void interp_threaded_run(struct cpu *cpu, struct isa_block *b, interp_lookup_fn *lookup)
{
	/* ORDER OP: one label per op of insn.def, plus ILLEGAL and the ops the block store makes. */
	static const void *const labels[ISA_OP_COUNT] = {
		[ISA_OP_ILLEGAL] = &&op_ILLEGAL,
#define INSN(id, name, match, mask, fmt, flags) [ISA_OP_##id] = &&op_##id,
#include "../isa/insn.def"
#undef INSN
		[ISA_OP_BLOCK_END] = &&op_BLOCK_END,
		[ISA_OP_CALL_ROUTINE] = &&op_CALL_ROUTINE,
		[ISA_OP_JAL_FOLLOWED] = &&op_JAL_FOLLOWED,
		[ISA_OP_RET_FOLLOWED] = &&op_RET_FOLLOWED,
	};
	const struct isa_insn *in;
	struct isa_block *next;
	uint64_t npc; /* the guest pc a block boundary goes to */
	int slot;     /* ISA_SUCC_TAKEN or ISA_SUCC_FALL for a direct boundary */

	if (INTERP_UNLIKELY(!cpu)) {
		handlers = labels;
		return;
	}

#define CASE(id) op_##id:
#define NEXT goto *(++in)->handler
/* A branch taken before the block's last instruction is a side exit: the block counted its
 * instructions past it at entry. Not taken there, it goes on in the block. */
#define INSTRET_AHEAD ((uint64_t)(b->insns + b->n_guest - 1 - in))
#define TAKE(target) do { npc = (target); slot = ISA_SUCC_TAKEN; \
			  cpu->instret -= INSTRET_AHEAD; goto direct; } while (0)
#define FALL do { if (INTERP_LIKELY(in + 1 < b->insns + b->n_insns)) NEXT; \
		  npc = in->pc + in->len; slot = ISA_SUCC_FALL; goto direct; } while (0)
#define FOLLOW(target) NEXT
#define LEAVE_INDIRECT(target) do { npc = (target); cpu->instret -= INSTRET_AHEAD; goto indirect; } while (0)
#define JUMP_INDIRECT(target) do { npc = (target); goto indirect; } while (0)
#define EXIT(reason, newpc) do { cpu->pc = (newpc); cpu->exit_reason = (reason); return; } while (0)
#define SYNC_PC (cpu->pc = in->pc)

enter:
	cpu->instret += b->n_guest;
	b->exec_count++;
	in = b->insns;
	goto *in->handler;

#include "semantics.inc"

direct:
	if (INTERP_UNLIKELY(cpu->pending)) EXIT(CPU_EXIT_SIGNAL, npc);
	next = b->succ[slot];
	if (INTERP_UNLIKELY(!next || next->pc != npc)) { /* TAKEN: one slot for every side exit */
		next = lookup(npc);
		if (!next) EXIT(CPU_EXIT_BLOCK, npc);
		b->succ[slot] = next;
	}
	b = next;
	goto enter;

indirect:
	if (INTERP_UNLIKELY(cpu->pending)) EXIT(CPU_EXIT_SIGNAL, npc);
	next = b->succ[ISA_SUCC_INDIRECT];
	if (INTERP_UNLIKELY(!next || next->pc != npc)) {
		next = lookup(npc);
		if (!next) EXIT(CPU_EXIT_BLOCK, npc);
		b->succ[ISA_SUCC_INDIRECT] = next;
	}
	b = next;
	goto enter;

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
}

void interp_threaded_prepare(struct isa_block *b)
{
	if (INTERP_UNLIKELY(!handlers)) interp_threaded_run(NULL, NULL, NULL);
	for (uint32_t i = 0; i < b->n_insns; i++) b->insns[i].handler = handlers[b->insns[i].op];
}
