/* Chaining at translation time: a direct exit is linked the moment both of its ends are translated,
 * whichever came first, instead of on its first run through the manager.
 *
 * A table keyed by guest pc holds, for each pc this generation has seen as a translation or as a
 * direct exit's target, the live translation there (or none) and the exits waiting for one:
 *
 *   dbt_links_made(rec, exits, n);   // rec just published: waiting exits to rec's pc are patched
 *                                    // to it, rec's own exits to targets translated already too,
 *                                    // the others wait
 *   dbt_links_retired(rec);          // rec's entry turned into a redirect: no new link goes there
 *   dbt_links_clear();               // a flush: every site is gone
 *
 * Without it every exit first went to the manager once (a dispatcher trip) before dbt_link chained
 * it; with it the manager sees an exit only while its target is untranslated. All calls are made
 * under the manager's translate lock, which serializes them with dbt_link and dbt_invalidate; the
 * patch itself is the one dbt_link makes (a rel32 inside one cache line), safe under running
 * threads. Out of memory, an exit simply is not remembered: the manager links it later, as before.
 *
 * Forward chains skip the pending-signal check. An exit to a block at a higher guest pc than the
 * block it leaves is chained to the target's body, past the check at its entry: any cycle of
 * blocks has an edge to a pc no higher (a loop on itself checks at its own back edge), and that
 * one enters through the check, so a pending signal still stops translated code within a cycle.
 * A translation's entry is also where it is retired (invalidate.c turns it into a jump), so the
 * sites chained past it are listed per translation, and dbt_links_retired points them back at
 * the entry. Running threads see either target, both right until the code changes.
 */
#include <stdlib.h>
#include <string.h>

#include "tx.h"

struct link_slot {
	uint64_t pc;              /* 0: free (no translation is at guest pc 0... and if one were, it
				   * would only miss early linking) */
	struct dbt_record *rec;   /* the live translation at pc, or NULL */
	uint32_t waiting;         /* first exit waiting for pc: index + 1 in waits, or 0 */
};

struct waiting_exit {
	uint8_t *site;   /* the rel32 to patch */
	uint64_t from_pc; /* the guest pc of the block it leaves */
	uint32_t next;   /* index + 1 of the next exit waiting for the same pc, or 0 */
};

/* A direct exit chained past its target's pending check: one entry of the target's list. */
struct past_check {
	uint8_t *site;
	uint32_t next; /* index + 1 of the next of the same target, or 0 */
};

static struct link_slot *slots;
static uint32_t slot_mask, slots_used;
static struct waiting_exit *waits;
static uint32_t n_waits, cap_waits;
static struct past_check *past;
static uint32_t n_past, cap_past;

static uint32_t hash(uint64_t pc) { return (uint32_t)((pc >> 1) * 0x9e3779b97f4a7c15ull >> 32); }

static struct link_slot *probe(struct link_slot *table, uint32_t mask, uint64_t pc)
{
	for (uint32_t i = hash(pc) & mask;; i = (i + 1) & mask)
		if (table[i].pc == pc || table[i].pc == 0) return &table[i];
}

/* Doubles the table (or makes the first); 0 when out of memory. */
static int grow(void)
{
	uint32_t size = slots ? 2 * (slot_mask + 1) : 256; /* 6 KiB: a start-up links a few dozen */
	struct link_slot *bigger = calloc(size, sizeof *bigger);
	if (!bigger) return 0;
	for (uint32_t i = 0; slots && i <= slot_mask; i++)
		if (slots[i].pc) *probe(bigger, size - 1, slots[i].pc) = slots[i];
	free(slots);
	slots = bigger;
	slot_mask = size - 1;
	return 1;
}

/* pc's slot, made when missing; NULL when out of memory. */
static struct link_slot *slot_for(uint64_t pc)
{
	if ((!slots || 2 * (slots_used + 1) > slot_mask + 1) && !grow()) return NULL;
	struct link_slot *s = probe(slots, slot_mask, pc);
	if (!s->pc) {
		s->pc = pc;
		slots_used++;
	}
	return s;
}

/* Whether site may jump past to's pending check: it goes forward, and to's list has room for it. */
static int may_skip_check(uint8_t *site, struct dbt_record *to, uint64_t from_pc)
{
	if (!from_pc || to->block->pc <= from_pc) return 0;
	if (n_past == cap_past) {
		uint32_t cap = cap_past ? 2 * cap_past : 4096;
		struct past_check *p = realloc(past, cap * sizeof *p);
		if (!p) return 0;
		past = p;
		cap_past = cap;
	}
	past[n_past] = (struct past_check){ .site = site, .next = to->past_check };
	to->past_check = ++n_past;
	return 1;
}

void dbt_chain(uint8_t *site, struct dbt_record *to, uint64_t from_pc)
{
	int past_check = may_skip_check(site, to, from_pc);
	x86_patch_rel32(site, past_check ? to->body : to->code);
	dbt_stats.chains++;
	dbt_stats.chains_past_check += (uint64_t)past_check;
}

static void link(uint8_t *site, struct dbt_record *to, uint64_t from_pc)
{
	dbt_chain(site, to, from_pc);
	dbt_stats.chains_early++;
}

static void wait_for(struct link_slot *s, uint8_t *site, uint64_t from_pc)
{
	if (n_waits == cap_waits) {
		uint32_t cap = cap_waits ? 2 * cap_waits : 4096;
		struct waiting_exit *w = realloc(waits, cap * sizeof *w);
		if (!w) return;
		waits = w;
		cap_waits = cap;
	}
	waits[n_waits] = (struct waiting_exit){ .site = site, .from_pc = from_pc, .next = s->waiting };
	s->waiting = ++n_waits;
}

void dbt_links_made(struct dbt_record *rec, const struct tx_exit *exits, int n)
{
	if (!dbt.opt.chain) return;
	/* A block retired before it was translated is no longer pc's: its translation only leaves
	 * for pc, and linked as pc's it would jump to itself for ever. */
	const struct isa_block *b = rec->block;
	struct link_slot *own = dbt_dropped_untranslated(b) ? NULL : slot_for(b->pc);
	if (own) {
		own->rec = rec;
		for (uint32_t w = own->waiting; w; w = waits[w - 1].next) link(waits[w - 1].site, rec, waits[w - 1].from_pc);
		own->waiting = 0;
	}
	for (int i = 0; i < n; i++) {
		struct link_slot *s = slot_for(exits[i].target);
		if (!s) continue;
		if (s->rec) link(exits[i].site, s->rec, b->pc);
		else wait_for(s, exits[i].site, b->pc);
	}
}

void dbt_links_retired(struct dbt_record *rec)
{
	for (uint32_t p = rec->past_check; p; p = past[p - 1].next) {
		x86_patch_rel32(past[p - 1].site, rec->code);
		dbt_stats.chains_pointed_back++;
	}
	rec->past_check = 0;
	if (!slots) return;
	struct link_slot *s = probe(slots, slot_mask, rec->block->pc);
	if (s->rec == rec) s->rec = NULL;
}

void dbt_links_clear(void)
{
	if (slots) memset(slots, 0, (slot_mask + 1) * sizeof *slots);
	slots_used = 0;
	n_waits = 0;
	n_past = 0;
}
