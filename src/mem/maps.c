/* The guest's /proc/self/maps, in the kernel's format, from the mapping list.
 *
 *   mem_write_maps(fd);   // e.g. into a memfd the guest's open("/proc/self/maps") returns
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "internal.h"

#define MAPS_NAME_COLUMN 73   /* the kernel pads to 25 + 6 * sizeof(void *) - 1 before the name */

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w <= 0) return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

void mem_write_maps(int fd)
{
	char line[MAPS_NAME_COLUMN + 4096 + 2];
	pthread_mutex_lock(&mem_lock);
	for (size_t i = 0; i < mem_nmaps; i++) {
		const struct mem_mapping *m = &mem_maps[i];
		int n = snprintf(line, sizeof line, "%08llx-%08llx %c%c%c%c %08llx %02x:%02x %llu ",
				 (unsigned long long)m->start, (unsigned long long)m->end,
				 m->prot & PROT_READ ? 'r' : '-', m->prot & PROT_WRITE ? 'w' : '-',
				 m->prot & PROT_EXEC ? 'x' : '-', m->flags & MAP_SHARED ? 's' : 'p',
				 (unsigned long long)m->off, major(m->dev), minor(m->dev), (unsigned long long)m->ino);
		if (m->name)
			n += snprintf(line + n, sizeof line - n, "%*s%s", n < MAPS_NAME_COLUMN ? MAPS_NAME_COLUMN - n : 0,
				      "", m->name);
		if (n > (int)sizeof line - 2) n = sizeof line - 2;
		line[n++] = '\n';
		if (write_all(fd, line, n)) break;
	}
	pthread_mutex_unlock(&mem_lock);
}
