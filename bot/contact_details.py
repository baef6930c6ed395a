"""A parent's phone number or e-mail address for a call-back: reading, checking and masking it.

These are personal data. They are stored only in the contact request (deleted RETENTION_DAYS after it
was handled), never in the registry and never in logs; in the transcript they are masked.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DEFAULT_REGION = "NL"
# Numbers a worker can call back. Not premium-rate, shared-cost or free-phone numbers: those are
# services (0800-2000 is Veilig Thuis), not a parent's own line.
_CALLABLE = {
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
    PhoneNumberType.VOIP,
}
# Simple and strict: dot-atoms only (no quoted local parts, no IP literals), an alphabetic top-level
# domain, and the lengths of RFC 5321.
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
_EMAIL = re.compile(rf"(?<![\w.@+-])({_LOCAL})@({_DOMAIN})(?![\w@-]|\.\w)")
# Whatever looks like an address (to mask it, right or wrong), without the punctuation around it.
_EMAIL_LIKE = re.compile(r"[^\s,;:()<>\"'@]*@[^\s,;:()<>\"']*[^\s,;:()<>\"'.!?]")
# Anything that may be (part of) a phone number: 6 or more digits with spaces, dashes, dots, brackets.
_DIGITS_RUN = re.compile(r"\+?\(?\d(?:[\s().-]{0,2}\d){5,}")


def parse_phone(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The one callable phone number in ``text`` in E.164 ("+31612345678"), or None. Dutch numbers
    need no country code; other countries need one (+32 ...)."""
    found = {
        phonenumbers.format_number(m.number, PhoneNumberFormat.E164)
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE)
        if _callable(m.number)
    }
    if len(found) == 1:
        return found.pop()
    if found:
        return None  # two numbers: we cannot know which one to call
    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164) if _callable(number) else None


def _callable(number: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _CALLABLE


def parse_email(text: str) -> str | None:
    """The one e-mail address in ``text`` (domain in lower case), or None."""
    found = {(local, domain.lower()) for local, domain in _EMAIL.findall(text)}
    if len(found) != 1 or len(_EMAIL_LIKE.findall(text)) != 1:
        return None
    local, domain = found.pop()
    address = f"{local}@{domain}"
    if len(local) > 64 or len(address) > 254:
        return None
    return address


def mask_phone(e164: str) -> str:
    """ "+31612345678" -> "06 **** **78": enough for the parent to recognise it, useless to anyone else."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return "**** **" + e164[-2:]
    digits = str(number.national_number)
    if number.country_code == 31:
        return f"0{digits[0]} **** **{digits[-2:]}"
    return f"+{number.country_code} **** **{digits[-2:]}"


def mask_email(address: str) -> str:
    """ "jan.jansen@voorbeeld.nl" -> "j***@v***.nl"."""
    local, _, domain = address.partition("@")
    top = domain.rsplit(".", 1)[-1] if "." in domain else ""
    return f"{local[:1]}***@{domain[:1]}***.{top}" if top else f"{local[:1]}***@***"


def mask_contact_details(text: str) -> str:
    """The text with every e-mail address and every run of six or more digits masked; used for what a
    parent typed while giving their contact details, right or wrong."""
    text = _EMAIL_LIKE.sub(_mask_address, text)
    return _DIGITS_RUN.sub(_mask_digits, text)


def _mask_address(match: re.Match[str]) -> str:
    address = parse_email(match[0])
    return mask_email(address) if address else match[0][:1] + "***@***"


def _mask_digits(match: re.Match[str]) -> str:
    value = match[0]
    e164 = parse_phone(value)
    if e164 is not None:
        return mask_phone(e164)
    digits = re.sub(r"\D", "", value)
    return digits[:2] + "*" * (len(digits) - 4) + digits[-2:]
