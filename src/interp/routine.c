/* Calls of known routines (ISA_OP_CALL_ROUTINE, isa/routines.h) in C, for both interpreters, the
 * translator's helper and --lockstep's reference.
 *
 *   cpu->x[ISA_REG_RA] = in->pc + in->len;
 *   if (!interp_call_routine(cpu, in)) ... go to the routine: it runs instruction by instruction
 *
 * The routine reads two things from guest memory: its GOT entry (8 bytes on one page: the block
 * store checked) and one byte of the table the entry points at. Both pages must be readable in the
 * guest page table, the addresses below the guest limit, or nothing happens here: the caller goes
 * to the routine instead, whose own load then faults precisely, with the routine's registers. The
 * translator tests the same two conditions in host code (dbt/idioms.c).
 */
#include <sys/mman.h>

#include "engine.h"
#include "../isa/routines.h"

int interp_call_routine(struct cpu *cpu, const struct isa_insn *in)
{
	enum isa_routine r = (enum isa_routine)in->rs3;
	uint64_t got = in->pc + (uint64_t)(int64_t)in->imm2;
	if (mem_check(got, 8, PROT_READ)) return 0; /* the guest page table and the limit */
	struct isa_routine_scan s = isa_routine_scan(r, cpu->x[ISA_REG_A0]);
	uint64_t tab = mem_ld64(got);
	if (mem_check(tab + s.idx, 1, PROT_READ)) return 0;
	uint8_t byte = mem_ld8(tab + s.idx);
	cpu->instret += isa_routine_finish(r, cpu->x, s, tab, byte);
	return 1;
}
