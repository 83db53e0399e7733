/* The two interpreters. Both run guest code on a struct cpu until something needs the emulation
 * manager (exec/): a system call, a trap, fence.i, a pending signal, or (threaded) a block it
 * cannot find. On return cpu->exit_reason says which and cpu->pc is exact.
 *
 *   interp_switch_run(cpu);                      // decode-and-dispatch, the reference
 *   interp_threaded_prepare(block);              // once per block: handler addresses
 *   interp_threaded_run(cpu, block, lookup);     // threaded code over pre-decoded blocks
 *   interp_switch_step(cpu, n, &log);            // the reference for one block: at most n
 *                                                // instructions, up to a taken transfer; writes logged
 */
#ifndef ISOMORPH_INTERP_INTERP_H
#define ISOMORPH_INTERP_INTERP_H

#include <stdint.h>
#include "../isa/block.h"
#include "../isa/cpu.h"

/* Fetches, decodes and executes one instruction at a time from cpu->pc. Instruction fetch checks
 * the guest's execute permission (a fault is mem_fault(pc, MEM_EXEC)). Returns on any exit. */
void interp_switch_run(struct cpu *cpu);

/* One guest memory write as the reference engine made it: size bytes at addr went from before to
 * after (little-endian values in the low size bytes). */
struct interp_store {
	uint64_t addr;
	uint64_t before, after;
	uint32_t size;
};
/* A block's worth of writes: an instruction writes memory at most once. */
#define INTERP_STORE_LOG_MAX ISA_BLOCK_MAX_INSNS
struct interp_store_log {
	uint32_t n;
	struct interp_store entry[INTERP_STORE_LOG_MAX];
};

/* interp_switch_run for at most max_insns instructions (lockstep's reference run of one block).
 * Stops early at any exit; after max_insns instructions without one it returns with
 * CPU_EXIT_SIGNAL and pc the next instruction, as a pending signal at a block end would. When log
 * is not NULL (then max_insns <= INTERP_STORE_LOG_MAX), every guest memory write (stores, sc,
 * AMOs) is appended to it once it is done; a write that faults is not. interp_switch_run itself
 * carries none of this: both are instances of one always-inlined body. */
void interp_switch_step(struct cpu *cpu, uint32_t max_insns, struct interp_store_log *log);

/* A call of a known routine (in: ISA_OP_CALL_ROUTINE, whose ra is written already; routine.c):
 * when the routine's reads of guest memory would succeed, its whole effect (the registers it
 * writes, instret += the instructions it runs) and 1; else 0, nothing changed: the caller goes on
 * at the routine, which then faults where it faults. */
int interp_call_routine(struct cpu *cpu, const struct isa_insn *in);

/* Fills in the handler address of every instruction of b. Call once after exec decodes b. */
void interp_threaded_prepare(struct isa_block *b);

/* Returns the ready (prepared) block at pc, decoding it if needed; NULL when it cannot be had
 * now (fetch fault, block store full): the engine then exits with CPU_EXIT_BLOCK at that pc. */
typedef struct isa_block *interp_lookup_fn(uint64_t pc);

/* Runs b and the blocks that follow it, linking successors through b->succ[] and lookup, until an
 * exit. Checks cpu->pending at every block boundary. */
void interp_threaded_run(struct cpu *cpu, struct isa_block *b, interp_lookup_fn *lookup);

#endif
