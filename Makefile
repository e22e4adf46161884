# gcc-escape: Go's escape analysis for GC-backed C, as a GCC plugin.
#
#   make demo     build the plugin for the machine's gcc and compile
#                 examples/ with notes
#   make          build the plugin for every GCC installed here
#   make check    build and run the whole test suite on GCC 11 to 16: the
#                 ones installed here directly, the others inside Debian
#                 chroots made under build/chroot/ on first use (as root)
#   make check GCC_MAJORS=12        the suite on one GCC only (quick)
#   make GCC=/opt/gcc-16/bin/gcc    build for a GCC installed elsewhere
#                                   (also with install, check)
#
# One escape.so per GCC major, each from that compiler's own plugin headers
# with the same-major g++, into build/gcc-N/escape.so.  The file name must
# be escape.so: GCC derives the option prefix -fplugin-arg-escape- from it.

SHELL := /bin/bash
CXXFLAGS ?= -O2 -g -Wall
PLUGIN_CXXFLAGS := -fPIC -shared -fno-rtti -fno-exceptions -Wno-format-diag
DESTDIR ?=
ALL_MAJORS := 11 12 13 14 15 16

# GCC=PATH: a compiler installed elsewhere (/opt/gcc-16/bin/gcc, with its
# g++ beside it).  build/gcc-bin/ gets gcc-N and g++-N wrappers for it, N
# its major, and goes first on PATH, so everything below (and every test
# script) finds it by the usual name; its plugin goes to build/gcc-N/.
ifdef GCC
GCC_MAJORS := $(shell $(GCC) -dumpversion 2>/dev/null | cut -d. -f1)
ifeq ($(GCC_MAJORS),)
$(error GCC=$(GCC) does not run)
endif
GXX ?= $(if $(findstring /,$(GCC)),$(dir $(GCC)))$(subst gcc,g++,$(notdir $(GCC)))
$(shell mkdir -p build/gcc-bin && \
  printf '#!/bin/sh\nexec %s "$$@"\n' '$(GCC)' > build/gcc-bin/gcc-$(GCC_MAJORS) && \
  printf '#!/bin/sh\nexec %s "$$@"\n' '$(GXX)' > build/gcc-bin/g++-$(GCC_MAJORS) && \
  chmod +x build/gcc-bin/gcc-$(GCC_MAJORS) build/gcc-bin/g++-$(GCC_MAJORS))
export PATH := $(CURDIR)/build/gcc-bin:$(PATH)
endif

# The GCC majors installed here with their plugin headers and g++.
HOST_MAJORS := $(strip $(foreach v,$(ALL_MAJORS),$(shell d=$$(gcc-$(v) -print-file-name=plugin 2>/dev/null); \
  test "$${d#/}" != "$$d" && test -d "$$d/include" && command -v g++-$(v) >/dev/null && echo $(v))))
# What make, make install and verify build for: those.  make check covers
# every major (or the GCC_MAJORS given); testsuite/check.sh takes the ones
# not installed here into their chroots.
GCC_MAJORS ?= $(HOST_MAJORS)
CHECK_MAJORS := $(if $(GCC)$(filter command line environment,$(origin GCC_MAJORS)),$(GCC_MAJORS),$(ALL_MAJORS))
BUILD_MAJORS := $(filter $(HOST_MAJORS),$(GCC_MAJORS))
# The machine's gcc, for make demo.
DEFAULT_MAJOR := $(shell gcc -dumpversion 2>/dev/null | cut -d. -f1)

# escape.so is a small loader (plugin/loader.cc) that checks the GCC
# version before loading the analysis, escape-impl.so, from beside it.
SRCS := $(filter-out plugin/loader.cc,$(wildcard plugin/*.cc))
HDRS := $(wildcard plugin/*.h)
PLUGINS := $(foreach v,$(BUILD_MAJORS),build/gcc-$(v)/escape.so build/gcc-$(v)/escape-impl.so)

# The tools installed with the plugin (plugin/tools/): escape-report
# merges the report=DIR files of a build, escape-bisect finds the
# conversion that breaks a program (SPEC section 8), escape-oracle
# measures how many frames up each allocation dies (its runtime is
# preloaded into the measured program).
PREFIX ?= /usr/local
ORACLE := build/tools/escape-oracle build/tools/escape-oracle-rt.so
TOOLS := build/tools/escape-report build/tools/escape-bisect
CFLAGS ?= -O2 -g -Wall

.PHONY: all plugins verify check check-run demo demo-run install install-run clean \
	deps deps-test bench torture fuzz unit sweep bench-real

# HOST_MAJORS is computed when make reads this Makefile, so a target that
# installs packages first (deps, deps-test) must run make again to see the
# compilers it installed: all, check, demo and install install, then
# re-invoke make.
all: deps
	@$(MAKE) --no-print-directory plugins

plugins: $(PLUGINS) $(ORACLE) $(TOOLS)

build/tools/escape-report: plugin/tools/escape-report.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@.tmp $< && mv $@.tmp $@

build/tools/escape-bisect: plugin/tools/escape-bisect
	@mkdir -p $(@D)
	install -m 755 $< $@

# The runtime needs frame pointers (it reads its caller's stack pointer)
# and must not be instrumented itself.
build/tools/escape-oracle-rt.so: plugin/tools/oracle-rt.c
	@mkdir -p $(@D)
	$(CC) -O2 -g -Wall -Wextra -fPIC -shared -fno-omit-frame-pointer -fno-instrument-functions -o $@.tmp $< -ldl -lpthread && mv $@.tmp $@

build/tools/escape-oracle: plugin/tools/escape-oracle.sh
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

build/gcc-%/escape.so: plugin/loader.cc
	@mkdir -p $(@D)
	g++-$* $(CXXFLAGS) $(PLUGIN_CXXFLAGS) -I"$$(gcc-$* -print-file-name=plugin)/include" -o $@.tmp $< -ldl && mv $@.tmp $@

verify: plugins
	@set -e; for v in $(BUILD_MAJORS); do \
	  echo 'int main (void) { return 0; }' > build/gcc-$$v/empty.c; \
	  gcc-$$v -fplugin=$(CURDIR)/build/gcc-$$v/escape.so -c build/gcc-$$v/empty.c -o build/gcc-$$v/empty.o \
	    && echo "verify: gcc-$$v loads build/gcc-$$v/escape.so"; \
	done

demo: deps
	@$(MAKE) --no-print-directory demo-run

demo-run:
	@test -n "$(DEFAULT_MAJOR)" || { echo "demo: no gcc on PATH" >&2; exit 1; }
	@$(MAKE) --no-print-directory plugins GCC_MAJORS=$(DEFAULT_MAJOR)
	@$(MAKE) --no-print-directory -C examples demo CC=gcc GCC_MAJOR=$(DEFAULT_MAJOR) PLUGIN=$(CURDIR)/build/gcc-$(DEFAULT_MAJOR)/escape.so

unit: build/unit/leaks-test
	build/unit/leaks-test

build/unit/leaks-test: testsuite/unit/leaks-test.c plugin/esc-leaks.h
	@mkdir -p $(@D)
	gcc -O2 -Wall -Iplugin -o $@ $<

# The whole suite on every GCC in CHECK_MAJORS (testsuite/check.sh): one
# result line per GCC, then one closing line "N passed, M failed".
check: deps deps-test
	@$(MAKE) --no-print-directory check-run

check-run: plugins verify
	@testsuite/check.sh $(CHECK_MAJORS)

# The generated benchmark, then the real code bases when REAL names them:
#   make bench REAL='w3m=/work/ext/w3m dfsch=/work/ext/dfsch bdwgc=/work/ext/bdwgc'
# (recipes: examples/bench/real/recipes/, w3m.sh, dfsch.sh, bdwgc.sh; the
# sources are git clones of tats/w3m, adh/dfsch and ivmai/bdwgc, see the
# top of examples/bench/real/run.sh)
# (examples/bench/real/run.sh; ROUNDS, FILE_ROUNDS and OUT pass through).
bench: all
	@examples/bench/run.sh; s=$$?; \
	 if [ -n "$(REAL)" ]; then $(MAKE) --no-print-directory bench-real || s=1; \
	 else echo "bench: real code bases skipped: give their sources as REAL='w3m=/path/to/w3m dfsch=/path/to/dfsch ...' (recipes: examples/bench/real/recipes/, or RECIPES=DIR; see examples/bench/real/run.sh)"; fi; \
	 exit $$s

bench-real: all
	@if [ -z "$(REAL)" ]; then echo "bench-real: give REAL='NAME=SRC ...' (recipes: examples/bench/real/recipes/, or RECIPES=DIR)"; exit 1; fi
	@DOC=$${DOC:-docs/performance.md} $(if $(RECIPES),RECIPES=$(RECIPES)) examples/bench/real/run.sh $(REAL)

# Every execute torture program built and run, then every compile torture
# program built, with and without the plugin (gcc-12).
torture: all
	@testsuite/torture/run.sh --full; a=$$?; \
	 testsuite/torture/run.sh --compile --full; b=$$?; \
	 [ $$a = 0 ] && [ $$b = 0 ]

fuzz: all
	@testsuite/fuzz/run.sh $(or $(N),100)

# Into each installed compiler's own plugin directory (the chroots'
# compilers are not the machine's: they are left out).
install: deps
	@$(MAKE) --no-print-directory install-run

install-run: plugins
	@set -e; for v in $(BUILD_MAJORS); do \
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
	@b="$(DESTDIR)$(or $(BINDIR),$(PREFIX)/bin)"; install -d "$$b"; \
	for t in $(TOOLS); do install -m 755 $$t "$$b/$$(basename $$t)"; echo "installed $$b/$$(basename $$t)"; done

# Every gcc.dg/**/*.c of gcc-12-source compiled with and without the plugin
# at -O0 and -O2 (alloc=malloc,calloc,strdup free=free -m), each compile
# under a time limit: internal compiler errors, hangs and new failures.
sweep: all
	@nice testsuite/sweep/run.sh --full

# The chroots are unmounted first: a bind mount of this worktree inside
# build/chroot/ would otherwise let rm reach the worktree itself.
clean:
	@.ci/chroot.sh unmount
	rm -rf --one-file-system build
