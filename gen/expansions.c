/* Build-time generator: prints src/isa's table of every 16-bit parcel's 32-bit expansion, made
 * by isa_expand_compressed (src/isa/compressed.c, compiled into this program). The decoder reads
 * the table (a read-only array in the binary, shared and faulted in from the page cache) instead
 * of expanding parcels at run time: a start-up decodes thousands of them once each.
 *
 *   gen/expansions > build/gen/expansions.c
 */
#include <stdio.h>

#include "../src/isa/insn.h"

int main(void)
{
	printf("/* Made by gen/expansions.c: isa_expand_compressed(c) for every parcel c (0: none). */\n"
	       "#include \"isa/insn.h\"\n\n"
	       "const uint32_t isa_expansions[1u << 16] = {\n");
	for (unsigned c = 0; c < 1u << 16; c++)
		printf("%s0x%x,%s", c % 8 ? " " : "\t", isa_expand_compressed((uint16_t)c), c % 8 == 7 ? "\n" : "");
	printf("};\n");
	return 0;
}
