# corpus.mk: runs the depeche pipeline over a tree of .txt files, one
# .jsonl per text, then merges their records into one file; `make -j` runs
# texts in parallel, and a second run redoes only the texts that changed.
#
#   make -f corpus.mk SRC=articles OUT=build [-j4]
#
# SRC   the tree of .txt files (default: corpus)
# OUT   where the records go, mirroring SRC (default: out); the merged
#       file is OUT/claims.jsonl, in the order of the texts' paths
# BIN   the directory of the tools, if they are not on PATH
#
# Each text's id is its path under SRC without .txt (2019/article1), the
# same whether it runs alone or with the others.  Start-up is paid once
# per text: for a large corpus one pipe (to-jsonl $(TEXTS) | normalize |
# ...) is faster, at the price of redoing everything.

SRC	?= corpus
OUT	?= out
BIN	?=
TOOL	= $(if $(BIN),$(BIN)/,)

TEXTS	:= $(shell find $(SRC) -name '*.txt' | LC_ALL=C sort)
RECORDS	:= $(TEXTS:$(SRC)/%.txt=$(OUT)/%.jsonl)

all: $(OUT)/claims.jsonl

$(OUT)/claims.jsonl: $(RECORDS)
	cat $(RECORDS) >$@.tmp && mv $@.tmp $@

# A record is written to a temporary file first, so that an interrupted
# run leaves no half record behind to be taken as done.
$(OUT)/%.jsonl: $(SRC)/%.txt
	@mkdir -p $(@D)
	$(TOOL)to-jsonl $< | \
	    jq -c --arg id '$*' '.id = $$id' | \
	    $(TOOL)normalize | $(TOOL)segment | $(TOOL)tag-entities | \
	    $(TOOL)extract-claims >$@.tmp && mv $@.tmp $@

clean:
	rm -rf $(OUT)

.PHONY: all clean
.DELETE_ON_ERROR:
