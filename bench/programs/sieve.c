/* Sieve of Eratosthenes, repeated: integer arithmetic, byte stores, tight loops. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int limit = argc > 1 ? atoi(argv[1]) : 2000000;
	int rounds = argc > 2 ? atoi(argv[2]) : 30;
	char *composite = malloc(limit + 1);
	long total = 0;
	for (int r = 0; r < rounds; r++) {
		memset(composite, 0, limit + 1);
		long count = 0;
		for (long i = 2; i <= limit; i++) {
			if (composite[i]) continue;
			count++;
			for (long j = i * i; j <= limit; j += i) composite[j] = 1;
		}
		total += count;
	}
	printf("primes up to %d: %ld (x%d = %ld)\n", limit, total / rounds, rounds, total);
	free(composite);
	return 0;
}
