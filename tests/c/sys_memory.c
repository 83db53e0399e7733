/* Memory system calls: anonymous and file mmap (private and shared), munmap, mprotect, mremap,
 * madvise(MADV_DONTNEED) zeroing, brk through sbrk and malloc of small and big blocks.
 * Prints only contents and checks, never addresses. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

#define PAGE 4096

static unsigned sum(const unsigned char *p, size_t n)
{
	unsigned s = 0;
	for (size_t i = 0; i < n; i++) s = s * 31 + p[i];
	return s;
}

static void anonymous(void)
{
	unsigned char *p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(p != MAP_FAILED);
	CHECK((uintptr_t)p % PAGE == 0);
	CHECK(p[0] == 0 && p[4 * PAGE - 1] == 0);
	for (int i = 0; i < 4 * PAGE; i++) p[i] = (unsigned char)(i * 7);
	printf("anon sum %u\n", sum(p, 4 * PAGE));

	CHECK(mprotect(p + PAGE, PAGE, PROT_READ) == 0);
	CHECK(p[PAGE + 1] == 7);
	CHECK(mprotect(p + PAGE, PAGE, PROT_READ | PROT_WRITE) == 0);
	p[PAGE + 1] = 1;

	CHECK(madvise(p + 2 * PAGE, PAGE, MADV_DONTNEED) == 0);
	printf("after DONTNEED: %d %d %d\n", p[2 * PAGE], p[3 * PAGE - 1], p[3 * PAGE] == (unsigned char)(3 * PAGE * 7));
	CHECK(madvise(p, PAGE, MADV_WILLNEED) == 0);

	unsigned char *q = mremap(p, 4 * PAGE, 64 * PAGE, MREMAP_MAYMOVE);
	CHECK(q != MAP_FAILED);
	if (q != MAP_FAILED) {
		printf("mremap kept %d, new zero %d\n", q[3 * PAGE] == (unsigned char)(3 * PAGE * 7), q[63 * PAGE] == 0);
		q[63 * PAGE] = 5;
		q = mremap(q, 64 * PAGE, 2 * PAGE, 0); /* shrink in place */
		CHECK(q != MAP_FAILED && q[PAGE + 1] == 1);
		CHECK(munmap(q, 2 * PAGE) == 0);
	}

	/* a hole in the middle of a mapping */
	p = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(p != MAP_FAILED);
	CHECK(munmap(p + PAGE, PAGE) == 0);
	p[0] = 1;
	p[2 * PAGE] = 2;
	CHECK(munmap(p, 3 * PAGE) == 0);

	CHECK(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, -1, 0) == MAP_FAILED && errno == EBADF);
	CHECK(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && errno == EINVAL);
	CHECK(munmap((void *)(uintptr_t)(PAGE + 1), PAGE) == -1 && errno == EINVAL);
	/* nothing mapped below vm.mmap_min_addr: unmapping there succeeds */
	CHECK(munmap(NULL, 16 * PAGE) == 0);
	CHECK(munmap((void *)(uintptr_t)PAGE, 8 * PAGE) == 0);
}

static void file_backed(void)
{
	int fd = open("m.bin", O_CREAT | O_TRUNC | O_RDWR, 0600);
	CHECK(fd >= 0);
	char block[2 * PAGE];
	for (int i = 0; i < 2 * PAGE; i++) block[i] = 'a' + i % 26;
	CHECK(write(fd, block, sizeof block) == (ssize_t)sizeof block);

	char *r = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, PAGE);
	CHECK(r != MAP_FAILED);
	if (r != MAP_FAILED) {
		printf("file map at offset: %.10s\n", r);
		CHECK(memcmp(r, block + PAGE, PAGE) == 0);
		munmap(r, PAGE);
	}
	CHECK(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 100) == MAP_FAILED && errno == EINVAL);

	char *w = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(w != MAP_FAILED);
	if (w != MAP_FAILED) {
		memcpy(w + 10, "SHARED", 6);
		CHECK(msync(w, 2 * PAGE, MS_SYNC) == 0);
		char back[7] = { 0 };
		CHECK(pread(fd, back, 6, 10) == 6);
		printf("shared write seen by read: %s\n", back);
		munmap(w, 2 * PAGE);
	}

	/* private copy-on-write: the file stays as it was */
	char *c = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	CHECK(c != MAP_FAILED);
	if (c != MAP_FAILED) {
		c[0] = '#';
		char first;
		CHECK(pread(fd, &first, 1, 0) == 1);
		printf("private write kept private: %c %c\n", c[0], first);
		munmap(c, PAGE);
	}
	close(fd);
	unlink("m.bin");
}

static void heap(void)
{
	char *b0 = sbrk(0);
	CHECK(b0 != (char *)-1);
	CHECK(sbrk(3 * PAGE) == b0);
	memset(b0, 0x5a, 3 * PAGE);
	CHECK(sbrk(0) == b0 + 3 * PAGE);
	CHECK(sbrk(-3 * PAGE) == b0 + 3 * PAGE);
	CHECK(sbrk(0) == b0);

	unsigned long total = 0;
	for (int i = 1; i <= 2000; i++) {
		char *s = malloc(i % 97 + 1);
		CHECK(s != NULL);
		memset(s, i, i % 97 + 1);
		total += (unsigned char)s[i % 97];
		if (i % 3) free(s);
	}
	size_t big = 64u << 20; /* mmap threshold and beyond */
	unsigned char *m = malloc(big);
	CHECK(m != NULL);
	if (m) {
		for (size_t i = 0; i < big; i += PAGE) m[i] = (unsigned char)(i >> 12);
		unsigned long s = 0;
		for (size_t i = 0; i < big; i += PAGE) s += m[i];
		printf("big block sum %lu\n", s);
		m = realloc(m, 2 * big);
		CHECK(m && m[big - PAGE] == (unsigned char)((big - PAGE) >> 12));
		free(m);
	}
	char *medium = calloc(1, 200000);
	CHECK(medium && medium[199999] == 0);
	free(medium);
	printf("small blocks %lu\n", total);
}

int main(void)
{
	anonymous();
	file_backed();
	heap();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
