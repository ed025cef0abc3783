"""The rerun cache's packs of entries (pipeline/cache.py)."""
from pathlib import Path

import pytest

from pipeline import cache
from pipeline.cache import ResultCache
from pipeline.extract import Options, extract_corpus
from pipeline.extracted import Extracted
from pipeline.run import Failure


def _outcome(n: int) -> Extracted:
    return Extracted(f"doc{n}", f"f{n}.txt", {"tasks": {"path": [str(n)]}}, {"doc_id": f"doc{n}"}, n, {"ingest": 0.1})


SEED = Path(__file__).resolve().parent.parent / "corpus" / "003_a564f10642a1edd4.txt"


def _packs(out):
    return sorted((out / ".cache").glob("*/packs/*.pack"))


def test_entries_come_back_from_their_packs_under_the_name_asked_for(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "PACK_ENTRIES", 3)
    kept = ResultCache(tmp_path)
    for n in range(7):
        kept.keep(f"k{n}", _outcome(n))
    kept.keep("lasting", Failure("bad.txt", "unreadable"))
    kept.keep("passing", Failure("slow.txt", "time limit", lasting=False))  # another run may not fail
    kept.prune()
    assert len(_packs(tmp_path)) == 3  # full packs as they filled, the rest at the end
    again = ResultCache(tmp_path)
    assert not again.has("passing") and again.get("passing", "slow.txt") is None
    for n in range(7):
        outcome = again.get(f"k{n}", f"other{n}.txt")
        assert (outcome.doc_id, outcome.source_file, outcome.warnings) == (f"doc{n}", f"other{n}.txt", n)
        assert outcome.columns["tasks"]["path"] == [str(n)]
    assert again.get("lasting", "bad.txt") == Failure("bad.txt", "unreadable")


def test_prune_drops_packs_of_files_gone_and_rewrites_mostly_stale_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "PACK_ENTRIES", 4)
    first = ResultCache(tmp_path)
    for n in range(12):
        first.keep(f"k{n}", _outcome(n))
    first.prune()
    assert len(_packs(tmp_path)) == 3
    rerun = ResultCache(tmp_path)
    whole = rerun.index["k0"]
    # the first pack's files all stay, one file of the second, none of the third
    for key in ("k0", "k1", "k2", "k3", "k5"):
        assert rerun.get(key, key) is not None
    rerun.prune()
    assert whole in _packs(tmp_path)
    assert set(ResultCache(tmp_path).index) == {"k0", "k1", "k2", "k3", "k5"}
    assert len(_packs(tmp_path)) == 2  # the first as it was, k5 alone in a new one
    assert ResultCache(tmp_path).get("k5", "k5").columns["tasks"]["path"] == ["5"]


def test_an_unreadable_pack_counts_as_absent(tmp_path):
    kept = ResultCache(tmp_path)
    kept.keep("k0", _outcome(0))
    kept.flush()
    _packs(tmp_path)[0].write_bytes(b"\x05\x00")
    again = ResultCache(tmp_path)
    assert not again.has("k0") and not _packs(tmp_path)


def _notices(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):  # each its own text: no duplicates
        (folder / f"n{n}.txt").write_bytes(SEED.read_bytes() + f"\n附:第{n}行。".encode())
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rerun_extracts_only_what_changed_whoever_extracted_the_rest(tmp_path, workers):
    """Entries are kept by the run's parent, whether the file was extracted there or by a worker."""
    corpus = _notices(tmp_path / "corpus", 3)
    assert extract_corpus(corpus, tmp_path / "out", Options(workers=workers)).cached == 0
    (corpus / "new.txt").write_bytes(SEED.read_bytes() + "\n附:新增一行。".encode())
    again = extract_corpus(corpus, tmp_path / "out", Options(workers=workers))
    assert (again.cached, again.documents) == (3, 4)


def test_a_run_stopped_short_keeps_the_outcomes_it_had_for_the_next(tmp_path):
    corpus = _notices(tmp_path / "corpus", 3)
    seen = []

    def stop_at_the_second():
        seen.append(1)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        extract_corpus(corpus, tmp_path / "out", Options(workers=1), on_file=stop_at_the_second)
    assert not (tmp_path / "out" / "current").exists()  # no set of tables was made
    assert extract_corpus(corpus, tmp_path / "out", Options(workers=1)).cached == 2  # the last pack was written


def test_a_cache_that_cannot_be_written_costs_the_reuse_not_the_run(tmp_path, monkeypatch, capsys):
    """Disk full or no permission under .cache: the run writes its tables and says so once."""
    corpus = _notices(tmp_path / "corpus", 3)

    def disk_full(entry, *pickles):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache, "_write", disk_full)
    summary = extract_corpus(corpus, tmp_path / "out", Options(workers=1))
    assert summary.documents == 3
    assert (tmp_path / "out" / "current").exists()
    said = capsys.readouterr().err
    assert said.count("cache: cannot write") == 1 and "No space left on device" in said
    assert _packs(tmp_path / "out") == []  # nothing was kept
