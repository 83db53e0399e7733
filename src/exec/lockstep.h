/* --lockstep=ENGINE: every block runs on the reference switch engine and on the engine under test,
 * from the same state, and the two results are compared before the guest goes on.
 *
 *   exec_lockstep_block(cpu, b, lookup);   // in place of one engine run, from loop.c
 *   n = exec_lockstep_compare(&ref, NULL, cpu, NULL, &log, "threaded", stderr);
 */
#ifndef ISOMORPH_EXEC_LOCKSTEP_H
#define ISOMORPH_EXEC_LOCKSTEP_H

#include <stdio.h>
#include "../interp/interp.h"
#include "../isa/block.h"
#include "../isa/cpu.h"
#include "../mem/mem.h"

/* The process exit status when the engines disagree. */
#define EXEC_LOCKSTEP_DIFFERS 3

/* Runs block b (at cpu->pc) once on a copy of cpu with the switch engine, undoes its memory writes,
 * then runs it on cpu with the threaded engine, stopping at the block's end (b's last instruction
 * or an earlier exit). Returns as the engine would have, with cpu->exit_reason set (CPU_EXIT_SIGNAL
 * at the block's end: cpu->pending is set to stop it there). If both fault at the same place, the
 * fault unwinds to the caller's mem_fault_target as usual. At the first difference, prints the
 * block and what differs on stderr and exits with status EXEC_LOCKSTEP_DIFFERS. */
void exec_lockstep_block(struct cpu *cpu, struct isa_block *b, interp_lookup_fn *lookup);

/* The engine under test's run of one block, for engines other than threaded (set by exec/staged.c);
 * NULL: the threaded engine. Same contract as exec_lockstep_block's test run. */
extern void (*exec_lockstep_tested)(struct cpu *cpu, struct isa_block *b);
/* The name reports give the engine under test ("threaded" unless set). */
extern const char *exec_lockstep_test_name;

/* Compares the state ref (the switch engine's) with test (the engine named test_name) after one
 * block: pc, exit reason (and trap bits), x1..x31, f0..f31, fflags (folded into the struct
 * already), frm, the LR reservation, the fault each took (NULL: none), and, for every byte the
 * block wrote in log (ref's writes), what guest memory holds now against what ref wrote last.
 * Prints one line per difference on out (NULL: count only). Returns the number of differences. */
int exec_lockstep_compare(const struct cpu *ref, const struct mem_fault_info *ref_fault, const struct cpu *test,
			  const struct mem_fault_info *test_fault, const struct interp_store_log *log,
			  const char *test_name, FILE *out);

/* Whether b's code in memory differs from what b was decoded from, by a write not in log (the
 * block's own writes): another thread rewrote it while it ran. The reference fetches from memory,
 * the engine under test runs what was decoded; either result is one a real hart could give (the
 * write and the run raced), so such a difference is not reported. The block's own writes are
 * excluded: an engine missing them is exactly what lockstep is for. */
int exec_lockstep_rewritten_elsewhere(const struct isa_block *b, const struct interp_store_log *log);

#endif
