/* The guest address space: one reserved host region, guest address + mem_base = host address
 * (mem_base is 0 where the host leaves that range free: region.c).
 *
 * Guest addresses run from 0 to MEM_GUEST_LIMIT. The whole range is reserved at start (PROT_NONE,
 * MAP_NORESERVE), followed by guard pages, so a guest access can only ever land inside the region.
 * Host page protections mirror guest protections; a guest access that breaks them raises a host
 * SIGSEGV, which mem/fault.c turns into a guest fault (mem_fault) that unwinds to the exec loop.
 * A guest page table (protections per page, and the list of mappings for /proc/self/maps) is kept
 * beside it.
 *
 *   mem_init();                                    // once, before anything else
 *   int64_t a = mem_mmap(0, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
 *   mem_st64(a, 42); uint64_t v = mem_ld64(a);      // engines' fast path (mem/access.h)
 *   if (mem_copy_from_guest(&buf, a, 16) < 0) ...   // system calls: -EFAULT on a bad pointer
 */
#ifndef ISOMORPH_MEM_MEM_H
#define ISOMORPH_MEM_MEM_H

#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define MEM_PAGE_SIZE 4096ull
#define MEM_GUEST_LIMIT (1ull << 38)           /* Sv39-sized user space: 256 GiB */
#define MEM_GUARD_SIZE (1ull << 20)            /* unmapped guard below 0 and after the limit */
#define MEM_STACK_TOP (MEM_GUEST_LIMIT - MEM_PAGE_SIZE * 16) /* the initial stack grows down from here */
#define MEM_PIE_BASE 0x2aaaaab000ull           /* load bias of ET_DYN programs, as Linux's 2/3 point */

extern uint8_t *mem_base; /* host address of guest address 0: 0 itself where it can (region.c) */

static inline void *mem_host(uint64_t guest) { return mem_base + guest; }
static inline uint64_t mem_guest(const void *host) { return (uint64_t)((const uint8_t *)host - mem_base); }

/* Reserves the region and installs the host fault handler. Exits with a message on failure. */
void mem_init(void);

/* mmap/munmap/mprotect/mremap/brk with Linux semantics on the guest address space.
 * prot and flags are the (identical on riscv64 and x86-64) PROT_* and MAP_* values. hostfd is a host
 * file descriptor for file mappings, or -1. Each returns the guest address or 0 on success, or a
 * negative errno. Addresses chosen by the kernel come top-down from below the stack. */
int64_t mem_mmap(uint64_t addr, uint64_t len, int prot, int flags, int hostfd, uint64_t off);
int mem_munmap(uint64_t addr, uint64_t len);
int mem_mprotect(uint64_t addr, uint64_t len, int prot);
int64_t mem_mremap(uint64_t old_addr, uint64_t old_len, uint64_t new_len, int flags, uint64_t new_addr);
/* Sets where the heap starts (page-aligned end of the program's last segment). */
void mem_brk_init(uint64_t start);
/* brk(2) as the kernel does it: returns the new break, or the old one when the request fails. */
uint64_t mem_brk(uint64_t new_brk);

/* Guest protection (PROT_* bits) of the page holding addr, or -1 when it is not mapped. */
int mem_page_prot(uint64_t addr);
/* The guest page table itself, one byte per page (guest address >> 12): PROT_* bits, 0 when
 * unmapped. For translated code, which tests PROT_READ there before reads it may not fault on. */
const uint8_t *mem_page_protections(void);
/* 0 when every byte of [addr, addr+len) is mapped with at least prot, else -EFAULT. */
int mem_check(uint64_t addr, uint64_t len, int prot);

/* Instruction fetch: the bits at pc, a 16-bit parcel zero-extended or a whole 32-bit instruction,
 * after checking that every byte fetched is on an executable guest page; otherwise
 * mem_fault(pc, MEM_EXEC) (also when only the second half of a 32-bit instruction is not). */
uint32_t mem_fetch(uint64_t pc);

/* System-call copies: 0, or -EFAULT when the guest range is not readable/writable. */
int mem_copy_from_guest(void *dst, uint64_t src, size_t len);
int mem_copy_to_guest(uint64_t dst, const void *src, size_t len);
/* Host pointer to the NUL-terminated guest string at addr, after checking every byte up to and
 * including the NUL is readable and the length is below max; NULL otherwise (-EFAULT/-ENAMETOOLONG
 * for the caller). */
const char *mem_guest_string(uint64_t addr, size_t max);

/* Writes the guest's /proc/self/maps view to fd, in the kernel's format. */
void mem_write_maps(int fd);
/* Names the mappings now in [addr, addr+len) (splitting at the ends) as /proc/self/maps shows them,
 * e.g. "[stack]". File mappings are named by mem_mmap already, from the host descriptor's path. */
void mem_set_mapping_name(uint64_t addr, uint64_t len, const char *name);

/* Code pages (mem/code.c): a page blocks are decoded from is kept read-only on the host, so that a
 * write to it (from guest code, the VM, a system call) is seen; the page is then made writable
 * again and queued, and exec/ drops its blocks before it runs anything more.
 * mem_code_protection: 0 turns it off (nothing is protected or queued); set before guest code runs. */
extern int mem_code_protection;
/* Set to 1 (the thread's cpu->pending) when this thread's write hit a code page. */
extern __thread volatile int *mem_code_kick;
/* Nonzero when pages are queued; read without a lock (then take them with mem_code_take_dirty). */
extern int mem_code_dirty;
struct mem_code_stats {
	uint64_t pages_protected; /* writable pages made read-only on the host for their code */
	uint64_t write_faults;    /* writes to such pages caught by a host fault */
	uint64_t syscall_writes;  /* such pages a system call was about to write */
	uint64_t pages_dropped;   /* code pages unmapped, replaced or mprotected */
};
extern struct mem_code_stats mem_code_stats;
/* Before decoding from the page holding addr: marks it a code page, read-only on the host. */
void mem_code_protect(uint64_t addr);
/* The fault handler's part: addr (a guest address a host write faulted on) is on a
 * guest-writable page, now writable on the host again and queued when it was a code page.
 * 1: retry the write; 0: a genuine guest fault. */
int mem_code_write_fault(uint64_t addr);
/* Before the host kernel writes [addr, addr+len) for a system call: code pages there become
 * writable (and are queued). mem_check(..., PROT_WRITE) does it. */
void mem_code_make_writable(uint64_t addr, uint64_t len);
/* Queues the code pages of shared executable mappings, which may change behind the protection
 * (another mapping of the same memfd or file, another process): fence.i and riscv_flush_icache. */
void mem_code_queue_shared(void);
/* Takes up to max queued pages (page-aligned guest addresses) into pages; returns how many.
 * *overflow: pages were lost from a full queue since the last call (drop every block). */
size_t mem_code_take_dirty(uint64_t *pages, size_t max, int *overflow);

/* Guest faults. A fault raised by the engines or found by the host handler is recorded here and
 * unwinds with siglongjmp to mem_fault_target, which exec sets with sigsetjmp before running guest
 * code. Outside guest code (mem_fault_target NULL) a host fault in the region is a VM bug. */
enum mem_access { MEM_READ = 1, MEM_WRITE = 2, MEM_EXEC = 4, MEM_MISALIGNED = 8 };
struct mem_fault_info {
	uint64_t addr;      /* guest address that faulted */
	int access;         /* enum mem_access bits */
	int si_code;        /* SEGV_MAPERR or SEGV_ACCERR; for SIGBUS: BUS_ADRERR or BUS_ADRALN */
	int signo;          /* SIGSEGV; SIGBUS for a misaligned atomic (MEM_MISALIGNED) or a file
			       mapping touched past the end of its file */
};
/* Where a SIGSEGV or SIGBUS that was sent (kill, tgkill), not raised by an access, goes: os/ sets
 * it to record a guest signal. NULL: such a signal is reported as a VM error. */
extern void (*mem_sent_fault_signal)(int sig, siginfo_t *si, void *host_ucontext);
extern __thread sigjmp_buf *mem_fault_target;
extern __thread struct mem_fault_info mem_last_fault;
/* Gives the calling host thread the alternate signal stack the fault handler runs on (mem_init
 * does it for the thread that calls it; call it at the start of every other thread running guest
 * code, so a host stack overflow is still reported). */
void mem_thread_init(void);
/* Before a host thread that called mem_thread_init ends: frees its alternate signal stack. */
void mem_thread_exit(void);
/* Around a host fork by a threaded guest: holds the mapping lock so the child's copy of the
 * mapping list is consistent and the lock free (mem_fork_done in both parent and child). */
void mem_fork_prepare(void);
void mem_fork_done(void);
/* Called by the host fault handler, with the host ucontext, before it unwinds a guest fault: the
 * translator (dbt_fault_hook) makes the guest state exact when the fault hit translated code. */
extern int (*mem_host_fault_hook)(void *ucontext, uint64_t *guest_addr);
/* Records a guest fault at addr and unwinds to mem_fault_target. */
__attribute__((noreturn, cold)) void mem_fault(uint64_t addr, int access);

#endif
