# gcc-escape: Go's escape analysis for GC-backed C, as a GCC plugin.
#
#   make demo     build the plugin and compile examples/ with notes
#   make check    build and run the whole test suite (every built GCC)
#
# One escape.so per installed GCC (12 always, 11 when present), each from
# that compiler's own plugin headers with the same-major g++, into
# build/gcc-N/escape.so.  The file name must be escape.so: GCC derives the
# option prefix -fplugin-arg-escape- from it.

SHELL := /bin/bash
CXXFLAGS ?= -O2 -g -Wall
PLUGIN_CXXFLAGS := -fPIC -shared -fno-rtti -fno-exceptions -Wno-format-diag
DESTDIR ?=

# GCC majors to build for: 12, plus 11 when its plugin headers are there.
GCC_MAJORS ?= $(strip 12 $(shell test -d "$$(gcc-11 -print-file-name=plugin 2>/dev/null)/include" && command -v g++-11 >/dev/null && echo 11))

# escape.so is a small loader (plugin/loader.cc) that checks the GCC
# version before loading the analysis, escape-impl.so, from beside it.
SRCS := $(filter-out plugin/loader.cc,$(wildcard plugin/*.cc))
HDRS := $(wildcard plugin/*.h)
# The tools installed with the plugin (plugin/tools/).
PREFIX ?= /usr/local
ORACLE := build/tools/escape-oracle build/tools/escape-oracle-rt.so
PLUGINS := $(foreach v,$(GCC_MAJORS),build/gcc-$(v)/escape.so build/gcc-$(v)/escape-impl.so)

.PHONY: all verify check demo install clean deps deps-test bench bench-real torture fuzz unit

all: deps $(PLUGINS) $(ORACLE)

# Installs missing Debian packages when root; otherwise says the command.
deps:
	@.ci/deps.sh build

deps-test:
	@.ci/deps.sh test

build/gcc-%/escape-impl.so: $(SRCS) $(HDRS)
	@mkdir -p $(@D)
	g++-$* $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -fvisibility=hidden -I"$$(gcc-$* -print-file-name=plugin)/include" -Iplugin -o $@.tmp $(SRCS) && mv $@.tmp $@

# escape-oracle (plugin/tools/): a driver script and the runtime it
# preloads into the measured program; one for every GCC (plain C, no
# plugin headers).  The runtime needs frame pointers (it reads its
# caller's stack pointer) and must not be instrumented itself.
build/tools/escape-oracle-rt.so: plugin/tools/oracle-rt.c
	@mkdir -p $(@D)
	gcc -O2 -g -Wall -Wextra -fPIC -shared -fno-omit-frame-pointer -fno-instrument-functions -o $@.tmp $< -ldl -lpthread && mv $@.tmp $@

build/tools/escape-oracle: plugin/tools/escape-oracle.sh
	@mkdir -p $(@D)
	install -m 755 $< $@

build/gcc-%/escape.so: plugin/loader.cc
	@mkdir -p $(@D)
	g++-$* $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -I"$$(gcc-$* -print-file-name=plugin)/include" -o $@.tmp $< -ldl && mv $@.tmp $@

verify: all
	@set -e; for v in $(GCC_MAJORS); do \
	  echo 'int main (void) { return 0; }' > build/gcc-$$v/empty.c; \
	  gcc-$$v -fplugin=$(CURDIR)/build/gcc-$$v/escape.so -c build/gcc-$$v/empty.c -o build/gcc-$$v/empty.o \
	    && echo "verify: gcc-$$v loads build/gcc-$$v/escape.so"; \
	done

demo: all
	@$(MAKE) --no-print-directory -C examples demo GCC_MAJOR=12 PLUGIN=$(CURDIR)/build/gcc-12/escape.so

unit: build/unit/leaks-test
	build/unit/leaks-test

build/unit/leaks-test: testsuite/unit/leaks-test.c plugin/esc-leaks.h
	@mkdir -p $(@D)
	gcc -O2 -Wall -Iplugin -o $@ $<

# The DejaGnu suite on every built GCC, the unit test, torture-suite
# samples, fuzzer seeds, the examples and the docs' examples; one closing
# line "N passed, M failed".
check: deps-test all verify build/unit/leaks-test
	@testsuite/check.sh $(GCC_MAJORS)

# The generated benchmark, then the real code bases when REAL names them:
#   make bench REAL='w3m=/work/ext/w3m dfsch=/work/ext/dfsch' RECIPES=/work/ext/recipes
# (examples/bench/real/run.sh; ROUNDS, FILE_ROUNDS and OUT pass through).
bench: all
	@examples/bench/run.sh; s=$$?; \
	 if [ -n "$(REAL)" ]; then $(MAKE) --no-print-directory bench-real || s=1; \
	 else echo "bench: real code bases skipped: give their sources as REAL='w3m=/path/to/w3m dfsch=/path/to/dfsch ...' and their recipes as RECIPES=DIR (see examples/bench/real/run.sh)"; fi; \
	 exit $$s

bench-real: all
	@if [ -z "$(REAL)" ]; then echo "bench-real: give REAL='NAME=SRC ...' and RECIPES=DIR (see examples/bench/real/run.sh)"; exit 1; fi
	@DOC=$${DOC:-docs/performance.md} $(if $(RECIPES),RECIPES=$(RECIPES)) examples/bench/real/run.sh $(REAL)

# Every execute torture program built and run, then every compile torture
# program built, with and without the plugin (gcc-12).
torture: all
	@testsuite/torture/run.sh --full; a=$$?; \
	 testsuite/torture/run.sh --compile --full; b=$$?; \
	 [ $$a = 0 ] && [ $$b = 0 ]

fuzz: all
	@testsuite/fuzz/run.sh $(or $(N),100)

install: all
	@set -e; for v in $(GCC_MAJORS); do \
	  d="$(DESTDIR)$$(gcc-$$v -print-file-name=plugin)"; \
	  install -d "$$d" "$$d/include"; \
	  install -m 644 build/gcc-$$v/escape.so "$$d/escape.so"; \
	  install -m 644 build/gcc-$$v/escape-impl.so "$$d/escape-impl.so"; \
	  install -m 644 include/escape.h "$$d/include/escape.h"; \
	  echo "installed $$d/escape.so"; \
	done
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/lib/gcc-escape"
	install -m 755 build/tools/escape-oracle "$(DESTDIR)$(PREFIX)/bin/escape-oracle"
	install -m 644 build/tools/escape-oracle-rt.so "$(DESTDIR)$(PREFIX)/lib/gcc-escape/escape-oracle-rt.so"

clean:
	rm -rf build
