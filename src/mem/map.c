/* Guest mappings: mmap, munmap, mprotect, mremap and brk with Linux semantics.
 *
 * Each guest mapping is mirrored by a host mapping at the same offset in the reserved region; the
 * sorted mapping list (for gap finding and /proc/self/maps) and the page table (for O(1)
 * protection checks) are kept in step here, under mem_lock, so guest threads may map and unmap at
 * once. Readers of the page table (mem_check, the engines' fetch) take no lock: an entry is one
 * byte, and a page unmapped by one thread while another uses it behaves as on Linux (a fault, or
 * -EFAULT in a system call). mem_fork_prepare/mem_fork_done hold the lock across a host fork.
 *
 *   int64_t a = mem_mmap(0, 3 * MEM_PAGE_SIZE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
 *   mem_mprotect(a, MEM_PAGE_SIZE, PROT_READ | PROT_WRITE);   // splits the mapping in two
 *   mem_munmap(a, 3 * MEM_PAGE_SIZE);
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal.h"

#define STACK_GAP (128ull << 20)                   /* Linux's minimum gap between stack and mmap_base */
#define MMAP_BASE (MEM_STACK_TOP - STACK_GAP)      /* kernel-chosen addresses grow down from here */
#define MAP_TYPE_MASK 0x0f                         /* MAP_SHARED, MAP_PRIVATE, MAP_SHARED_VALIDATE */
#define PROT_GROW_BITS (PROT_GROWSDOWN | PROT_GROWSUP)

struct mem_mapping *mem_maps;
size_t mem_nmaps;
static size_t cap_maps;
static uint64_t brk_start, brk_cur;
static const char *heap_name = "[heap]";

/* Interned names: mappings share them, so splitting and merging never copy or free strings. */
struct name { struct name *next; char s[]; };
static struct name *names;

static const char *intern(const char *s)
{
	if (!s) return NULL;
	for (struct name *n = names; n; n = n->next)
		if (!strcmp(n->s, s)) return n->s;
	size_t len = strlen(s) + 1;
	struct name *n = malloc(sizeof *n + len);
	if (!n) mem_panic("intern: out of memory");
	memcpy(n->s, s, len);
	n->next = names;
	names = n;
	return n->s;
}

/* Index of the first mapping ending above a (mem_nmaps if none). */
static size_t find(uint64_t a)
{
	size_t lo = 0, hi = mem_nmaps;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (mem_maps[mid].end > a) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

static void insert_at(size_t i, const struct mem_mapping *m)
{
	if (mem_nmaps == cap_maps) {
		cap_maps = cap_maps ? cap_maps * 2 : 64;
		mem_maps = realloc(mem_maps, cap_maps * sizeof *mem_maps);
		if (!mem_maps) mem_panic("insert_at: out of memory");
	}
	memmove(&mem_maps[i + 1], &mem_maps[i], (mem_nmaps - i) * sizeof *mem_maps);
	mem_maps[i] = *m;
	mem_nmaps++;
}

static void remove_at(size_t i, size_t count)
{
	if (!count) return;
	memmove(&mem_maps[i], &mem_maps[i + count], (mem_nmaps - i - count) * sizeof *mem_maps);
	mem_nmaps -= count;
}

/* Splits the mapping containing a (if a falls strictly inside one) so that a is a boundary. */
static void split_at(uint64_t a)
{
	size_t i = find(a);
	if (i == mem_nmaps || mem_maps[i].start >= a) return;
	struct mem_mapping hi = mem_maps[i];
	hi.off += a - hi.start;
	hi.start = a;
	mem_maps[i].end = a;
	insert_at(i + 1, &hi);
}

static int same_kind(const struct mem_mapping *a, const struct mem_mapping *b)
{
	return a->end == b->start && a->prot == b->prot && a->flags == b->flags && a->name == b->name &&
	       a->dev == b->dev && a->ino == b->ino && (!a->ino || a->off + (a->end - a->start) == b->off);
}

/* Merges neighbours in [lo, hi] that Linux would show as one mapping. */
static void merge_range(size_t lo, size_t hi)
{
	if (lo > 0) lo--;
	if (hi + 1 > mem_nmaps) hi = mem_nmaps ? mem_nmaps - 1 : 0;
	for (size_t i = lo; i < hi && i + 1 < mem_nmaps;) {
		if (same_kind(&mem_maps[i], &mem_maps[i + 1])) {
			mem_maps[i].end = mem_maps[i + 1].end;
			remove_at(i + 1, 1);
			hi--;
		} else {
			i++;
		}
	}
}

/* Forgets the guest mappings in [a, b) (page table too); the host side is the caller's. */
static void forget_range(uint64_t a, uint64_t b)
{
	split_at(a);
	split_at(b);
	mem_code_forget_locked(a, b);
	size_t i = find(a), j = i;
	for (; j < mem_nmaps && mem_maps[j].start < b; j++) mem_pt_set(mem_maps[j].start, mem_maps[j].end, 0);
	remove_at(i, j - i);
}

static void add_mapping(const struct mem_mapping *m)
{
	size_t i = find(m->start);
	insert_at(i, m);
	mem_pt_set(m->start, m->end, PAGE_MAPPED | m->prot);
	merge_range(i, i + 1);
}

static int range_free(uint64_t a, uint64_t b)
{
	size_t i = find(a);
	return i == mem_nmaps || mem_maps[i].start >= b;
}

static int range_mapped(uint64_t a, uint64_t b)
{
	for (size_t i = find(a); a < b; i++) {
		if (i == mem_nmaps || mem_maps[i].start > a) return 0;
		a = mem_maps[i].end;
	}
	return 1;
}

/* Highest free range of len bytes below MMAP_BASE, or 0 when none. */
static uint64_t find_gap(uint64_t len)
{
	uint64_t ceiling = MMAP_BASE;
	for (size_t k = mem_nmaps; k-- > 0;) {
		if (mem_maps[k].start >= ceiling) continue;
		if (mem_maps[k].end < ceiling && ceiling - mem_maps[k].end >= len) return ceiling - len;
		ceiling = mem_maps[k].start;
	}
	return ceiling >= MMAP_MIN_ADDR + len ? ceiling - len : 0;
}

/* Where a non-fixed mapping of len bytes goes: the hint if free, else the highest gap. */
static uint64_t choose(uint64_t hint, uint64_t len)
{
	hint = page_up(hint);
	if (hint >= MMAP_MIN_ADDR && hint < MEM_GUEST_LIMIT && len <= MEM_GUEST_LIMIT - hint &&
	    range_free(hint, hint + len))
		return hint;
	return find_gap(len);
}

/* Fills dev, inode and name of a file mapping from its host descriptor. */
static void describe_file(struct mem_mapping *m, int fd)
{
	struct stat st;
	char link[64], path[PATH_MAX];
	if (fstat(fd, &st) == 0) {
		m->dev = st.st_dev;
		m->ino = st.st_ino;
	}
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, path, sizeof path - 1);
	if (n > 0) {
		path[n] = 0;
		m->name = intern(path);
	}
}

int64_t mem_mmap(uint64_t addr, uint64_t len, int prot, int flags, int hostfd, uint64_t off)
{
	int type = flags & MAP_TYPE_MASK, anon = flags & MAP_ANONYMOUS;
	int fixed = flags & (MAP_FIXED | MAP_FIXED_NOREPLACE);
	if (!len || (off & (MEM_PAGE_SIZE - 1))) return -EINVAL;
	if (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE) return -EINVAL;
	if (len > MEM_GUEST_LIMIT) return -ENOMEM;
	len = page_up(len);
	if (!anon && hostfd < 0) return -EBADF;
	if (fixed) {
		if (addr & (MEM_PAGE_SIZE - 1)) return -EINVAL;
		if (addr >= MEM_GUEST_LIMIT || len > MEM_GUEST_LIMIT - addr) return -ENOMEM;
		if (addr < MMAP_MIN_ADDR) return -EPERM; /* as Linux refuses below vm.mmap_min_addr */
	}
	prot &= MEM_PROT_MASK;

	pthread_mutex_lock(&mem_lock);
	int64_t result;
	if ((flags & MAP_FIXED_NOREPLACE) && !range_free(addr, addr + len)) {
		result = -EEXIST;
		goto out;
	}
	uint64_t a = fixed ? addr : choose(addr, len);
	if (!a && !fixed) {
		result = -ENOMEM;
		goto out;
	}
	int hflags = MAP_FIXED | (type == MAP_PRIVATE ? MAP_PRIVATE : MAP_SHARED) |
		     (flags & (MAP_NORESERVE | MAP_POPULATE)) | (anon ? MAP_ANONYMOUS : 0);
	if (mmap(mem_base + a, len, mem_host_prot(prot), hflags, anon ? -1 : hostfd, anon ? 0 : off) == MAP_FAILED) {
		/* The host rejects a bad descriptor or access mode before touching the range. */
		result = -errno;
		goto out;
	}
	forget_range(a, a + len);
	struct mem_mapping m = { .start = a, .end = a + len, .off = anon ? 0 : off, .prot = prot,
				 .flags = (type == MAP_PRIVATE ? MAP_PRIVATE : MAP_SHARED) | (anon ? MAP_ANONYMOUS : 0) };
	if (!anon) describe_file(&m, hostfd);
	add_mapping(&m);
	result = a;
out:
	pthread_mutex_unlock(&mem_lock);
	return result;
}

int mem_munmap(uint64_t addr, uint64_t len)
{
	if ((addr & (MEM_PAGE_SIZE - 1)) || !len) return -EINVAL;
	if (addr >= MEM_GUEST_LIMIT || len > MEM_GUEST_LIMIT - addr) return -EINVAL;
	uint64_t end = page_up(addr + len);
	pthread_mutex_lock(&mem_lock);
	mem_host_reserve(addr, end);
	forget_range(addr, end);
	pthread_mutex_unlock(&mem_lock);
	return 0;
}

int mem_mprotect(uint64_t addr, uint64_t len, int prot)
{
	if (addr & (MEM_PAGE_SIZE - 1)) return -EINVAL;
	prot &= ~PROT_GROW_BITS;
	if (prot & ~MEM_PROT_MASK) return -EINVAL;
	if (!len) return 0;
	if (addr >= MEM_GUEST_LIMIT || len > MEM_GUEST_LIMIT - addr) return -ENOMEM;
	uint64_t end = page_up(addr + len);
	int result = 0;
	pthread_mutex_lock(&mem_lock);
	if (!range_mapped(addr, end)) {
		result = -ENOMEM;
	} else if (mprotect(mem_base + addr, end - addr, mem_host_prot(prot))) {
		result = -errno;
	} else {
		split_at(addr);
		split_at(end);
		/* Code pages stay code pages (read-only on the host) only when they stay executable and
		 * read-only: writable again, or not executable, their blocks go. */
		int keep_code = mem_code_protection && (prot & PROT_EXEC) && !(prot & PROT_WRITE);
		if (!keep_code) mem_code_forget_locked(addr, end);
		size_t i = find(addr), j = i;
		for (; j < mem_nmaps && mem_maps[j].start < end; j++) mem_maps[j].prot = prot;
		if (keep_code) {
			for (uint64_t p = addr; p < end; p += MEM_PAGE_SIZE) {
				uint8_t *e = &mem_page_table[p >> MEM_PAGE_SHIFT];
				__atomic_store_n(e, (uint8_t)(PAGE_MAPPED | prot | (*e & PAGE_CODE)), __ATOMIC_RELEASE);
			}
		} else {
			mem_pt_set(addr, end, PAGE_MAPPED | prot);
		}
		merge_range(i, j);
	}
	pthread_mutex_unlock(&mem_lock);
	return result;
}

/* Moves the guest mappings of [from, from+len) to start at to, after the host moved the pages. */
static void relabel(uint64_t from, uint64_t len, uint64_t to)
{
	split_at(from);
	split_at(from + len);
	size_t i = find(from), j = i;
	for (; j < mem_nmaps && mem_maps[j].start < from + len; j++);
	size_t count = j - i;
	if (!count) return;
	struct mem_mapping *moved = malloc(count * sizeof *moved);
	if (!moved) mem_panic("relabel: out of memory");
	memcpy(moved, &mem_maps[i], count * sizeof *moved);
	forget_range(from, from + len);
	for (size_t k = 0; k < count; k++) {
		moved[k].start = moved[k].start - from + to;
		moved[k].end = moved[k].end - from + to;
		add_mapping(&moved[k]);
		/* code pages moved read-only: the new place is no code page (yet), so mirror the guest */
		if ((moved[k].prot & PROT_EXEC) && (moved[k].prot & PROT_WRITE))
			mprotect(mem_base + moved[k].start, moved[k].end - moved[k].start, mem_host_prot(moved[k].prot));
	}
	free(moved);
}

/* Grows the mapping ending at old_end by extra bytes, in place: the caller checked the room. */
static int grow_in_place(uint64_t old_addr, uint64_t old_len, uint64_t new_len)
{
	/* Host mremap extends a mapping only into a hole, so punch one in our reservation first. */
	munmap(mem_base + old_addr + old_len, new_len - old_len);
	if (mremap(mem_base + old_addr, old_len, new_len, 0) == MAP_FAILED) {
		int e = errno;
		mem_host_reserve(old_addr + old_len, old_addr + new_len);
		return -e;
	}
	size_t i = find(old_addr + old_len - 1);
	struct mem_mapping m = mem_maps[i];
	m.off += old_addr + old_len - m.start;
	m.start = old_addr + old_len;
	m.end = old_addr + new_len;
	add_mapping(&m);
	return 0;
}

int64_t mem_mremap(uint64_t old_addr, uint64_t old_len, uint64_t new_len, int flags, uint64_t new_addr)
{
	if (old_addr & (MEM_PAGE_SIZE - 1)) return -EINVAL;
	if (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED)) return -EINVAL;
	if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE)) return -EINVAL;
	if (!new_len || !old_len) return -EINVAL;
	if (old_len > MEM_GUEST_LIMIT || new_len > MEM_GUEST_LIMIT) return -ENOMEM;
	old_len = page_up(old_len);
	new_len = page_up(new_len);
	if (old_addr >= MEM_GUEST_LIMIT || old_len > MEM_GUEST_LIMIT - old_addr) return -EFAULT;
	if (flags & MREMAP_FIXED) {
		if (new_addr & (MEM_PAGE_SIZE - 1)) return -EINVAL;
		if (new_addr >= MEM_GUEST_LIMIT || new_len > MEM_GUEST_LIMIT - new_addr) return -EINVAL;
		if (new_addr < old_addr + old_len && old_addr < new_addr + new_len) return -EINVAL;
	}

	int64_t result;
	pthread_mutex_lock(&mem_lock);
	size_t i = find(old_addr);
	if (i == mem_nmaps || mem_maps[i].start > old_addr || mem_maps[i].end < old_addr + old_len) {
		result = -EFAULT; /* not mapped, or spanning mappings */
		goto out;
	}
	if (!(flags & MREMAP_FIXED) && new_len <= old_len) {
		mem_host_reserve(old_addr + new_len, old_addr + old_len);
		forget_range(old_addr + new_len, old_addr + old_len);
		result = old_addr;
		goto out;
	}
	if (!(flags & MREMAP_FIXED) && old_addr + new_len <= MEM_GUEST_LIMIT &&
	    range_free(old_addr + old_len, old_addr + new_len)) {
		result = grow_in_place(old_addr, old_len, new_len);
		if (!result) result = old_addr;
		goto out;
	}
	if (!(flags & MREMAP_MAYMOVE)) {
		result = -ENOMEM;
		goto out;
	}
	uint64_t to = new_addr;
	if (!(flags & MREMAP_FIXED) && !(to = find_gap(new_len))) {
		result = -ENOMEM;
		goto out;
	}
	if (new_len < old_len) { /* a fixed move that also shrinks: drop the tail first */
		mem_host_reserve(old_addr + new_len, old_addr + old_len);
		forget_range(old_addr + new_len, old_addr + old_len);
		old_len = new_len;
	}
	if (mremap(mem_base + old_addr, old_len, new_len, MREMAP_MAYMOVE | MREMAP_FIXED, mem_base + to) == MAP_FAILED) {
		result = -errno;
		goto out;
	}
	mem_host_reserve(old_addr, old_addr + old_len); /* the host left a hole there */
	forget_range(to, to + new_len);
	struct mem_mapping tail = mem_maps[find(old_addr)];
	relabel(old_addr, old_len, to);
	if (new_len > old_len) { /* the grown part continues the moved mapping */
		tail.off += old_addr + old_len - tail.start;
		tail.start = to + old_len;
		tail.end = to + new_len;
		add_mapping(&tail);
	}
	result = to;
out:
	pthread_mutex_unlock(&mem_lock);
	return result;
}

void mem_fork_prepare(void) { pthread_mutex_lock(&mem_lock); }
void mem_fork_done(void) { pthread_mutex_unlock(&mem_lock); }

void mem_brk_init(uint64_t start)
{
	pthread_mutex_lock(&mem_lock);
	brk_start = brk_cur = page_up(start);
	pthread_mutex_unlock(&mem_lock);
}

uint64_t mem_brk(uint64_t new_brk)
{
	pthread_mutex_lock(&mem_lock);
	uint64_t old_top = page_up(brk_cur), new_top = page_up(new_brk);
	if (new_brk < brk_start || new_brk > MEM_GUEST_LIMIT) goto out;
	if (new_top < old_top) {
		mem_host_reserve(new_top, old_top);
		forget_range(new_top, old_top);
	} else if (new_top > old_top) {
		if (!range_free(old_top, new_top)) goto out;
		if (mmap(mem_base + old_top, new_top - old_top, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
			goto out;
		struct mem_mapping m = { .start = old_top, .end = new_top, .prot = PROT_READ | PROT_WRITE,
					 .flags = MAP_PRIVATE | MAP_ANONYMOUS, .name = heap_name };
		add_mapping(&m);
	}
	brk_cur = new_brk;
out:;
	uint64_t result = brk_cur;
	pthread_mutex_unlock(&mem_lock);
	return result;
}

void mem_set_mapping_name(uint64_t addr, uint64_t len, const char *name)
{
	if (addr >= MEM_GUEST_LIMIT || len > MEM_GUEST_LIMIT - addr) return;
	uint64_t a = page_down(addr), end = page_up(addr + len);
	pthread_mutex_lock(&mem_lock);
	split_at(a);
	split_at(end);
	const char *n = intern(name);
	size_t i = find(a), j = i;
	for (; j < mem_nmaps && mem_maps[j].start < end; j++) mem_maps[j].name = n;
	merge_range(i, j);
	pthread_mutex_unlock(&mem_lock);
}
