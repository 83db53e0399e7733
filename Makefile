# isomorph: one make builds the VM; `make test` runs every test; `make demo` runs a sample guest.
CC      ?= gcc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
override CFLAGS += -std=gnu11 -Wall -Wextra -MMD -MP
LDLIBS  += -lm
BUILD   ?= build

SRC      := $(sort $(shell find src -name '*.c'))
OBJ      := $(SRC:src/%.c=$(BUILD)/obj/%.o)
LIB_OBJ  := $(filter-out $(BUILD)/obj/main.o,$(OBJ))
UNIT_SRC := $(sort $(wildcard tests/unit/*_test.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%)
TOOL_SRC := $(sort $(wildcard tests/tools/*.c))
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)

.PHONY: all test asan demo bench bench-techniques bench-startup bench-build clean deps unit fuzz-isa torture
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

# The tests again, with the VM built under AddressSanitizer and UBSan, which run it 2-3x slower:
# each run's time limit (a hang's, not a speed test) three times the usual 60 s.
asan:
	@scripts/deps
	$(MAKE) BUILD=build-asan OPT=-O1 \
		CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" all
	@BUILD=build-asan TIMEOUT=180 tests/run.sh

demo: deps $(BUILD)/isomorph
	@scripts/demo

# `make bench ROUNDS=5 ALL=1`: rounds (default 3); ALL=1 adds the slow switch engine. Prints the
# times, RSS and translator counters (bench/run), then start-up (bench/run --startup).
# `make bench-techniques`: auto with each translator technique off (bench/run --techniques).
# `make bench-build` only fetches and builds the Debian workloads (bench/real/fetch-build).
ROUNDS ?= 3
bench: deps $(BUILD)/isomorph
	@BUILD=$(BUILD) ROUNDS=$(ROUNDS) ALL=$(ALL) bench/run; status=$$?; \
	BUILD=$(BUILD) bench/run --startup && exit $$status

bench-techniques: deps $(BUILD)/isomorph
	@BUILD=$(BUILD) ROUNDS=$(ROUNDS) bench/run --techniques

bench-startup: deps $(BUILD)/isomorph
	@BUILD=$(BUILD) bench/run --startup

bench-build: deps
	@BUILD=$(BUILD) bench/real/fetch-build >/dev/null

# Random instruction programs under qemu-riscv64 and every engine (tests/fuzz-isa/run: N, SEED, FIRST).
fuzz-isa: deps all
	@BUILD=$(BUILD) N=$(N) SEED=$(SEED) FIRST=$(FIRST) tests/fuzz-isa/run

# GCC's execute torture suite (all of it, -O0 and -O2) under qemu-riscv64 and every engine.
torture: deps $(BUILD)/isomorph
	@BUILD=$(BUILD) tests/torture/torture.py

clean:
	rm -rf build build-asan

-include $(OBJ:.o=.d)

# Coverage-guided fuzzing with libFuzzer (clang): tests/fuzz/*_fuzz.c, each linked with the VM
# built again under coverage, AddressSanitizer and UBSan in $(BUILD)/fuzz. `make fuzz` builds the
# targets and runs each for FUZZ_SECONDS over its corpus (tests/fuzz/run.sh); `make fuzz-build`
# only builds them (the replay in tests/fuzz/suite.sh uses it).
.PHONY: fuzz fuzz-build
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS  := -O1 -g -std=gnu11 -Wall -Wextra -MMD -MP -fno-omit-frame-pointer \
	-fsanitize=address,undefined -fno-sanitize-recover=undefined
# the parts a fuzz target can reach (isa/ and mem/ stand on nothing else, loader/ on mem/)
FUZZ_OBJ     := $(patsubst src/%.c,$(BUILD)/fuzz/obj/%.o,$(filter src/isa/% src/loader/% src/mem/%,$(SRC)))
FUZZ_BIN     := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(wildcard tests/fuzz/*_fuzz.c))
# the loader target checks every host mapping call the loader makes
$(BUILD)/fuzz/loader_fuzz: FUZZ_WRAP := -Wl,--wrap=mmap,--wrap=munmap,--wrap=mprotect,--wrap=mremap

fuzz: fuzz-build
	@BUILD=$(BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh

fuzz-build: $(FUZZ_BIN)

$(BUILD)/fuzz/libisomorph.a: $(FUZZ_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/fuzz/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(BUILD)/fuzz/%_fuzz: tests/fuzz/%_fuzz.c $(BUILD)/fuzz/libisomorph.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Isrc -o $@ $< $(BUILD)/fuzz/libisomorph.a $(FUZZ_WRAP) -lm

-include $(FUZZ_OBJ:.o=.d)
