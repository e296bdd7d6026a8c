"""Money amounts, counts and periods in an evidence sentence, as relation qualifiers.

>>> find_quantities("Mehr als 15 Milliarden Dollar pro Jahr sollen in Labs fließen.")
{'amount': 15000000000.0, 'currency': 'USD', 'period': 'year'}
>>> find_quantities("It raised $6.6 billion from investors.")
{'amount': 6600000000.0, 'currency': 'USD'}
>>> find_quantities("Bis Ende des Jahres will es 340.000 Chips im Einsatz haben.")
{'quantity': 340000}
"""

from __future__ import annotations

import re

__all__ = ["find_quantities", "parse_number"]

_SCALE = {"billion": 1e9, "bn": 1e9, "milliarden": 1e9, "milliarde": 1e9, "mrd": 1e9, "mrd.": 1e9,
          "million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "m": 1e6, "trillion": 1e12,
          "billionen": 1e12}
_CURRENCY = {"$": "USD", "us-dollar": "USD", "dollar": "USD", "usd": "USD", "€": "EUR", "euro": "EUR",
             "eur": "EUR", "£": "GBP", "pfund": "GBP", "gbp": "GBP"}
_NUM = r"\d{1,3}(?:[.,\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE_RX = r"(?:billion|bn|milliarden?|mrd\.?|million|millionen|mio\.?|trillion|billionen)"
_CUR_RX = r"(?:us-dollar|dollar|usd|euro|eur|pfund|gbp)"
_MONEY_PRE = re.compile(rf"(?P<cur>[$€£])\s?(?P<num>{_NUM})\s*(?P<scale>{_SCALE_RX}\b)?", re.I)
_MONEY_POST = re.compile(rf"(?P<num>{_NUM})\s*(?P<scale>{_SCALE_RX}\s*)?(?P<cur>{_CUR_RX})\b", re.I)
_PERIOD = re.compile(r"\b(?:pro|per|a|je|each)\s+(?P<p>jahr|year|quartal|quarter|monat|month)\b|\b(?P<adv>jährlich|annually)\b", re.I)
_COUNT = re.compile(r"(?<![\d.,$€£])(?P<num>\d{1,3}(?:[.,]\d{3})+|\d{4,})(?![\d.,]*\s*(?:%|prozent|percent|"
                    + _SCALE_RX + "|" + _CUR_RX + r"))", re.I)
_PERIODS = {"jahr": "year", "year": "year", "quartal": "quarter", "quarter": "quarter", "monat": "month",
            "month": "month", "jährlich": "year", "annually": "year"}


def parse_number(text: str, decimal_comma: bool | None = None) -> float:
    """A number written with thousands separators or a decimal point/comma.

    >>> parse_number("340.000"), parse_number("2,5"), parse_number("6.6"), parse_number("1,300")
    (340000.0, 2.5, 6.6, 1300.0)
    """
    t = text.replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", t):
        return float(re.sub(r"[.,]", "", t))
    return float(t.replace(",", "."))


def find_quantities(sentence: str) -> dict:
    """The first money amount (with currency and period) or else the first count in ``sentence``."""
    out: dict = {}
    m = _MONEY_PRE.search(sentence) or _MONEY_POST.search(sentence)
    if m:
        value = parse_number(m.group("num"))
        scale = (m.group("scale") or "").strip().lower()
        out["amount"] = value * _SCALE.get(scale, 1.0)
        out["currency"] = _CURRENCY[m.group("cur").lower()]
        p = _PERIOD.search(sentence)
        if p:
            out["period"] = _PERIODS[(p.group("p") or p.group("adv")).lower()]
        return out
    c = _COUNT.search(sentence)
    if c and not re.fullmatch(r"(19|20)\d\d", c.group("num")):
        out["quantity"] = int(parse_number(c.group("num")))
    return out
