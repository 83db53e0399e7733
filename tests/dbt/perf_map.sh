#!/usr/bin/env bash
# --perf-map (run by tests/dbt/suite.sh; prints "PASS name" / "FAIL name: why"):
#   perf-map       /tmp/perf-PID.map of a dbt run: the fixed routines' line, then one line per
#                  translation ("START SIZE guest:0xPC", hex, no 0x on the first two), as many as
#                  --stats counts; each line names the block, host address and size that
#                  --dump-blocks prints for it; the ranges are disjoint and inside one code cache
#   perf-map fork  a forked child writes its own map, which starts with its parent's lines
# Uses guests the main runner built (build/guest/asm/int_branch, build/guest/c/proc_fork-O2).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$PWD/$BUILD/isomorph}
TIMEOUT=${TIMEOUT:-60}
out=$PWD/$BUILD/out/dbt
mkdir -p "$out"
CACHE_LIMIT=$((64 << 20)) # --code-cache default: every line lies within this span of the first

# run_mapped TAG GUEST: runs GUEST under dbt with --perf-map (and --dump-blocks --stats); its pid
# in out/TAG.pid, streams and status in out/TAG.*
run_mapped() {
	local tag=$1 guest=$2 dir; dir=$(mktemp -d)
	(cd "$dir" && timeout "$TIMEOUT" sh -c 'echo $$ >"$0"; exec "$@"' "$out/$tag.pid" \
		"$ISOMORPH" --engine=dbt --perf-map --dump-blocks --stats "$guest" \
		</dev/null >"$out/$tag.stdout" 2>"$out/$tag.stderr"
	echo $? >"$out/$tag.status") 2>/dev/null
	rm -rf "$dir"
}

# well_formed MAP: why MAP is not a valid perf map of one code cache (nothing when it is)
well_formed() {
	awk -v limit=$CACHE_LIMIT '
		function hex(s,  i, n) { for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return n }
		!/^[0-9a-f]+ [0-9a-f]+ (guest:0x[0-9a-f]+|dbt:routines)$/ { print "line " NR " malformed: " $0; exit }
		{ start = hex($1); size = hex($2) }
		size == 0 { print "line " NR " has size 0"; exit }
		NR == 1 { if ($3 != "dbt:routines") { print "line 1 is not the routines"; exit } base = start }
		start < base || start + size > base + limit { print "line " NR " outside the code cache: " $0; exit }
		{ printf "%.0f %.0f %d\n", start, size, NR | "sort -n >'"$out"'/perf-map.sorted" }
	' "$1"
	awk 'NR > 1 && $1 < end { print "lines " prev " and " $3 " overlap"; exit } { end = $1 + $2; prev = $3 }' \
		"$out/perf-map.sorted"
}

# --- one run: the map against --stats and --dump-blocks ---
guest=$PWD/$BUILD/guest/asm/int_branch
if [ -x "$guest" ]; then
	run_mapped perf-map "$guest"
	pid=$(cat "$out/perf-map.pid") map=/tmp/perf-$(cat "$out/perf-map.pid").map
	translated=$(sed -n 's/^ *dbt: blocks translated *\([0-9]*\)$/\1/p' "$out/perf-map.stderr")
	# "dbt: block 0x10120 (3 guest instructions, 87 host bytes at 0x7f...)" -> "7f... 57 guest:0x10120"
	sed -n 's/^dbt: block \(0x[0-9a-f]*\) (.*, \([0-9]*\) host bytes at 0x\([0-9a-f]*\))$/\3 \2 \1/p' \
		"$out/perf-map.stderr" | while read -r at size pc; do printf '%s %x guest:%s\n' "$at" "$size" "$pc"; done \
		>"$out/perf-map.want"
	why=""
	if [ ! -s "$map" ]; then why="no $map (status $(cat "$out/perf-map.status"))"
	else
		cp "$map" "$out/perf-map.map"
		lines=$(($(wc -l <"$map") - 1))
		[ -n "$translated" ] && [ "$lines" = "$translated" ] || why="$lines block lines, --stats says ${translated:-nothing}"
		[ -z "$why" ] && why=$(well_formed "$map")
		[ -z "$why" ] && [ "$lines" -gt 0 ] && ! tail -n +2 "$map" | cmp -s - "$out/perf-map.want" &&
			why="lines differ from --dump-blocks: $(tail -n +2 "$map" | diff - "$out/perf-map.want" | sed -n 2p)"
	fi
	[ "$(cat "$out/perf-map.status")" = 0 ] || why="$why status $(cat "$out/perf-map.status")"
	if [ -z "$why" ]; then echo "PASS perf-map ($lines translations)"; else echo "FAIL perf-map: $why"; fi
	rm -f "$map"
else
	echo "FAIL perf-map: $guest not built (run tests/run.sh whole)"
fi

# --- fork: each child's own file, starting with the parent's lines ---
guest=$PWD/$BUILD/guest/c/proc_fork-O2
if [ -x "$guest" ]; then
	touch "$out/perf-map-fork.stamp"
	run_mapped perf-map-fork "$guest"
	map=/tmp/perf-$(cat "$out/perf-map-fork.pid").map
	why="" children=0
	if [ ! -s "$map" ]; then why="no $map"
	else
		# a child's file: new since the stamp, not the parent's, its first two lines the parent's
		for m in $(find /tmp -maxdepth 1 -name 'perf-*.map' -newer "$out/perf-map-fork.stamp" 2>/dev/null); do
			[ "$m" != "$map" ] && [ "$(head -2 "$m")" = "$(head -2 "$map")" ] || continue
			children=$((children + 1))
			w=$(well_formed "$m"); [ -n "$w" ] && why="$why $m: $w"
			rm -f "$m"
		done
		[ $children -gt 0 ] || why="no child map starting with the parent's lines"
		w=$(well_formed "$map"); [ -n "$w" ] && why="$why parent: $w"
	fi
	[ "$(cat "$out/perf-map-fork.status")" = 0 ] || why="$why status $(cat "$out/perf-map-fork.status")"
	if [ -z "$why" ]; then echo "PASS perf-map fork ($children children's maps)"; else echo "FAIL perf-map fork:$why"; fi
	rm -f "$map"
else
	echo "FAIL perf-map fork: $guest not built (run tests/run.sh whole)"
fi
