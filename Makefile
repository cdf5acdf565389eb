# depeche: small Unix filters that turn news text into checkable facts.
# GNU make.  `make` builds bin/; `make test` runs the test suite; see README.

PREFIX	= /usr/local
BINDIR	= $(PREFIX)/bin
MANDIR	= $(PREFIX)/share/man
LEXDIR	= $(PREFIX)/share/depeche/lexicons

CC	= cc
# -O3: segment's per-character loops run about 10% faster than with -O2.
# -flto: the library's small functions (a set's lookup, a buffer's append,
# the model's sums) inlined into the tools, about 3% fewer instructions.
# Fat objects hold machine code too: tests/code.bats reads their symbols,
# and an archiver without the LTO plugin still makes a working library.
CFLAGS	= -O3 -g -Wall -Wextra -flto=auto -ffat-lto-objects
LDFLAGS	= -flto=auto
# Where objects and bin/ go: `make check` builds a sanitized copy elsewhere.
B	= .

PKGS	= libutf8proc yaml-0.1 libxxhash
DEPCFLAGS != pkg-config --cflags $(PKGS) 2>/dev/null || true
DEPLIBS	!= pkg-config --libs $(PKGS) 2>/dev/null || echo -lutf8proc -lyaml -lxxhash
# model.c uses libm; filter.c's jobs, threads.
DEPLIBS	+= -lm -pthread
ALLCFLAGS = -std=c11 -pthread -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
	-DLEXDIR='"$(LEXDIR)"' -Icommon $(DEPCFLAGS) $(CFLAGS)

TOOLS	= to-jsonl normalize segment tag-entities extract-claims to-html
BIN	= $(TOOLS:%=$(B)/bin/%)
COMMON	= buf cli doc err filter image io json jsonl lang lexicon model \
	  progress record strset utf8 xalloc
COMMON	:= $(filter $(basename $(notdir $(wildcard common/*.c))),$(COMMON))
LIBOBJ	= $(COMMON:%=$(B)/obj/common/%.o)
UNITS	= $(basename $(notdir $(wildcard tests/unit/*_test.c)))
UNITBIN	= $(UNITS:%=$(B)/obj/tests/%)
MAN	= man/depeche.7 $(TOOLS:%=man/%.1)

# -DDP_EXACT_ARRAYS: arrays a record reuses are sized to each record, so
# that ASan sees a read past a record's last item (dp_resize_cap).
SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer -Wall -Wextra -DDP_EXACT_ARRAYS

# tag-entities' languages compiled (tag-entities -C): it starts in a few
# milliseconds from them, where reading their YAML takes tens.  Built in
# the tree's lexicons/, by the tree's own binary only.
IMAGES	= $(patsubst %/entities.model,%/entities.image,\
	$(wildcard lexicons/*/entities.model))

all: $(BIN)
ifeq ($(B),.)
all: $(IMAGES)
endif

# Profile-guided optimisation, with GCC: the tools are first built with
# counters, run by tools/train-profile over the bundled samples, and their
# objects then compiled again, in the same place, with what the counters
# saw (hot paths laid out straight and inlined, cold ones kept small): on
# the benchmark's text tag-entities runs about 10% fewer instructions and
# extract-claims 12%, their output unchanged.  In the same place, as GCC
# knows a static function's counters by its object's path.  Only the
# tree's own build (not make check's, tsan's or fuzz's); `make PGO=`
# builds without.
PGO	!= $(CC) -v 2>&1 | grep -q '^gcc version' && echo 1 || true
PROFDIR	= $(CURDIR)/build/profile
ifeq ($(B)$(PGO),.1)
PGOUSE	= -fprofile-use=$(PROFDIR) -fprofile-correction -Wno-missing-profile
PGODONE	= $(PROFDIR)/done
endif
PGOSRC	= $(wildcard common/*.[ch] cmd/*.c cmd/*/*.[ch])

# All the objects are compiled with counters (-B: those compiled with the
# last profile look up to date), and those the counters' build leaves are
# older than done: all are compiled again with the new profile.
$(PROFDIR)/done: $(PGOSRC) tools/train-profile $(wildcard samples/*.txt)
	@rm -rf $(PROFDIR)
	@$(MAKE) -s -B PGO= \
	    CFLAGS='-O3 -g -fprofile-generate=$(PROFDIR) -fprofile-update=atomic' \
	    LDFLAGS='-fprofile-generate=$(PROFDIR)' $(BIN)
	@sh tools/train-profile bin
	@touch $@

lexicons/%/entities.image: bin/tag-entities lexicons/%/entities.model \
    $(wildcard lexicons/*/*.yaml)
	DEPECHE_LEXICONS=$(CURDIR)/lexicons bin/tag-entities -C $*

$(B)/obj/common/%.o: common/%.c common/common.h $(PGODONE)
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) $(PGOUSE) -c -o $@ $<

# A tool is cmd/NAME.c or, once it has grown, the files of cmd/NAME/ with
# their header cmd/NAME/NAME.h.
$(B)/obj/cmd/%.o: cmd/%.c common/common.h $(PGODONE)
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) $(PGOUSE) -c -o $@ $<

$(B)/obj/libcommon.a: $(LIBOBJ)
	$(AR) rcs $@ $(LIBOBJ)

toolobjs = $(if $(wildcard cmd/$(1)/*.c),$(patsubst cmd/%.c,$(B)/obj/cmd/%.o,\
	$(wildcard cmd/$(1)/*.c)),$(B)/obj/cmd/$(1).o)
$(foreach t,$(TOOLS),$(eval $(B)/bin/$(t): $(call toolobjs,$(t)) \
	$(B)/obj/libcommon.a))
$(foreach t,$(TOOLS),$(eval $(call toolobjs,$(t)): $(wildcard cmd/$(t)/*.h)))

$(B)/bin/%:
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $(filter %.o,$^) $(B)/obj/libcommon.a $(DEPLIBS)

$(B)/obj/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/obj/libcommon.a
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) $(LDFLAGS) -o $@ $< $(B)/obj/libcommon.a $(DEPLIBS)

units: $(UNITBIN)

# Installs the Debian packages the build and the tests need, if missing.
deps:
	@sh tools/deps

test: deps
	@$(MAKE) -s all units
	@DEPECHE_BIN=$(CURDIR)/$(B)/bin UNITDIR=$(CURDIR)/$(B)/obj/tests \
	    sh tests/run

# The same suite against binaries built with ASan and UBSan.
check: deps
	@$(MAKE) -s B=build/san CFLAGS='$(SANFLAGS)' \
	    LDFLAGS='-fsanitize=address,undefined' all units
	@DEPECHE_BIN=$(CURDIR)/build/san/bin \
	    UNITDIR=$(CURDIR)/build/san/obj/tests \
	    DEPECHE_LEXICONS=$(CURDIR)/lexicons \
	    ASAN_OPTIONS=detect_leaks=1 sh tests/run

# The jobs' tests against binaries built with TSan: the threads of
# dp_filter_run_jobs and what the tools' contexts share, the lexicons
# found beside the binaries as an installed tool finds them.
tsan: deps
	@$(MAKE) -s B=build/tsan CFLAGS='-O1 -g -fsanitize=thread' \
	    LDFLAGS='-fsanitize=thread' all
	@ln -sfn ../../lexicons build/tsan/lexicons
	@DEPECHE_BIN=$(CURDIR)/build/tsan/bin \
	    TSAN_OPTIONS=halt_on_error=1:exitcode=70 bats tests/jobs.bats

# Fuzzes the record parser and the tools' rules with libFuzzer (clang); see
# tests/fuzz/.  A target links the objects of its tool but main.o
# (FUZZOBJ_name).
FUZZ_SECONDS = 60
FUZZERS	= jsonl segment entities claims html mojibake yaml
fuzzobjs = $(filter-out %/main.o,$(patsubst cmd/%.c,build/fuzz/obj/cmd/%.o,\
	$(wildcard cmd/$(1)/*.c)))
FUZZOBJ_segment = $(call fuzzobjs,segment)
FUZZOBJ_entities = $(call fuzzobjs,tag-entities)
FUZZOBJ_claims = $(call fuzzobjs,extract-claims)
FUZZOBJ_html = $(call fuzzobjs,to-html)
FUZZOBJ_mojibake = $(call fuzzobjs,normalize)
# A crashing input is kept in build/fuzz/crash-*; any sanitizer report,
# UBSan's too, ends the run as a failure.
FUZZFLAGS = -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	-artifact_prefix=build/fuzz/
fuzz:
	@sh tools/deps clang libclang-rt-14-dev
	@$(MAKE) -s B=build/fuzz CC=clang CFLAGS='-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -DDP_EXACT_ARRAYS' build/fuzz/obj/libcommon.a $(foreach f,$(FUZZERS),$(FUZZOBJ_$(f)))
	$(foreach f,$(FUZZERS),clang $(ALLCFLAGS) -O1 -g \
	    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -o build/fuzz/$(f)_fuzz \
	    tests/fuzz/$(f)_fuzz.c $(FUZZOBJ_$(f)) build/fuzz/obj/libcommon.a \
	    $(DEPLIBS) &&) true
	@mkdir -p build/fuzz/corpus build/fuzz/segcorpus build/fuzz/claimcorpus
	cp tests/fuzz/seeds/*.json build/fuzz/corpus/
	cp samples/*.txt tests/fuzz/seeds/record-* build/fuzz/segcorpus/
	cp samples/*.txt tests/fuzz/seeds/record-* tests/fuzz/seeds/claims-* \
	    tests/fuzz/seeds/entities-* \
	    build/fuzz/claimcorpus/
	build/fuzz/jsonl_fuzz $(FUZZFLAGS) build/fuzz/corpus
	DEPECHE_LEXICONS=$(CURDIR)/lexicons build/fuzz/segment_fuzz \
	    $(FUZZFLAGS) build/fuzz/segcorpus
	DEPECHE_LEXICONS=$(CURDIR)/lexicons build/fuzz/entities_fuzz \
	    $(FUZZFLAGS) build/fuzz/claimcorpus
	DEPECHE_LEXICONS=$(CURDIR)/lexicons build/fuzz/claims_fuzz \
	    $(FUZZFLAGS) build/fuzz/claimcorpus
	build/fuzz/html_fuzz $(FUZZFLAGS) build/fuzz/claimcorpus
	@mkdir -p build/fuzz/mojicorpus
	cp tests/fuzz/seeds/mojibake-* build/fuzz/mojicorpus/
	build/fuzz/mojibake_fuzz $(FUZZFLAGS) build/fuzz/mojicorpus
	@mkdir -p build/fuzz/yamlcorpus
	for f in lexicons/*/segment.yaml lexicons/*/profile.yaml \
	    tests/fuzz/seeds/yaml-*; do cp "$$f" \
	    "build/fuzz/yamlcorpus/$$(echo "$$f" | tr / _)"; done
	build/fuzz/yaml_fuzz $(FUZZFLAGS) build/fuzz/yamlcorpus

# The main job on the bundled sample: its claims as a table, and the page
# of to-html in build/demo.html.
# deps first, then the build: with make -j the two would race on a fresh
# machine (a header not yet installed).
demo: deps
	@$(MAKE) -s all
	@mkdir -p build
	@./bin/to-jsonl samples/fr-greve-port.txt | ./bin/normalize | \
	    ./bin/segment | ./bin/tag-entities | ./bin/extract-claims \
	    >build/demo.jsonl
	@jq -r '.claims[] | [.source.text // "-", .cue.text, .kind, .content.text[:60]] | join(" | ")' build/demo.jsonl
	@./bin/to-html -t 'depeche: the sample article' build/demo.jsonl \
	    >build/demo.html
	@echo "The page: build/demo.html"

# The README's picture of to-html's page of the sample (needs chromium).
screenshot: demo
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
	    --window-size=1000,1500 --screenshot=samples/fr-greve-port.png \
	    "file://$(CURDIR)/build/demo.html" 2>/dev/null

lint:
	mandoc -T lint -W warning $(MAN)

# Scores segment, tag-entities and extract-claims on the gold corpora of
# ../shared (SHARED=...); eval-dev leaves the test splits out, for tuning.
SHARED = ../shared
eval: all
	@sh tools/eval $(SHARED)

eval-dev: all
	@sh tools/eval -d $(SHARED)

# Rebuilds tag-entities' and segment's models from the training corpora
# of $(SHARED).
model: all
	@sh tools/train-entities $(SHARED)
	@sh tools/train-segment $(SHARED)

bench: all
	@sh tools/deps hyperfine
	@sh tools/bench

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(LEXDIR)
	install -m 0755 $(BIN) contrib/depeche-dask $(DESTDIR)$(BINDIR)
	install -m 0644 $(TOOLS:%=man/%.1) $(DESTDIR)$(MANDIR)/man1
	install -m 0644 man/depeche.7 $(DESTDIR)$(MANDIR)/man7
	cp -R lexicons/. $(DESTDIR)$(LEXDIR)
	mkdir -p $(DESTDIR)$(PREFIX)/share/depeche/examples
	install -m 0644 examples/corpus.mk \
	    $(DESTDIR)$(PREFIX)/share/depeche/examples

uninstall:
	rm -f $(TOOLS:%=$(DESTDIR)$(BINDIR)/%) $(DESTDIR)$(BINDIR)/depeche-dask \
	    $(TOOLS:%=$(DESTDIR)$(MANDIR)/man1/%.1) \
	    $(DESTDIR)$(MANDIR)/man7/depeche.7
	rm -rf $(DESTDIR)$(LEXDIR) $(DESTDIR)$(PREFIX)/share/depeche/examples

clean:
	rm -rf bin obj build $(IMAGES)

.PHONY: all units deps test check tsan fuzz demo screenshot lint eval eval-dev model bench install uninstall clean
.SECONDARY:
