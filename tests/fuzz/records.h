/*
 * records.h: what the fuzz targets of the tools share: the record made of
 * the fuzzer's bytes, and a run of the tool with its output thrown away.
 * For the tools after segment, the record also gets the tokens, sentences
 * and (empty) entities of its text from a simple tokenizer: runs of
 * letters and digits, with inner apostrophes and hyphens; every other
 * mark alone; a sentence at each '.'.  Or the fuzzer's bytes are a whole
 * record (seeds tests/fuzz/seeds/record-*), tampered with at will.
 */

static void
add_spans(struct dp_buf *line, const char *s, size_t n)
{
	size_t i = 0, k, cp = 0, start = 0, sent = 0;
	int32_t c;
	int inword = 0, first = 1;
	enum dp_class cl;

	dp_buf_adds(line, ",\"tokens\":[");
	for (i = 0; i <= n; i += k, cp++) {
		k = i < n ? dp_utf8_decode(s + i, n - i, &c) : 1;
		cl = i < n ? dp_uclass(c) : DP_CL_SPACE;
		if (inword && (i == n || !(cl == DP_CL_UPPER ||
		    cl == DP_CL_LETTER || cl == DP_CL_DIGIT || c == '\'' ||
		    c == '-' || c == 0x2019))) {
			dp_buf_printf(line, "%s[%zu,%zu]", first ? "" : ",",
			    start, cp);
			first = inword = 0;
		}
		if (i == n)
			break;
		if (cl == DP_CL_UPPER || cl == DP_CL_LETTER ||
		    cl == DP_CL_DIGIT) {
			if (!inword)
				start = cp;
			inword = 1;
		} else if (!inword && (cl == DP_CL_PUNCT ||
		    cl == DP_CL_SYMBOL)) {
			dp_buf_printf(line, "%s[%zu,%zu]", first ? "" : ",",
			    cp, cp + 1);
			first = 0;
		}
	}
	/* Sentences: up to each '.', the rest one more. */
	dp_buf_adds(line, "],\"sentences\":[");
	first = 1;
	for (i = 0, cp = 0; i < n; i += k, cp++) {
		k = dp_utf8_decode(s + i, n - i, &c);
		if (c == '.' || i + k == n) {
			dp_buf_printf(line, "%s[%zu,%zu]", first ? "" : ",",
			    sent, cp + 1);
			first = 0;
			sent = cp + 1;
		}
	}
	dp_buf_adds(line, "],\"entities\":[]}");
}

/* fuzz_record's answers: no record, one made of text, one as it came. */
enum { FUZZ_NONE, FUZZ_TEXT, FUZZ_WHOLE };

/*
 * Parses into r the record made of the fuzzer's bytes.  The first byte
 * picks the language, the rest is the text, with spans when spans is set;
 * or, the first byte's second bit set, the rest is a whole record line,
 * its fields, spans, sentences, tokens and entities tampered with as a
 * bad file would have them.  Returns FUZZ_NONE when the rest is not valid
 * UTF-8 or not a record: no input.
 */
static int
fuzz_record(struct dp_record *r, struct dp_buf *line,
    const unsigned char *data, size_t size, int spans)
{
	char err[160];

	if (size < 1 || dp_utf8_valid((const char *)data + 1, size - 1) !=
	    size - 1)
		return FUZZ_NONE;
	if (data[0] & 2) {
		dp_buf_add(line, (const char *)data + 1, size - 1);
		if (dp_record_parse(r, line->data, line->len, err,
		    sizeof(err)) != 0) {
			dp_record_free(r);
			dp_buf_free(line);
			return FUZZ_NONE;
		}
		r->name = "fuzz";
		return FUZZ_WHOLE;
	}
	dp_buf_adds(line, data[0] & 1 ? "{\"lang\":\"en\",\"text\":" :
	    "{\"lang\":\"fr\",\"text\":");
	dp_json_str(line, (const char *)data + 1, size - 1);
	if (spans)
		add_spans(line, (const char *)data + 1, size - 1);
	else
		dp_buf_addc(line, '}');
	if (dp_record_parse(r, line->data, line->len, err, sizeof(err)) != 0)
		abort();
	r->name = "fuzz";
	return FUZZ_TEXT;
}

/*
 * Is rc what a tool may answer to the record: 0 for one made of text, 0
 * or 65 (refused, said on stderr) for a whole one?
 */
static int
fuzz_rc_ok(int how, int rc)
{
	return rc == 0 || (how == FUZZ_WHOLE && rc == DP_EX_DATAERR);
}

/* Runs a tool's record function with its output thrown away. */
static int
run_quietly(int (*fn)(struct dp_record *, void *), struct dp_record *r,
    void *arg)
{
	FILE *saved = stdout;
	int rc;

	stdout = fopen("/dev/null", "w");
	rc = fn(r, arg);
	fclose(stdout);
	stdout = saved;
	return rc;
}
