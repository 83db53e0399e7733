/* Telling the outside world about each translation as it is made.
 *
 * --dump-blocks, on stderr: the guest block disassembled, then the host code (from its indirect
 * entry, the cmp and jne a hashed jump lands on, to its last stub) as hex bytes, 16 a line,
 * which `xxd -r -p | objdump -D -b binary -mi386:x86-64` turns back into x86 assembly:
 *
 *   dbt: block 0x10120 (3 guest instructions, 87 host bytes at 0x7f...)
 *     0x10120  addi a0,a0,1
 *     ...
 *   host: 837b7800 0f85...
 *   dbt: end
 *
 * --perf-map, in /tmp/perf-PID.map (perf's file for code made at run time; perf report reads it
 * for samples that fall in no mapped file): one line per translation, host start and size in hex
 * without 0x, then the symbol perf shows:
 *
 *   7f3a2c000000 1f0 dbt:routines       (the cache's fixed entry, exit and look-up code)
 *   7f3a2c001040 57 guest:0x10120
 *
 *   perf record -e cpu-clock isomorph --perf-map prog; perf report
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/* A translation's host code, from its indirect entry (a few bytes that run into the entry proper:
 * cmp and jne, dbt_ib_entry) to its last stub. */
static const uint8_t *host_start(const struct dbt_record *rec) { return rec->ib_entry; }
static uint32_t host_size(const struct dbt_record *rec) { return (uint32_t)(rec->code - rec->ib_entry) + rec->size; }

static void dump_blocks(const struct dbt_record *rec)
{
	const struct isa_block *b = rec->block;
	const uint8_t *code = host_start(rec);
	uint32_t size = host_size(rec);
	fprintf(stderr, "dbt: block 0x%llx (%u guest instructions, %u host bytes at %p)\n", (unsigned long long)b->pc,
		b->n_guest, size, (const void *)code);
	for (uint32_t i = 0; i < b->n_guest; i++) {
		char text[64];
		isa_disasm(&b->insns[i], text, sizeof text);
		fprintf(stderr, "  0x%llx  %s\n", (unsigned long long)b->insns[i].pc, text);
	}
	for (uint32_t i = 0; i < size; i++)
		fprintf(stderr, "%s%02x%s", i % 16 == 0 ? "host: " : "", code[i], i % 16 == 15 || i + 1 == size ? "\n" : "");
	fprintf(stderr, "dbt: end\n");
}

/* write() all of buf to fd, through EINTR. 0 on success, -1 with errno. */
static int write_all(int fd, const char *buf, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, buf, n);
		if (k < 0 && errno == EINTR) continue;
		if (k <= 0) return -1;
		buf += k;
		n -= (size_t)k;
	}
	return 0;
}

/* rec's map line into buf; its length. From the indirect entry: a hashed jump lands there, and the
 * cost of its misprediction shows on the entry's instructions. */
static int map_line(char *buf, size_t n, const struct dbt_record *rec)
{
	return snprintf(buf, n, "%llx %x guest:0x%llx\n", (unsigned long long)(uintptr_t)host_start(rec), host_size(rec),
			(unsigned long long)rec->block->pc);
}

/* Writes this process's whole map anew: the fixed routines at the start of the cache (entry,
 * exits, the hashed jump cache look-up), then every translation alive. Done at a process's first
 * translation: a file left by an earlier image of this pid (before an execve) names code that is
 * gone, and a forked child inherits its parent's cache, exactly the records it holds (not what
 * the parent has translated since). Done again at the first translation after a cache flush, so
 * that no two lines overlap: perf resolves names when it reports, so the map should describe the
 * cache as it ends. Written aside and renamed over the old file, so that a process killed halfway
 * (a forked child's SIGKILL) never leaves a map cut short. 0 on success, -1 with errno. */
static int perf_map_rewrite(const char *path)
{
	char aside[80];
	snprintf(aside, sizeof aside, "%s.new", path);
	FILE *f = fopen(aside, "we");
	if (!f) return -1;
	fprintf(f, "%llx %llx dbt:routines\n", (unsigned long long)(uintptr_t)dbt.base,
		(unsigned long long)(dbt.start - dbt.base));
	char line[96];
	for (uint32_t i = 0; i < dbt.n_rec; i++) {
		map_line(line, sizeof line, dbt.rec[i]);
		fputs(line, f);
	}
	int failed = ferror(f);
	if (fclose(f) != 0 || failed || rename(aside, path) != 0) {
		unlink(aside);
		return -1;
	}
	return 0;
}

/* Adds rec's line to this process's map (writing the map whole at the process's first
 * translation and after a flush). The file is opened for each line rather than kept open: the guest shares the
 * host's descriptor table and may close or reuse any descriptor, and a process that dies by a
 * signal must not lose buffered lines. On failure: one warning, and no map from then on. */
static void perf_map_add(const struct dbt_record *rec)
{
	static pid_t owner;          /* the process whose map is written (0: none yet; the parent's after a fork) */
	static uint64_t generation;  /* dbt.generation (flushes) when it was written */
	static int broken;           /* warned once: no more tries */
	if (broken) return;
	pid_t pid = getpid();
	char path[64], line[96];
	snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)pid);
	int failed;
	if (owner != pid || generation != dbt.generation) {
		failed = perf_map_rewrite(path) < 0;
		owner = pid;
		generation = dbt.generation;
	} else {
		int len = map_line(line, sizeof line, rec);
		int fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
		failed = fd < 0 || write_all(fd, line, (size_t)len) < 0;
		if (fd >= 0 && close(fd) < 0) failed = 1;
	}
	if (failed) {
		fprintf(stderr, "isomorph: --perf-map: %s: %s (no more perf map lines)\n", path, strerror(errno));
		broken = 1;
	}
}

void dbt_dump(const struct dbt_record *rec)
{
	if (dbt.opt.dump) dump_blocks(rec);
	if (dbt.opt.perf_map) perf_map_add(rec);
}
