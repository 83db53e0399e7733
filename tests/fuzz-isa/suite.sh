#!/usr/bin/env bash
# Random instruction testing at a fixed seed (the quick tier of tests/fuzz-isa/run):
#   encodings   what isagen meant to emit is what objdump reads back, for a few programs
#   coverage    over the suite's programs, every instruction of src/isa/insn.def and every RV64C
#               form but c.ebreak occurs
#   random/E    FUZZ_N programs (8 segments each) under qemu-riscv64 and engine E agree byte for byte
# Prints "PASS name" or "FAIL name: why". Needs $BUILD (default build) made.
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ENGINES=${ENGINES:-switch threaded dbt auto}
ISAGEN=$PWD/$BUILD/tools/isagen
OBJDUMP=${RVOBJDUMP:-riscv64-linux-gnu-objdump}
SEED=${FUZZ_SEED:-20261123}
N=${FUZZ_N:-32}
out=$PWD/$BUILD/fuzz-isa-suite
if [ ! -x "$ISAGEN" ]; then echo "FAIL build: $ISAGEN is missing (make BUILD=$BUILD builds it)"; exit 0; fi
rm -rf "$out"; mkdir -p "$out"

# --- the programs under qemu and every engine ---------------------------------------------------
OUT=$out BUILD=$BUILD SEED=$SEED N=$N FIRST=0 ENGINES=$ENGINES tests/fuzz-isa/run >"$out/run.log" 2>&1
runs=$?
for e in $ENGINES; do
	first=$(grep "^FAIL program .*:.* $e\( \|$\|-\)" "$out/run.log" | head -1)
	count=$(grep -c "^FAIL program .*:.* $e\( \|$\|-\)" "$out/run.log")
	if [ -n "$first" ]; then echo "FAIL random/$e: $count of $N programs differ, first: ${first#FAIL }"
	elif [ $runs != 0 ]; then echo "FAIL random/$e: $(grep -v '^ ' "$out/run.log" | tail -1)"
	else echo "PASS random/$e ($N programs, seed $SEED)"; fi
done
if grep -q "^FAIL program .*: qemu" "$out/run.log"; then
	echo "FAIL random/generator: $(grep -c '^FAIL program .*: qemu' "$out/run.log") programs fail under qemu-riscv64"
fi

# --- encodings: isagen's intent against objdump ------------------------------------------------
bad=0 checked=0 first=""
for i in $(seq 0 $(( (N < 5 ? N : 5) - 1 ))); do
	p=$(printf p%05d $i)
	"$ISAGEN" list "$SEED" $i >"$out/$p.lst"
	"$OBJDUMP" -d -M no-aliases "$out/progs/$p" 2>&1 | awk -F'\t' '
		/^ *[0-9a-f]+:\t/ { pc = $1; sub(/^ */, "", pc); sub(/:$/, "", pc)
			hex = $2; gsub(/ /, "", hex); print pc "\t" hex "\t" $3 }' >"$out/$p.od"
	# objdump 2.40 knows fcvt.d.w, fcvt.d.wu and fcvt.d.s only with rm = 0 (the result is exact
	# whatever rm says, and the spec allows every rm), so it shows the others as .4byte
	r=$(paste "$out/$p.lst" "$out/$p.od" | awk -F'\t' '
		# isagen list: pc hex mnemonic part segment group; then objdump: pc hex mnemonic
		{ n++; m = $9; sub(/\.(aqrl|aq|rl)$/, "", m)
		  ok = $1 == $7 && $2 == $8 && ($3 == m || (m == ".4byte" && $3 ~ /^fcvt\.d\.(w|wu|s)$/))
		  if (!ok) { bad++; if (!first) first = $1 ": meant " $3 " (" $2 "), objdump: " m " (" $8 ")" } }
		END { print n + 0 "\t" bad + 0 "\t" first }')
	checked=$((checked + $(cut -f1 <<<"$r"))); bad=$((bad + $(cut -f2 <<<"$r")))
	[ -z "$first" ] && first=$(cut -f3 <<<"$r")
done
if [ $bad = 0 ] && [ $checked -gt 0 ]; then echo "PASS encodings ($checked instructions)"
else echo "FAIL encodings: $bad of $checked differ, first at $first"; fi

# --- coverage: every instruction occurs -----------------------------------------------------------
for i in $(seq 0 $((N - 1))); do "$ISAGEN" list "$SEED" "$i"; done | cut -f3 | sort -u >"$out/emitted"
missing=""
for name in $(sed -n 's/^INSN([A-Z0-9_]*, *"\([^"]*\)".*/\1/p' src/isa/insn.def | grep -vx ebreak) \
	c.addi4spn c.fld c.lw c.ld c.fsd c.sw c.sd c.addi c.addiw c.li c.addi16sp c.lui c.srli c.srai \
	c.andi c.sub c.xor c.or c.and c.subw c.addw c.j c.beqz c.bnez c.slli c.fldsp c.lwsp c.ldsp \
	c.jr c.mv c.jalr c.add c.fsdsp c.swsp c.sdsp; do
	grep -qxF "$name" "$out/emitted" || missing="$missing $name"
done
if [ -z "$missing" ]; then echo "PASS coverage ($(wc -l <"$out/emitted") distinct mnemonics)"
else echo "FAIL coverage: never emitted:$missing"; fi
