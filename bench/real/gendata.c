/* Writes SIZE bytes of deterministic, text-like input for the compressor workloads (zstd, bzip2):
 * lines of words drawn from a small vocabulary with a skewed distribution, numbers and
 * punctuation, so compressors find both repeats and entropy. Same bytes on every machine.
 *
 * usage: gendata SIZE > FILE
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state = 0x9e3779b97f4a7c15u;

/* xorshift64*: a fixed sequence, independent of libc's rand */
static uint32_t next(void)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (uint32_t)((state * 0x2545f4914f6cdd1du) >> 32);
}

int main(int argc, char **argv)
{
	static const char *const words[] = {
		"the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with",
		"be", "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which",
		"but", "have", "an", "had", "they", "you", "were", "their", "one", "all", "we",
		"register", "instruction", "memory", "block", "engine", "guest", "host", "signal",
		"translation", "interpreter", "compression", "benchmark", "virtual", "machine",
	};
	const unsigned nwords = sizeof words / sizeof words[0];
	if (argc != 2 || atol(argv[1]) <= 0) {
		fprintf(stderr, "usage: gendata SIZE\n");
		return 2;
	}
	long size = atol(argv[1]), written = 0;
	int column = 0;
	while (written < size) {
		char piece[64];
		uint32_t r = next();
		int n;
		if (r % 11 == 0)
			n = snprintf(piece, sizeof piece, "%u", next() % 100000);
		else /* the square of a uniform index favours the first words, as in real text */
			n = snprintf(piece, sizeof piece, "%s", words[(uint64_t)(r % nwords) * (r % nwords) / nwords]);
		if (column + n > 72) {
			putchar('\n');
			written++;
			column = 0;
		} else if (column > 0) {
			putchar(r % 13 == 0 ? ',' : ' ');
			written++;
			column++;
		}
		for (int i = 0; i < n && written < size; i++, written++)
			putchar(piece[i]);
		column += n;
	}
	return 0;
}
