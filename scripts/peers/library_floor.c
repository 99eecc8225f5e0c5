/*
 * What the C libraries raadsdoc calls cost for one letter, with nothing of
 * raadsdoc around them: the floor under any pipeline built on them.
 *
 * Usage: library_floor LETTER.yaml content.xml meta.xml LETTER.odt
 *
 * Per round, in this order (so that each finds the caches as the others
 * left them, as in a batch):
 *   - libyaml: the letter parsed to events (yaml_parser_parse), nothing kept;
 *   - cmark-gfm: each block text of the letter (a scalar in | or > style)
 *     parsed with the options and extensions raadsdoc uses, the tree freed;
 *   - libdeflate: content.xml and meta.xml compressed at level 6 with one
 *     compressor kept between rounds, as raadsdoc keeps one per thread;
 *   - OpenSSL: SHA-256 of the letter and of the .odt, as index.json records.
 * Prints one line: the microseconds per letter of each (mean over the
 * rounds), the number of block texts and their bytes.
 *
 * Built by scripts/bench-peers.sh against Debian's libyaml-dev (the same
 * libyaml 0.2.5 that Yams vendors), libcmark-gfm-dev, libdeflate-dev and
 * libssl-dev.
 */
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <libdeflate.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

struct buffer {
    unsigned char *bytes;
    size_t length;
};

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static struct buffer slurp(const char *path) {
    struct buffer buffer = {NULL, 0};
    FILE *file = fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "library_floor: %s is niet te lezen\n", path);
        exit(1);
    }
    size_t capacity = 1 << 16;
    buffer.bytes = malloc(capacity);
    size_t read;
    while (buffer.bytes && (read = fread(buffer.bytes + buffer.length, 1, capacity - buffer.length, file)) > 0) {
        buffer.length += read;
        if (buffer.length == capacity) buffer.bytes = realloc(buffer.bytes, capacity *= 2);
    }
    fclose(file);
    if (!buffer.bytes) exit(1);
    return buffer;
}

/* The letter's block texts, which raadsdoc reads as Markdown. */
static size_t block_texts(struct buffer letter, struct buffer *texts, size_t capacity) {
    yaml_parser_t parser;
    yaml_event_t event;
    size_t count = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, letter.bytes, letter.length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "library_floor: de brief is geen YAML\n");
            exit(1);
        }
        int end = event.type == YAML_STREAM_END_EVENT;
        if (event.type == YAML_SCALAR_EVENT && count < capacity &&
            (event.data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
             event.data.scalar.style == YAML_FOLDED_SCALAR_STYLE)) {
            texts[count].length = event.data.scalar.length;
            texts[count].bytes = malloc(event.data.scalar.length + 1);
            memcpy(texts[count].bytes, event.data.scalar.value, event.data.scalar.length);
            count++;
        }
        yaml_event_delete(&event);
        if (end) break;
    }
    yaml_parser_delete(&parser);
    return count;
}

static void parse_events(struct buffer letter) {
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, letter.bytes, letter.length);
    for (int end = 0; !end;) {
        if (!yaml_parser_parse(&parser, &event)) break;
        end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
}

static void parse_markdown(struct buffer text, cmark_syntax_extension **extensions, int count) {
    int options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
    cmark_parser *parser = cmark_parser_new(options);
    for (int i = 0; i < count; i++) cmark_parser_attach_syntax_extension(parser, extensions[i]);
    cmark_parser_feed(parser, (const char *)text.bytes, text.length);
    cmark_node *document = cmark_parser_finish(parser);
    cmark_node_free(document);
    cmark_parser_free(parser);
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "gebruik: library_floor BRIEF.yaml content.xml meta.xml BRIEF.odt\n");
        return 2;
    }
    struct buffer letter = slurp(argv[1]), content = slurp(argv[2]), meta = slurp(argv[3]), odt = slurp(argv[4]);
    struct buffer texts[256];
    size_t text_count = block_texts(letter, texts, 256), text_bytes = 0;
    for (size_t i = 0; i < text_count; i++) text_bytes += texts[i].length;

    cmark_gfm_core_extensions_ensure_registered();
    const char *names[] = {"table", "strikethrough", "autolink", "tasklist"};
    cmark_syntax_extension *extensions[4];
    int extension_count = 0;
    for (int i = 0; i < 4; i++) {
        cmark_syntax_extension *extension = cmark_find_syntax_extension(names[i]);
        if (extension) extensions[extension_count++] = extension;
    }
    struct libdeflate_compressor *compressor = libdeflate_alloc_compressor(6);
    size_t bound = libdeflate_deflate_compress_bound(compressor, content.length > meta.length ? content.length : meta.length);
    unsigned char *compressed = malloc(bound);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    if (!compressor || !compressed) return 1;

    double spent[4] = {0, 0, 0, 0};
    int rounds = 0;
    double start = now();
    /* At least 200 rounds and about a second of work. */
    while (rounds < 200 || now() - start < 1.0) {
        double t0 = now();
        parse_events(letter);
        double t1 = now();
        for (size_t i = 0; i < text_count; i++) parse_markdown(texts[i], extensions, extension_count);
        double t2 = now();
        libdeflate_deflate_compress(compressor, content.bytes, content.length, compressed, bound);
        libdeflate_deflate_compress(compressor, meta.bytes, meta.length, compressed, bound);
        double t3 = now();
        SHA256(letter.bytes, letter.length, digest);
        SHA256(odt.bytes, odt.length, digest);
        double t4 = now();
        spent[0] += t1 - t0;
        spent[1] += t2 - t1;
        spent[2] += t3 - t2;
        spent[3] += t4 - t3;
        rounds++;
    }
    printf("%.1f %.1f %.1f %.1f %zu %zu %zu %zu\n", spent[0] / rounds * 1e6, spent[1] / rounds * 1e6,
           spent[2] / rounds * 1e6, spent[3] / rounds * 1e6, text_count, text_bytes,
           content.length + meta.length, letter.length + odt.length);
    return 0;
}
