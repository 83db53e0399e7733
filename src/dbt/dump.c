/* --dump-blocks: each translation as it is made, on stderr: the guest block disassembled, then the
 * host code as hex bytes, 16 a line, which `xxd -r -p | objdump -D -b binary -mi386:x86-64`
 * turns back into x86 assembly:
 *
 *   dbt: block 0x10120 (3 guest instructions, 87 host bytes at 0x7f...)
 *     0x10120  addi a0,a0,1
 *     ...
 *   host: 837b7800 0f85...
 *   dbt: end
 */
#include <stdio.h>

#include "internal.h"

void dbt_dump(const struct dbt_record *rec)
{
	const struct isa_block *b = rec->block;
	fprintf(stderr, "dbt: block 0x%llx (%u guest instructions, %u host bytes at %p)\n", (unsigned long long)b->pc,
		b->n_guest, rec->size, (void *)rec->code);
	for (uint32_t i = 0; i < b->n_guest; i++) {
		char text[64];
		isa_disasm(&b->insns[i], text, sizeof text);
		fprintf(stderr, "  0x%llx  %s\n", (unsigned long long)b->insns[i].pc, text);
	}
	for (uint32_t i = 0; i < rec->size; i++)
		fprintf(stderr, "%s%02x%s", i % 16 == 0 ? "host: " : "", rec->code[i],
			i % 16 == 15 || i + 1 == rec->size ? "\n" : "");
	fprintf(stderr, "dbt: end\n");
}
