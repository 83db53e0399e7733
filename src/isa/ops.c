/* The per-op table (name, encoding, format, flags), expanded once from insn.def.
 *
 * Indexed by enum isa_op: the decoder builds its lookup buckets from it, the disassembler takes
 * names and formats from it, --stats names its counters with it.
 *
 *   const struct isa_op_info *info = &isa_ops[in.op];
 *   if (info->flags & ISA_F_END) ...
 */
#include "insn.h"

const struct isa_op_info isa_ops[ISA_OP_COUNT] = {
	[ISA_OP_ILLEGAL] = { "illegal", 0, 0, ISA_FMT_NONE, ISA_F_END },
#define INSN(id, name, match, mask, fmt, flags) [ISA_OP_##id] = { name, match, mask, fmt, flags },
#include "insn.def"
#undef INSN
	/* Never decoded (mask 0 with a nonzero match matches nothing); ends the block it closes. */
	[ISA_OP_BLOCK_END] = { "block_end", 1, 0, ISA_FMT_NONE, ISA_F_END },
	/* Never decoded either; the call goes on in its block (the routine's reads may fault). */
	[ISA_OP_CALL_ROUTINE] = { "jal", 1, 0, ISA_FMT_J, ISA_F_LOAD },
	/* Never decoded either; a jump inside its block, which goes on at the target. */
	[ISA_OP_JAL_FOLLOWED] = { "jal", 1, 0, ISA_FMT_J, 0 },
	/* Never decoded either; a return guarded to go on inside its block, else a register jump. */
	[ISA_OP_RET_FOLLOWED] = { "jalr", 1, 0, ISA_FMT_LOAD, 0 },
};
