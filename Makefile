# isomorph: one make builds the VM; `make test` runs every test; `make demo` runs a sample guest.
CC      ?= gcc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=gnu11 -Wall -Wextra -MMD -MP
LDLIBS  += -lm
BUILD   ?= build

SRC      := $(sort $(shell find src -name '*.c'))
OBJ      := $(SRC:src/%.c=$(BUILD)/obj/%.o)
LIB_OBJ  := $(filter-out $(BUILD)/obj/main.o,$(OBJ))
UNIT_SRC := $(sort $(wildcard tests/unit/*_test.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%)
TOOL_SRC := $(sort $(wildcard tests/tools/*.c))
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)

.PHONY: all test asan demo bench clean deps unit torture
all: $(BUILD)/isomorph $(UNIT_BIN) $(TOOL_BIN)

# Everything but main() goes into one archive, so a unit test links only the parts it uses.
$(BUILD)/libisomorph.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/isomorph: $(BUILD)/obj/main.o $(BUILD)/libisomorph.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/unit/%: tests/unit/%.c $(BUILD)/libisomorph.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Isrc -o $@ $< $(BUILD)/libisomorph.a $(LDLIBS)

# Host programs the test suites drive (e.g. the disassembler against objdump).
$(BUILD)/tools/%: tests/tools/%.c $(BUILD)/libisomorph.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Isrc -o $@ $< $(BUILD)/libisomorph.a $(LDLIBS)

unit: $(UNIT_BIN)

deps:
	@scripts/deps

test: deps all
	@BUILD=$(BUILD) tests/run.sh

# The tests again, with the VM built under AddressSanitizer and UBSan.
asan:
	@scripts/deps
	$(MAKE) BUILD=build-asan OPT=-O1 \
		CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" all
	@BUILD=build-asan tests/run.sh

demo: deps $(BUILD)/isomorph
	@scripts/demo

bench: deps $(BUILD)/isomorph
	@bench/run

# GCC's execute torture suite (all of it, -O0 and -O2) under qemu-riscv64 and every engine.
torture: deps $(BUILD)/isomorph
	@BUILD=$(BUILD) tests/torture/torture.py

clean:
	rm -rf build build-asan

-include $(OBJ:.o=.d)
