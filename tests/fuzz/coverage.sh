#!/usr/bin/env bash
# Source coverage reached by the fuzz corpora: builds each target with clang's source-based
# coverage (no sanitizers) into $BUILD/fuzz-cov, runs it once over the committed seeds plus what
# `make fuzz` added ($BUILD/fuzz/NAME-corpus), and prints llvm-cov's per-file report for the
# files the target is about (src/loader and src/mem; src/isa).
# Usage: BUILD=build tests/fuzz/coverage.sh [NAME...]   (needs clang, llvm-profdata, llvm-cov)
set -eu
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
out=$BUILD/fuzz-cov
mkdir -p "$out"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
	for f in tests/fuzz/*_fuzz.c; do names+=("$(basename "$f" _fuzz.c)"); done
fi
flags=(-O1 -g -std=gnu11 -fprofile-instr-generate -fcoverage-mapping -Isrc)
for n in "${names[@]}"; do
	case $n in
	loader) srcs=(src/loader/*.c src/mem/*.c); report=("${srcs[@]}")
		wrap=-Wl,--wrap=mmap,--wrap=munmap,--wrap=mprotect,--wrap=mremap ;;
	*) srcs=(src/isa/*.c); report=(src/isa/decode.c src/isa/compressed.c src/isa/disasm.c); wrap= ;;
	esac
	clang "${flags[@]}" -fsanitize=fuzzer -o "$out/${n}_fuzz" "tests/fuzz/${n}_fuzz.c" "${srcs[@]}" $wrap -lm
	dirs=("tests/fuzz/corpus/$n")
	[ -d "$BUILD/fuzz/$n-corpus" ] && dirs+=("$BUILD/fuzz/$n-corpus")
	rm -f "$out/$n.profraw"
	(cd "$out" && LLVM_PROFILE_FILE="$PWD/$n.profraw" "./${n}_fuzz" -runs=0 "${dirs[@]/#/$OLDPWD/}" >"$n.log" 2>&1)
	llvm-profdata merge -o "$out/$n.profdata" "$out/$n.profraw"
	echo "== $n: $(find "${dirs[@]}" -type f | wc -l) inputs"
	llvm-cov report "$out/${n}_fuzz" -instr-profile="$out/$n.profdata" "${report[@]}"
done
