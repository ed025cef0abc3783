"""What the metadata tests read a text with: the text normalised, then its document fields read."""
from pipeline.document import Document
from pipeline.metadata import read_metadata
from pipeline.normalise import normalise


def meta(raw: str) -> Document:
    doc = Document(source_file="t", raw=raw)
    normalise(doc)
    read_metadata(doc)
    return doc
