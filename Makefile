# IIoT Workbench: `make run` opens the workbench on the default example, `make test` runs every
# test. Both install the Debian packages that are missing first.

BUILD       ?= build
ASAN_BUILD  ?= build-asan
FUZZ_BUILD  ?= build-fuzz
FUZZ_SECONDS ?= 60
PROJECT     ?= examples/smart-factory.yaml
CMAKE_FLAGS ?= -DIIOT_WERROR=ON
CTEST_JOBS  ?= 2

# Build tools, libraries, headless GUI testing (xvfb), the clang runtime for fuzzing, the
# external MILP solvers run by the exact methods, and the checkers the export tests use.
PACKAGES = cmake ninja-build g++ clang libclang-rt-14-dev pkg-config \
           qt6-base-dev qt6-svg-dev libqcustomplot-dev libqcustomplot2.1-qt6 \
           libboost-graph-dev libyaml-cpp-dev libyaml-dev libsqlite3-dev sqlite3 \
           xvfb xauth \
           coinor-cbc glpk-utils python3-networkx python3-tosca-parser poppler-utils

.PHONY: all deps configure build run test bench test-asan fuzz format clean

all: build

deps:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -q && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD)

run: build
	$(BUILD)/app/iiot-workbench $(PROJECT)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(CTEST_JOBS)

bench: configure
	cmake --build $(BUILD) --target bench-build
	@status=0; for b in $(BUILD)/tests/bench_*; do \
	  [ -f $$b ] && [ -x $$b ] || continue; echo "== $$b"; $$b || status=1; \
	done; exit $$status

# AddressSanitizer + UndefinedBehaviorSanitizer over the whole suite, then a short run of each fuzzer.
# Kept cheap for CI: -O1 with line tables only (reports still name file and line), assertions on,
# lld when installed (links of the test programs dominate otherwise), benchmarks not built.
ASAN_CMAKE_FLAGS = -DIIOT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
  $(if $(shell command -v ld.lld),-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld)
test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja $(CMAKE_FLAGS) $(ASAN_CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD)
	cd $(ASAN_BUILD) && QT_QPA_PLATFORM=offscreen \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	  ctest --output-on-failure -j $(CTEST_JOBS)
	$(MAKE) fuzz FUZZ_SECONDS=$(if $(filter command line,$(origin FUZZ_SECONDS)),$(FUZZ_SECONDS),20)

# libFuzzer targets (clang); corpora seeded from the examples and every bad input that has a test.
# Only the fuzz programs are built (the model library under them), not the solvers or the CLI.
FUZZ_TARGETS = $(patsubst tests/fuzz/%.cpp,%,$(wildcard tests/fuzz/fuzz_*.cpp))
fuzz: deps
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DIIOT_FUZZ=ON -DIIOT_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(FUZZ_BUILD) --target $(FUZZ_TARGETS)
	@set -e; for f in $(FUZZ_BUILD)/tests/fuzz_*; do \
	  [ -f $$f ] && [ -x $$f ] || continue; \
	  name=$$(basename $$f); corpus=$(FUZZ_BUILD)/corpus/$$name; mkdir -p $$corpus; \
	  [ "$$name" != fuzz_yaml_reader ] || cp examples/*.yaml $$corpus/; \
	  echo "== $$name for $(FUZZ_SECONDS) s"; \
	  seeds=tests/fuzz/corpus/$$name; [ -d $$seeds ] || seeds=; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	      $$corpus $$seeds; \
	done

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
