#!/usr/bin/env bash
# Threads and processes beyond what tests/c checks run by run: the VM's options reach the VMs a
# guest starts with execve (engine, --stats, --strace), --argv0, and the contended thread programs
# run several times under every engine (races show up rarely), each compared with the native build.
# Usage: ISOMORPH=build/isomorph BUILD=build tests/threads/suite.sh   (prints "PASS name" / "FAIL name: why")
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$PWD/$BUILD/isomorph}
ENGINES=${ENGINES:-switch threaded dbt auto}
RVCC=${RVCC:-riscv64-linux-gnu-gcc}
TIMEOUT=${TIMEOUT:-60}
REPEAT=${REPEAT:-3}
WORK=$BUILD/guest/threads
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

if [ ! -x "$ISOMORPH" ]; then
	echo "FAIL setup: $ISOMORPH is not built"
	exit 0
fi

# build NAME: guest and native builds of tests/c/NAME.c in WORK (NAME and NAME.native)
build() {
	local src=tests/c/$1.c
	if [ ! "$WORK/$1" -nt "$src" ]; then
		$RVCC -static -O2 -march=rv64gc_zba_zbb_zbs -o "$WORK/$1" "$src" 2>"$WORK/$1.cc" || { echo "FAIL build $1: $(head -3 "$WORK/$1.cc")"; return 1; }
	fi
	if [ ! "$WORK/$1.native" -nt "$src" ]; then
		gcc -O2 -o "$WORK/$1.native" "$src" 2>"$WORK/$1.ncc" || { echo "FAIL build $1 (native): $(head -3 "$WORK/$1.ncc")"; return 1; }
	fi
}

# run TAG CMD...: CMD in a scratch directory; WORK/TAG.out, .err, .status
run() {
	local tag=$1; shift
	local dir; dir=$(mktemp -d)
	(cd "$dir" && timeout "$TIMEOUT" "$@" </dev/null >"$WORK/$tag.out" 2>"$WORK/$tag.err"; echo $? >"$WORK/$tag.status") 2>/dev/null
	rm -rf "$dir"
}

same() { cmp -s "$WORK/$1.out" "$WORK/$2.out" && cmp -s "$WORK/$1.status" "$WORK/$2.status"; }

build proc_exec || exit 0
build thread_atomic || exit 0
build thread_sync || exit 0
run exec-native "$WORK/proc_exec.native"

# Every VM the guest starts (a riscv64 program, posix_spawn of one, a script for one, the pipeline's
# two) runs with the engine and --stats it was given: six "--stats (engine E)" reports, no other.
for e in $ENGINES; do
	run exec-stats-$e "$ISOMORPH" --engine=$e --stats "$WORK/proc_exec"
	n=$(grep -c -- "--stats (engine $e)" "$WORK/exec-stats-$e.err")
	others=$(grep -- "--stats (engine" "$WORK/exec-stats-$e.err" | grep -vc -- "(engine $e)")
	if ! same exec-native exec-stats-$e; then echo "FAIL exec options/$e: output differs from native"
	elif [ "$n" != 6 ] || [ "$others" != 0 ]; then echo "FAIL exec options/$e: $n reports for $e, $others for others (want 6, 0)"
	else echo "PASS exec options/$e"; fi
done

# --strace reaches the executed VM: the child's own write shows in the trace.
run exec-strace "$ISOMORPH" --strace "$WORK/proc_exec"
if grep -q 'write(1, "child: argv\[0\]=renamed' "$WORK/exec-strace.err"; then echo "PASS exec strace"
else echo "FAIL exec strace: the executed VM did not trace"; fi

# --argv0 gives the guest the argv[0] a guest's execve asked for.
run argv0-native bash -c 'exec -a named "$0" child x' "$WORK/proc_exec.native"
run argv0 "$ISOMORPH" --argv0=named -- "$WORK/proc_exec" child x
if same argv0-native argv0; then echo "PASS argv0"
else echo "FAIL argv0: $(head -1 "$WORK/argv0.out") (native $(head -1 "$WORK/argv0-native.out"))"; fi

# Contended programs, again and again.
for prog in thread_atomic thread_sync; do
	run $prog-native "$WORK/$prog.native"
	for e in $ENGINES; do
		bad=""
		for i in $(seq "$REPEAT"); do
			run $prog-$e "$ISOMORPH" --engine=$e "$WORK/$prog"
			same $prog-native $prog-$e || { bad="run $i: status $(cat "$WORK/$prog-$e.status"), $(diff "$WORK/$prog-native.out" "$WORK/$prog-$e.out" | head -3 | tr '\n' '|')"; break; }
		done
		if [ -z "$bad" ]; then echo "PASS repeat $prog/$e"; else echo "FAIL repeat $prog/$e: $bad"; fi
	done
done
