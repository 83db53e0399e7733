/* A dynamic basic block in the decoded form: from its first pc to the first instruction that ends a
 * block (ISA_F_END) or to the length bound, whichever comes first.
 *
 * exec/ forms blocks and keeps them in its map table; engines run them. An engine may cache, in a
 * block, the blocks that followed it (succ[]), so that consecutive blocks run without a look-up:
 * the interpreter's form of chaining. Blocks are only ever freed all together, by exec, while no
 * engine is running, so such links never dangle.
 */
#ifndef ISOMORPH_ISA_BLOCK_H
#define ISOMORPH_ISA_BLOCK_H

#include <stdint.h>
#include "insn.h"

#define ISA_BLOCK_MAX_INSNS 64

enum {
	ISA_SUCC_TAKEN = 0,    /* branch taken, or the target of jal */
	ISA_SUCC_FALL = 1,     /* branch not taken, or the pc after a block cut by the length bound */
	ISA_SUCC_INDIRECT = 2, /* last target of jalr: a one-entry indirect-jump cache */
	ISA_SUCC_COUNT
};

struct isa_block {
	uint64_t pc;                  /* guest address of the first instruction */
	struct isa_block *hash_next;  /* map-table chain (exec/) */
	struct isa_block *succ[ISA_SUCC_COUNT];
	uint64_t exec_count;          /* times entered */
	void *translation;            /* dbt/'s translation of the block, or NULL (set and cleared by dbt/) */
	uint32_t n_insns;             /* entries in insns[], the appended ISA_OP_BLOCK_END included */
	uint32_t n_guest;             /* guest instructions in the block (for instret) */
	struct isa_insn insns[];
};

/* Whether b ends by going back to its start, by a conditional branch or a jump: a loop on itself,
 * which the translator keeps inside one translation. */
static inline int isa_block_loops(const struct isa_block *b)
{
	const struct isa_insn *last = &b->insns[b->n_insns - 1];
	if (last->pc + (uint64_t)last->imm != b->pc) return 0;
	return isa_ops[last->op].fmt == ISA_FMT_B || (last->op == ISA_OP_JAL && last->rd == 0); /* jal x0 */
}

#endif
