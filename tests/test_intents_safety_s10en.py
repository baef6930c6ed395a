"""Safety triage, round s10en: English danger told indirectly (pills counted "like 30", a jump announced
from a height, "rather be dead", a plan to end it, searches for ways to die, belongings given away, cuts
explained away, a parent scared of their own anger with the baby, a child who hides from or fears a
parent, secrecy forced with a threat, a controlling partner, an older "boyfriend", a stranger who wants
to meet a child alone, packages and free vapes, an adult who checks a child's body, young children left
alone, no food at home, couch surfing at 16, "you'll never see them again", "don't look for me", a
cleaning product swallowed), and the English idioms and denials that stay quiet."""

import pytest

from intents import route
from tests.test_intents_safety import QUIET, URGENT, check_urgency, gated_matches

ALARM = [
    "my brother swallowed about 30 sleeping pills after dinner",
    "She messaged me from the roof of the parking garage, she says she is going to jump",
    "honestly I'd rather be dead than go back to that school",
    "My friend told me she has a plan to end it after the holidays",
    "his laptop history shows searches for the easiest way to die",
    "how many tablets would it take to never wake up",
    "He gave all his games away to friends last week and says there's no point anymore",
    "I noticed cuts on his forearm, he claims it was the dog but they are in neat rows",
    "When the baby screams for hours I'm scared I'm going to hurt him, I had to leave the room",
    "since my son was born I am scared of what I might do when he cries at night",
    "My daughter hides under her bed when her dad comes home drunk",
    "Our son is terrified of their father. He whispers and hides when he hears the car",
    "my niece is scared of staying at her uncle's and won't say why, she has nightmares again",
    "My stepdad said if I tell the teacher he will make sure I regret it",
    "I can't go into detail but what happens at home is not okay",
    "I'm scared my mum will find out it was me who told the school",
    "My boyfriend knows all my passwords and he gets furious if I don't answer within ten minutes",
    "My husband smashed my phone again because I texted my sister",
    "My sister (14) says her new boyfriend is 24 and picks her up from school",
    "A guy she met on Snapchat sent her a bus ticket to come to Utrecht, she is 14",
    "Someone on Roblox keeps asking to meet my son (11) alone at the station",
    "an older guy takes her to hotel rooms where his friends are waiting, she is 14",
    "Some man outside the school asks my 13 year old to drop off parcels for 20 euros",
    "I found small baggies of white powder in my son's room, he says he is holding them for someone",
    "her uncle checks her body in the evening when her mother is at work, she is 9",
    "My older cousin forced me to do stuff with him and I'm 12",
    "The toddler next door is often alone at home all evening, we hear him crying",
    "Her dad doesn't buy food anymore and she is 12, she brings her little brother to school hungry",
    "One of my pupils (9) says he is not allowed to eat until his stepdad comes home",
    "I'm 16 and have been couch surfing for a month, I can't go home",
    "My ex picked up our son and texted that I will never see him again",
    "my 15 year old left after a row and wrote don't look for me",
    "My daughter (2) drank some bleach from the bottle under the sink",
    "My uncle keeps walking into the bathroom when I'm in the shower, I'm 13",
    "Please don't call the house, I don't want my husband to be contacted",
]

QUIET_TWINS = [
    "I swallowed about 3 paracetamol for my headache, is that ok?",
    "My son wants to jump off the diving board at the pool but he is scared",
    "I'd rather be dead than be seen in that ugly sweater lol",
    "She wants to end it with her boyfriend but doesn't know how",
    "What is the easiest way to explain death to a four year old after grandpa died?",
    "We are giving away his old clothes to friends because they are too small",
    "I saw marks on her arm from the blood test today",
    "I'm scared of dropping the baby in the bath, she is so slippery",
    "My daughter hides in her room when we play hide and seek",
    "My son is scared of his dad's big dog",
    "If I tell anyone about the surprise party my sister will be really upset",
    "What happens at home for dinner is not ok, my kids only want pasta",
    "My daughter broke my phone by accident, can I make her pay?",
    "My daughter (16) started dating a boy from her class",
    "My son (14) wants to meet his online friend, we will go with him to the park",
    "My son delivers packages for a courier company on Saturdays for 50 euros",
    "The doctor checks her body for eczema every month",
    "My kids (16 and 14) are sometimes alone at home in the evening, is that ok?",
    "My teenager says we never buy food she likes anymore",
    "We went couch surfing in Portugal last summer, any tips for travelling with teens?",
    "My dad beats me every time we play chess, how can I get better?",
    "I'm going to kill him if he leaves his wet towels on the floor one more time, how to teach him",
    "I'm not like suicidal or anything, I just feel lonely since I moved here",
    "She says she's not thinking of harming herself, she is just sad after the breakup",
    "My toddler drank some water from the bath, is that dangerous?",
    "How do I store bleach so my toddler can't reach it?",
    "My little brother keeps coming into the bathroom when I'm brushing my teeth",
]


@pytest.mark.parametrize("text", ALARM)
def test_s10en_indirect_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s10en_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize(
    "text",
    [
        "my brother swallowed about 30 sleeping pills after dinner",
        "She messaged me from the roof of the parking garage, she says she is going to jump",
        "My daughter (2) drank some bleach from the bottle under the sink",
    ],
)
def test_s10en_pills_jump_and_poison_are_an_emergency(text: str) -> None:
    assert route(text).urgency == "emergency"


def test_s10en_neglect_is_urgent_not_112() -> None:
    text = "The toddler next door is often alone at home all evening, we hear him crying"
    assert route(text).urgency == "urgent"


def test_s10en_patterns_pass_their_gates() -> None:
    assert gated_matches(ALARM + QUIET_TWINS) > 0
