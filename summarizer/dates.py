"""Publication dates: ISO 8601 in, one comparable ISO form out, so stories are ordered by real dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from .errors import InputError

EXAMPLE = "2025-03-04 or 2025-03-04T10:30:00+07:00"


def parse_published(value: str, where: str) -> str:
    """`value` as YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS(Z) for a time (an offset is converted to UTC).

    Such strings sort in time order. Anything that is not ISO 8601 is an InputError naming `where`.
    """
    text = value.strip()
    try:
        if len(text) <= 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError as error:
        raise InputError(f"{where}: published must be an ISO 8601 date such as {EXAMPLE}, got {value!r}") from error
    if moment.tzinfo is None:
        return moment.replace(microsecond=0).isoformat()
    utc = moment.astimezone(UTC).replace(microsecond=0, tzinfo=None)
    return utc.isoformat() + "Z"
