/* The libcmark floor: read each article, skip its front matter, parse and render the Markdown
 * with libcmark (the options Warta uses) and write the HTML. Nothing else a site generator does.
 *
 *   cmark_floor OUT_DIR < list-of-files      (bench/run.py starts two, one per core)
 */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(buf); return NULL; }
    fclose(f);
    buf[n] = 0;
    *size = (size_t)n;
    return buf;
}

/* The body starts after the second line that is exactly "---". */
static const char *body_of(const char *text) {
    if (strncmp(text, "---\n", 4) != 0) return text;
    const char *p = text + 4;
    while (*p) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == 3 && strncmp(p, "---", 3) == 0) return end ? end + 1 : p + len;
        if (!end) break;
        p = end + 1;
    }
    return text;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: cmark_floor OUT_DIR < files\n"); return 2; }
    char line[4096], out[4096];
    long count = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) continue;
        size_t size;
        char *text = read_file(line, &size);
        if (!text) { fprintf(stderr, "cannot read %s\n", line); return 1; }
        const char *body = body_of(text);
        char *html = cmark_markdown_to_html(body, strlen(body), CMARK_OPT_SMART | CMARK_OPT_SOURCEPOS);
        snprintf(out, sizeof out, "%s/%ld.html", argv[1], count++);
        FILE *f = fopen(out, "wb");
        if (!f) { fprintf(stderr, "cannot write %s\n", out); return 1; }
        fwrite(html, 1, strlen(html), f);
        fclose(f);
        free(html);
        free(text);
    }
    return 0;
}
