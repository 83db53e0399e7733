#!/usr/bin/env python3
"""Seeds for the loader fuzz target from real riscv64 ELF files: each file cut to its first LIMIT
bytes, as is (a truncation the loader must reject) and with its segments clamped to the bytes
kept (file sizes cut, offsets past the cut moved to the start of the page) so that it still loads.

Usage: tests/fuzz/make_corpus.py OUTDIR FILE...   (writes OUTDIR/NAME-cut and OUTDIR/NAME-clamped)
The committed seeds came from tests/bad/hello.c built -static and as a PIE, and a _start-only
program built -static and -static-pie, with riscv64-linux-gnu-gcc 12.
"""
import os
import struct
import sys

LIMIT = 4096
PHDR = struct.Struct("<IIQQQQQQ")  # p_type p_flags p_offset p_vaddr p_paddr p_filesz p_memsz p_align
PT_LOAD = 1
PAGE = 4096


def clamp(data: bytearray) -> bytearray:
    phoff, = struct.unpack_from("<Q", data, 32)
    phnum, = struct.unpack_from("<H", data, 56)
    for i in range(phnum):
        at = phoff + i * PHDR.size
        if at + PHDR.size > len(data):
            break
        t, fl, off, va, pa, fsz, msz, al = PHDR.unpack_from(data, at)
        if t == PT_LOAD and off + fsz > len(data):
            if off >= len(data):
                off, fsz = va % PAGE, 0
            else:
                fsz = len(data) - off
        PHDR.pack_into(data, at, t, fl, off, va, pa, fsz, msz, al)
    return data


def main() -> None:
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for path in sys.argv[2:]:
        data = bytearray(open(path, "rb").read()[:LIMIT])
        name = os.path.basename(path)
        open(os.path.join(out, name + "-cut"), "wb").write(data)
        open(os.path.join(out, name + "-clamped"), "wb").write(clamp(bytearray(data)))


if __name__ == "__main__":
    main()
