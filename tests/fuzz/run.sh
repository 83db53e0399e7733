#!/usr/bin/env bash
# `make fuzz`: runs each fuzz target ($BUILD/fuzz/*_fuzz, built by `make fuzz-build`) for
# FUZZ_SECONDS over its seed corpus, one after the other. New inputs go to $BUILD/fuzz/NAME-corpus
# (the committed seeds in tests/fuzz/corpus/NAME are only read), crashers to
# $BUILD/fuzz/NAME-crashes/. Stops at the first target that finds something.
# Usage: BUILD=build FUZZ_SECONDS=60 tests/fuzz/run.sh [NAME...]   (default: every target)
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
	for f in tests/fuzz/*_fuzz.c; do n=$(basename "$f" _fuzz.c); names+=("$n"); done
fi
for n in "${names[@]}"; do
	bin=$BUILD/fuzz/${n}_fuzz
	[ -x "$bin" ] || { echo "fuzz: $bin is not built (make fuzz-build)" >&2; exit 2; }
	mkdir -p "$BUILD/fuzz/$n-corpus" "$BUILD/fuzz/$n-crashes"
	opts=(-max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
	      -artifact_prefix="$BUILD/fuzz/$n-crashes/")
	[ -f "tests/fuzz/$n.dict" ] && opts+=(-dict="tests/fuzz/$n.dict")
	[ -f "tests/fuzz/$n.options" ] && read -r -a more <"tests/fuzz/$n.options" && opts+=("${more[@]}")
	echo "fuzz: $n for ${FUZZ_SECONDS}s"
	if ! "$bin" "${opts[@]}" "$BUILD/fuzz/$n-corpus" "tests/fuzz/corpus/$n"; then
		echo "fuzz: $n found a problem; the input is in $BUILD/fuzz/$n-crashes/" >&2
		exit 1
	fi
done
