/* Unit tests for mem/: mapping semantics, gap finding, faults, checked copies.
 * Expected values follow Linux's documented mmap/mprotect/mremap/brk behaviour (man 2 pages).
 * Usage: build-X/unit/mem_test   (prints "mem_test: N passed, N failed")
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "mem/access.h"
#include "mem/mem.h"
#include "unit.h"


#define PG MEM_PAGE_SIZE
#define RW (PROT_READ | PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

/* Runs fn(arg) with faults caught; returns 1 and fills *info when it faulted. */
static int faults(void (*fn)(uint64_t), uint64_t arg, struct mem_fault_info *info)
{
	static __thread sigjmp_buf jb;
	if (sigsetjmp(jb, 1)) {
		mem_fault_target = NULL;
		*info = mem_last_fault;
		return 1;
	}
	mem_fault_target = &jb;
	fn(arg);
	mem_fault_target = NULL;
	return 0;
}
static void do_read(uint64_t a) { volatile uint8_t v = mem_ld8(a); (void)v; }
static void do_write(uint64_t a) { mem_st32(a, 0x12345678); }
static void do_fetch(uint64_t a) { volatile uint32_t v = mem_fetch(a); (void)v; }
static void do_amo(uint64_t a) { (void)mem_atomic_ptr(a, 8, MEM_WRITE); }

/* The /proc/self/maps text, as written by mem_write_maps. */
static char *maps_text(void)
{
	static char buf[65536];
	int fd = memfd_create("maps", 0);
	mem_write_maps(fd);
	ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	return buf;
}

static void test_mmap_basic(void)
{
	int64_t a = mem_mmap(0, 3 * PG, RW, ANON, -1, 0);
	CHECK(a > 0 && a % PG == 0 && (uint64_t)a + 3 * PG <= MEM_STACK_TOP);
	CHECK(mem_page_prot(a) == RW && mem_page_prot(a + 2 * PG) == RW && mem_page_prot(a + 3 * PG) != RW);
	CHECK(mem_ld64(a) == 0); /* anonymous memory is zero */
	mem_st64(a + 8, 0xdeadbeef);
	CHECK(mem_ld64(a + 8) == 0xdeadbeef);
	/* top-down: the next one goes just below */
	int64_t b = mem_mmap(0, PG, PROT_READ, ANON, -1, 0);
	CHECK(b == a - (int64_t)PG);
	CHECK(mem_munmap(a, 3 * PG) == 0 && mem_page_prot(a) == -1);
	CHECK(mem_munmap(b, PG) == 0);
	/* errors */
	CHECK(mem_mmap(0, 0, RW, ANON, -1, 0) == -EINVAL);
	CHECK(mem_mmap(0x100001, PG, RW, ANON | MAP_FIXED, -1, 0) == -EINVAL);
	CHECK(mem_mmap(MEM_GUEST_LIMIT, PG, RW, ANON | MAP_FIXED, -1, 0) == -ENOMEM);
	CHECK(mem_mmap(MEM_GUEST_LIMIT - PG, 2 * PG, RW, ANON | MAP_FIXED, -1, 0) == -ENOMEM);
	CHECK(mem_mmap(0, PG, RW, ANON | MAP_FIXED, -1, 0) == -EPERM); /* below vm.mmap_min_addr */
	CHECK(mem_mmap(0, PG, RW, MAP_ANONYMOUS, -1, 0) == -EINVAL); /* neither shared nor private */
	CHECK(mem_mmap(0, PG, RW, MAP_PRIVATE, -1, 0) == -EBADF);
	CHECK(mem_munmap(0x100001, PG) == -EINVAL);
	CHECK(mem_munmap(0x100000, 0) == -EINVAL);
}

static void test_fixed_and_hints(void)
{
	uint64_t base = 0x40000000;
	CHECK(mem_mmap(base, 4 * PG, RW, ANON | MAP_FIXED, -1, 0) == (int64_t)base);
	mem_st8(base + PG, 7);
	CHECK(mem_mmap(base + PG, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0) == -EEXIST);
	CHECK(mem_ld8(base + PG) == 7);
	/* MAP_FIXED replaces: fresh zero page */
	CHECK(mem_mmap(base + PG, PG, PROT_READ, ANON | MAP_FIXED, -1, 0) == (int64_t)(base + PG));
	CHECK(mem_ld8(base + PG) == 0 && mem_page_prot(base + PG) == PROT_READ);
	CHECK(mem_mmap(base + 8 * PG, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0) == (int64_t)(base + 8 * PG));
	/* a free hint is used; a busy one is not */
	CHECK(mem_mmap(base + 16 * PG, PG, RW, ANON, -1, 0) == (int64_t)(base + 16 * PG));
	int64_t h = mem_mmap(base, PG, RW, ANON, -1, 0);
	CHECK(h > 0 && (uint64_t)h != base);
	CHECK(mem_munmap(h, PG) == 0);
	CHECK(mem_munmap(base, 32 * PG) == 0);
	CHECK(mem_page_prot(base) == -1 && mem_page_prot(base + 16 * PG) == -1);
}

static void test_gap_finding(void)
{
	int64_t a = mem_mmap(0, 4 * PG, RW, ANON, -1, 0);
	CHECK(mem_munmap(a + PG, 2 * PG) == 0); /* a hole of two pages between a and a+3 */
	int64_t b = mem_mmap(0, 2 * PG, RW, ANON, -1, 0);
	CHECK(b == a + (int64_t)PG); /* the highest gap that fits is the hole */
	int64_t c = mem_mmap(0, 3 * PG, RW, ANON, -1, 0);
	CHECK(c == a - 3 * (int64_t)PG); /* too big for any hole: below */
	CHECK(mem_munmap(c, 7 * PG) == 0);
}

static void test_mprotect(void)
{
	uint64_t base = 0x50000000;
	CHECK(mem_mmap(base, 4 * PG, RW, ANON | MAP_FIXED, -1, 0) == (int64_t)base);
	CHECK(mem_mprotect(base + PG, PG, PROT_READ) == 0);
	CHECK(mem_page_prot(base) == RW && mem_page_prot(base + PG) == PROT_READ && mem_page_prot(base + 2 * PG) == RW);
	CHECK(mem_mprotect(base + 1, PG, PROT_READ) == -EINVAL);
	CHECK(mem_mprotect(base, 8 * PG, PROT_READ) == -ENOMEM); /* part unmapped */
	CHECK(mem_page_prot(base) == RW);                       /* and nothing changed */
	CHECK(mem_mprotect(base, PG, PROT_READ | PROT_EXEC) == 0 && mem_page_prot(base) == (PROT_READ | PROT_EXEC));
	CHECK(mem_mprotect(base, 4 * PG, RW) == 0);
	/* merged back into one mapping */
	char want[64];
	snprintf(want, sizeof want, "%08llx-%08llx rw-p", (unsigned long long)base, (unsigned long long)(base + 4 * PG));
	CHECK(strstr(maps_text(), want) != NULL);
	CHECK(mem_munmap(base, 4 * PG) == 0);
}

static void test_mremap(void)
{
	uint64_t base = 0x60000000;
	CHECK(mem_mmap(base, 2 * PG, RW, ANON | MAP_FIXED, -1, 0) == (int64_t)base);
	mem_st64(base, 0x1111);
	mem_st64(base + PG, 0x2222);
	/* grow in place */
	CHECK(mem_mremap(base, 2 * PG, 4 * PG, 0, 0) == (int64_t)base);
	CHECK(mem_page_prot(base + 3 * PG) == RW && mem_ld64(base + PG) == 0x2222 && mem_ld64(base + 3 * PG) == 0);
	/* blocked: without MAYMOVE -ENOMEM, with it a move keeping contents */
	CHECK(mem_mmap(base + 4 * PG, PG, PROT_READ, ANON | MAP_FIXED, -1, 0) == (int64_t)(base + 4 * PG));
	CHECK(mem_mremap(base, 4 * PG, 8 * PG, 0, 0) == -ENOMEM);
	int64_t n = mem_mremap(base, 4 * PG, 8 * PG, MREMAP_MAYMOVE, 0);
	CHECK(n > 0 && (uint64_t)n != base);
	CHECK(mem_ld64(n) == 0x1111 && mem_ld64(n + PG) == 0x2222 && mem_page_prot(n + 7 * PG) == RW);
	CHECK(mem_page_prot(base) == -1);
	/* shrink */
	CHECK(mem_mremap(n, 8 * PG, PG, 0, 0) == n && mem_page_prot(n + PG) == -1 && mem_ld64(n) == 0x1111);
	/* fixed */
	uint64_t to = 0x70000000;
	CHECK(mem_mremap(n, PG, PG, MREMAP_FIXED, to) == -EINVAL);
	CHECK(mem_mremap(n, PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, to) == (int64_t)to);
	CHECK(mem_ld64(to) == 0x1111 && mem_page_prot(n) == -1 && mem_page_prot(to + PG) == RW);
	CHECK(mem_mremap(0x7fff0000, PG, 2 * PG, MREMAP_MAYMOVE, 0) == -EFAULT);
	CHECK(mem_munmap(to, 2 * PG) == 0 && mem_munmap(base + 4 * PG, PG) == 0);
}

static void test_brk(void)
{
	uint64_t start = 0x20000000;
	mem_brk_init(start);
	CHECK(mem_brk(0) == start);
	CHECK(mem_brk(start + 100) == start + 100);
	CHECK(mem_page_prot(start) == RW);
	mem_st8(start + 99, 1);
	CHECK(mem_brk(start + 3 * PG + 1) == start + 3 * PG + 1 && mem_page_prot(start + 3 * PG) == RW);
	CHECK(strstr(maps_text(), "[heap]") != NULL);
	CHECK(mem_brk(start + PG) == start + PG && mem_page_prot(start + PG) == -1 && mem_page_prot(start) == RW);
	CHECK(mem_brk(start - PG) == start + PG); /* below the start: refused */
	/* never over another mapping */
	CHECK(mem_mmap(start + 4 * PG, PG, RW, ANON | MAP_FIXED, -1, 0) == (int64_t)(start + 4 * PG));
	CHECK(mem_brk(start + 8 * PG) == start + PG);
	CHECK(mem_page_prot(start + 2 * PG) == -1);
	CHECK(mem_brk(start) == start && mem_page_prot(start) == -1);
	CHECK(mem_munmap(start + 4 * PG, PG) == 0);
}

static void test_faults(void)
{
	struct mem_fault_info fi;
	uint64_t base = 0x30000000;
	CHECK(mem_mmap(base, 2 * PG, PROT_READ, ANON | MAP_FIXED, -1, 0) == (int64_t)base);
	CHECK(!faults(do_read, base + 5, &fi));
	CHECK(faults(do_write, base + 8, &fi) && fi.addr == base + 8 && fi.access == MEM_WRITE &&
	      fi.si_code == SEGV_ACCERR && fi.signo == SIGSEGV);
	CHECK(faults(do_read, base + 2 * PG + 3, &fi) && fi.addr == base + 2 * PG + 3 && fi.access == MEM_READ &&
	      fi.si_code == SEGV_MAPERR);
	CHECK(faults(do_read, MEM_GUEST_LIMIT + 5, &fi) && fi.addr == MEM_GUEST_LIMIT + 5 && fi.si_code == SEGV_MAPERR);
	CHECK(faults(do_amo, base + 4, &fi) && fi.signo == SIGBUS && fi.si_code == BUS_ADRALN && fi.addr == base + 4);
	/* a second fault after the first one still lands (the signal is not left blocked) */
	CHECK(faults(do_write, base, &fi) && fi.addr == base);
	/* fetch: not executable; then executable with a 32-bit insn straddling into a non-exec page */
	CHECK(faults(do_fetch, base, &fi) && fi.access == MEM_EXEC && fi.addr == base);
	CHECK(mem_mprotect(base, PG, PROT_READ | PROT_WRITE | PROT_EXEC) == 0);
	mem_st16(base, 0x4501);                /* c.li a0,0: 16-bit */
	mem_st32(base + 4, 0x00a00513);        /* addi a0,zero,10: 32-bit */
	mem_st16(base + PG - 2, 0x0513);       /* low half of a 32-bit insn at the page end */
	CHECK(mem_fetch(base) == 0x4501 && mem_fetch(base + 4) == 0x00a00513);
	CHECK(faults(do_fetch, base + PG - 2, &fi) && fi.access == MEM_EXEC && fi.addr == base + PG - 2);
	CHECK(mem_munmap(base, 2 * PG) == 0);
}

static void test_copies(void)
{
	uint64_t base = 0x38000000;
	char buf[32];
	CHECK(mem_mmap(base, 2 * PG, RW, ANON | MAP_FIXED, -1, 0) == (int64_t)base);
	CHECK(mem_mprotect(base + PG, PG, PROT_READ) == 0);
	CHECK(mem_check(base, 2 * PG, PROT_READ) == 0);
	CHECK(mem_check(base, 2 * PG, PROT_WRITE) == -EFAULT);
	CHECK(mem_check(base + PG - 1, 2, PROT_READ) == 0);
	CHECK(mem_check(base + 2 * PG - 1, 2, PROT_READ) == -EFAULT);
	CHECK(mem_check(MEM_GUEST_LIMIT - 1, 2, PROT_READ) == -EFAULT);
	CHECK(mem_copy_to_guest(base + 10, "hello", 6) == 0);
	CHECK(mem_copy_from_guest(buf, base + 10, 6) == 0 && !strcmp(buf, "hello"));
	CHECK(mem_copy_to_guest(base + PG, "x", 1) == -EFAULT);
	CHECK(mem_copy_from_guest(buf, base + 2 * PG - 4, 8) == -EFAULT);
	const char *s = mem_guest_string(base + 10, 64);
	CHECK(s && !strcmp(s, "hello"));
	CHECK(mem_guest_string(base + 10, 5) == NULL);  /* no NUL within max */
	CHECK(mem_guest_string(base + 10, 6) != NULL);
	/* a string crossing into a page, then one running off the mapped range */
	mem_st8(base + PG - 2, 'a');
	mem_st8(base + PG - 1, 'b');
	CHECK((s = mem_guest_string(base + PG - 2, 64)) && !strcmp(s, "ab"));
	CHECK(mem_mprotect(base + PG, PG, RW) == 0);
	memset(mem_host(base + PG), 'z', PG);
	CHECK(mem_guest_string(base + PG, 1 << 20) == NULL);
	CHECK(mem_munmap(base, 2 * PG) == 0);
}

static void test_file_and_maps(void)
{
	char path[] = "/tmp/mem_test_XXXXXX";
	int fd = mkstemp(path);
	char data[2 * PG];
	memset(data, 'A', PG);
	memset(data + PG, 'B', PG);
	CHECK(write(fd, data, sizeof data) == (ssize_t)sizeof data);
	int64_t a = mem_mmap(0, PG, PROT_READ, MAP_PRIVATE, fd, PG);
	CHECK(a > 0 && mem_ld8(a) == 'B');
	CHECK(mem_mmap(0, PG, PROT_READ, MAP_PRIVATE, fd, 1) == -EINVAL);
	const char *text = maps_text();
	char want[128];
	snprintf(want, sizeof want, "%08llx-%08llx r--p %08llx ", (unsigned long long)a,
		 (unsigned long long)(a + PG), (unsigned long long)PG);
	const char *line = strstr(text, want);
	CHECK(line != NULL);
	if (line) {
		const char *nl = strchr(line, '\n'), *name = strstr(line, path);
		CHECK(name && name < nl && name - line == 73); /* the kernel's name column */
	}
	/* a private writable file mapping keeps its writes to itself */
	int64_t w = mem_mmap(0, PG, RW, MAP_PRIVATE, fd, 0);
	mem_st8(w, 'Z');
	char c;
	CHECK(pread(fd, &c, 1, 0) == 1 && c == 'A');
	CHECK(mem_munmap(a, PG) == 0 && mem_munmap(w, PG) == 0);
	/* a page wholly past the end of the file: SIGBUS (BUS_ADRERR), as on Linux */
	struct mem_fault_info fi;
	int64_t past = mem_mmap(0, 3 * PG, PROT_READ, MAP_PRIVATE, fd, 0);
	CHECK(past > 0 && !faults(do_read, past + PG, &fi));
	CHECK(faults(do_read, past + 2 * PG + 1, &fi) && fi.signo == SIGBUS && fi.si_code == BUS_ADRERR &&
	      fi.addr == (uint64_t)past + 2 * PG + 1);
	CHECK(mem_munmap(past, 3 * PG) == 0);
	close(fd);
	unlink(path);
}

int main(void)
{
	mem_init();
	test_mmap_basic();
	test_fixed_and_hints();
	test_gap_finding();
	test_mprotect();
	test_mremap();
	test_brk();
	test_faults();
	test_copies();
	test_file_and_maps();
	return unit_summary("mem_test");
}
