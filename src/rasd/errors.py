"""Errors raised by rasd. Each names what went wrong and how to fix it."""

from __future__ import annotations


class RasdError(Exception):
    """Base class for every error rasd raises on purpose."""


class InputError(RasdError):
    """One input (file, record) cannot be read; the rest of a batch goes on."""

    def __init__(self, source: str, problem: str, hint: str = "", record_id: str | None = None) -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        self.record_id = record_id or source
        message = f"{source}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str, str]]:
        # (worker processes send errors back pickled; the default would call __init__ with the message alone)
        return (type(self), (self.source, self.problem, self.hint, self.record_id))


class ExtractionError(InputError):
    """An article was read but a pipeline stage failed on it: a bug in rasd, reported per article so the batch
    goes on."""


class DataFileError(RasdError):
    """A language resource file is malformed; points at file:line."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        super().__init__(f"{path}:{line}: {problem}")
