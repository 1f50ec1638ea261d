"""The one error of reading: its message is the error record's."""


class InputError(Exception):
    """A file that cannot be read as an article; the message says why, for the error record."""
