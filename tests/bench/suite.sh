#!/usr/bin/env bash
# The benchmark workloads (bench/workloads.sh) at small sizes, as correctness tests: under every
# engine in $ENGINES, each riscv64 build's output and exit status must equal the native build's.
# The Debian programs (bench/real/fetch-build: lua, speedtest1, zstd, bzip2) run both static and
# dynamically linked; the first run fetches and builds them (apt, root or sudo, several minutes).
# Timing lives in bench/run, never here.
# Usage: ISOMORPH=build/isomorph BUILD=build tests/bench/suite.sh   (prints "PASS name" / "FAIL name: why")
set -u
cd "$(dirname "$0")/../.."
HERE=$PWD
BUILD=${BUILD:-build}
export ISOMORPH=${ISOMORPH:-$HERE/$BUILD/isomorph}
ENGINES=${ENGINES:-switch threaded dbt auto}
TIMEOUT=${TIMEOUT:-120}
source bench/workloads.sh
out=$HERE/$BUILD/guest/bench
mkdir -p "$out"
wl_tools "$out" || { echo "FAIL tools: building bench/timeit.c or bench/real/gendata.c"; exit 0; }

# run NAME PROG FLAVOUR RUNNER LOG: runs workload NAME at test size; LOG.out (normalized) and LOG.status
run() {
	local name=$1 prog=$2 flavour=$3 runner=$4 log=$5 args scratch data
	args=$(wl_args "$name" test)
	data=$(wl_data "$name" "$args" "$out")
	scratch=$(mktemp -d)
	(cd "$scratch" && RUN=$(wl_runner_prefix "$runner" "$flavour") P=$prog N=$args DATA=$data WL=$HERE/bench/real \
		timeout "$TIMEOUT" sh -c "$(wl_command "$name")" </dev/null >"$log.stdout" 2>"$log.stderr"
	echo $? >"$log.status") 2>/dev/null
	rm -rf "$scratch"
	wl_normalize "$name" <"$log.stdout" >"$log.out"
}

# check NAME FLAVOUR RVPROG NATIVEPROG: one PASS/FAIL line per engine
check() {
	local name=$1 flavour=$2 rv=$3 native=$4 test=$1 e o
	[ "$flavour" = rvdyn ] && test=$name-dyn
	local ref=$out/$name.native
	if [ ! -s "$ref.out" ] || [ "$(cat "$ref.status")" != 0 ]; then
		run "$name" "$native" native native "$ref"
		if [ "$(cat "$ref.status")" != 0 ] || [ ! -s "$ref.out" ]; then
			echo "FAIL $test: the native reference exits $(cat "$ref.status") with $(wc -l <"$ref.out") lines"
			return
		fi
	fi
	for e in $ENGINES; do
		o=$out/$test.$e
		run "$name" "$rv" "$flavour" "$e" "$o"
		if cmp -s "$ref.out" "$o.out" && [ "$(cat "$o.status")" = 0 ]; then echo "PASS $test/$e"
		else
			echo "FAIL $test/$e: status $(cat "$o.status"), output $(cmp -s "$ref.out" "$o.out" && echo same || echo differs)"
			diff "$ref.out" "$o.out" | head -4; tail -2 "$o.stderr"
		fi
	done
}

for p in $WL_PROGRAMS; do
	src=bench/programs/$p.c
	[ "$out/$p.rv" -nt "$src" ] || riscv64-linux-gnu-gcc -static -O2 -o "$out/$p.rv" "$src" -lm || { echo "FAIL $p: build"; continue; }
	[ "$out/$p.native" -nt "$src" ] || gcc -O2 -o "$out/$p.native" "$src" -lm || { echo "FAIL $p: native build"; continue; }
	rm -f "$out/$p.native.out"
	check "$p" rv "$out/$p.rv" "$out/$p.native"
done

if ! bin=$(bench/real/fetch-build $WL_REAL 2>"$out/fetch-build.log"); then
	echo "FAIL real/fetch-build: $(tail -1 "$out/fetch-build.log")"
	exit 0
fi
for p in $WL_REAL; do
	rm -f "$out/$p.native.out"
	check "$p" rv "$bin/$p.rv" "$bin/$p.native"
	check "$p" rvdyn "$bin/$p.rvdyn" "$bin/$p.native"
done
