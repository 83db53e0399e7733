/* The two interpreters. Both run guest code on a struct cpu until something needs the emulation
 * manager (exec/): a system call, a trap, fence.i, a pending signal, or (threaded) a block it
 * cannot find. On return cpu->exit_reason says which and cpu->pc is exact.
 *
 *   interp_switch_run(cpu);                      // decode-and-dispatch, the reference
 *   interp_threaded_prepare(block);              // once per block: handler addresses
 *   interp_threaded_run(cpu, block, lookup);     // threaded code over pre-decoded blocks
 */
#ifndef ISOMORPH_INTERP_INTERP_H
#define ISOMORPH_INTERP_INTERP_H

#include <stdint.h>
#include "../isa/block.h"
#include "../isa/cpu.h"

/* Fetches, decodes and executes one instruction at a time from cpu->pc. Instruction fetch checks
 * the guest's execute permission (a fault is mem_fault(pc, MEM_EXEC)). Returns on any exit. */
void interp_switch_run(struct cpu *cpu);

/* Fills in the handler address of every instruction of b. Call once after exec decodes b. */
void interp_threaded_prepare(struct isa_block *b);

/* Returns the ready (prepared) block at pc, decoding it if needed; NULL when it cannot be had
 * now (fetch fault, block store full): the engine then exits with CPU_EXIT_BLOCK at that pc. */
typedef struct isa_block *interp_lookup_fn(uint64_t pc);

/* Runs b and the blocks that follow it, linking successors through b->succ[] and lookup, until an
 * exit. Checks cpu->pending at every block boundary. */
void interp_threaded_run(struct cpu *cpu, struct isa_block *b, interp_lookup_fn *lookup);

#endif
