"""English names of the Arab countries and their main cities, to their Arabic names.

``Iraq``, ``Syria``, ``United Arab Emirates``, ``Baghdad``, ``Cairo`` ... are not
romanizations but English words (exonyms): no rule table reads them.  Their Arabic names come
from CLDR through ICU (the optional extra ``pip install 'translit[icu]'``, module ``icu``):

- the region display names of the Arab League's 22 members (``Locale.getDisplayCountry``,
  and the short form of ``LocaleDisplayNames``: Palestinian Territories / Palestine), in
  English and in Arabic;
- the exemplar city of every time zone of those regions (``TimeZoneNames``
  ``getExemplarLocationName`` of ``TimeZone.createEnumeration(region)``: Asia/Baghdad is
  Baghdad / بغداد, Africa/Cairo Cairo / القاهرة ...).

Nothing is typed by hand but the region codes.  The mapping is built on first use and cached;
without ICU it is empty (``AVAILABLE`` is False) and :func:`lookup` finds nothing.
"""

from __future__ import annotations

import unicodedata
from functools import cache

try:  # the optional extra
    import icu
except ImportError:  # pragma: no cover - depends on the installation
    icu = None

AVAILABLE = icu is not None

# The members of the Arab League (ISO 3166-1 alpha-2).
REGIONS = (
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
    "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
)  # fmt: skip


def normalize(text: str) -> str:
    """How a text is looked up: NFC, case-folded, spaces collapsed and stripped."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@cache
def table() -> dict[str, str]:
    """Normalized English name -> Arabic name (as CLDR spells it, possibly with harakat)."""
    if icu is None:
        return {}
    en, ar = icu.Locale("en"), icu.Locale("ar")
    pairs: list[tuple[str | None, str | None]] = []
    lengths = [icu.UDisplayContext.LENGTH_FULL, icu.UDisplayContext.LENGTH_SHORT]
    for length in lengths:
        names_en = icu.LocaleDisplayNames.createInstance(en, [length])
        names_ar = icu.LocaleDisplayNames.createInstance(ar, [length])
        pairs += [(names_en.regionDisplayName(r), names_ar.regionDisplayName(r)) for r in REGIONS]
    zones_en, zones_ar = icu.TimeZoneNames.createInstance(en), icu.TimeZoneNames.createInstance(ar)
    for region in REGIONS:
        for zone in icu.TimeZone.createEnumeration(region):
            pairs.append((zones_en.getExemplarLocationName(zone), zones_ar.getExemplarLocationName(zone)))
    out: dict[str, str] = {}
    for name, arabic in pairs:
        # Skip what CLDR lacks (None, or the code itself) and glossed names ("X (Y)").
        if not name or not arabic or "(" in arabic or name.isupper() or arabic.isascii():
            continue
        out.setdefault(normalize(name), unicodedata.normalize("NFC", arabic))  # countries first
    return out


def lookup(text: str) -> str | None:
    """The Arabic name if the whole text is an exonym (any case, spaces around), else None."""
    if not AVAILABLE:
        return None
    return table().get(normalize(text))
