/* System calls without leaving translated code: an ecall calls the manager's system call hook
 * (dbt_options.syscall) through one fixed routine and, when the hook says nothing needs the
 * manager, goes on through an ordinary chainable direct exit to the instruction after it. Without
 * a hook (--no-inline-syscalls, lockstep) an ecall leaves for the manager as any trap does.
 *
 *   translation of a block ending in ecall:
 *          ... the block ...
 *          (dirty pool registers stored)
 *          mov eax, pc_of_ecall
 *          call syscall_routine          returns only when translated code may go on
 *          jmp rel32                     a direct exit to pc + 4, chained like any other
 *
 *   syscall_routine (fixed, at the start of the cache, so no flush can take it away):
 *          cpu.pc = rax; pins to *cpu                 (guest state exact for the call)
 *          eax = syscall_from_code(cpu)               (the hook, and the checks below)
 *          nonzero: pins back from *cpu (a0 has the result); ret
 *          zero:    drop the return address, leave through enter's epilogue with no site to link:
 *                   *cpu is exact and newer than the host registers, so nothing is written back
 *
 * Why going back into the translation after the call is safe, and when it is not:
 *   - the hook runs the call outside the engine bracket (os_guest_leave ... os_guest_enter, as the
 *     manager does), so another thread may stop the world and flush the code cache meanwhile, and
 *     the code after the call may be another translation by then. The routine returns into the
 *     cache only when dbt.generation is what it was before the call; os_guest_enter waits for a
 *     stop to end, and a flush bumps the generation before the world resumes;
 *   - a translation retired while the call ran (guest code changed, drained by another thread
 *     meanwhile) may be the one the call came from. Its code stays until a flush, and a thread
 *     inside a retired translation may finish it (dbt_invalidate's contract: the exit to pc + 4 is
 *     all that is left of it), but the plain way is the manager's: leave when any translation was
 *     retired during the call (counting them is cheaper than finding the caller's record). One
 *     retired before the call, while this thread was past its entry, is finished, as any is;
 *   - the hook itself leaves when the call changed code or queued code pages, asked for a flush,
 *     moved the pc, ended in a signal, or is one the manager must follow (exec/loop.c).
 */
#include "tx.h"

static uint8_t *routine; /* the fixed routine; NULL until made */

/* Runs the hook; 1 when the routine may return into the translation that called it. Counts the
 * outcome. */
static int syscall_from_code(struct cpu *cpu)
{
	uint64_t generation = __atomic_load_n(&dbt.generation, __ATOMIC_ACQUIRE);
	uint64_t retired = dbt_invalidated();
	enum dbt_syscall_end end = dbt.opt.syscall(cpu);
	if (end == DBT_SYSCALL_GO_ON &&
	    (__atomic_load_n(&dbt.generation, __ATOMIC_ACQUIRE) != generation || dbt_invalidated() != retired)) {
		end = DBT_SYSCALL_CODE;
		cpu->exit_reason = CPU_EXIT_BLOCK; /* pc is past the ecall: the manager finds what is there */
	}
	switch (end) {
	case DBT_SYSCALL_GO_ON: dbt_stats.syscalls_in_code++; break;
	case DBT_SYSCALL_PENDING: dbt_stats.syscalls_left_pending++; break;
	case DBT_SYSCALL_SIGNAL: dbt_stats.syscalls_left_signal++; break;
	case DBT_SYSCALL_MANAGER: dbt_stats.syscalls_left_manager++; break;
	case DBT_SYSCALL_CODE: dbt_stats.syscalls_left_code++; break;
	}
	return end == DBT_SYSCALL_GO_ON;
}

void dbt_syscall_make_routine(struct x86_buf *e, const uint8_t *epilogue)
{
	routine = e->p;
	x86_store(e, X86_W64, CPU_PC, HOST_T0);
	for (int i = 0; i < dbt.opt.pins; i++) x86_store(e, X86_W64, CPU_X(dbt_pinned_guest[i]), dbt_pinned_host[i]);
	dbt_instret_store(e);
	x86_lea(e, X86_RDI, x86_mem(HOST_CPU, -DBT_CPU_BIAS));
	x86_alu_ri(e, X86_SUB, X86_W64, X86_RSP, 8); /* called from 16-aligned code: align again */
	x86_mov_ri(e, HOST_T0, (uint64_t)(uintptr_t)syscall_from_code, 0);
	x86_call_r(e, HOST_T0);
	x86_alu_ri(e, X86_ADD, X86_W64, X86_RSP, 8);
	x86_test_rr(e, X86_W32, X86_RAX, X86_RAX);
	uint8_t *to_leave = x86_jcc(e, X86_CC_E, NULL);
	for (int i = 0; i < dbt.opt.pins; i++) x86_load(e, X86_W64, dbt_pinned_host[i], CPU_X(dbt_pinned_guest[i]));
	dbt_instret_load(e);
	x86_ret(e);
	if (!e->full) x86_patch_rel32(to_leave, e->p);
	x86_alu_ri(e, X86_ADD, X86_W64, X86_RSP, 8); /* the return address into the translation */
	x86_mov_ri(e, HOST_T0, 0, 0);                /* no site to link */
	x86_mov_ri(e, HOST_T2, 0, 0);
	x86_jmp(e, epilogue);
}

int dbt_syscall_inline(struct tx *t, const struct isa_insn *in)
{
	if (!dbt.opt.syscall) return 0;
	tx_writeback(t); /* pool registers: the call clobbers them, and the hook reads cpu->x */
	x86_mov_ri(&t->e, HOST_T0, in->pc, 0);
	x86_call(&t->e, routine);
	return 1;
}
