"""Data files the pipeline ships (README.md here): the 民政部's division list."""
