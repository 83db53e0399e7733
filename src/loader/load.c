/* Mapping an ELF object into the guest, and loader_load: program, interpreter, heap, stack.
 *
 * Each PT_LOAD becomes a private file mapping of its file pages plus anonymous zero pages for the
 * rest of p_memsz; the part of the last file page past p_filesz is zeroed before the final
 * protections go on, as binfmt_elf does. ET_EXEC loads where it says; a static-pie program at
 * MEM_PIE_BASE; an interpreter wherever mmap puts a range of its size.
 *
 *   struct loader_image img;
 *   int rc = loader_load(&img, "hello", argv, envp, err, sizeof err);
 */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "internal.h"

#define PAGE_MASK (MEM_PAGE_SIZE - 1)
static const char *sysroot = "";

void loader_set_sysroot(const char *dir) { sysroot = dir ? dir : ""; }

static int seg_prot(uint32_t flags)
{
	return (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0) | (flags & PF_X ? PROT_EXEC : 0);
}

static int map_failed(const struct elf_object *o, unsigned i, int64_t r, char *err, size_t errlen)
{
	return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, o->path, "cannot map segment %u: %s", i, strerror((int)-r));
}

/* Maps one PT_LOAD at its address plus o->bias. */
static int map_segment(struct elf_object *o, unsigned i, char *err, size_t errlen)
{
	const Elf64_Phdr *ph = &o->ph[i];
	int prot = seg_prot(ph->p_flags);
	uint64_t start = (ph->p_vaddr + o->bias) & ~PAGE_MASK;
	uint64_t file_end = ph->p_vaddr + o->bias + ph->p_filesz; /* first byte not from the file */
	uint64_t mem_end = ph->p_vaddr + o->bias + ph->p_memsz;
	uint64_t file_pages_end = (file_end + PAGE_MASK) & ~PAGE_MASK;
	int64_t r;
	if (ph->p_filesz) {
		/* writable until the tail of the last file page is zeroed */
		r = mem_mmap(start, file_pages_end - start, prot | PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, o->fd,
			     ph->p_offset & ~PAGE_MASK);
		if (r < 0) return map_failed(o, i, r, err, errlen);
		if (ph->p_memsz > ph->p_filesz) memset(mem_host(file_end), 0, file_pages_end - file_end);
		if ((r = mem_mprotect(start, file_pages_end - start, prot)) < 0) return map_failed(o, i, r, err, errlen);
	} else {
		file_pages_end = start;
	}
	if (mem_end > file_pages_end) {
		uint64_t bss_end = (mem_end + PAGE_MASK) & ~PAGE_MASK;
		r = mem_mmap(file_pages_end, bss_end - file_pages_end, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		if (r < 0) return map_failed(o, i, r, err, errlen);
	}
	return 0;
}

int elf_map(struct elf_object *o, uint64_t bias, char *err, size_t errlen)
{
	o->bias = bias;
	if (o->lo + bias < LOADER_MIN_ADDR)
		return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, o->path,
				    "segments start at 0x%llx, below the lowest mappable address 0x%llx",
				    (unsigned long long)(o->lo + bias), LOADER_MIN_ADDR);
	if (o->hi + bias > LOADER_STACK_LOW || o->hi + bias < o->lo + bias)
		return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, o->path,
				    "segments end at 0x%llx, past the guest address space below the stack (0x%llx)",
				    (unsigned long long)(o->hi + bias), LOADER_STACK_LOW);
	for (unsigned i = 0; i < o->eh.e_phnum; i++) {
		if (o->ph[i].p_type != PT_LOAD || !o->ph[i].p_memsz) continue;
		int rc = map_segment(o, i, err, errlen);
		if (rc) return rc;
	}
	return 0;
}

/* Where an ET_DYN interpreter goes: a free range of its size, chosen like any mmap. */
static int interp_bias(struct elf_object *o, uint64_t *bias, char *err, size_t errlen)
{
	if (o->eh.e_type == ET_EXEC) {
		*bias = 0;
		return 0;
	}
	int64_t at = mem_mmap(0, o->hi - o->lo, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (at < 0) return map_failed(o, 0, at, err, errlen);
	mem_munmap(at, o->hi - o->lo);
	*bias = (uint64_t)at - o->lo;
	return 0;
}

/* Loads the interpreter named by PT_INTERP from the sysroot; sets img->entry and interp_base. */
static int load_interp(struct loader_image *img, const char *prog, const char *interp, char *err, size_t errlen)
{
	char path[PATH_MAX];
	struct elf_object o;
	uint64_t bias = 0;
	if (snprintf(path, sizeof path, "%s%s", sysroot, interp) >= (int)sizeof path)
		return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, prog, "interpreter path too long (%zu bytes)",
				    strlen(interp));
	int rc = elf_open(&o, path, 0, err, errlen);
	if (!rc && o.interp) rc = loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, path, "the interpreter has an interpreter");
	if (!rc) rc = interp_bias(&o, &bias, err, errlen);
	if (!rc) rc = elf_map(&o, bias, err, errlen);
	if (!rc) {
		img->entry = o.eh.e_entry + bias;
		img->interp_base = o.lo + bias;
	}
	if (rc == LOADER_EXIT_NOT_FOUND) /* the program exists, so the shell's answer is 126 */
		rc = loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, prog,
				  "interpreter %s not found (name the riscv64 sysroot with -L DIR)", path);
	elf_close(&o);
	return rc;
}

int loader_load(struct loader_image *img, const char *path, char *const argv[], char *const envp[], char *err,
		size_t errlen)
{
	struct elf_object o;
	memset(img, 0, sizeof *img);
	int rc = elf_open(&o, path, 1, err, errlen);
	if (rc) goto out;
	/* ET_DYN: static-pie or a PIE with an interpreter, both at the 2/3 point Linux uses */
	uint64_t bias = o.eh.e_type == ET_DYN ? MEM_PIE_BASE - o.lo : 0;
	if ((rc = elf_map(&o, bias, err, errlen))) goto out;
	img->load_bias = bias;
	img->prog_entry = img->entry = o.eh.e_entry + bias;
	img->phdr = o.phdr_vaddr + bias;
	img->phnum = o.eh.e_phnum;
	img->brk_start = o.hi + bias;
	img->exec_stack = o.exec_stack;
	mem_brk_init(img->brk_start);
	if (o.interp && (rc = load_interp(img, path, o.interp, err, errlen))) goto out;
	rc = loader_build_stack(img, path, argv, envp, err, errlen);
out:
	elf_close(&o);
	return rc;
}
