/* Host helper for tests/isa/suite.sh: decodes and disassembles instruction words.
 *
 *   echo "10004 0505" | disasm_tool      ->  "00150513<TAB>addi a0,a0,1"
 *
 * Each input line is "PC BITS" in hex (BITS: a 32-bit word, or a 16-bit parcel). Each output line
 * is the 32-bit form the decoder worked on (the expansion of a compressed parcel, 00000000 for an
 * illegal one), a tab, and isa_disasm's text for the instruction at PC.
 */
#include <inttypes.h>
#include <stdio.h>
#include "isa/insn.h"

int main(void)
{
	char line[256];
	while (fgets(line, sizeof line, stdin)) {
		uint64_t pc;
		uint32_t bits;
		if (sscanf(line, "%" SCNx64 " %" SCNx32, &pc, &bits) != 2) {
			fprintf(stderr, "disasm_tool: bad line: %s", line);
			return 2;
		}
		struct isa_insn in;
		isa_decode(&in, pc, bits);
		uint32_t word = in.len == 2 ? isa_expand_compressed((uint16_t)bits) : bits;
		char text[96];
		isa_disasm(&in, text, sizeof text);
		printf("%08" PRIx32 "\t%s\n", word, text);
	}
	return 0;
}
