#!/usr/bin/env bash
# The test runner behind `make test`. Runs, in order:
#   unit   build/unit/*_test            host programs testing parts of the VM directly
#   asm    tests/asm/*.S                self-checking guest assembly, per instruction group
#   c      tests/c/*.c                  guest C programs at -O0 and -O2, output compared with the
#                                       native build (or qemu-riscv64, if the file says
#                                       "reference: qemu")
#   suites tests/*/suite.sh             other suites; each prints "PASS name" / "FAIL name: why"
# Each guest program runs under every engine in $ENGINES and is compared with its reference.
# Usage: tests/run.sh [FILTER]   (only tests whose name contains FILTER)
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export ISOMORPH=${ISOMORPH:-$PWD/$BUILD/isomorph}
export ENGINES=${ENGINES:-switch threaded dbt auto}
FILTER=${1:-}
GUEST=$BUILD/guest
RVCC=${RVCC:-riscv64-linux-gnu-gcc}
QEMU=${QEMU:-qemu-riscv64}
MARCH=rv64gc_zba_zbb_zbs
TIMEOUT=${TIMEOUT:-60}
export ASAN_OPTIONS=${ASAN_OPTIONS:-handle_segv=0:allow_user_segv_handler=1:detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$GUEST/asm" "$GUEST/c" "$GUEST/native" "$BUILD/out"
passed=0 failed=0 failures=()

pass() { passed=$((passed + 1)); [ -n "${VERBOSE:-}" ] && echo "PASS $1"; return 0; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL $1"; return 0; }
wanted() { [ -z "$FILTER" ] || [[ "$1" == *"$FILTER"* ]]; }

# run OUT CMD...: runs CMD with a timeout in a scratch directory; stdout+status to OUT
run() {
	local out=$PWD/$1; shift
	local dir; dir=$(mktemp -d)
	# the outer 2>/dev/null keeps bash's "Aborted"/"Segmentation fault" job notices out of the log
	(cd "$dir" && timeout "$TIMEOUT" "$@" </dev/null >"$out.stdout" 2>"$out.stderr"; echo $? >"$out.status") 2>/dev/null
	rm -rf "$dir"
}
# same OUT1 OUT2: stdout and status agree
same() { cmp -s "$1.stdout" "$2.stdout" && cmp -s "$1.status" "$2.status"; }

# --- unit -------------------------------------------------------------------------------------
for t in "$BUILD"/unit/*_test; do
	[ -x "$t" ] || continue
	name=unit/$(basename "$t"); wanted "$name" || continue
	if "$t" >"$BUILD/out/$(basename "$t").log" 2>&1; then pass "$name"
	else fail "$name"; tail -5 "$BUILD/out/$(basename "$t").log"; fi
done

# --- asm --------------------------------------------------------------------------------------
for src in tests/asm/*.S; do
	[ -f "$src" ] || continue
	base=$(basename "$src" .S); name=asm/$base; wanted "$name" || continue
	bin=$GUEST/asm/$base
	if [ ! "$bin" -nt "$src" ] || [ tests/asm/test.h -nt "$bin" ]; then
		if ! $RVCC -nostdlib -static -march=$MARCH -Itests/asm -o "$bin" "$src" 2>"$BUILD/out/$base.cc"; then
			fail "$name (build)"; cat "$BUILD/out/$base.cc"; continue
		fi
	fi
	ref=$BUILD/out/asm-$base-qemu
	run "$ref" $QEMU "$PWD/$bin"
	if [ "$(cat "$ref.status")" != 0 ]; then fail "$name: qemu-riscv64 says check $(cat "$ref.status") fails"; fi
	for e in $ENGINES; do
		o=$BUILD/out/asm-$base-$e
		run "$o" "$ISOMORPH" --engine=$e "$PWD/$bin"
		if same "$ref" "$o" && [ "$(cat "$o.status")" = 0 ]; then pass "$name/$e"
		else fail "$name/$e: status $(cat "$o.status") (qemu $(cat "$ref.status"))"; head -3 "$o.stdout" "$o.stderr"; fi
	done
done

# --- c ----------------------------------------------------------------------------------------
for src in tests/c/*.c; do
	[ -f "$src" ] || continue
	base=$(basename "$src" .c); wanted "c/$base" || continue
	args=$(sed -n 's/.*test-args: *\(.*\)\*\/.*/\1/p' "$src" | head -1)
	refkind=native; grep -q 'reference: qemu' "$src" && refkind=qemu
	for opt in O0 O2; do
		name=c/$base-$opt
		bin=$GUEST/c/$base-$opt
		if [ ! "$bin" -nt "$src" ]; then
			if ! $RVCC -static -$opt -march=$MARCH -o "$bin" "$src" -lm 2>"$BUILD/out/$base.cc"; then
				fail "$name (build)"; cat "$BUILD/out/$base.cc"; continue
			fi
		fi
		ref=$BUILD/out/c-$base-$opt-ref
		if [ $refkind = native ]; then
			nat=$GUEST/native/$base-$opt
			if [ ! "$nat" -nt "$src" ]; then
				gcc -$opt -o "$nat" "$src" -lm 2>"$BUILD/out/$base.ncc" || { fail "$name (native build)"; continue; }
			fi
			run "$ref" "$PWD/$nat" $args
		else
			run "$ref" $QEMU "$PWD/$bin" $args
		fi
		for e in $ENGINES; do
			o=$BUILD/out/c-$base-$opt-$e
			run "$o" "$ISOMORPH" --engine=$e "$PWD/$bin" $args
			if same "$ref" "$o"; then pass "$name/$e"
			else
				fail "$name/$e: status $(cat "$o.status") (reference $(cat "$ref.status"))"
				diff "$ref.stdout" "$o.stdout" | head -5; head -3 "$o.stderr"
			fi
		done
	done
done

# --- other suites -----------------------------------------------------------------------------
# lockstep goes last: it re-runs every guest the other parts built (the trap programs included).
for suite in $(ls tests/*/suite.sh | grep -v '^tests/lockstep/') tests/lockstep/suite.sh; do
	[ -x "$suite" ] || continue
	sname=$(basename "$(dirname "$suite")")
	while IFS= read -r line; do
		case "$line" in
		PASS\ *) n=${line#PASS }; wanted "$sname/$n" && pass "$sname/$n" ;;
		FAIL\ *) n=${line#FAIL }; wanted "$sname/$n" && fail "$sname/$n" ;;
		*) echo "$line" ;;
		esac
	done < <(ISOMORPH=$ISOMORPH BUILD=$BUILD "$suite")
done

if [ $failed -gt 0 ]; then
	echo "failed:"; printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $passed -gt 0 ]
