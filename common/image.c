/*
 * image.c: compiled lexicons.  A tool that takes long to build its
 * language from YAML (tag-entities: a megabyte of gazetteer) saves what it
 * built as an image, which later runs read with one read(2) instead.
 *
 * An image names the files it was built from, each with its size and
 * hash, and is used only while they are unchanged: the YAML stays the
 * source users edit.  It is checked whole (a hash over all its bytes) and
 * for the machine and format that wrote it; any doubt and the tool reads
 * the YAML, as it would without an image.
 *
 * An image is mapped, not read: a run touches only the pages it looks
 * up, and sections may be used in place (a set's slots, the model's
 * table), so each starts at a multiple of 8 bytes.  The mapping is
 * private and writable: writing a page copies it, the file never changes.
 *
 * Format, numbers in the writer's byte order (the layout word tells it):
 * "DPIMAGE1", u32 layout, u32 length and bytes of the format's name, u32
 * number of sources, each a u32 length and name, u64 size (or all ones:
 * absent), u64 hash; zeros to a multiple of 8; then sections, each a u32
 * tag, u32 zero, u64 length, its bytes and zeros to a multiple of 8; and
 * last the u64 XXH3 of every byte before it.
 */

#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xxhash.h>

#include "common.h"

#define MAGIC	"DPIMAGE1"
#define ABSENT	UINT64_MAX
/* Sizes and byte order of what sections hold as they are in memory. */
#define LAYOUT	((uint32_t)(sizeof(size_t) | sizeof(int) << 8 | \
	    sizeof(double) << 16 | 0x12u << 24))

struct dp_image {
	char		*map;		/* the file, mapped */
	size_t		 size;
	const char	*sections;	/* into map */
	size_t		 len;		/* of the sections */
};

static const char zero[8];

static void
put(struct dp_buf *b, const void *p, size_t n)
{
	dp_buf_add(b, p, n);
}

static void
put_u32(struct dp_buf *b, uint32_t v)
{
	put(b, &v, sizeof(v));
}

static void
put_u64(struct dp_buf *b, uint64_t v)
{
	put(b, &v, sizeof(v));
}

/* A file mapped whole, or NULL with errno; an empty one is "". */
static char *
map_file(const char *path, size_t *size)
{
	struct stat st;
	char *p;
	int fd;

	if ((fd = open(path, O_RDONLY)) == -1)
		return NULL;
	if (fstat(fd, &st) == -1) {
		close(fd);
		return NULL;
	}
	*size = (size_t)st.st_size;
	p = *size == 0 ? (char *)zero : mmap(NULL, *size,
	    PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	close(fd);
	return p == MAP_FAILED ? NULL : p;
}

static void
unmap_file(char *p, size_t size)
{
	if (p != NULL && size > 0)
		munmap(p, size);
}

/* The size and hash of a file, or ABSENT if there is none. */
static int
stamp(const char *path, uint64_t *size, uint64_t *hash)
{
	size_t n;
	char *p;

	if ((p = map_file(path, &n)) == NULL) {
		*size = ABSENT;
		*hash = 0;
		return errno == ENOENT ? 0 : -1;
	}
	*size = n;
	*hash = XXH3_64bits(p, n);
	unmap_file(p, n);
	return 0;
}

void
dp_image_begin(struct dp_buf *out, const char *format, const char *dir,
    const char *const *sources)
{
	struct dp_buf path = { 0 };
	uint64_t size, hash;
	size_t i, n;

	dp_buf_reset(out);
	put(out, MAGIC, 8);
	put_u32(out, LAYOUT);
	put_u32(out, (uint32_t)strlen(format));
	put(out, format, strlen(format));
	for (n = 0; sources[n] != NULL; n++)
		;
	put_u32(out, (uint32_t)n);
	for (i = 0; i < n; i++) {
		dp_buf_reset(&path);
		dp_buf_printf(&path, "%s/%s", dir, sources[i]);
		if (stamp(dp_buf_cstr(&path), &size, &hash) == -1)
			dp_die(DP_EX_NOINPUT, "%s: %s", path.data,
			    strerror(errno));
		put_u32(out, (uint32_t)strlen(sources[i]));
		put(out, sources[i], strlen(sources[i]));
		put_u64(out, size);
		put_u64(out, hash);
	}
	put(out, zero, (8 - out->len % 8) % 8);
	dp_buf_free(&path);
}

void
dp_image_section(struct dp_buf *out, uint32_t tag, const void *p, size_t n)
{
	put_u32(out, tag);
	put_u32(out, 0);
	put_u64(out, n);
	put(out, p, n);
	put(out, zero, (8 - n % 8) % 8);
}

int
dp_image_save(struct dp_buf *out, const char *path)
{
	struct dp_buf tmp = { 0 };
	FILE *fp;
	int rc = 0;

	put_u64(out, XXH3_64bits(out->data, out->len));
	/* Written beside and renamed: a run never reads half an image. */
	dp_buf_printf(&tmp, "%s.tmp", path);
	if ((fp = fopen(dp_buf_cstr(&tmp), "wb")) == NULL)
		rc = -1;
	else {
		if (fwrite(out->data, 1, out->len, fp) != out->len)
			rc = -1;
		if (fclose(fp) == EOF)
			rc = -1;
		if (rc == 0 && rename(tmp.data, path) == -1)
			rc = -1;
		if (rc == -1)
			remove(tmp.data);
	}
	dp_buf_free(&tmp);
	return rc;
}

/* Reads n bytes at *p of the file's end, or returns NULL. */
static const char *
take(const char **p, const char *end, size_t n)
{
	const char *r = *p;

	if ((size_t)(end - r) < n)
		return NULL;
	*p += n;
	return r;
}

static int
get_u32(const char **p, const char *end, uint32_t *v)
{
	const char *r = take(p, end, sizeof(*v));

	if (r != NULL)
		memcpy(v, r, sizeof(*v));
	return r != NULL ? 0 : -1;
}

static int
get_u64(const char **p, const char *end, uint64_t *v)
{
	const char *r = take(p, end, sizeof(*v));

	if (r != NULL)
		memcpy(v, r, sizeof(*v));
	return r != NULL ? 0 : -1;
}

/* Whether every source is as the image was built from. */
static int
sources_unchanged(const char **p, const char *end, const char *dir)
{
	struct dp_buf path = { 0 };
	uint64_t size, hash, want_size, want_hash;
	const char *name;
	uint32_t n, len;
	int ok = 1;

	if (get_u32(p, end, &n) == -1)
		return 0;
	while (ok && n-- > 0) {
		if (get_u32(p, end, &len) == -1 ||
		    (name = take(p, end, len)) == NULL ||
		    memchr(name, '/', len) != NULL ||
		    get_u64(p, end, &want_size) == -1 ||
		    get_u64(p, end, &want_hash) == -1)
			ok = 0;
		else {
			dp_buf_reset(&path);
			dp_buf_printf(&path, "%s/%.*s", dir, (int)len, name);
			ok = stamp(dp_buf_cstr(&path), &size, &hash) == 0 &&
			    size == want_size && hash == want_hash;
		}
	}
	dp_buf_free(&path);
	return ok;
}

struct dp_image *
dp_image_open(const char *path, const char *format, const char *dir,
    const char **why)
{
	struct dp_image *img;
	const char *p, *end, *name;
	uint64_t sum;
	uint32_t v, len;
	size_t size;
	char *map;

	if ((map = map_file(path, &size)) == NULL) {
		*why = errno == ENOENT ? NULL : strerror(errno);
		return NULL;
	}
	*why = NULL;
	p = map;
	end = p + size;
	if (size < 24 || memcmp(p, MAGIC, 8) != 0 || size % 8 != 0)
		*why = "not a depeche image";
	if (*why == NULL) {
		end -= 8;
		memcpy(&sum, end, 8);
		if (XXH3_64bits(p, (size_t)(end - p)) != sum)
			*why = "corrupt (its hash does not match)";
	}
	p += 8;
	if (*why == NULL && (get_u32(&p, end, &v) == -1 || v != LAYOUT))
		*why = "written on another kind of machine";
	if (*why == NULL && (get_u32(&p, end, &len) == -1 ||
	    (name = take(&p, end, len)) == NULL || len != strlen(format) ||
	    memcmp(name, format, len) != 0))
		*why = "written by another version";
	if (*why == NULL && !sources_unchanged(&p, end, dir))
		*why = "older than its lexicons";
	if (*why == NULL && take(&p, end, (size_t)(8 - (p - map) % 8) % 8) ==
	    NULL)
		*why = "not a depeche image";
	if (*why != NULL) {
		unmap_file(map, size);
		return NULL;
	}
	img = dp_calloc(1, sizeof(*img));
	img->map = map;
	img->size = size;
	img->sections = p;
	img->len = (size_t)(end - p);
	return img;
}

const char *
dp_image_get(const struct dp_image *img, uint32_t tag, size_t *n)
{
	const char *p = img->sections, *end = p + img->len, *data;
	uint32_t t, pad;
	uint64_t len;

	while (get_u32(&p, end, &t) == 0 && get_u32(&p, end, &pad) == 0 &&
	    get_u64(&p, end, &len) == 0 && len <= (uint64_t)(end - p) &&
	    (data = take(&p, end, (size_t)len)) != NULL &&
	    take(&p, end, (size_t)(8 - len % 8) % 8) != NULL)
		if (t == tag) {
			*n = (size_t)len;
			return data;
		}
	return NULL;
}

void
dp_image_close(struct dp_image *img)
{
	if (img == NULL)
		return;
	unmap_file(img->map, img->size);
	free(img);
}
