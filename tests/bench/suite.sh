#!/usr/bin/env bash
# The benchmark workloads (bench/workloads.sh) at small sizes, as correctness tests: under every
# engine in $ENGINES, each riscv64 build's output and exit status must equal the native build's.
# The Debian programs (bench/real/fetch-build: lua, speedtest1, zstd, bzip2) run both static and
# dynamically linked; the first run fetches and builds them (apt, root or sudo, several minutes).
# Timing lives in bench/run, never here; bench/run's reports (--techniques, --stats, --startup,
# the main table) are run once on sieve at the small size, to see that they work.
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
	why=$(wl_build_program "$p" "$out") || { echo "FAIL $p: $why"; continue; }
	rm -f "$out/$p.native.out"
	check "$p" rv "$out/$p.rv" "$out/$p.native"
done

# --- bench/run's reports, at test sizes, one round, on sieve (not timings: that they run) ---
# report NAME ARGS...: runs bench/run ARGS; its output in out/report-NAME.txt, FAIL on a bad exit
report() {
	local name=$1; shift
	BUILD=$BUILD ENGINES="$ENGINES" timeout $((TIMEOUT * 3)) bench/run --size test "$@" \
		>"$out/report-$name.txt" 2>"$out/report-$name.stderr" && return 0
	echo "FAIL bench-run $name: exit status $?: $(grep -m1 -iE 'fail|error|unknown' "$out/report-$name.txt" "$out/report-$name.stderr")"
	return 1
}
# a geomean row with a ratio ("1.23x") in every column after the label
geomean_full() { awk -v cols="$2" '$1 == "geomean" { n++; for (i = 2; i <= NF; i++) if ($i !~ /^[0-9.]+x$/) bad = 1; if (NF - 1 != cols) bad = 1 }
	END { exit !(n >= 1 && !bad) }' "$1"; }
# the switches `isomorph --help` offers: each must be a variant of --techniques (with --hot=0
# and --ras, a technique off by default)
switches=$("$ISOMORPH" --help 2>&1 | grep -oE '^ +--no-[a-z0-9-]+' | xargs)
if report techniques --techniques --only sieve 1; then
	f=$out/report-techniques.txt why=""
	for s in $switches --hot=0 --ras; do grep -q "^  ${s#--}: --engine=auto $s\$" "$f" || why="$why no variant for $s;"; done
	n=$(echo $switches --hot=0 --ras | wc -w)
	# x native: qemu, all-on and the variants; slowdown, slowdown paired by round and slowdown
	# of the fastest rounds: the variants
	[ "$(awk '$1 == "geomean"' "$f" | wc -l)" = 4 ] || why="$why not four geomean rows;"
	for k in 1 2 3 4; do awk -v k=$k '$1 == "geomean" && ++n == k' "$f" >"$out/report-geo$k"; done
	geomean_full "$out/report-geo1" $((n + 2)) && geomean_full "$out/report-geo2" $n && geomean_full "$out/report-geo3" $n &&
		geomean_full "$out/report-geo4" $n || why="$why a geomean cell is not a ratio;"
	if [ -z "$why" ]; then echo "PASS bench-run techniques ($n variants)"; else echo "FAIL bench-run techniques:$why"; fi
fi
# --against: the other build is a wrapper that leaves a mark each time it runs; the report must
# have run it (and only as the against variant), and refuse a path that is no executable
other=$out/other-isomorph
printf '#!/bin/sh\necho ran >>"%s.ran"\nexec "%s" "$@"\n' "$other" "$ISOMORPH" >"$other" && chmod +x "$other"
rm -f "$other.ran"
if report against --against "$other" --only sieve 2; then
	f=$out/report-against.txt why=""
	grep -q "^  against: --engine=auto under $other " "$f" || why="$why no against variant;"
	[ "$(grep -c '^  [a-z]' "$f")" = 1 ] || why="$why variants besides against;"
	[ "$(wc -l <"$other.ran" 2>/dev/null || echo 0)" = 2 ] || why="$why the other build ran $(wc -l <"$other.ran" 2>/dev/null || echo 0) times, not 2;"
	awk '$1 == "geomean"' "$f" | tail -3 >"$out/report-geo-against"
	[ "$(wc -l <"$out/report-geo-against")" = 3 ] && geomean_full "$out/report-geo-against" 1 || why="$why no geomean ratios for against;"
	if BUILD=$BUILD bench/run --size test --against "$out/no-such-isomorph" --only sieve 1 >/dev/null 2>"$out/report-against-bad.stderr"; then
		why="$why a missing build accepted;"
	fi
	if [ -z "$why" ]; then echo "PASS bench-run against"; else echo "FAIL bench-run against:$why"; fi
fi
if report stats --stats --only sieve; then
	# guest instructions as the reference interpreter counts them, on the same program and size
	# (within 0.5%: the C library's start-up reads the environment, which differs from bench/run's)
	want=$("$ISOMORPH" --engine=switch --stats "$HERE/$BUILD/bench/sieve.rv" $(wl_args sieve test) 2>&1 >/dev/null |
		sed -n 's/^ *guest instructions executed *\([0-9]*\)$/\1/p')
	got=$(awk '$1 == "sieve" { print $2 }' "$out/report-stats.txt")
	row=$(awk '$1 == "sieve"' "$out/report-stats.txt" | sed 's/ *$//')
	if [ -n "$want" ] && [ -n "$got" ] && awk -v a="$got" -v b="$want" 'BEGIN { exit !(a - b < b / 200 && b - a < b / 200) }' &&
		[[ $row =~ ^sieve\ +[0-9]+\ +[0-9]+\ +[0-9.]+!?\ +[0-9]+\ +[0-9.]+\ +[0-9.]+\ +[0-9.]+!?$ ]]
	then echo "PASS bench-run stats"
	else echo "FAIL bench-run stats: row '$row', switch counts ${want:-nothing}"; fi
fi
if report times --only sieve 1; then
	f=$out/report-times.txt
	# the sieve row of the times, of the fastest rounds' ratios, of the peak RSS and of the
	# counters; the two geomean rows, a ratio in each runner's and engine's column
	n=$(awk '$1 == "workload" && ++k == 2 { print NF - 1 }' "$f") # the fastest rounds' columns
	awk '$1 == "geomean"' "$f" | tail -1 >"$out/report-geo-fastest"
	if grep -q '^geomean .*x' "$f" && [ "$(grep -c '^sieve ' "$f")" = 4 ] && grep -q '^peak RSS' "$f" && grep -q '^translator counters' "$f" &&
		grep -q "^the same ratios from each runner's fastest round" "$f" && [ "$(awk '$1 == "geomean"' "$f" | wc -l)" = 2 ] &&
		geomean_full "$out/report-geo-fastest" "${n:-0}"
	then echo "PASS bench-run times"; else echo "FAIL bench-run times: $(head -c 300 "$f")"; fi
fi
if report startup --startup --runs 1; then
	rows=$(grep -cE '^(static|dynamic), (wall|cpu) +[0-9]' "$out/report-startup.txt")
	if [ "$rows" = 4 ] && ! grep -q FAIL "$out/report-startup.txt"; then echo "PASS bench-run startup"
	else echo "FAIL bench-run startup: $rows rows"; fi
fi

if ! bin=$(bench/real/fetch-build $WL_REAL 2>"$out/fetch-build.log"); then
	echo "FAIL real/fetch-build: $(tail -1 "$out/fetch-build.log")"
	exit 0
fi
for p in $WL_REAL; do
	rm -f "$out/$p.native.out"
	check "$p" rv "$bin/$p.rv" "$bin/$p.native"
	check "$p" rvdyn "$bin/$p.rvdyn" "$bin/$p.native"
done
