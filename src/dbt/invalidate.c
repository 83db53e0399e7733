/* Dropping one translation while other threads may be running it or jumping to it.
 *
 * A translation is reached through its entry only: chained jumps, inline and hashed jump caches,
 * return-address predictions and dbt_run all go to rec->code, the pending-signal check:
 *
 *   code:  cmp dword [rbx + pending], 0      83 7b d8 00 (disp8) or 83 bb <disp32> 00
 *          jne pending_exit                  0f 85 <rel32>
 *   body:  ...
 *   pending_exit: mov [cpu.pc], block pc; mov [cpu.exit_reason], CPU_EXIT_SIGNAL; jmp exit_plain
 *
 * dbt_invalidate turns the entry into `jmp pending_exit` with one aligned 8-byte store (the first
 * five bytes become e9 <rel32>, the next three are left as they were), so a thread fetching the
 * entry sees the old code or the jump, never a mix. Every way in now leaves for the manager with
 * cpu->pc = the block's pc and nothing counted, exactly as a pending signal would (which finds
 * nothing to deliver); the manager looks the pc up again and finds the block decoded afresh. A
 * thread already past the entry finishes the body it is in (the code stays until the next flush)
 * and leaves it through exits that go to other entries. The code and its chains are reclaimed at
 * the next full flush.
 *
 * A block retired before it was translated is given a first instruction that ends it, so that a
 * translation made of it later (by a thread that found it just before) only leaves.
 *
 *   pthread_mutex_lock(&translate_lock);        // serialized with dbt_translate and dbt_link
 *   if (!dbt_invalidate(b)) ... flush everything instead
 */
#include <string.h>

#include "internal.h"

#define OPC_GRP1_IMM8 0x83     /* cmp r/m32, imm8 */
#define MODRM_RBX_DISP8 0x7b   /* mod 01, reg /7 (cmp), rm rbx */
#define MODRM_RBX_DISP32 0xbb  /* mod 10, reg /7 (cmp), rm rbx */
#define JMP_REL32 0xe9
#define JMP_REL32_LEN 5

/* Length of the pending check's cmp at c, or 0 when the entry has another shape. */
static int entry_cmp_len(const uint8_t *c)
{
	if (c[0] != OPC_GRP1_IMM8) return 0;
	if (c[1] == MODRM_RBX_DISP8) return 4;
	if (c[1] == MODRM_RBX_DISP32) return 7;
	return 0;
}

static uint64_t invalidated; /* translations whose entry was turned into an exit */

uint64_t dbt_invalidated(void) { return invalidated; }

int dbt_invalidate(struct isa_block *b)
{
	struct dbt_record *rec = __atomic_load_n((struct dbt_record **)&b->translation, __ATOMIC_ACQUIRE);
	if (!rec) {
		/* A thread that found b before it left the map table may still translate it: that
		 * translation must only leave for the manager at b->pc, so b becomes a block end at
		 * its first instruction, counting nothing. (A translated b keeps its count: a fault
		 * in a thread still inside it makes instret exact from it.) */
		b->n_guest = 0;
		__atomic_store_n(&b->insns[0].op, (uint16_t)ISA_OP_BLOCK_END, __ATOMIC_RELEASE);
		return 1;
	}
	uint8_t *c = rec->code;
	int n = entry_cmp_len(c);
	if (!n || c[n] != 0x0f || c[n + 1] != 0x85 || ((uintptr_t)c & 7)) return 0;
	int32_t rel;
	memcpy(&rel, c + n + 2, sizeof rel);
	uint8_t *pending_exit = c + n + 6 + rel;
	int32_t to = (int32_t)(pending_exit - (c + JMP_REL32_LEN));
	uint8_t word[8];
	memcpy(word, c, sizeof word);
	word[0] = JMP_REL32;
	memcpy(word + 1, &to, sizeof to);
	uint64_t v;
	memcpy(&v, word, sizeof v);
	__atomic_store_n((uint64_t *)(void *)c, v, __ATOMIC_RELEASE);
	invalidated++;
	return 1;
}
