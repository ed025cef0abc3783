"""How a title's lines read (pipeline/metadata/title_lines.py)."""


def test_a_date_or_doc_number_line_is_no_piece_of_a_title_broken_over_lines():
    # (a piece the page's width broke may open as a sentence does, 经济…: realestate_0151; a date or 文号 line stays none)
    from pipeline.metadata.lines import split_lines
    from pipeline.metadata.title_lines import last_title_line
    head = split_lines("广东省人民政府办公厅关于印发广东省促进\n经济持续向好服务做强国内大循环\n工作方案的通知\n")
    assert last_title_line(head, 0) == 2
    for between in ("2025年6月1日", "粤府办〔2025〕14号"):
        head = split_lines(f"某市人民政府关于印发某市促进消费\n{between}\n若干措施的通知\n")
        assert last_title_line(head, 0) is None
