"""Safety triage, round s9en: English danger told indirectly (a plan to take all the pills or to jump,
someone on a roof who will not come back in, many pills or "a lot of something" taken, a button battery, a
child kept abroad or to be taken out of the country, being married off or sent back "to be corrected",
children alone at night, a parent gone for days, a carer drunk at pick-up or about to drive, a pupil who comes
hungry in the same clothes, a parent who does not trust themself, blades hidden, an adult who walks in on the
shower, "that's what grandpa does", "mature for her age", coercive control, a nude going around, a fake
profile, a weapon searched for, boys working for men, psychosis, fast weight loss, purging, a parent's pills
taken)."""

import pytest

from intents import route
from tests.test_intents_safety import QUIET, URGENT, check_urgency, gated_matches

ALARM = [
    "i honestly don't want to be here any more since the breakup",
    "I'm going to take all of the sleeping pills in the cabinet tonight",
    "My cousin texted that she is going to jump off the car park roof",
    "I'm standing on the ledge of the car park. Nobody would care anyway",
    "my mate is sitting on the school roof and he doesn't want to come back down, nobody cares he says",
    "He swallowed 30 tablets this morning and told me only now",
    "my daughter took loads of pills at the sleepover and is now throwing up and confused",
    "I think my baby swallowed a coin battery from the remote",
    "His father refuses to return our daughter after the holidays and isn't answering, it's been five days",
    "She'll take our kids and leave the country unless I give her the house. She hid their passports",
    "My uncle says they will marry my cousin off after her exams, she is terrified",
    "They want to ship me back to Somalia to be corrected because I'm gay",
    "The twins (3 and 5) are alone in the house again, it's midnight and they are crying",
    "Our neighbour's mom hasn't been home for four days and the boy says there's no food",
    "A boy in my class comes without breakfast, wears the same clothes every day and falls asleep",
    "The childminder is often drunk when we collect our son",
    "Her dad has been drinking since noon and wants to drive our daughter to football",
    "The parents keep missing the baby's checkups and she has lost weight since",
    "With the baby screaming for hours I can't trust myself anymore",
    "My son of 14 has blades hidden inside a sock in his drawer",
    "Her stepfather keeps walking into the bathroom when she's in the shower",
    "A girl in my group touched the other children's private parts and said that's what grandpa does",
    "A coach keeps texting my daughter on snapchat and tells her she is very mature for her age",
    "Her partner controls all the money and never lets her see her family",
    "My boyfriend kicked the door right next to my head last night",
    "My ex says if I break up with him he'll share my nudes",
    "He sent a nude to a girl he liked and now it's going around the whole class",
    "Somebody created a fake tiktok profile using my son's pictures and posts sexual messages",
    "My nephew googled how to order a gun and says he wants to shoot his classmates",
    "My 14 year old is delivering parcels for some older guys at night for cash. He is scared to say no",
    "Our son keeps coming home with new designer shoes and money and won't say where from. He's secretive",
    "My brother is hearing voices telling him the neighbours are watching him. He barricaded his door",
    "My dad has bipolar disorder and quit taking his medication, he thinks the police are following us",
    "My 15 year old has lost 6 kilos in 3 weeks and is barely eating",
    "My sister makes herself sick after dinner and hides it",
    "I've been taking my dad's oxycodone, I'm 16",
]

QUIET_TWINS = [
    "she doesn't really want to be here at the after school club anymore, can we change it?",
    "I'm going to take all my pills with me on holiday",
    "We're going to jump off the bridge into the lake for fun this summer",
    "I'm sitting on the roof terrace at the party and I don't want to go back inside, the view is great",
    "She has taken twenty tablets over the past month, as prescribed by her doctor",
    "She took a lot of photos at the party",
    "My baby keeps playing with the remote, how do I childproof the battery cover?",
    "The library hasn't returned my son's book request yet",
    "Can my ex take the kids out of the country for a holiday without my permission?",
    "My grandma jokes she wants to marry me off to the baker's son lol",
    "We are sending him to his grandparents in Spain to learn Spanish",
    "My kids (15 and 17) are alone at home this weekend",
    "My husband hasn't been home for 3 days because of a business trip",
    "My son comes to school without lunch on Fridays because we eat together at home",
    "She is usually tired when I pick her up from daycare",
    "He's been drinking water all day and wants to drive the kids to the beach",
    "The baby lost some weight in the first week, the midwife says that's normal",
    "I don't trust myself to choose the right school",
    "Dad hid his razor so the baby cannot reach it",
    "My toddler keeps coming into the bathroom when I'm in the shower, is that normal?",
    "She said that's what daddy does when she pretended to shave",
    "Her teacher wrote in the school report that she is very mature for her age",
    "My husband won't let me pay for dinner, he's so sweet",
    "He kicked the ball right next to my head during football",
    "If I leave the group chat they will post memes of me lol",
    "A funny meme is going around the whole school",
    "He made a fake account for his fortnite clan",
    "My son googled how to make a knife in minecraft",
    "My son works for some men at the market on Saturdays for money, he loves it",
    "Our son came home with new trainers and cash from his birthday",
    "The choir is hearing voices from the next room",
    "She stopped taking her antibiotics because she felt better",
    "I lost 8 kilos in 2 months with the gym and a diet plan",
    "She was throwing up after dinner because of a stomach bug",
    "I'm taking my mum's pills to her at the hospital",
]


@pytest.mark.parametrize("text", ALARM)
def test_s9en_indirect_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s9en_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize(
    "text",
    [
        "He swallowed 30 tablets this morning and told me only now",
        "I think my baby swallowed a coin battery from the remote",
        "my daughter took loads of pills at the sleepover and is now throwing up and confused",
    ],
)
def test_s9en_pills_and_battery_are_an_emergency(text: str) -> None:
    assert route(text).urgency == "emergency"


def test_s9en_pupil_neglect_is_urgent_not_112() -> None:
    text = "A boy in my class comes without breakfast, wears the same clothes every day and falls asleep"
    assert route(text).urgency == "urgent"


def test_s9en_weight_loss_keeps_the_lexicon_category() -> None:
    assert route("My 15 year old has lost 6 kilos in 3 weeks and is barely eating").category != "safety"


def test_s9en_patterns_pass_their_gates() -> None:
    assert gated_matches(ALARM + QUIET_TWINS) > 0
