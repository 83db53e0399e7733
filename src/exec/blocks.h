/* The block store: decoded blocks kept in one arena and found by guest pc through a hash table,
 * the map table of the design. Blocks are freed only all at once, between engine runs, so the
 * links engines keep between blocks never dangle. A block whose code changed (self-modifying
 * code, caught by page protection: mem/code.c) leaves the map table alone, its memory kept.
 *
 *   struct isa_block *b = exec_block_get(pc);   // find, or decode at first sight
 *   if (!b) ... the pc cannot be fetched (or the store is full: see exec_blocks_flush_wanted)
 */
#ifndef ISOMORPH_EXEC_BLOCKS_H
#define ISOMORPH_EXEC_BLOCKS_H

#include <stdint.h>
#include <stdio.h>
#include "../isa/block.h"

/* Pages a block's code may lie on: its pc's, those it runs into, its jumps' targets', the known
 * routines' it calls. Decoding stops before an instruction on one more. */
#define BLOCK_PAGES 4

/* prepare is called on each newly decoded block (the threaded engine's handler set-up), or NULL;
 * superblocks: blocks go on past conditional branches (side exits), through jumps (a jal x0
 * becomes ISA_OP_JAL_FOLLOWED, the block going on at its target unless that is in the block
 * already) and through calls of short functions and their return (ISA_OP_RET_FOLLOWED), else
 * each ends one; known_calls: a jal ra to a known routine is one instruction of
 * its block (ISA_OP_CALL_ROUTINE). */
void exec_blocks_init(void (*prepare)(struct isa_block *), int superblocks, int known_calls);

/* The block starting at pc, decoded now if it is new. NULL when the instruction at pc is not on
 * an executable page, or when the store is full (then exec_blocks_flush_wanted() is true). */
struct isa_block *exec_block_get(uint64_t pc);

/* The block starting at pc when it has been decoded already (and not dropped), else NULL. */
struct isa_block *exec_block_find(uint64_t pc);

/* b decoded again, going on at the targets of the conditional branches at the pcs in likely[]
 * (those the interpreter saw taken more often than not, where a block made along fall-throughs
 * would leave), made pc's block in b's place. Returns the new block, or b when nothing changes
 * (no such branch can be followed, b was translated, dropped or reshaped meanwhile, or the store
 * is full). b, still right for its pc, stays valid for a thread that found it before, and is
 * dropped with its pages if their code changes. */
struct isa_block *exec_block_reshape(struct isa_block *b, const uint64_t *likely, uint32_t n_likely);

/* Whether the pages of first and last are among those b's code lies on (a write to them, or an
 * mprotect letting one, drops b). */
int exec_block_covers(const struct isa_block *b, uint64_t first, uint64_t last);
/* The table a known routine's GOT entry at got names (its guest address), when the entry and the
 * table's 256 bytes are on readable pages and the table's are not writable; else 0. */
uint64_t exec_routine_table(uint64_t got);

int exec_blocks_flush_wanted(void);
/* Asks for a flush at the manager's next chance (the translator's code cache is full). */
void exec_blocks_request_flush(void);
/* After a guest fault unwound to exec: lets go of the store if the fault came while decoding. */
void exec_blocks_after_fault(void);
/* fn runs at every flush, before the blocks go (the translator drops its code). */
void exec_blocks_on_flush(void (*fn)(void));
/* fn runs on each block dropped alone because its code changed (a write to its page caught by
 * page protection, its page unmapped...), after the block left the map table: it makes every
 * other way into the block leave for the manager, while other threads may be running it, and
 * returns 1 (0: it could not; the store is flushed whole). Without fn, changed code flushes the
 * store whole (an engine that links blocks by pointer, such as the threaded one). */
void exec_blocks_on_invalidate(int (*fn)(struct isa_block *));
/* Drops the blocks of the pages mem/ queued as changed (mem_code_take_dirty); exec_block_get does
 * it first. Inside the engine bracket (os_guest_enter). Returns 1 when the whole store must go
 * instead: exec_blocks_flush_wanted() is true then, and the caller's next step is the flush. */
int exec_blocks_drain(void);
/* The self-modifying-code counters (--stats). */
void exec_blocks_print_smc_stats(FILE *f);
/* Forgets every block, stopping the other threads' engines for it. The caller must be outside its
 * engine (between os_guest_leave and os_guest_enter). */
void exec_blocks_flush(void);

/* Sum of exec_count over the blocks alive now, plus those of flushed ones. */
uint64_t exec_blocks_executed(void);

#endif
