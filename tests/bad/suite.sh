#!/usr/bin/env bash
# Bad input to the loader and the command line: every case must exit with the status a shell
# would give (127 not found, 126 cannot run), print exactly one line on stderr starting with
# "isomorph: ", and never die of a signal.
# Usage: ISOMORPH=build/isomorph BUILD=build tests/bad/suite.sh   (prints "PASS name" / "FAIL name: why")
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$PWD/$BUILD/isomorph}
RVCC=${RVCC:-riscv64-linux-gnu-gcc}
WORK=$BUILD/guest/bad
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

if [ ! -x "$ISOMORPH" ]; then
	echo "FAIL setup: $ISOMORPH is not built"
	exit 0
fi

# why STATUS WANT ERRFILE: empty when the run was right, else the reason
why() {
	local status=$1 want=$2 errf=$3 lines
	lines=$(wc -l <"$errf")
	if [ "$status" -ge 128 ]; then echo "died of signal $((status - 128))"; return; fi
	if [[ ! "$status" =~ ^($want)$ ]]; then echo "status $status, want $want"; return; fi
	if [ "$lines" -ne 1 ]; then echo "stderr has $lines lines: $(head -c 300 "$errf" | tr '\n' '|')"; return; fi
	if ! head -1 "$errf" | grep -q '^isomorph: '; then echo "stderr does not start with 'isomorph: ': $(head -1 "$errf")"; fi
}

# run WANT ARGS...: runs isomorph with ARGS; prints why it is wrong (empty when right)
run() {
	local want=$1 status; shift
	timeout 10 "$ISOMORPH" "$@" </dev/null >"$WORK/out" 2>"$WORK/err"
	status=$?
	why "$status" "$want" "$WORK/err"
}

# check NAME WANT ARGS...
check() {
	local name=$1 r; shift
	r=$(run "$@")
	if [ -z "$r" ]; then echo "PASS $name"; else echo "FAIL $name: $r"; fi
}

# Little-endian field access on a file: get FILE OFFSET BYTES; put FILE OFFSET BYTES VALUE
get() { od -An -t u"$3" -j "$2" -N "$3" "$1" | tr -d ' '; }
put() {
	local f=$1 off=$2 n=$3 v=$4 i bytes=""
	for ((i = 0; i < n; i++)); do bytes+=$(printf '\\x%02x' $(((v >> (8 * i)) & 255))); done
	printf "$bytes" | dd of="$f" bs=1 seek="$off" conv=notrunc status=none
}

# --- files that are not riscv64 ELF executables --------------------------------------------
check missing 127 "$WORK/does-not-exist"
check directory 126 "$WORK"
printf '' >"$WORK/empty"; chmod +x "$WORK/empty"
check empty-file 126 "$WORK/empty"
printf 'just some text\nover two lines\n' >"$WORK/text"; chmod +x "$WORK/text"
check text-file 126 "$WORK/text"
printf '#!/bin/sh\necho hi\n' >"$WORK/script.sh"; chmod +x "$WORK/script.sh"
check shell-script 126 "$WORK/script.sh"
check x86-64-elf 126 /bin/true
# A 32-bit little-endian RISC-V ELF header: magic, ELFCLASS32, LSB, version; ET_EXEC, EM_RISCV.
{ printf '\x7fELF\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00'; printf '\x02\x00\xf3\x00\x01\x00\x00\x00'
  head -c 28 /dev/zero; } >"$WORK/elf32"; chmod +x "$WORK/elf32"
check elf32 126 "$WORK/elf32"
cp /bin/true "$WORK/noperm"; chmod 000 "$WORK/noperm"
if [ "$(id -u)" = 0 ]; then
	echo "# skipping no-permission: running as root, which bypasses permission bits"
else
	check no-permission 126 "$WORK/noperm"
fi
cp "$WORK/text" "$WORK/noexec"; chmod 644 "$WORK/noexec"
check no-exec-bit 126 "$WORK/noexec"
check unknown-option '[1-9]|[1-9][0-9]|1[01][0-9]|12[0-7]' --bogus

# --- a real program, truncated and corrupted -------------------------------------------------
HELLO=$WORK/hello
if [ ! "$HELLO" -nt tests/bad/hello.c ]; then
	if ! $RVCC -static -O2 -o "$HELLO" tests/bad/hello.c 2>"$WORK/cc.err"; then
		echo "# skipping truncated and corrupted cases: $RVCC failed: $(head -1 "$WORK/cc.err")"
		exit 0
	fi
fi
size=$(stat -c %s "$HELLO")

# Field offsets: Elf64_Ehdr e_entry 24, e_phoff 32, e_phentsize 54, e_phnum 56;
# Elf64_Phdr (56 bytes) p_type 0, p_offset 8, p_vaddr 16, p_filesz 32, p_memsz 40.
PT_LOAD=1 PHDR_SIZE=56
phoff=$(get "$HELLO" 32 8)
phnum=$(get "$HELLO" 56 2)
loads=()
for ((i = 0; i < phnum; i++)); do
	[ "$(get "$HELLO" $((phoff + i * PHDR_SIZE)) 4)" = $PT_LOAD ] && loads+=($((phoff + i * PHDR_SIZE)))
done
if [ ${#loads[@]} -lt 2 ]; then
	echo "FAIL corrupt: expected two PT_LOAD segments in $HELLO, found ${#loads[@]}"
	exit 0
fi
first=${loads[0]} second=${loads[1]}

# truncated at every length up to 200, then at 30 lengths spread over the file
truncations() {
	local name=$1 bad="" r n; shift
	for n in "$@"; do
		head -c "$n" "$HELLO" >"$WORK/trunc"; chmod +x "$WORK/trunc"
		r=$(run '126|127' "$WORK/trunc")
		[ -n "$r" ] && bad+=" $n($r)"
	done
	if [ -z "$bad" ]; then echo "PASS $name"; else echo "FAIL $name:$(echo "$bad" | head -c 400)"; fi
}
truncations truncated-head $(seq 0 200)
# Past the last byte a segment maps from the file the program is still whole (as for Linux), so
# the body cuts stop there.
data_end=0
for h in "${loads[@]}"; do
	e=$(( $(get "$HELLO" $((h + 8)) 8) + $(get "$HELLO" $((h + 32)) 8) ))
	[ $e -gt $data_end ] && data_end=$e
done
truncations truncated-body $(for i in $(seq 1 30); do echo $((data_end * i / 31)); done) $((data_end - 1))

# corrupt NAME OFFSET BYTES VALUE [OFFSET BYTES VALUE]...: a copy of hello with fields replaced
corrupt() {
	local name=$1 f=$WORK/corrupt-$1; shift
	cp "$HELLO" "$f"
	while [ $# -gt 0 ]; do put "$f" "$1" "$2" "$3"; shift 3; done
	check "$name" 126 "$f"
}
corrupt phoff-past-end 32 8 $((size + 4096))
corrupt phnum-huge 56 2 65535
corrupt phentsize-wrong 54 2 32
corrupt filesz-gt-memsz $((second + 40)) 8 1
corrupt entry-outside 24 8 $((1 << 36))
# the second segment moved into the first's first page, keeping offset and address congruent
corrupt overlapping-segments $((second + 16)) 8 $(( $(get "$HELLO" $((first + 16)) 8) + ($(get "$HELLO" $((second + 8)) 8) & 4095) ))
# an address whose end wraps past 2^64
corrupt wrapping-address $((second + 16)) 8 $(( -4096 + ($(get "$HELLO" $((second + 8)) 8) & 4095) ))
corrupt segment-past-eof $((second + 32)) 8 $((size * 2)) $((second + 40)) 8 $((size * 2))
corrupt bad-machine 18 2 62
corrupt big-endian 5 1 2
