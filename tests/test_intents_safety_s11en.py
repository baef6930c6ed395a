"""Safety triage, round s11en: English danger told directly or indirectly (a minor put out or sleeping rough
tonight, self-harm with a razor, marks blamed on a pet the family does not have, searches for ways to
disappear, intrusive thoughts of walking into the water, "talking about ending it", a drawing of oneself
hanging, things given away because "I won't need them", goodbye letters and "tonight is the night",
packages carried for older boys, gifts and lifts from an older man, a relative who comes into a child's room
at night, hands up a skirt, a video threatened or shared without consent, a partner who pushes and
scratches, hair pulled, papers and cards kept, home unsafe when a parent drinks, an ex at the door despite a
restraining order, children alone until late, a baby not fed, pills and a parent who does not wake, locked
in with a knife, a cleaning product drunk from the bottle, a drunk parent about to drive, a young child
nobody can find, a gun brought to school, forced marriage and a family who will "fix" a gay child, burns with
a cigarette); the English look-alikes that stay quiet; and the one shared English way of telling a minor's
age (macros EN_MINOR and EN_AGED_SIXTEEN_OR_UNDER) that the boyfriend and couch-surfing rules read."""

import re

import pytest

from intents import route
from intents.resources import load_yaml
from intents.safety import _expand
from tests.test_intents_safety import QUIET, URGENT, check_urgency, gated_matches

ALARM = [
    # A minor put out or sleeping rough tonight.
    "my stepmum told me not to come back home after the fight, I'm 15 and it's late",
    "they said I can't come back home since I told them I'm gay, I am 17",
    "I'll be sleeping in the park tonight, please help",
    "we are spending the night at the bus station tonight, my mum threw us out",
    # Self-harm and death told indirectly.
    "I cut myself with a razor blade again yesterday and nobody knows",
    "my friend keeps googling ways to stop existing",
    "She has scratches on both arms and says the dog did it, but we don't have a dog",
    "since the birth I keep having thoughts of driving into the canal",
    "my dad keeps talking about ending it all since he lost his job",
    "for art class my pupil made a drawing of himself hanging from a tree",
    "my brother gave his guitar and his games to his mates and told me he won't need them anymore",
    "I finished writing my goodbye letters this afternoon",
    "I have the pills ready and wrote a note. Tonight is the night.",
    # Exploitation and grooming.
    "some older lads give my son free food and now want him to deliver bags for them",
    "my daughter (14) has a new phone and designer trainers and an older man picks her up from school",
    # Sexual abuse and images.
    "my stepbrother creeps into my room at night and touches me, I'm 13",
    "he slept in her bed at the sleepover and did stuff to her at night",
    "a boy on the bus put his hand up my skirt and laughed",
    "send me 200 or I will post your nudes to all your followers",
    "a classmate forwarded photos of me without my permission",
    # Violence and control.
    "my girlfriend slaps and kicks me when she is drunk",
    "my stepdad grabs me by my hair when I talk back",
    "my husband took my passport and my bank card, I have no money of my own",
    "my residence permit depends on my husband so I cannot leave him",
    "my partner decides who I can see and checks where I am",
    "I'm too scared to go home when my dad has been drinking",
    "my ex keeps banging on the door and shouting, he has a contact ban",
    # Neglect.
    "the kids across the street are always alone until midnight, the youngest is 4",
    # Danger now.
    "my mum won't wake up and there are empty blister packs on the floor",
    "my brother barricaded himself in his room with a kitchen knife",
    "my son swallowed something out of a bottle of drain cleaner",
    "my friend took some pills at the party and now her heart is pounding and she is confused",
    "my stepdad is drunk and about to drive with the kids in the back",
    "my little brother (7) went out to play and nobody knows where he is",
    "a boy in year 9 said he will bring his brother's knife to school tomorrow",
    "they are forcing my cousin to fly to Pakistan next month to marry a man she never met",
    "I came out as gay and my uncle says I need to be fixed, they will come and get me",
    "a pupil told me her father burns her arm with a lighter when she is bad",
]

QUIET_TWINS = [
    # Put out or sleeping away, harmless.
    "my friend told me not to come back to her house without calling first",
    "our train was cancelled, we are sleeping at the station tonight, any tips?",
    "I'm 16 and want to go camping in the park with friends this summer",
    # Self-harm and death words in an everyday use.
    "I scratched myself with the compass by accident in maths",
    "my son keeps talking about the sea since our holiday, he wants to swim",
    "my daughter drew herself dead as a zombie for halloween",
    "we gave the baby clothes to friends because we won't need them anymore",
    "tonight is the night of the school prom, she is so excited",
    "dinner is a fight every day, I'm killing myself cooking and nobody eats",
    "my girl keeps singing I want to die from a song on tiktok, it's just the chorus right?",
    "im 18 and want to drop out of college but my parents will kill me",
    # Gifts, packages and lifts, harmless.
    "my son carries bags for the older boys at his job in the supermarket",
    "her grandpa picks her up from school and gives her money for ice cream",
    # Touching and pictures, harmless.
    "my 4 year old put his hands up my shirt to tickle me",
    "if you don't tidy your room I'll show everyone your baby pictures lol",
    "my 3 year old plays doctor with her cousin, is that normal?",
    # Violence words, harmless.
    "my 2 year old bites and kicks me when he's tired, is that a phase?",
    "my husband hid my bank card for a while because I keep losing it",
    "my girlfriend took my debit card to renew it at the bank",
    "my wife tickles and pinches me when we play wrestling with the kids",
    # Health and missing, harmless.
    "My 1 year old fell off the sofa, she cried a bit and now she's playing again",
    "my son won't wake up for school in the morning, any tips?",
    "nobody knows where the cat is, she has been gone since yesterday",
    "my daughter is bringing a water gun to school for the summer party",
    "he has been drinking lemonade all afternoon and wants to drive the kids to the zoo",
    "when my 7 year old gets angry he yells I want to die and then calms down in minutes",
    "my 15 year old has a boyfriend of 18, is that legal here?",
    "years ago I was in a violent relationship, I'm safe and happily remarried now",
    "I self-harmed at 14 but I have been fine for years, can I volunteer?",
    "got kicked out of my student room, I'm 22, where can I find a room?",
    "My 5 year old told the teacher daddy hurts him. It turned out he meant daddy tickles too hard",
    "I'm doing a school project about child abuse, do you have materials?",
]


@pytest.mark.parametrize("text", ALARM)
def test_s11en_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s11en_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize(
    "text",
    [
        "my mum won't wake up and there are empty blister packs on the floor",
        "my brother barricaded himself in his room with a kitchen knife",
        "my son swallowed something out of a bottle of drain cleaner",
        "my stepdad is drunk and about to drive with the kids in the back",
        "I have the pills ready and wrote a note. Tonight is the night.",
        "the baby is 3 weeks old and I haven't fed him since last night, I can't move",
        "my ex is outside the door right now yelling and banging, he has a restraining order",
    ],
)
def test_s11en_danger_now_is_an_emergency(text: str) -> None:
    assert route(text).urgency == "emergency"


def test_s11en_children_alone_is_urgent_not_112() -> None:
    assert route("the kids next door are often alone at home until late and look hungry").urgency == "urgent"


def _macro(name: str) -> re.Pattern[str]:
    raw = load_yaml("safety.yaml")["macros"]
    macros = {str(k): f"(?:{v})" for k, v in raw.items()}
    return re.compile(r"(?<!\w)(?:" + _expand(f"<{name}>", macros) + r")(?!\w)")


@pytest.mark.parametrize(
    "text",
    [
        "im 15",
        "i am 17",
        "my daughter is 14",
        "she is thirteen",
        "aged 16",
        "my sister 12",
        "son of 14",
        "a 15yo",
    ],
)
def test_s11en_minor_age_is_told(text: str) -> None:
    assert _macro("EN_MINOR").search(text)


@pytest.mark.parametrize(
    "text",
    [
        "i was 15 then",
        "it is 10 pm",
        "im 6 months pregnant",
        "she is 8 weeks",
        "im 19",
        "he is 25",
        "is 15 minutes",
    ],
)
def test_s11en_not_an_age_below_urgent(text: str) -> None:
    assert not _macro("EN_MINOR").search(text)


def test_s11en_sixteen_or_under_leaves_out_seventeen() -> None:
    aged = _macro("EN_AGED_SIXTEEN_OR_UNDER")
    assert aged.search("my sister is 16") and aged.search("a 9 year old")
    assert not aged.search("my sister is 17") and not aged.search("a 17 year old")


def test_s11en_age_rules_share_the_macro() -> None:
    signals = {s["id"]: s for s in load_yaml("safety.yaml")["signals"]}
    assert "<EN_AGED_SIXTEEN_OR_UNDER>" in signals["s10en_adult_boyfriend"]["requires"][0]
    assert "<EN_MINOR>" in signals["s10en_older_boyfriend"]["requires_message"][0]
    assert "<EN_MINOR>" in signals["s10en_couch_surfing"]["requires_message"][0]
    assert "<EN_MINOR>" in signals["s11en_minor_out_tonight"]["requires_message"][0]


def test_s11en_patterns_pass_their_gates() -> None:
    assert gated_matches(ALARM + QUIET_TWINS) > 0
