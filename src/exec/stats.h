/* Counters of the emulation manager (--stats). Engines keep their own counts in the blocks and the
 * cpu (exec_count, instret) so that nothing is counted per instruction on a hot path. */
#ifndef ISOMORPH_EXEC_STATS_H
#define ISOMORPH_EXEC_STATS_H

#include <stdint.h>
#include <stdio.h>

struct exec_stats {
#define STAT(field, text) uint64_t field;
#include "stats.inc"
#undef STAT
};
extern struct exec_stats exec_stats;

/* Prints every counter, one per line, to f. */
void exec_stats_print(FILE *f);

#endif
