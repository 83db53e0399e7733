#!/usr/bin/env bash
# Differential test of the decoder and disassembler (src/isa/) against GNU objdump.
#   all.S  every instruction of insn.def, in groups group_*: for each instruction objdump prints,
#          our text for the same bits at the same pc must equal objdump's (after dropping objdump's
#          " <symbol>" and " # comment" annotations, and its tab after the mnemonic).
#   rvc.S  every compressed form followed by its 32-bit twin (groups pairs_*): our expansion must
#          equal the twin's word as the assembler wrote it, and our text for the compressed parcel
#          (decoded at the twin's pc, where the twin's pc-relative offset means the same target)
#          must equal objdump's text for the twin.
#   coverage: every row of insn.def and every RV64C mnemonic occurs in the objdump listings.
# Prints "PASS name" or "FAIL name: why" per group. Needs $BUILD (default build).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
here=tests/isa
out=$BUILD/isa
mkdir -p "$out"
AS=${RVAS:-riscv64-linux-gnu-as}
OBJDUMP=${RVOBJDUMP:-riscv64-linux-gnu-objdump}
MARCH=rv64gc_zba_zbb_zbs

# The tool is built by `make` with the VM's own flags (so it links under `make asan` too).
tool=$BUILD/tools/disasm_tool
if [ ! -x "$tool" ]; then
	echo "FAIL build: $tool is missing (make BUILD=$BUILD builds it)"; exit 0
fi

# listing NAME: assembles $here/NAME.S and writes $out/NAME.lst, one "group<TAB>pc<TAB>hex<TAB>text"
# line per instruction, text normalized as described above.
listing() {
	$AS -march=$MARCH -o "$out/$1.o" "$here/$1.S" 2>"$out/$1.as" || return 1
	$OBJDUMP -d -M no-aliases "$out/$1.o" | awk -F'\t' '
		/^[0-9a-f]+ <(group|pairs|targets)_[a-z0-9_]+>:$/ { g = $0; sub(/^[0-9a-f]+ </, "", g); sub(/>:$/, "", g); next }
		/^ *[0-9a-f]+:\t/ && NF >= 3 {
			pc = $1; sub(/^ */, "", pc); sub(/:$/, "", pc)
			hex = $2; gsub(/ /, "", hex)
			text = $3; if (NF >= 4) text = text " " $4
			sub(/ <[^>]*>$/, "", text); sub(/ #.*$/, "", text); sub(/ +$/, "", text)
			print g "\t" pc "\t" hex "\t" text
		}' >"$out/$1.lst"
}

# --- all.S: every instruction, text compared line by line, per group ----------------------------
if ! listing all; then
	echo "FAIL assemble-all: $(head -3 "$out/all.as")"
else
	cut -f2,3 "$out/all.lst" | tr '\t' ' ' | "$tool" | cut -f2 >"$out/all.ours"
	paste "$out/all.lst" "$out/all.ours" | awk -F'\t' '
		$1 == "" { next }
		{ n[$1]++; if ($4 != $5) { bad[$1]++; if (!(($1) in first)) first[$1] = $2 ": objdump \"" $4 "\", ours \"" $5 "\"" } }
		END { for (g in n) if (bad[g]) printf "FAIL %s: %d of %d differ, first at %s\n", g, bad[g], n[g], first[g]
		      else printf "PASS %s (%d insns)\n", g, n[g] }' | sort -k2
fi

# --- rvc.S: expansion and text of each compressed form against its twin -------------------------
if ! listing rvc; then
	echo "FAIL assemble-rvc: $(head -3 "$out/rvc.as")"
else
	grep -P '^pairs_' "$out/rvc.lst" >"$out/rvc.pairs"
	# odd lines: compressed (hex of 4 digits); even lines: the twin
	awk -F'\t' 'NR % 2 == 1 { c = $3; cg = $1; ctext = $4; next }
		{ print cg "\t" $2 "\t" c "\t" $3 "\t" $4 "\t" ctext }' "$out/rvc.pairs" >"$out/rvc.joined"
	cut -f2,3 "$out/rvc.joined" | tr '\t' ' ' | "$tool" >"$out/rvc.ours"
	paste "$out/rvc.joined" "$out/rvc.ours" | awk -F'\t' '
		{ g = $1; n[g]++
		  why = ""
		  if (length($3) != 4) why = "pairing broken at " $2
		  else if ($7 != $4) why = $6 " (" $3 "): expands to " $7 ", spec twin " $4
		  else if ($8 != $5) why = $6 ": ours \"" $8 "\", objdump (twin) \"" $5 "\""
		  if (why != "") { bad[g]++; if (!(g in first)) first[g] = why } }
		END { for (g in n) if (bad[g]) printf "FAIL %s: %d of %d wrong, first: %s\n", g, bad[g], n[g], first[g]
		      else printf "PASS %s (%d compressed forms)\n", g, n[g] }' | sort -k2
fi

# --- coverage -------------------------------------------------------------------------------------
if [ -f "$out/all.lst" ] && [ -f "$out/rvc.lst" ]; then
	missing=""
	for name in $(sed -n 's/^INSN([A-Z0-9_]*, *"\([^"]*\)".*/\1/p' src/isa/insn.def); do
		cut -f4 "$out/all.lst" | awk '{print $1}' | sed 's/\.\(aqrl\|aq\|rl\)$//' |
			grep -qxF "$name" || missing="$missing $name"
	done
	if [ -z "$missing" ]; then echo "PASS coverage-insn.def"
	else echo "FAIL coverage-insn.def: not in all.S:$missing"; fi
	missing=""
	for name in c.addi4spn c.fld c.lw c.ld c.fsd c.sw c.sd c.nop c.addi c.addiw c.li c.addi16sp c.lui \
		c.srli c.srai c.andi c.sub c.xor c.or c.and c.subw c.addw c.j c.beqz c.bnez c.slli c.fldsp \
		c.lwsp c.ldsp c.jr c.mv c.ebreak c.jalr c.add c.fsdsp c.swsp c.sdsp; do
		grep -qP "^\t\Q$name\E( |$)" $here/rvc.S || missing="$missing $name"
	done
	if [ -z "$missing" ]; then echo "PASS coverage-rvc"
	else echo "FAIL coverage-rvc: not in rvc.S:$missing"; fi
fi
