#!/usr/bin/env bash
# Precise traps: each program here faults at the instruction labelled fault_here. Under every
# engine, isomorph must die of the same signal as under qemu-riscv64, and report the exact pc
# (fault_here's address, from nm; for fetch.S the jump's target) on its one stderr line.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$BUILD/isomorph}
ENGINES=${ENGINES:-switch threaded dbt auto}
out=$BUILD/guest/traps
mkdir -p "$out"
status_of() { "$@" >/dev/null 2>"$out/stderr"; echo $?; }
for src in tests/traps/*.S; do
	t=$(basename "$src" .S)
	bin=$out/$t
	riscv64-linux-gnu-gcc -nostdlib -static -march=rv64gc -o "$bin" "$src" || { echo "FAIL $t: build"; continue; }
	want=$(status_of qemu-riscv64 "$bin" 2>/dev/null)
	pc=$(riscv64-linux-gnu-nm "$bin" | awk '$3 == "fault_here" { print $1 }' | sed 's/^0*//')
	[ "$t" = fetch ] && pc="" # the faulting pc is the stack address jumped to: checked via addr=
	for e in $ENGINES; do
		got=$(status_of "$ISOMORPH" --engine=$e "$bin")
		line=$(head -1 "$out/stderr")
		why=""
		[ "$got" = "$want" ] || why="status $got, qemu $want"
		[ "$(wc -l <"$out/stderr")" = 1 ] || why="$why; stderr is not one line"
		[ -z "$pc" ] || [[ $line == *"at pc=0x$pc "* || $line == *"at pc=0x$pc" ]] || why="$why; pc not 0x$pc in: $line"
		if [ "$t" = fetch ]; then
			[[ $line =~ pc=(0x[0-9a-f]+)\ addr=(0x[0-9a-f]+) ]] && [ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ] ||
				why="$why; fetch fault must report addr = pc: $line"
		fi
		if [ -z "$why" ]; then echo "PASS $t/$e"; else echo "FAIL $t/$e: $why"; fi
	done
done
