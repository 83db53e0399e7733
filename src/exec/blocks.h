/* The block store: decoded blocks kept in one arena and found by guest pc through a hash table,
 * the map table of the design. Blocks are freed only all at once, between engine runs, so the
 * links engines keep between blocks never dangle.
 *
 *   struct isa_block *b = exec_block_get(pc);   // find, or decode at first sight
 *   if (!b) ... the pc cannot be fetched (or the store is full: see exec_blocks_flush_wanted)
 */
#ifndef ISOMORPH_EXEC_BLOCKS_H
#define ISOMORPH_EXEC_BLOCKS_H

#include <stdint.h>
#include "../isa/block.h"

/* Called on each newly decoded block (the threaded engine's handler set-up), or NULL. */
void exec_blocks_init(void (*prepare)(struct isa_block *));

/* The block starting at pc, decoded now if it is new. NULL when the instruction at pc is not on
 * an executable page, or when the store is full (then exec_blocks_flush_wanted() is true). */
struct isa_block *exec_block_get(uint64_t pc);

int exec_blocks_flush_wanted(void);
/* Asks the loop for a flush at its next turn (the code cache is full). */
void exec_blocks_request_flush(void);
/* fn runs at every flush, before the blocks go (the translator drops its code). */
void exec_blocks_on_flush(void (*fn)(void));
/* Forgets every block. Only while no engine runs. */
void exec_blocks_flush(void);

/* Sum of exec_count over the blocks alive now, plus those of flushed ones. */
uint64_t exec_blocks_executed(void);

#endif
