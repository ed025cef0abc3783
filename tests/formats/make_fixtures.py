"""Build the PDF and Word 97 fixtures in this folder from the seed notices, as a government
office would publish them: an A4 page of justified 16 pt text with indented paragraphs, a
running header, a `— N —` page number in the footer, and a ruled indicator table.

Needs LibreOffice (`apt-get install libreoffice-writer-nogui`) and a CJK font; the outputs
are committed, so the tests do not need either. Run from the repository root:

    .venv/bin/python tests/formats/make_fixtures.py [NAME ...]
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEEDS = {"003_a564f10642a1edd4": "沈阳市卫生健康委员会文件", "001_241d3c140d600f76": "某市人民政府办公室文件"}
TABLE = [["指标名称", "2025年目标值", "性质"], ["婴儿死亡率(‰)", "≤4.5", "约束性"],
         ["孕产妇死亡率(1/10万)", "≤12", "约束性"], ["居民健康素养水平(%)", "≥25", "预期性"]]


# A division-of-labour table (分工方案): a task long enough to wrap in its cell, and a cell
# naming two units as two paragraphs.
DIVISION = [["序号", "工作任务", "责任单位", "完成时限"],
            ["1", "建立健全个人所得税纳税信用记录,全面建立自然人纳税信用信息采集、记录、查询、应用和修复机制",
             "市税务局\n市发展改革委", "2020年底前"],
            ["2", "对严重失信当事人实施联合惩戒", "市发展改革委", "持续推进"]]


def notice_docx(lines: list[str], header: str, table: list[list[str]] | None = None) -> docx.Document:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(16)
    style.font.name = "Noto Serif CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    section = d.sections[0]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" —")
    for line in lines:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Pt(32)
        if table and "下表" in line:
            t = d.add_table(rows=len(table), cols=len(table[0]))
            t.style = "Table Grid"
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    first, *more = value.split("\n")  # one paragraph per line of the value
                    t.cell(r, c).text = first
                    for paragraph in more:
                        t.cell(r, c).add_paragraph(paragraph)
    return d


def convert(source: Path, target_format: str, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", target_format, "--outdir", tmp, str(source)], check=True,
                       capture_output=True)
        produced = next(p for p in Path(tmp).iterdir() if p.is_file())
        shutil.move(produced, out)
    return out


def main(only: list[str]) -> None:
    """Every fixture, or those named (e.g. `division`)."""
    notices = {seed: ([line.strip() for line in (ROOT / "corpus" / f"{seed}.txt").read_text("utf-8").splitlines()
                       if line.strip()], header, None) for seed, header in SEEDS.items()}
    notices["table"] = (["某某市卫生健康委员会关于印发健康行动方案的通知", "一、主要指标",
                         "到2025年,主要健康指标达到下表要求:", "二、保障措施",
                         "各地要加强组织领导,确保各项指标按期完成。"], "某某市卫生健康委员会文件", TABLE)
    notices["division"] = (["加强个人所得税纳税信用建设重点任务分工方案", "一、重点任务",
                            "各项任务按下表分工落实:", "二、工作要求", "各责任单位要按时报送进展情况。"],
                           "某某市人民政府办公室文件", DIVISION)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (lines, header, table) in notices.items():
            if only and name not in only:
                continue
            source = Path(tmp) / f"{name}.docx"
            notice_docx(lines, header, table).save(source)
            convert(source, "pdf", HERE / f"{name}.pdf")
            convert(source, "doc:MS Word 97", HERE / f"{name}.doc")


if __name__ == "__main__":
    main(sys.argv[1:])
