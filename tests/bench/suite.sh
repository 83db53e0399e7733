#!/usr/bin/env bash
# The benchmark workloads at small sizes, as correctness tests: each engine's output must equal
# the native build's. (Timing lives in bench/run, never in tests.)
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$BUILD/isomorph}
ENGINES=${ENGINES:-switch threaded dbt auto}
out=$BUILD/guest/bench
mkdir -p "$out"
declare -A args=([sieve]="100000 2" [nbody]="2000" [sha256]="20000 3" [sortstr]="5000 2")
for src in bench/programs/*.c; do
	p=$(basename "$src" .c)
	a=${args[$p]:-}
	[ "$out/$p.rv" -nt "$src" ] || riscv64-linux-gnu-gcc -static -O2 -o "$out/$p.rv" "$src" -lm || { echo "FAIL $p: build"; continue; }
	[ "$out/$p.native" -nt "$src" ] || gcc -O2 -o "$out/$p.native" "$src" -lm || { echo "FAIL $p: native build"; continue; }
	ref=$("$out/$p.native" $a)
	for e in $ENGINES; do
		got=$(timeout 120 "$ISOMORPH" --engine=$e "$out/$p.rv" $a 2>&1)
		if [ "$got" = "$ref" ]; then echo "PASS $p/$e"; else echo "FAIL $p/$e: output differs"; fi
	done
done
