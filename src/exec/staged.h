/* Staged emulation for the translating engines (dbt, auto); see staged.c.
 *
 *   exec_staged_init(options);
 *   exec_staged_run(cpu, exec_block_get(cpu->pc));
 */
#ifndef ISOMORPH_EXEC_STAGED_H
#define ISOMORPH_EXEC_STAGED_H

#include <stdio.h>
#include "exec.h"
#include "../isa/block.h"

/* Sets up the translator from the options. */
void exec_staged_init(const struct exec_options *options);
/* Runs from block b (at cpu->pc) until an exit the manager must handle: cpu->exit_reason says
 * which; CPU_EXIT_BLOCK when the next block cannot be had (store full, fetch fault). */
void exec_staged_run(struct cpu *cpu, struct isa_block *b);
/* The stager's and the translator's counters (--stats). */
void exec_staged_print_stats(FILE *f);

#endif
