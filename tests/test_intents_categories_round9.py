"""Category round 9: English words of a topic and words young people use, fixed as families of phrasing.

Every sentence here is written for this test; none comes from a tuning set. Each family has a message that
must now rank its category first, and where a word has an innocent use, a twin that must not.
"""

import pytest

from intents.router import route_with_model

FAMILY: list[tuple[str, str]] = [
    # English words of a topic that the Dutch side already had
    ("our boy of 11 has stolen from the shop twice this month", "behaviour"),
    ("why does my 8 year old keep lying to her teacher and to us", "behaviour"),
    ("she is terrified of spiders, she won't enter the shed", "anxiety"),
    ("my wife's brother committed suicide in spring, how do we tell our boys", "trauma_grief"),
    ("at what age can a girl start birth control in the netherlands", "sexuality"),
    ("my son of 7 cannot catch a ball and is clumsy in gym", "development"),
    ("is 9 too young to buy her a first bra", "puberty"),
    ("my 5 year old is still wearing diapers at night and day", "toilet"),
    ("my teen counts calories in every meal and weighs herself daily", "eating"),
    ("kids on the bus keep calling me names and calling me fat", "bullying"),
    ("our 2 year old wont go to bed and keeps getting out of bed", "sleep"),
    ("the back of our baby's head has a flat spot", "baby"),
    ("is there a course for parents of children with anger problems", "courses"),
    ("i'm a stay at home dad and i barely see other adults", "parent_wellbeing"),
    ("we live one week with my mum and one week with my dad, is that good for my little sister", "divorce"),
    ("can i get a job at 14 and how many hours", "money"),
    ("i have been sleeping in my car for a week, where can i go", "housing"),
    ("my toddler keeps hitting himself on the head when he's upset", "behaviour"),
    # Words young people use (Dutch)
    ("ik moet een profiel kiezen en ik twijfel tussen twee", "school"),
    ("die leraar heeft het echt op mij gemunt", "school"),
    ("ik ben geschorst en mn ouders zijn woest", "behaviour"),
    ("ik heb smetvrees en kan niks meer aanraken", "anxiety"),
    ("mn broer zit in de gevangenis en ik schaam me", "trauma_grief"),
    ("iemand heeft een meme van mij gemaakt in de groepsapp", "bullying"),
    ("ik heb tics en iedereen kijkt raar", "disability"),
    ("ik huil en lach om niks door elkaar", "emotions"),
    ("ik doe altijd alsof ik blij ben maar dat ben ik niet", "low_mood"),
    ("ik plas nog in bed en ik ben 12", "toilet"),
    ("mag ik werken als ik 13 ben", "money"),
    ("ik heb zoveel acne dat ik niet naar buiten wil", "self_image"),
    # a second pass over the English lines: self-talk, fasting, self-harm signs, chores, pills
    ("our daughter of 7 calls herself stupid whenever she gets a sum wrong", "self_image"),
    ("is it healthy for a 9 year old to join the ramadan fast", "eating"),
    ("i found a razor blade in my son's drawer", "low_mood"),
    ("my 16 year old treats our home like a hotel and never helps around the house", "parenting"),
    ("ik weet nooit wat ik voel als iemand het vraagt", "emotions"),
    ("my friend takes xanax before every test", "substances"),
    ("we fled the war two years ago and my son still hides at loud bangs", "trauma_grief"),
]

TWIN: list[tuple[str, str]] = [
    # a bike stolen from the child is no behaviour question
    ("my son's bike got stolen at school, what can we do", "behaviour"),
    # watching tv while doing something else is not about screens
    ("is it normal for a toddler to touch himself while watching tv", "media"),
    # a training that teaches saying no is a course, not a self-image question
    ("is er een weerbaarheidstraining voor meiden die geen nee kunnen zeggen", "self_image"),
    # "skipping lunch" next to the words of a poor self-image does not outvote them
    ("i compare myself to everyone online and feel ugly, so i started skipping lunch", "eating"),
    # a phone, not a child, that got hacked is a media question, not bullying
    ("my account got hacked and someone posts as me", "bullying"),
    # figures of speech: a test that "was my death" or "a killer" question is about neither death nor harm
    ("dat proefwerk geschiedenis was echt mn dood haha", "trauma_grief"),
    ("a killer question for you all: how much screen time for a 10 year old", "safety"),
    ("my toddler screams bloody murder at bath time, any tips", "safety"),
]


@pytest.mark.parametrize(("text", "code"), FAMILY)
def test_round9_family_ranks_first(text: str, code: str) -> None:
    result = route_with_model(text, None, backstop=None)
    assert result.category == code, result.explanation


@pytest.mark.parametrize(("text", "code"), TWIN)
def test_round9_twin_stays_other(text: str, code: str) -> None:
    result = route_with_model(text, None, backstop=None)
    assert result.category != code, result.explanation
