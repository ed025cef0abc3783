import sys

from .cli import main

try:
    sys.exit(main())
except BrokenPipeError:  # output piped into `head`: not an error worth a traceback
    sys.exit(0)
