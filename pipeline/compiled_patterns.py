"""Regular expressions compiled once per machine, not once per process.

Compiling the rules' ~500 patterns (re and regex) takes about 0.2 s of CPU in every process
that extracts (a run with one worker, the workers' fork server), as much as the stages spend
on 0.5 MB of notices. Both libraries compile a pattern in two steps: Python code parses it
into a list of integers (the slow step), then a C function builds the pattern object from that
list. The list depends on nothing but the pattern, its flags and the library's version, so it
is kept in a file and later processes call only the C function: the same pattern object.

The file lives in the temporary folder beside jieba's (words.py), named by the versions of
Python and regex; it is read only when this user owns it and no one else may write it, and
with marshal, which builds data and runs no code. Whatever cannot be read is compiled as usual.
"""
from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import stat
import sys
import tempfile
import threading
from array import array
from pathlib import Path

import regex
from regex import _main as _regex_main

_re_compiler = re._compiler  # the internals this module wraps (Python 3.11-3.12)
_sre = _re_compiler._sre
_regex_c = _regex_main._regex

# The last compiled arguments handed to the C function, by thread (the wrappers read them
# back right after the library's own compile returns).
_last = threading.local()


class _Recording:
    """Stands for a C module in the library's namespace: every attribute is the module's,
    but `compile` also keeps its arguments."""

    def __init__(self, module):
        self._module = module

    def __getattr__(self, name):
        return getattr(self._module, name)

    def compile(self, pattern, *args):
        _last.value = (pattern, args)
        return self._module.compile(pattern, *args)


def _kept(args: tuple) -> tuple | None:
    """The C function's arguments as the file keeps them: the code (the second argument, in
    both libraries a list of 32-bit numbers) as bytes, read back in a millisecond; None if
    they cannot be kept."""
    try:
        return _plain((args[0], array("I", args[1]).tobytes(), *args[2:]))
    except (OverflowError, TypeError):
        return None


def _arguments(kept: tuple) -> tuple:
    return (kept[0], array("I", kept[1]).tolist(), *kept[2:])


def _plain(value):
    """The value with numbers of int's subclasses (re's opcodes, the flags' enums), which
    marshal does not write, as the plain numbers the C functions read them as."""
    if isinstance(value, int) and type(value) not in (int, bool):
        return int(value)
    if type(value) in (list, tuple):
        return type(value)(_plain(v) for v in value)
    if type(value) is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


class _Cache:
    def __init__(self, path: Path):
        self.path = path
        self.known: dict[str, dict[tuple, tuple]] = {"re": {}, "regex": {}}  # by library, the kept arguments by key
        self.added = False
        self.used: dict[str, set] = {"re": set(), "regex": set()}  # keys this process compiled
        self.made: dict[tuple, object] = {}  # the regex pattern objects this process made (its own cache stands for regex's)

    def read(self) -> None:
        try:
            with open(self.path, "rb") as f:
                info = os.fstat(f.fileno())
                if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                    return  # someone else's file, or one others may write: not trusted
                known = marshal.load(f)
        except (OSError, EOFError, ValueError, TypeError):
            return
        if isinstance(known, dict) and set(known) == {"re", "regex"}:
            self.known = known

    def write(self) -> None:
        if not self.added:
            return
        with contextlib.suppress(OSError, ValueError):
            fd, name = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    marshal.dump(self.known, f)
                os.replace(name, self.path)  # a process writing at the same time writes as valid a file
                self.added = False
            finally:
                if os.path.exists(name):
                    os.unlink(name)


def _cache_path() -> Path:
    versions = f"{sys.version}|{_re_compiler.MAGIC}|{regex.__version__}|{_regex_c.MAGIC}"
    tag = hashlib.md5(versions.encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"policy-extract-patterns-{os.getuid()}-{tag}.marshal"


_CACHE: _Cache | None = None


def install() -> None:
    """Wrap both libraries' compile steps (once per process): called by the programs that extract (cli.main, the
    workers' fork server in warm.py), not on import, so a program that only imports `pipeline` keeps re as it is."""
    global _CACHE
    if _CACHE is not None or not _supported():
        return
    _CACHE = _Cache(_cache_path())
    _CACHE.read()
    _re_compiler._sre = _Recording(_sre)
    _regex_main._regex = _Recording(_regex_c)
    _re_compiler.compile = _compile_re
    _regex_main._compile = _compile_regex
    atexit.register(save)


def save() -> None:
    """Keep what this process compiled for the next ones (the fork server calls it once warm;
    any other process at its exit)."""
    if _CACHE is not None:
        _CACHE.write()


def _supported() -> bool:
    """The internals wrapped here are those of Python 3.11-3.12's re and of the pinned regex."""
    return (sys.version_info[:2] in ((3, 11), (3, 12)) and hasattr(_re_compiler, "compile")
            and hasattr(_regex_main, "_compile") and hasattr(_regex_c, "compile"))


# At most this many patterns a library are kept (a run compiles about 400 under re and 200
# under regex). A full table keeps only what the process adding to it compiled: the patterns
# of rules since changed do not stay in the file for good, crowding out the new ones.
_MOST = 2000


def _keep(library: str, key: tuple, args: tuple) -> None:
    kept = _kept(args)
    if kept is None:
        return
    known = _CACHE.known[library]
    if len(known) >= _MOST:
        _CACHE.known[library] = known = {k: known[k] for k in _CACHE.used[library] if k in known}
    known[key] = kept
    _CACHE.used[library].add(key)
    _CACHE.added = True


_original_re = _re_compiler.compile
_original_regex = _regex_main._compile


def _compile_re(p, flags=0):
    if not isinstance(p, str) or flags & re.DEBUG:
        return _original_re(p, flags)
    key = (p, int(flags))
    args = _CACHE.known["re"].get(key)
    if args is not None:
        _CACHE.used["re"].add(key)
        return _sre.compile(p, *_arguments(args))  # (re keeps its own cache of pattern objects)
    _last.value = None
    compiled = _original_re(p, flags)
    if _last.value is not None and _last.value[0] is p:
        _keep("re", key, _last.value[1])
    return compiled


def _compile_regex(pattern, flags, ignore_unused, kwargs, cache_it):
    if (not isinstance(pattern, str) or kwargs or not cache_it
            or flags & (regex.DEBUG | regex.LOCALE)):
        return _original_regex(pattern, flags, ignore_unused, kwargs, cache_it)
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    compiled = _CACHE.made.get(key)
    if compiled is not None:
        return compiled
    args = _CACHE.known["regex"].get(key)
    if args is not None:
        _CACHE.used["regex"].add(key)
        compiled = _regex_c.compile(pattern, *_arguments(args))
    else:
        _last.value = None
        compiled = _original_regex(pattern, flags, ignore_unused, kwargs, cache_it)
        recorded = _last.value
        # (a pattern whose own flags ask for the locale, or naming lists, is not kept)
        if recorded is not None and recorded[0] is pattern and not recorded[1][0] & regex.LOCALE \
                and not recorded[1][4]:
            _keep("regex", key, recorded[1])
    if len(_CACHE.made) >= _MOST:
        _CACHE.made.clear()  # (as regex's own cache does: patterns made from a notice's words come and go)
    _CACHE.made[key] = compiled
    return compiled
