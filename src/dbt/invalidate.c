/* Retiring one translation while other threads may be running it or jumping to it.
 *
 * A translation is reached through its entry only: chained jumps, the inline and hashed jump
 * caches, return-address predictions and dbt_run all go to rec->code, the pending-signal check:
 *
 *   code:  cmp dword [rbx + pending], 0      83 7b <disp8> 00, or 83 bb <disp32> 00
 *          jne pending_exit                  0f 85 <rel32>
 *
 * dbt_invalidate turns the entry into `jmp redirect` with one aligned 8-byte store (the first five
 * bytes become e9 <rel32>, the next three stay), so a thread fetching the entry sees the old code
 * or the jump, never a mix. The redirect is one small stub per guest pc, shared by every retired
 * translation of that pc:
 *
 *   site:  jmp rel32                 first to leave, then chained by dbt_link to the translation
 *   leave: mov [cpu.pc], pc          made of the new code at pc, like any direct exit
 *          lea rax, [site]; jmp exit_direct
 *
 * So the old ways in (a chain or jump cache entry made before, which nothing can find to undo)
 * reach the new translation through two jumps once the manager has linked the stub, and leave
 * for the manager until then. Retiring the next translation of the same pc first points the stub
 * back at leave, then the translation's entry at the stub: chains never grow. A thread already
 * past an entry finishes that block (the code stays until the next flush) and leaves it through
 * exits that go to other entries. Without room for a stub, the entry jumps to the translation's
 * own pending exit instead (cpu->pc = its pc, CPU_EXIT_SIGNAL with nothing pending): always the
 * manager's way, never wrong.
 *
 * The manager must not link a stub to a retired translation (it may have found the block just
 * before it was retired): stub and entry would jump to each other for ever, past every pending
 * check. dbt_retired tells, under the same lock as the link.
 *
 * A block retired before it was translated is given a first instruction that ends it, so that a
 * translation made of it later (by a thread that found it just before it was retired) only leaves.
 *
 *   pthread_mutex_lock(&translate_lock);        // serialized with dbt_translate and dbt_link
 *   if (!dbt_invalidate(b)) ... flush everything instead
 */
#include <string.h>

#include "tx.h"

#define OPC_GRP1_IMM8 0x83     /* cmp r/m32, imm8 */
#define MODRM_RBX_DISP8 0x7b   /* mod 01, reg /7 (cmp), rm rbx */
#define MODRM_RBX_DISP32 0xbb  /* mod 10, reg /7 (cmp), rm rbx */
#define JCC_NE_REL32_0 0x0f
#define JCC_NE_REL32_1 0x85
#define JMP_REL32 0xe9
#define JMP_REL32_LEN 5
#define STUB_MAX 48            /* bytes a redirect stub may take, alignment included */
#define REDIRECT_BITS 12

/* The redirect stub of a guest pc, direct-mapped; an entry of an older cache generation is void. */
static struct redirect {
	uint64_t pc;
	uint64_t generation;
	uint8_t *site; /* the stub's rel32 */
} redirects[1u << REDIRECT_BITS];
static uint64_t invalidated; /* translations whose entry was turned into a jump (--stats) */

uint64_t dbt_invalidated(void) { return invalidated; }

/* Length of the pending check's cmp at c, or 0 when the entry has another shape. */
static int entry_cmp_len(const uint8_t *c)
{
	if (c[0] != OPC_GRP1_IMM8) return 0;
	if (c[1] == MODRM_RBX_DISP8) return 4;
	if (c[1] == MODRM_RBX_DISP32) return 7;
	return 0;
}

/* A new redirect stub for pc in the cache, or NULL when the cache has no room. */
static uint8_t *make_stub(uint64_t pc)
{
	uint8_t *at = (uint8_t *)(((uintptr_t)dbt.next + 15) & ~(uintptr_t)15);
	if (at + STUB_MAX > dbt.end) return NULL;
	struct x86_buf e = { .p = at, .end = at + STUB_MAX };
	x86_align_rel32(&e, 1);
	uint8_t *site = x86_jmp(&e, NULL);
	if (!e.full) x86_patch_rel32(site, site + 4);
	if (x86_fits_i32((int64_t)pc)) {
		x86_store_i(&e, X86_W64, CPU_PC, (int32_t)pc);
	} else {
		x86_mov_ri(&e, HOST_T1, pc, 1);
		x86_store(&e, X86_W64, CPU_PC, HOST_T1);
	}
	x86_lea(&e, HOST_T0, x86_mem(X86_RIP, 0));
	if (!e.full) x86_patch_rel32(e.p - 4, site);
	x86_jmp(&e, dbt.r.exit_direct);
	if (e.full) return NULL;
	dbt.next = e.p;
	return site;
}

/* Where the retired entry of the block at pc should go: the rel32 field of its stub's jump,
 * pointed back at the stub's leave code first; NULL when there is no room for a stub. */
static uint8_t *redirect_for(uint64_t pc)
{
	struct redirect *r = &redirects[(pc >> 1) & ((1u << REDIRECT_BITS) - 1)];
	if (r->pc == pc && r->generation == dbt.generation) {
		x86_patch_rel32(r->site, r->site + 4); /* unchain from the translation retired now */
		return r->site;
	}
	uint8_t *site = make_stub(pc);
	if (!site) return NULL;
	*r = (struct redirect){ .pc = pc, .generation = dbt.generation, .site = site };
	return site;
}

int dbt_dropped_untranslated(const struct isa_block *b)
{
	return b->n_guest == 0 && b->insns[0].op == ISA_OP_BLOCK_END;
}

int dbt_retired(const struct isa_block *b)
{
	const struct dbt_record *rec = b->translation;
	return rec && rec->code[0] == JMP_REL32;
}

int dbt_invalidate(struct isa_block *b)
{
	struct dbt_record *rec = __atomic_load_n((struct dbt_record **)&b->translation, __ATOMIC_ACQUIRE);
	if (!rec) {
		/* A translated b keeps its count: a fault in a thread still inside it makes instret
		 * exact from it. */
		b->n_guest = 0;
		__atomic_store_n(&b->insns[0].op, (uint16_t)ISA_OP_BLOCK_END, __ATOMIC_RELEASE);
		return 1;
	}
	uint8_t *c = rec->code;
	if (c[0] == JMP_REL32) return 1; /* retired already */
	int n = entry_cmp_len(c);
	if (!n || c[n] != JCC_NE_REL32_0 || c[n + 1] != JCC_NE_REL32_1 || ((uintptr_t)c & 7)) return 0;
	uint8_t *to = redirect_for(b->pc);
	if (to) {
		to -= 1; /* the stub's jmp */
	} else {
		int32_t rel;
		memcpy(&rel, c + n + 2, sizeof rel);
		to = c + n + 6 + rel; /* the pending exit */
	}
	int32_t rel32 = (int32_t)(to - (c + JMP_REL32_LEN));
	uint8_t word[8];
	memcpy(word, c, sizeof word);
	word[0] = JMP_REL32;
	memcpy(word + 1, &rel32, sizeof rel32);
	uint64_t v;
	memcpy(&v, word, sizeof v);
	__atomic_store_n((uint64_t *)(void *)c, v, __ATOMIC_RELEASE);
	dbt_links_retired(rec);
	invalidated++;
	return 1;
}
