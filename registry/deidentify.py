"""De-identification of the free text the registry keeps (a first question, a staff note).

``deidentify(text)`` replaces names, phone numbers, e-mail addresses, postcodes, street addresses, BSNs,
IBANs, dates and school names by placeholders ([NAAM], [TELEFOON], [E-MAIL], [POSTCODE], [ADRES], [BSN],
[IBAN], [DATUM], [SCHOOL], ...). Two sources of findings are combined:

- ``deduce`` (Dutch de-identification, built for clinical text): names from large lookup lists and
  patterns, places, streets, dates, institutions;
- our own rules for what a parent writes in a chat and deduce misses or only half catches: +31/0031
  and spaced phone numbers, BSNs checked with the 11-proef, IBANs checked with mod 97, postcodes, street
  names with a house number, school names, and first names written in lower case after "ik ben",
  "mijn zoon" and the like.

Overlapping findings are merged into one placeholder, so "Kleine Houtweg 12a, 2012 AB Haarlem" never
leaves a digit or a letter of the address behind. The function is pure and thread-safe: deduce is
loaded once, lazily, behind a lock (a few seconds; the very first run after installing deduce builds
its lookup cache, which takes a minute or more), and ``warm_up()`` lets a service do that at start in a
worker thread instead of on the first message.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

NAME = "[NAAM]"
PHONE = "[TELEFOON]"
EMAIL = "[E-MAIL]"
POSTCODE = "[POSTCODE]"
ADDRESS = "[ADRES]"
PLACE = "[PLAATS]"
BSN = "[BSN]"
IBAN = "[IBAN]"
DATE = "[DATUM]"
SCHOOL = "[SCHOOL]"
INSTITUTION = "[INSTELLING]"
URL = "[URL]"
NUMBER = "[NUMMER]"
AGE = "[LEEFTIJD]"

PLACEHOLDERS = (
    NAME,
    PHONE,
    EMAIL,
    POSTCODE,
    ADDRESS,
    PLACE,
    BSN,
    IBAN,
    DATE,
    SCHOOL,
    INSTITUTION,
    URL,
    NUMBER,
    AGE,
)

# Our rules win over deduce where they overlap: they are narrower and checked (11-proef, mod 97).
_OWN, _DEDUCE = 2, 1


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    placeholder: str
    priority: int


# --- deduce, loaded once -------------------------------------------------------------------------

_lock = threading.Lock()
_deduce: Any = None


def _load_deduce() -> Any:
    global _deduce
    if _deduce is None:
        with _lock:
            if _deduce is None:
                from deduce import Deduce  # imported here: loading its lookup lists takes seconds

                _deduce = Deduce()
    return _deduce


def warm_up() -> None:
    """Load deduce now (call it in a thread at service start) so no message waits for it."""
    _load_deduce()
    deidentify("Ik ben Jan de Vries.")


def _deduce_tag(tag: str, text: str) -> str | None:
    tag = tag.lower()
    if "persoon" in tag or "patient" in tag or "naam" in tag:
        return NAME
    if tag in ("locatie", "straat") or "huisnummer" in tag:
        return ADDRESS if any(ch.isdigit() for ch in text) else PLACE
    if tag in ("ziekenhuis", "zorginstelling", "instelling"):
        return INSTITUTION
    if tag == "datum":
        return DATE
    if tag == "leeftijd":
        # A child's age is what the category review needs, and the record keeps its age band anyway.
        return None
    if tag == "telefoonnummer":
        return PHONE
    if tag == "emailadres":
        return EMAIL
    if tag == "bsn":
        return BSN
    if tag == "url":
        return URL
    if tag in ("id", "patientnummer"):
        return NUMBER
    return NAME  # an unknown tag is still something deduce thought identifying


def _deduce_findings(text: str) -> list[Finding]:
    deduce = _load_deduce()
    # deduce keeps no state between documents, but it does not promise thread safety either; a call
    # takes about a millisecond, so serialising them costs nothing worth measuring.
    with _lock:
        document = deduce.deidentify(text)
    return [
        Finding(a.start_char, a.end_char, placeholder, _DEDUCE)
        for a in document.annotations
        if (placeholder := _deduce_tag(a.tag, a.text)) is not None
    ]


def _words(text: str) -> list[str]:
    """Word lists are easier to read and to edit as one string."""
    return text.split()


# --- lookup lists shipped with deduce, for names written in lower case -------------------------


@cache
def _lookup(relative: str) -> frozenset[str]:
    import deduce

    path = Path(deduce.__file__).parent / "data" / "lookup" / "src" / relative / "items.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip().lower() for line in lines if line.strip())


@cache
def _first_names() -> frozenset[str]:
    common = _lookup("whitelist/lst_common_word") | _lookup("whitelist/lst_stop_word") | _NOT_NAMES
    return _lookup("names/lst_first_name") - common


@cache
def _surnames() -> frozenset[str]:
    common = _lookup("whitelist/lst_common_word") | _lookup("whitelist/lst_stop_word") | _NOT_NAMES
    return _lookup("names/lst_surname") - common


# Words that are in the name lists but that parents write for other reasons after "ik ben" etc.
_NOT_NAMES = frozenset(
    _words("""
    alleen bang benieuwd bezorgd blij boos de een erg geen gescheiden heel het hier juf meester moe moeder
    nog niet nu ook opa oma ouder pleegouder pleegmoeder pleegvader rustig school single vader verdrietig
    wel zwanger zo zoon dochter kind kinderen baby leerkracht docent mentor en maar of want dus van
    """)
)

# --- our own rules -----------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_EMAIL_SPELLED = re.compile(
    r"\b[\w.+-]+\s*(?:\(at\)|\[at\]|\bapenstaartje\b)\s*[\w-]+\s*(?:\.|\bpunt\b)\s*\w{2,}\b", re.IGNORECASE
)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)

# 9 digits after the national prefix (0, +31, 0031, +31 (0)); separators as people type them.
_PHONE_NL = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?31[\s.-]*(?:\(0\)[\s.-]*)?|\(?0)(?:[\s./()-]{0,3}\d){9}(?!\d)"
)
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)(?!31)[1-9]\d{0,2}(?:[\s./()-]{0,3}\d){6,12}(?!\d)")

# A Dutch IBAN in any spacing (NL91 ABNA 0417 1643 00); others compact or in groups of four.
_IBAN_NL = re.compile(r"\bNL\s?\d\s?\d(?:\s?[A-Z]){4}(?:\s?\d){10}(?!\d)", re.IGNORECASE)
_IBAN_OTHER = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)\b", re.IGNORECASE
)

# 8 or 9 digits, maybe grouped with dots or spaces (123.456.782, 123 456 782).
_BSN = re.compile(r"(?<![\d.,-])(\d{8,9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d,]|\.\d)")
_BSN_KEYWORD = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\b\W{0,3}(?:nummer\W{0,3}|is\W{0,3})?"
    r"(\d[\d .]{6,12}\d)",
    re.IGNORECASE,
)

# Words that follow a year and would otherwise look like the letters of a postcode ("in 2019 is").
_POSTCODE_LOWER_STOP = frozenset(
    _words(
        "al as at da de di do dr du een el en er ga ge hé he hi ik in is je ja ke la le me mn na nu of om on "
        "op or so st te to uw we wo ze zo zn km cm mm kg gr ml uur"
    )
)
_POSTCODE_UPPER = re.compile(r"\b[1-9]\d{3}\s?(?!SA\b|SD\b|SS\b)[A-Z]{2}\b")
_POSTCODE_LOWER = re.compile(r"\b[1-9]\d{3}(\s?)([a-z]{2})\b")

_STREET_SUFFIXES = _words(
    "straat laan weg plein gracht kade singel dreef hof park dijk pad steeg markt veld baan ring erf "
    "plantsoen boulevard wal oord haven burg akker hoek horst kamp donk acker zoom rade wijk berg heuvel "
    "laantje straatje pleintje allee promenade passage molen brink bosch bos tuin hoeve weide linie "
    "polder vaart sloot kanaal wetering meer plas eiland land dam gang poort"
)
# Lower-case street names only with suffixes that are hardly ever anything else.
_DISTINCT_SUFFIXES = _words("straat laan weg plein gracht kade singel dreef dijk steeg markt plantsoen")
_SUFFIX = "(?:" + "|".join(_STREET_SUFFIXES) + ")"
_SUFFIX_CAPITALISED = "(?:" + "|".join(s.capitalize() for s in _STREET_SUFFIXES) + ")"
_HOUSE_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z](?![\w])|\s?-\s?\d{1,4}|\s?(?:bis|hs|huis|rood|zw|bv|I{1,3})\b)?(?!\d)"
_NAME_WORD = r"[A-Z][\w'’-]*"
_INTERFIX_WORD = r"(?:van|de|der|den|het|ter|ten|te|op|in|'t|aan|bij|St\.?|Sint|Dr\.?|Mr\.?|Prof\.?)"
_WORDS_BEFORE = rf"{_NAME_WORD}[ ](?:(?:{_NAME_WORD}|{_INTERFIX_WORD})[ ]){{0,3}}"
# "Kleine Houtweg 12a", "Burgemeester de Vlugtlaan 12", "Grote Markt 2", "Van Eedenstraat 5-2",
# "dorpsstraat 3"; a bare "Markt" or "Meer" only after a capitalised word ("Grote Markt").
_STREET = re.compile(
    rf"\b(?:(?:{_WORDS_BEFORE})?[A-Z][\w'’-]*?{_SUFFIX}|{_WORDS_BEFORE}{_SUFFIX_CAPITALISED}|"
    rf"[a-z][\w'’-]+?(?:{'|'.join(_DISTINCT_SUFFIXES)}))[ ]{_HOUSE_NUMBER}",
)
# "ik woon op de Zonnebloem 5", "adres: Dorpsstraat 3", "woon aan de Ring 12": any capitalised
# words between the verb and the number.
_LIVES_AT = re.compile(
    r"\b(?i:woon|wonen|woont|woonde|woonachtig|adres(?:\s+is)?|verhuisd\s+naar)\s*:?\s+(?:(?i:op|aan|in)\s+)?"
    rf"(?:(?i:de|het|'t)\s+)?((?:(?:{_NAME_WORD}|{_INTERFIX_WORD})\s+){{0,4}}{_NAME_WORD}\s+{_HOUSE_NUMBER})",
)

_MONTHS = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|"
    r"sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|january|february|march|"
    r"may|june|july|august|october|december)"
)
_DATE_NUMERIC = re.compile(r"(?<![\d-])\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![\d-])")
_DATE_ISO = re.compile(r"(?<![\d-])(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?![\d-])")
_DATE_WORDS = re.compile(
    rf"\b\d{{1,2}}(?:e|ste|de)?\s+{_MONTHS}\.?(?:\s+(?:(?:19|20)\d{{2}}|'\d{{2}}))?\b", re.IGNORECASE
)
_BIRTH_YEAR = re.compile(
    rf"\b(?:geboren|geb\.|geboortedatum|born)\s*:?\s*(?:op|in)?\s*((?:{_MONTHS}\s+)?(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)

# Words for a school or day care that only ever precede its name.
_SCHOOL_TYPES = (
    r"(?:basisschool|montessorischool|daltonschool|jenaplanschool|vrije\s+school|kindcentrum|"
    r"integraal\s+kindcentrum|obs|cbs|pcbs|rkbs|kbs|ikc|sbo|kinderdagverblijf|kdv|bso|peuterspeelzaal|"
    r"peuteropvang|crèche|creche|scholengemeenschap)"
)
_SCHOOL_WORD = re.compile(rf"{_SCHOOL_TYPES}|school|opvang")
# "basisschool De Regenboog", "obs de regenboog", "cbs Het Kompas", "school 't Palet", "bso Boomhut".
_SCHOOL_AFTER_TYPE = re.compile(
    rf"\b(?i:{_SCHOOL_TYPES})\s+(?:(?i:de|het|'t|den)\s+[^\W\d_][\w'’-]*|{_NAME_WORD})(?:[\s-]+{_NAME_WORD})*"
    rf"|\b(?i:school|opvang)\s+(?:(?i:de|het|'t|den)\s+)?{_NAME_WORD}(?:[\s-]+{_NAME_WORD})*"
)
_SCHOOL_KINDS = "College|Lyceum|Gymnasium|Scholengemeenschap|Academie|Mavo|Havo|Vmbo|Atheneum|Campus"
# "Stedelijk Gymnasium Haarlem", "Sancta Maria Mavo", "Mendelcollege", "Regenboogschool".
_SCHOOL_NAMED = re.compile(
    rf"\b(?:{_NAME_WORD}\s+){{1,3}}(?:{_SCHOOL_KINDS})\b(?:\s+{_NAME_WORD})*"
    rf"|\b(?:{_SCHOOL_KINDS})(?:\s+{_NAME_WORD})+"
    rf"|\b[A-Z][\w'’-]+(?:college|lyceum|gymnasium|school|academie)\b(?:\s+{_NAME_WORD})*"
)
# "zit op De Regenboog", "gaat naar Het Kompas": a capitalised name after being at a school.
_SCHOOL_CONTEXT = re.compile(
    r"\b(?i:zit|zitten|zat|zaten|gaat|gaan|ging|gingen|ga)\s+(?i:nu\s+|al\s+|nog\s+)?(?i:op|naar)\s+"
    rf"((?:(?i:de|het|'t)\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
)
# Capitalised words after "zit op" that are not schools and that the category review needs.
_NOT_SCHOOLS = frozenset(
    _words(
        "instagram tiktok snapchat whatsapp youtube facebook fortnite roblox minecraft discord twitch "
        "google internet school de het ik hij zij we ze en"
    )
)

# Context that announces a name: the next word is a name even when written in lower case.
_NAME_CONTEXT = re.compile(
    r"\b(?:ik\s+ben|ik\s+heet|mijn\s+naam\s+is|naam\s*:|heet|heette|genaamd|"
    r"(?:mijn|onze|haar|zijn|m'n|mn)\s+(?:zoon|zoontje|dochter|dochtertje|kind|kindje|man|vrouw|partner|"
    r"vriend|vriendin|broer|broertje|zus|zusje|moeder|vader|ex|ex-man|ex-vrouw|stiefzoon|stiefdochter|"
    r"stiefvader|stiefmoeder|neef|nicht|kleinzoon|kleindochter|leerling|cliënt|client|pupil|buurman|"
    r"buurvrouw|schoonmoeder|oudste|jongste|baby|tweeling)|"
    r"juf|meester|meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|mr\.?|mrs\.?|ms\.?|i\s+am|i'm|my\s+name\s+is|"
    r"my\s+(?:son|daughter|child|husband|wife|partner)|called)"
    r"\s+((?:(?:van|de|der|den|el|al|ter|ten)\s+)*)([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
_INTERFIXES = frozenset(
    _words(
        "van de der den het ter ten te op in 't el al ben bin abu da di do du la le von zu dos das del della "
        "mc mac"
    )
)
_TOKEN = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _elfproef(digits: str) -> bool:
    """The BSN 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not all zeros)."""
    digits = digits.zfill(9)
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def _iban_valid(candidate: str) -> bool:
    iban = re.sub(r"\s", "", candidate).upper()
    if not 15 <= len(iban) <= 34:
        return False
    rearranged = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _iban_findings(text: str) -> list[Finding]:
    """Foreign IBANs pass mod 97; a spaced one may have caught a short word after it, so shrink."""
    found = []
    for match in _IBAN_OTHER.finditer(text):
        candidate = match.group()
        while candidate and not _iban_valid(candidate):
            candidate = candidate.rpartition(" ")[0]
        if candidate:
            found.append(Finding(match.start(), match.start() + len(candidate), IBAN, _OWN))
    return found


def _spans(pattern: re.Pattern[str], text: str, placeholder: str, group: int = 0) -> list[Finding]:
    return [Finding(m.start(group), m.end(group), placeholder, _OWN) for m in pattern.finditer(text)]


def _looks_like_name(word: str) -> bool:
    lower = word.lower()
    if lower in _NOT_NAMES or lower in _lookup("whitelist/lst_stop_word"):
        return False
    if lower in _first_names():
        return True
    # "Mijn dochter Zaynab": a title-case word that is not an ordinary Dutch word (not "ADHD").
    title_case = word[0].isupper() and any(ch.islower() for ch in word[1:])
    return title_case and lower not in _lookup("whitelist/lst_common_word") and lower not in _NOT_SCHOOLS


def _name_findings(text: str) -> list[Finding]:
    """First names after "ik ben", "mijn zoon" ..., with the surname that may follow them."""
    found: list[Finding] = []
    surnames = _surnames()
    for match in _NAME_CONTEXT.finditer(text):
        word = match.group(2)
        if not _looks_like_name(word):
            continue
        start = match.start(1) if match.group(1) else match.start(2)
        end = match.end(2)
        # Swallow a surname: interfixes ("el", "van der") and the word after them, or a known surname.
        position, after_interfix = end, False
        while (token := _TOKEN.match(text, position)) is not None:
            value = token.group(1)
            if value.lower() in _INTERFIXES:
                position, after_interfix = token.end(), True
                continue
            lower = value.lower()
            # After "van den", "el", "de" the next word is the surname even when it is an ordinary
            # word ("de Jong", "van den Berg"), unless it is where the child goes ("van basisschool").
            surname_after_interfix = after_interfix and not _SCHOOL_WORD.fullmatch(lower)
            if surname_after_interfix or lower in surnames or (word[0].isupper() and _looks_like_name(value)):
                end = token.end()
            break
        found.append(Finding(start, end, NAME, _OWN))
    return found


def _own_findings(text: str) -> list[Finding]:
    found: list[Finding] = []
    found += _spans(_EMAIL, text, EMAIL)
    found += _spans(_EMAIL_SPELLED, text, EMAIL)
    found += _spans(_URL, text, URL)
    # A mistyped Dutch IBAN is still someone's account number: the shape is enough there.
    found += _spans(_IBAN_NL, text, IBAN)
    found += _iban_findings(text)
    found += _spans(_PHONE_NL, text, PHONE)
    found += _spans(_PHONE_INTL, text, PHONE)
    found += [
        Finding(m.start(1), m.end(1), BSN, _OWN)
        for m in _BSN.finditer(text)
        if _elfproef(re.sub(r"\D", "", m.group(1)))
    ]
    found += _spans(_BSN_KEYWORD, text, BSN, group=1)
    found += _spans(_POSTCODE_UPPER, text, POSTCODE)
    found += [
        Finding(m.start(), m.end(), POSTCODE, _OWN)
        for m in _POSTCODE_LOWER.finditer(text)
        if not m.group(1) or m.group(2) not in _POSTCODE_LOWER_STOP
    ]
    found += _spans(_STREET, text, ADDRESS)
    found += _spans(_LIVES_AT, text, ADDRESS, group=1)
    found += _spans(_DATE_NUMERIC, text, DATE)
    found += _spans(_DATE_ISO, text, DATE)
    found += _spans(_DATE_WORDS, text, DATE)
    found += _spans(_BIRTH_YEAR, text, DATE, group=1)
    found += _spans(_SCHOOL_AFTER_TYPE, text, SCHOOL)
    found += _spans(_SCHOOL_NAMED, text, SCHOOL)
    found += [
        Finding(m.start(1), m.end(1), SCHOOL, _OWN)
        for m in _SCHOOL_CONTEXT.finditer(text)
        if m.group(1).split()[-1].lower() not in _NOT_SCHOOLS
    ]
    found += _name_findings(text)
    return found


def _merge(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings become one, labelled by the most trusted and then the longest of them."""
    merged: list[tuple[int, int, list[Finding]]] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if finding.end <= finding.start:
            continue
        if merged and finding.start < merged[-1][1]:
            start, end, group = merged[-1]
            merged[-1] = (start, max(end, finding.end), [*group, finding])
        else:
            merged.append((finding.start, finding.end, [finding]))
    result = []
    for start, end, group in merged:
        best = max(group, key=lambda f: (f.priority, f.end - f.start))
        result.append(Finding(start, end, best.placeholder, best.priority))
    return result


def findings(text: str) -> list[Finding]:
    """What ``deidentify`` replaces, merged and in order (for tests and the benchmark)."""
    if not text or not text.strip():
        return []
    return _merge(_own_findings(text) + _deduce_findings(text))


def deidentify(text: str) -> str:
    """The text with every piece of personal data replaced by a placeholder such as [NAAM]."""
    if not text or not text.strip():
        return text
    parts: list[str] = []
    position = 0
    for finding in findings(text):
        parts.append(text[position : finding.start])
        parts.append(finding.placeholder)
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)
