/* Sorting and string work: qsort with a comparator (indirect calls), strcmp, snprintf, hashing
 * strings into a table with malloc'd nodes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { char *key; int count; struct node *next; };

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static unsigned hash(const char *s)
{
	unsigned h = 2166136261u;
	while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 200000;
	int rounds = argc > 2 ? atoi(argv[2]) : 2;
	char **words = malloc(n * sizeof *words);
	unsigned seed = 42;
	for (int i = 0; i < n; i++) {
		char buf[32];
		seed = seed * 1664525u + 1013904223u;
		snprintf(buf, sizeof buf, "w%u-%x", seed % 50000, seed >> 20);
		words[i] = strdup(buf);
	}
	unsigned long check = 0;
	for (int r = 0; r < rounds; r++) {
		qsort(words, n, sizeof *words, cmp);
		enum { TABLE = 1 << 16 };
		struct node **table = calloc(TABLE, sizeof *table);
		int distinct = 0;
		for (int i = 0; i < n; i++) {
			unsigned h = hash(words[i]) & (TABLE - 1);
			struct node *p = table[h];
			while (p && strcmp(p->key, words[i])) p = p->next;
			if (!p) {
				p = malloc(sizeof *p);
				p->key = words[i]; p->count = 0; p->next = table[h]; table[h] = p;
				distinct++;
			}
			p->count++;
		}
		for (int i = 0; i < TABLE; i++)
			for (struct node *p = table[i], *q; p; p = q) { q = p->next; check += p->count * (i + 1); free(p); }
		free(table);
		check += distinct;
		/* reverse so the next sort has work to do */
		for (int i = 0; i < n / 2; i++) { char *t = words[i]; words[i] = words[n - 1 - i]; words[n - 1 - i] = t; }
	}
	printf("first %s last %s check %lu\n", words[0], words[n - 1], check);
	for (int i = 0; i < n; i++) free(words[i]);
	free(words);
	return 0;
}
