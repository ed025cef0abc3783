# Before any module compiles its patterns: compiled once per machine (compiled_patterns.py).
from .compiled_patterns import install as _install_compiled_patterns

_install_compiled_patterns()
