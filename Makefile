# raadsdoc — the two commands a newcomer needs are `make demo` and `make test`.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# C libraries raadsdoc links against (pkg-config names libxml-2.0, libzip, libcmark-gfm, libdeflate, libcrypto, hunspell;
# libhyphen has none), the dictionaries the language checks read, and CodeMirror 5
# for the werkplaats' editor (served from /usr/share/javascript/codemirror).
BUILD_PACKAGES := pkg-config libxml2-dev libzip-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libdeflate-dev libssl-dev libhunspell-dev libhyphen-dev hunspell-nl hunspell-en-us hyphen-nl libjs-codemirror
# What the tests use besides: LibreOffice for the PDF round trip, pdftotext,
# the fonts the house style names, Python's jsonschema for the schemas, and a
# headless Chromium driven by Selenium for the werkplaats' browser test, and PDFBox
# Preflight (with the JAXB and activation jars Java 17 no longer ships) for PDF/A-1b.
TEST_PACKAGES := $(BUILD_PACKAGES) libreoffice-writer-nogui poppler-utils fonts-liberation2 python3-jsonschema python3-yaml python3-uno chromium chromium-driver python3-selenium libpdfbox2-java libactivation-java libjaxb-api-java

RAADSDOC := .build/release/raadsdoc

.PHONY: demo test build deps test-deps docs sjablonen bench bench-peers bench-werkplaats fuzz fuzz-build clean

## Installs what is missing, builds in release mode and renders every input into out/
## (with index.json), the seed agreement once more in the Aanwijzingen style into
## out/aanwijzingen/, and the council letter of seed 001 with its bijlagen as one
## document into out/bundel/.
demo: deps build
	@$(RAADSDOC) batch inputs --uit out
	@$(RAADSDOC) render inputs/leidse-regio/samenwerkingsovereenkomst-warmte.yaml --nummering aanwijzingen --uit out/aanwijzingen
	@$(RAADSDOC) render inputs/leidse-regio/raadsmededeling-warmte.yaml --bundel --uit out/bundel

## Installs what the tests need and runs them all, then each fuzz target for 20 s
## (a debug build, which compiles in half the time); a finding fails the run.
test: test-deps
	$(SWIFT) test
	@$(MAKE) --no-print-directory fuzz FUZZ_TIME=20 FUZZ_CONFIG=debug

## The Swift runtime and Foundation are linked in statically: loading them as
## shared libraries cost every start about 5 ms (symbol lookups in the dynamic loader).
build:
	$(SWIFT) build -c release --static-swift-stdlib --product raadsdoc

deps:
	@$(call install,$(BUILD_PACKAGES))

test-deps:
	@$(call install,$(TEST_PACKAGES))

## Benchmark: builds in release mode and prints throughput, memory and time per stage,
## then peak memory at 1,000, 10,000 and 100,000 letters (scripts/bench-geheugen.sh).
## `make bench N=2000` for a shorter run.
bench: deps build
	@$(call install,time bc)
	scripts/bench.sh $(N)
	scripts/bench-geheugen.sh

## Benchmark against relatorio (Python ODT templating, installed from PyPI into
## .build-peers/venv): both render the seed 001 letter N times (default 2000),
## interleaved over ROUNDS rounds (default 3), with one and two processes; prints
## letters/s, peak RSS, the ratios and an ODF 1.3 check of a sample of each, then
## the floor of the C libraries alone on that letter (scripts/peers/library_floor.c,
## built against libyaml-dev). `make bench-peers N=500 ROUNDS=1`; STORAGE=tmpfs or
## STORAGE=disk instead of /tmp; BRIEF=path/to/letter.yaml for a raadsinformatiebrief
## or raadsmededeling of one's own.
bench-peers: deps build
	@$(call install,time python3-venv libyaml-dev)
	scripts/bench-peers.sh $(or $(N),2000) $(or $(ROUNDS),3) $(or $(STORAGE),tmp)

## Benchmark of the werkplaats: p50/p95 of the check round trip on the seed agreement
## with 1 and with 20 editors at once. `make bench-werkplaats N=50` for a shorter run.
bench-werkplaats: deps build
	scripts/bench-werkplaats.sh $(or $(N),200)

## Coverage-guided fuzzing (Fuzz/README.md): builds the libFuzzer targets with
## -sanitize=fuzzer,address into .build-fuzz and runs each for FUZZ_TIME seconds
## (default 60); `make fuzz FUZZ_TIME=600`, or for FUZZ_RUNS executions each
## (`make fuzz FUZZ_RUNS=1000000`, no time limit). Findings go to .build-fuzz/findings/.
FUZZ_RUNS ?=
FUZZ_TIME ?= $(if $(FUZZ_RUNS),0,60)
FUZZ_CONFIG ?= release
FUZZ_TARGETS := YAML RichText Template Render

fuzz: fuzz-build
	@$(call install,python3)
	FUZZ_TIME=$(FUZZ_TIME) FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_BIN=.build-fuzz/$(FUZZ_CONFIG) Fuzz/run.sh $(FUZZ_TARGETS)

fuzz-build: deps
	@for target in $(FUZZ_TARGETS); do \
		RAADSDOC_FUZZ=1 $(SWIFT) build -c $(FUZZ_CONFIG) --scratch-path .build-fuzz \
			-Xswiftc -sanitize=fuzzer,address --product Fuzz$$target || exit 1; \
	done

## Regenerates the generated documentation in docs/: the rule catalogue, the
## input reference and the JSON Schema of every kind (tests fail when stale).
docs: build
	$(RAADSDOC) regels --markdown > docs/regels.md
	$(RAADSDOC) schema --markdown > docs/invoer.md
	rm -f docs/schema/*.schema.json
	$(RAADSDOC) schema --uit docs/schema > /dev/null
	$(RAADSDOC) velden --markdown > docs/velden.md

## Regenerates the shipped house-style templates (templates/*/*.ott) with LibreOffice.
sjablonen: build
	RAADSDOC=$(RAADSDOC) sh templates/maak-sjablonen.sh

clean:
	rm -rf .build .build-fuzz out/*
	touch out/.gitkeep

# Installs the Debian packages among $(1) that are not installed yet.
define install
	missing=""; \
	for package in $(1); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Ontbrekende pakketten installeren:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef
