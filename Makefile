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

.PHONY: all verify check demo install clean deps deps-test bench torture fuzz unit sweep

# The tools installed with the plugin (plugin/tools/): escape-report
# merges the report=DIR files of a build, escape-bisect finds the
# conversion that breaks a program (SPEC section 8).
TOOLS := build/tools/escape-report build/tools/escape-bisect
CFLAGS ?= -O2 -g -Wall

all: deps $(PLUGINS) $(ORACLE) $(TOOLS)

build/tools/escape-report: plugin/tools/escape-report.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@.tmp $< && mv $@.tmp $@

build/tools/escape-bisect: plugin/tools/escape-bisect
	@mkdir -p $(@D)
	install -m 755 $< $@

# Installs missing Debian packages when root; otherwise says the command.
deps:
	@.ci/deps.sh build

deps-test:
	@.ci/deps.sh test

# Linked by the gcc driver, not g++: without libstdc++.so.  cc1 has its own
# libstdc++ linked in and exports what the plugin uses of it (operator new
# and delete); loading and initialising a second one was nearly all of the
# plugin's fixed cost per compile (docs/performance.md).  make verify loads
# the result, so a new dependency on libstdc++ shows there.
build/gcc-%/escape-impl.so: $(SRCS) $(HDRS)
	@mkdir -p $(@D)
	gcc-$* -x c++ $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -fvisibility=hidden -I"$$(gcc-$* -print-file-name=plugin)/include" -Iplugin -o $@.tmp $(SRCS) && mv $@.tmp $@

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

bench: all
	@examples/bench/run.sh

# Every execute torture program built and run, then every compile torture
# program built, with and without the plugin (gcc-12).
torture: all
	@testsuite/torture/run.sh --full; a=$$?; \
	 testsuite/torture/run.sh --compile --full; b=$$?; \
	 [ $$a = 0 ] && [ $$b = 0 ]

fuzz: all
	@testsuite/fuzz/run.sh $(or $(N),100)

# Every gcc.dg/**/*.c of gcc-12-source compiled with and without the plugin
# at -O0 and -O2 (alloc=malloc,calloc,strdup free=free -m), each compile
# under a time limit: internal compiler errors, hangs and new failures.
sweep: all
	@nice testsuite/sweep/run.sh --full

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
	b="$(DESTDIR)$(or $(BINDIR),$(if $(PREFIX),$(PREFIX)/bin,$$(dirname "$$(command -v gcc-$(firstword $(GCC_MAJORS)))")))"; \
	install -d "$$b"; \
	for t in $(TOOLS); do install -m 755 $$t "$$b/$$(basename $$t)"; echo "installed $$b/$$(basename $$t)"; done

clean:
	rm -rf build
