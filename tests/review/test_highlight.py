"""Nested highlights: overlapping spans become properly nested marks, text is escaped."""
import re
from html.parser import HTMLParser

from pipeline.review.highlight import Span, render


class MarkReader(HTMLParser):
    """Text back from rendered HTML, and for each row the characters its marks cover."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.open, self.covered, self.first = [], [], {}, {}

    def handle_starttag(self, tag, attrs):
        assert tag == "mark"
        attrs = dict(attrs)
        row = int(attrs["data-row"])
        self.open.append(row)
        if "first" in attrs["class"].split():
            assert row not in self.first, "a row has one first fragment"
            self.first[row] = attrs.get("id")

    def handle_endtag(self, tag):
        assert tag == "mark"
        self.open.pop()

    def handle_data(self, data):
        start = len("".join(self.text))
        self.text.append(data)
        for row in self.open:
            self.covered.setdefault(row, []).extend(range(start, start + len(data)))


def read(html_text):
    reader = MarkReader()
    reader.feed(html_text)
    reader.close()
    assert reader.open == [], "every mark is closed"
    return reader


def spans_of(pairs):
    return [Span(s, e, "targets", i, f"row{i}") for i, (s, e) in enumerate(pairs)]


def check(text, pairs):
    reader = read(render(text, spans_of(pairs)))
    assert "".join(reader.text) == text
    for i, (s, e) in enumerate(pairs):
        s, e = max(0, s), min(len(text), e)
        if s < e:
            assert reader.covered[i] == list(range(s, e)), f"span {i} covers exactly its characters"
            assert reader.first[i] == f"row{i}"
    return reader


def test_disjoint_nested_and_crossing_spans_cover_exactly_their_characters():
    text = "到2025年,婴儿死亡率控制在5‰以下(责任单位:市卫生健康委)。"
    check(text, [(0, 6), (14, 19)])                 # disjoint
    check(text, [(0, 19), (14, 19), (14, 16)])      # nested, shared ends
    check(text, [(7, 19), (14, 30)])                # crossing: the outer is split
    check(text, [(0, 10), (5, 15), (8, 25), (2, 3)])


def test_crossing_span_is_split_into_fragments_of_one_row():
    reader = read(render("abcdefgh", spans_of([(0, 5), (3, 8)])))
    # row 1 must close where row 0 does, and reopen after it
    assert reader.covered[1] == [3, 4, 5, 6, 7]


def test_empty_and_out_of_range_spans():
    reader = check("abc", [(1, 1), (2, 10), (-3, 1)])
    assert 0 not in reader.first


def test_every_configuration_of_three_spans_nests():
    text = "0123456789"
    cuts = range(0, 11, 2)
    pairs = [(a, b) for a in cuts for b in cuts if a < b]
    for x in pairs:
        for y in pairs:
            for z in pairs[::3]:
                check(text, [x, y, z])


def test_notice_markup_is_text():
    text = '<script>alert(1)</script><img src=x onerror="alert(2)">&amp;'
    out = render(text, spans_of([(0, 8), (8, 30)]))
    assert "<script" not in out and "<img" not in out
    assert re.sub(r"</?mark[^>]*>", "", out) == ('&lt;script&gt;alert(1)&lt;/script&gt;'
                                               '&lt;img src=x onerror="alert(2)"&gt;&amp;amp;')
