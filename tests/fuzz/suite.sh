#!/usr/bin/env bash
# Replay of the fuzz corpora: builds the fuzz targets (make fuzz-build: clang with libFuzzer,
# AddressSanitizer and UBSan) and runs each once over every input committed in
# tests/fuzz/corpus/NAME (the seeds and every crasher found so far), without mutating.
# A target that crashes, trips a sanitizer or breaks one of its invariants fails.
# Usage: BUILD=build tests/fuzz/suite.sh   (prints "PASS name" / "FAIL name: why")
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
log=$BUILD/out/fuzz
mkdir -p "$log"

if ! make --no-print-directory -s BUILD="$BUILD" fuzz-build >"$log/build.log" 2>&1; then
	echo "FAIL build: make fuzz-build: $(grep -m1 -i 'error' "$log/build.log" | head -c 300)"
	exit 0
fi
for src in tests/fuzz/*_fuzz.c; do
	n=$(basename "$src" _fuzz.c)
	inputs=(tests/fuzz/corpus/"$n"/*)
	if [ ! -e "${inputs[0]}" ]; then echo "FAIL $n: no corpus in tests/fuzz/corpus/$n"; continue; fi
	if (cd "$log" && "$OLDPWD/$BUILD/fuzz/${n}_fuzz" "${inputs[@]/#/$OLDPWD/}") >"$log/$n.log" 2>&1; then
		echo "PASS $n-replay"
	else
		why=$(grep -m1 -E 'ERROR|runtime error|_fuzz: |deadly signal' "$log/$n.log" | head -c 300)
		echo "FAIL $n-replay: ${why:-exit status nonzero} (log: $log/$n.log)"
	fi
done
