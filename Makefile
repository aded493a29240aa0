# Almanac: the two commands a fresh machine needs are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libopenblas-dev liblapack-dev pkg-config

.PHONY: deps build release test docs demo fuzz dist clean

# Install the system BLAS/LAPACK when missing (Debian/Ubuntu; as root or with sudo).
deps:
	@if ! pkg-config --exists openblas 2>/dev/null; then \
	  echo "installing $(APT_PACKAGES)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build
	$(SWIFT) test
	# Fixed-seed size check of the calibrated break tests (Benchmarks/breaks/size-power).
	$(SWIFT) build -c release --product breaks-size-power
	.build/release/breaks-size-power --cells check

# DocC archives of every library (swift-docc-plugin; .build/plugins/Swift-DocC/outputs/).
# --warnings-as-errors: a broken symbol link or an undocumented parameter fails the build.
DOC_TARGETS := AlmanacNumerics TimeSeries Forecaster Breaks Impact Reports Almanac
docs: deps
	$(SWIFT) package generate-documentation $(addprefix --target ,$(DOC_TARGETS)) --warnings-as-errors

# libFuzzer on the CSV readers and the model loader (SECONDS per target; make test replays the
# corpus with seeded mutations instead). See Tests/Fuzz/README.md.
fuzz: deps
	bash Tests/Fuzz/run.sh $(or $(SECONDS),600)

demo: release
	bash Examples/demo.sh

# The binary Spark executors run (python/README.md): the Swift runtime and Foundation
# linked in, so executors need no Swift toolchain; OpenBLAS/LAPACK stay shared system
# libraries (executors: apt-get install libopenblas0, which brings libgfortran5). A separate scratch
# path keeps the everyday release build incremental.
DIST_SCRATCH ?= .build-dist
dist: deps
	$(SWIFT) build -c release --static-swift-stdlib --product almanac --scratch-path $(DIST_SCRATCH)
	mkdir -p dist
	cp $(DIST_SCRATCH)/release/almanac dist/almanac-linux-$$(uname -m)
	@echo "dist/almanac-linux-$$(uname -m) needs only these shared libraries:"
	@ldd dist/almanac-linux-$$(uname -m) | awk '{print "  " $$1}'

clean:
	rm -rf .build
