/* --stats: the manager's counters, printed from the same list that declares them. */
#include "stats.h"

struct exec_stats exec_stats;

void exec_stats_print(FILE *f)
{
#define STAT(field, text) fprintf(f, "  %-44s %12llu\n", text, (unsigned long long)exec_stats.field);
#include "stats.inc"
#undef STAT
}
