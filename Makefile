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
PLUGINS := $(foreach v,$(GCC_MAJORS),build/gcc-$(v)/escape.so build/gcc-$(v)/escape-impl.so)

.PHONY: all plugins verify check check-run demo install clean deps deps-test bench torture fuzz unit

# GCC_MAJORS is computed when make reads this Makefile, so a target that
# installs packages first (deps, deps-test) must run make again to see the
# compilers it installed: `all` and `check` install, then re-invoke make.
all: deps
	@$(MAKE) --no-print-directory plugins

plugins: $(PLUGINS)

# Installs missing Debian packages when root; otherwise says the command.
deps:
	@.ci/deps.sh build

deps-test:
	@.ci/deps.sh test

build/gcc-%/escape-impl.so: $(SRCS) $(HDRS)
	@mkdir -p $(@D)
	g++-$* $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -fvisibility=hidden -I"$$(gcc-$* -print-file-name=plugin)/include" -Iplugin -o $@.tmp $(SRCS) && mv $@.tmp $@

build/gcc-%/escape.so: plugin/loader.cc
	@mkdir -p $(@D)
	g++-$* $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -I"$$(gcc-$* -print-file-name=plugin)/include" -o $@.tmp $< -ldl && mv $@.tmp $@

verify: plugins
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
check: deps deps-test
	@$(MAKE) --no-print-directory check-run

check-run: plugins verify build/unit/leaks-test
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

install: all
	@set -e; for v in $(GCC_MAJORS); do \
	  d="$(DESTDIR)$$(gcc-$$v -print-file-name=plugin)"; \
	  install -d "$$d" "$$d/include"; \
	  install -m 644 build/gcc-$$v/escape.so "$$d/escape.so"; \
	  install -m 644 build/gcc-$$v/escape-impl.so "$$d/escape-impl.so"; \
	  install -m 644 include/escape.h "$$d/include/escape.h"; \
	  echo "installed $$d/escape.so"; \
	done

clean:
	rm -rf build
