/* The signal frame: what a riscv64 Linux kernel writes on the guest stack to run a handler, and what
 * rt_sigreturn reads back; also the alternate signal stack, which decides where the frame goes.
 *
 * Linux returns from a handler through the vDSO's rt_sigreturn; isomorph has no vDSO, so the first
 * frame maps one read+exec guest page, named [vdso] in /proc/self/maps, holding
 * `li a7, 139; ecall`, and ra points there.
 *
 *   os_sigframe_push(t, SIGUSR1, &info, &act, t->sigmask);  // hart now at the handler
 *   ... the handler returns to the trampoline: rt_sigreturn ...
 *   os_sigframe_pop(t, &mask);                             // hart back where it was
 */
#include <stddef.h>
#include <string.h>
#include "internal.h"
#include "signal.h"

/* struct rt_sigframe (arch/riscv/kernel/signal.c), 16-byte aligned on the stack:
 *
 *   0    siginfo                       128 bytes
 *   128  struct ucontext:
 *          +0   uc_flags, +8 uc_link
 *          +16  uc_stack   (ss_sp, ss_flags, ss_size)
 *          +40  uc_sigmask (8 bytes, then room up to a 1024-bit sigset)
 *          +176 uc_mcontext = struct sigcontext:
 *                 +0   sc_regs: pc, ra, sp, gp, tp, t0.. t6 (x1..x31 in order, pc in x0's place)
 *                 +256 union __riscv_fp_state: the d member (f[32], fcsr), sized as the q one
 *   1088 end
 */
struct guest_fpstate {
	uint64_t f[32];
	uint32_t fcsr;
	uint32_t q_rest[63];  /* the rest of the q member's f[64] */
	uint32_t q_fcsr;
	uint32_t reserved[3]; /* zero on delivery, must be zero at rt_sigreturn */
};

struct guest_ucontext {
	uint64_t flags;
	uint64_t link;
	struct guest_stack stack;
	uint64_t sigmask;
	uint8_t sigmask_room[1024 / 8 - 8];
	_Alignas(16) uint64_t regs[32]; /* struct sigcontext starts here */
	struct guest_fpstate fp;
};

struct guest_rt_sigframe {
	struct guest_siginfo info;
	struct guest_ucontext uc;
};

_Static_assert(offsetof(struct guest_ucontext, sigmask) == 40 && offsetof(struct guest_ucontext, regs) == 176 &&
	       offsetof(struct guest_ucontext, fp) == 432 && sizeof(struct guest_fpstate) == 528 &&
	       sizeof(struct guest_ucontext) == 960 && sizeof(struct guest_rt_sigframe) == 1088,
	       "the riscv64 signal frame layout");

#define RV_LI_A7_RT_SIGRETURN 0x08b00893u /* addi a7, zero, 139 */
#define RV_ECALL 0x00000073u
#define FCSR_FFLAGS_MASK 0x1fu
#define FCSR_FRM_SHIFT 5
#define FCSR_FRM_MASK 7u

static uint64_t trampoline; /* guest address of the rt_sigreturn page, 0 until the first frame */

/* The trampoline page, mapped on first use; 0 when the address space has no room. Two threads
 * delivering their first signals at once both map one; the loser unmaps its own. */
static uint64_t trampoline_page(void)
{
	uint64_t have = __atomic_load_n(&trampoline, __ATOMIC_ACQUIRE);
	if (have) return have;
	int64_t page = mem_mmap(0, MEM_PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page < 0) return 0;
	const uint32_t code[2] = { RV_LI_A7_RT_SIGRETURN, RV_ECALL };
	if (mem_copy_to_guest((uint64_t)page, code, sizeof code) < 0 ||
	    mem_mprotect((uint64_t)page, MEM_PAGE_SIZE, PROT_READ | PROT_EXEC) < 0)
		return 0;
	mem_set_mapping_name((uint64_t)page, MEM_PAGE_SIZE, "[vdso]");
	if (!__atomic_compare_exchange_n(&trampoline, &have, (uint64_t)page, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		mem_munmap((uint64_t)page, MEM_PAGE_SIZE);
	return __atomic_load_n(&trampoline, __ATOMIC_ACQUIRE);
}

int os_on_altstack(const struct os_thread *t, uint64_t sp)
{
	if (t->altstack_flags & GUEST_SS_AUTODISARM) return 0; /* as Linux: never "on" it then */
	return sp > t->altstack_sp && sp - t->altstack_sp <= t->altstack_size;
}

struct guest_stack os_altstack_get(const struct os_thread *t, uint64_t sp)
{
	struct guest_stack ss = { .sp = t->altstack_sp, .size = t->altstack_size };
	if (!t->altstack_size) ss.flags = GUEST_SS_DISABLE;
	else ss.flags = os_on_altstack(t, sp) ? GUEST_SS_ONSTACK : 0;
	ss.flags |= (int32_t)(t->altstack_flags & GUEST_SS_AUTODISARM);
	return ss;
}

int os_altstack_set(struct os_thread *t, const struct guest_stack *ss, uint64_t sp)
{
	if (os_on_altstack(t, sp)) return -EPERM;
	int mode = ss->flags & ~(int32_t)GUEST_SS_AUTODISARM;
	if (mode != GUEST_SS_DISABLE && mode != GUEST_SS_ONSTACK && mode != 0) return -EINVAL;
	if (mode == GUEST_SS_DISABLE) {
		t->altstack_sp = t->altstack_size = 0;
	} else {
		if (ss->size < GUEST_MINSIGSTKSZ) return -ENOMEM;
		t->altstack_sp = ss->sp;
		t->altstack_size = ss->size;
	}
	t->altstack_flags = ss->flags;
	return 0;
}

int os_sigframe_push(struct os_thread *t, int sig, const struct guest_siginfo *info,
		     const struct guest_sigaction *act, uint64_t oldmask)
{
	struct cpu *cpu = &t->cpu;
	uint64_t ret = trampoline_page();
	if (!ret) return -1;

	uint64_t sp = cpu->x[ISA_REG_SP];
	struct guest_rt_sigframe f;
	if (os_on_altstack(t, sp) && !os_on_altstack(t, sp - sizeof f)) return -1; /* it would overflow */
	if ((act->flags & GUEST_SA_ONSTACK) && t->altstack_size && !os_on_altstack(t, sp))
		sp = t->altstack_sp + t->altstack_size;
	uint64_t frame = (sp - sizeof f) & ~15ull;

	memset(&f, 0, sizeof f);
	f.info = *info;
	f.uc.stack = (struct guest_stack){ .sp = t->altstack_sp, .size = t->altstack_size,
					   .flags = t->altstack_size ? t->altstack_flags : GUEST_SS_DISABLE };
	f.uc.sigmask = oldmask;
	f.uc.regs[0] = cpu->pc;
	for (int r = 1; r < 32; r++) f.uc.regs[r] = cpu->x[r];
	memcpy(f.uc.fp.f, cpu->f, sizeof f.uc.fp.f);
	f.uc.fp.fcsr = (cpu->fflags & FCSR_FFLAGS_MASK) | (cpu->frm & FCSR_FRM_MASK) << FCSR_FRM_SHIFT;
	if (frame > sp || mem_copy_to_guest(frame, &f, sizeof f) < 0) return -1;

	if (t->altstack_flags & GUEST_SS_AUTODISARM) t->altstack_sp = t->altstack_size = 0, t->altstack_flags = 0;
	cpu->x[ISA_REG_RA] = ret;
	cpu->x[ISA_REG_SP] = frame;
	cpu->x[ISA_REG_A0] = (uint64_t)sig;
	cpu->x[ISA_REG_A1] = frame + offsetof(struct guest_rt_sigframe, info);
	cpu->x[ISA_REG_A2] = frame + offsetof(struct guest_rt_sigframe, uc);
	cpu->pc = act->handler;
	cpu->reservation = ~0ull; /* a trap ends any LR/SC sequence */
	return 0;
}

int os_sigframe_pop(struct os_thread *t, uint64_t *mask)
{
	struct cpu *cpu = &t->cpu;
	struct guest_rt_sigframe f;
	if (mem_copy_from_guest(&f, cpu->x[ISA_REG_SP], sizeof f) < 0) return -1;
	for (int i = 0; i < 3; i++)
		if (f.uc.fp.reserved[i]) return -1;

	cpu->pc = f.uc.regs[0];
	for (int r = 1; r < 32; r++) cpu->x[r] = f.uc.regs[r];
	memcpy(cpu->f, f.uc.fp.f, sizeof cpu->f);
	cpu->fflags = f.uc.fp.fcsr & FCSR_FFLAGS_MASK;
	cpu->frm = (f.uc.fp.fcsr >> FCSR_FRM_SHIFT) & FCSR_FRM_MASK;
	cpu->reservation = ~0ull;
	*mask = f.uc.sigmask;
	os_altstack_set(t, &f.uc.stack, cpu->x[ISA_REG_SP]); /* as Linux: errors other than EFAULT ignored */
	return 0;
}
