#!/usr/bin/env bash
# --lockstep=threaded on every guest program the main runner built (asm, c at -O0 and -O2) and
# on the trap programs when their suite has built them: each must run through without a lockstep
# report, with the same stdout and exit status as a plain threaded run. (That lockstep does report
# a difference is shown by tests/unit/lockstep_test.c.)
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$PWD/$BUILD/isomorph}
TIMEOUT=${TIMEOUT:-60}
out=$PWD/$BUILD/out/lockstep
mkdir -p "$out"

# run TAG MODE BIN ARGS...: runs isomorph MODE BIN ARGS in a scratch directory; files out/TAG.*
run() {
	local tag=$1; shift
	local dir; dir=$(mktemp -d)
	(cd "$dir" && timeout "$TIMEOUT" "$ISOMORPH" "$@" </dev/null >"$out/$tag.stdout" 2>"$out/$tag.stderr"
	 echo $? >"$out/$tag.status") 2>/dev/null
	rm -rf "$dir"
}

check() { # NAME BIN ARGS...
	local name=$1 bin=$2; shift 2
	local tag=${name//\//-}
	run "$tag-plain" --engine=threaded "$bin" "$@"
	run "$tag-lockstep" --lockstep=threaded "$bin" "$@"
	local why=""
	grep -q "lockstep:" "$out/$tag-lockstep.stderr" && why="$(grep -A12 "lockstep:" "$out/$tag-lockstep.stderr" | tr '\n' '|')"
	cmp -s "$out/$tag-plain.status" "$out/$tag-lockstep.status" ||
		why="$why status $(cat "$out/$tag-lockstep.status") (plain $(cat "$out/$tag-plain.status"))"
	cmp -s "$out/$tag-plain.stdout" "$out/$tag-lockstep.stdout" || why="$why stdout differs"
	# a trap program writes nothing but the VM's fault line, which must be the same
	[[ $name != traps/* ]] || cmp -s "$out/$tag-plain.stderr" "$out/$tag-lockstep.stderr" ||
		why="$why fault line: $(head -1 "$out/$tag-lockstep.stderr") (plain $(head -1 "$out/$tag-plain.stderr"))"
	if [ -z "$why" ]; then echo "PASS $name"; else echo "FAIL $name:$why"; fi
}

found=0
for bin in "$BUILD"/guest/asm/* "$BUILD"/guest/traps/*; do
	[ -f "$bin" ] && [ -x "$bin" ] || continue
	found=1
	check "$(basename "$(dirname "$bin")")/$(basename "$bin")" "$PWD/$bin"
done
for bin in "$BUILD"/guest/c/*-O0 "$BUILD"/guest/c/*-O2; do
	[ -x "$bin" ] || continue
	found=1
	base=$(basename "$bin"); src=tests/c/${base%-O?}.c
	args=$(sed -n 's/.*test-args: *\(.*\)\*\/.*/\1/p' "$src" 2>/dev/null | head -1)
	# shellcheck disable=SC2086 # args are words, as tests/run.sh passes them
	check "c/$base" "$PWD/$bin" $args
done
[ $found = 1 ] || echo "FAIL guests: none built in $BUILD/guest (run tests/run.sh whole)"

# Option errors: one line, usage status 2.
for bad in --lockstep=switch --lockstep=nosuch; do
	"$ISOMORPH" "$bad" /bin/true >/dev/null 2>"$out/bad.stderr"; st=$?
	if [ $st = 2 ] && [ "$(wc -l <"$out/bad.stderr")" = 1 ]; then echo "PASS option $bad"
	else echo "FAIL option $bad: status $st, stderr $(head -c 200 "$out/bad.stderr")"; fi
done
