"""htmlcheck: reads an HTML page on stdin and prints, one per line, the
element names in order of opening (for tests: counts and what is there),
then "unbalanced" if an element other than a void one is left open or
closed without being open.  Standard library only (Debian's python3)."""
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "area", "base", "col",
        "embed", "source", "track", "wbr"}


class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.bad = False

    def handle_starttag(self, tag, attrs):
        print(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.bad = True
            return
        self.stack.pop()


c = Check()
c.feed(sys.stdin.read())
c.close()
if c.bad or c.stack:
    print("unbalanced")
