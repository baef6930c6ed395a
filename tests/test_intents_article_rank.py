"""Within a category, the article whose own words fit the question comes first (intents/article_rank.py):
Route.articles is ranked by it, with the child's age and the asker's role as filters."""

from __future__ import annotations

import pytest

from intents import rank_articles, route
from intents.links import _article_index
from knowledge.articles import load_articles

# Own sentences, one sub-topic each; the category has several articles and the first is not this one.
FITS = [
    (
        "mijn dochter van 9 heeft veel moeite met lezen en spellen, kan het dyslexie zijn?",
        "school-leerproblemen-dyslexie",
    ),
    ("mijn zoon van 13 wil al weken niet naar school en blijft thuis", "school-thuiszitten-en-leerplicht"),
    ("de leerplichtambtenaar belde over verzuim", "school-thuiszitten-en-leerplicht"),
    ("hoe help ik mijn kind met huiswerk plannen?", "school-huiswerk-en-schoolkeuze"),
    ("my son refuses to go to school", "school-thuiszitten-en-leerplicht"),
    ("mijn kind heeft veel nachtmerries", "sleep-nachtmerries"),
    ("mijn kind wil niet naar bed, elke avond strijd", "sleep-bedtijd"),
    ("mijn dochter wordt gepest op school", "bullying-gepest-worden"),
    ("mijn zoon pest andere kinderen", "bullying-mijn-kind-pest"),
    ("my son is being bullied at school", "bullying-gepest-worden"),
    ("mijn kind snoept te veel", "eating-snoepen"),
    ("mijn zoon van 10 is te dik", "eating-overgewicht"),
    ("mijn zoon van 7 slaat andere kinderen", "behaviour-slaan-en-agressie"),
    ("mijn kind is heel druk, misschien adhd", "behaviour-druk-gedrag-adhd"),
    ("hoe lang mag een kind van 3 op de tablet", "media-schermtijd-jonge-kinderen"),
    ("hoe regelen we de omgang na de scheiding, samengesteld gezin", "divorce-omgang-en-samengesteld-gezin"),
    ("mijn kind van 15 wil uitgaan tot laat", "puberty-uitgaan-en-vrijheid"),
    ("mijn baby huilt de hele dag", "baby-huilbaby"),
    ("hoe wordt mijn kind zindelijk", "toilet-zindelijk-worden"),
]


@pytest.mark.parametrize(("message", "article"), FITS)
def test_the_article_whose_words_fit_the_question_comes_first(message: str, article: str) -> None:
    result = route(message)
    assert result.articles[0] == article
    # The category's own articles for the child's age band (all of them when the age is unknown) still come
    # before related ones.
    bands = {a.id: a.age_bands for a in load_articles().all()}
    band = result.age_band
    own = [
        a
        for a in result.articles
        if a.startswith(result.category + "-") and (band == "unknown" or not bands[a] or band in bands[a])
    ]
    assert result.articles[: len(own)] == own


def test_without_a_fitting_word_the_knowledge_base_order_stays() -> None:
    # A short follow-up is about the previous category but says nothing about a sub-topic.
    school = [a.id for a in load_articles().for_category("school") if a.category == "school"]
    result = route("en wat nu?", context={"previous_category": "school"})
    assert result.category == "school"
    assert result.articles[: len(school)] == school


@pytest.mark.parametrize(
    ("message", "article"),
    [
        ("mijn dochter van 14 is al weken somber", "low_mood-somber-kind"),
        ("ik ben 16 en voel me al weken somber", "low_mood-ik-voel-me-somber"),
        ("als mentor zie ik dat een leerling al weken somber is", "low_mood-somberheid-bij-een-leerling"),
        (
            "ik ben leerkracht, een leerling in mijn klas lijkt depressief",
            "low_mood-somberheid-bij-een-leerling",
        ),
        ("ik ben leerkracht en in mijn klas wordt een meisje gepest", "bullying-pesten-in-de-klas-of-groep"),
        ("mijn zoon wordt gepest", "bullying-gepest-worden"),
        (
            "de vader van een leerling is overleden, ik ben haar mentor",
            "trauma_grief-leerling-in-rouw-of-na-een-schok",
        ),
        ("de opa van mijn dochter is overleden", "trauma_grief-rouw-en-ingrijpende-gebeurtenis"),
    ],
)
def test_the_askers_role_filters_before_the_words(message: str, article: str) -> None:
    # The low-mood articles use the same words, and so do the bullying and grief articles for parents and
    # for professionals: who asks decides.
    assert route(message).articles[0] == article


def test_the_childs_age_filters_before_the_words() -> None:
    # Screen time for young children is written for 0-11; a 15-year-old gets the gaming article, even
    # though "schermtijd" is the other article's word.
    assert (
        route("hoeveel schermtijd is goed voor mijn zoon van 15?").articles[0]
        == "media-gamen-en-sociale-media"
    )
    assert (
        route("hoeveel schermtijd is goed voor mijn zoon van 4?").articles[0]
        == "media-schermtijd-jonge-kinderen"
    )


def test_a_word_every_article_of_a_category_uses_decides_nothing_on_its_own() -> None:
    # The features of the shipped articles: words shared by all articles of a group still count, but
    # an article's own words count more than a word the whole knowledge base uses.
    index = _article_index()
    bullying = index["bullying"]
    assert bullying["'wordt gepest'"]["bullying-gepest-worden"] > bullying["'wordt gepest'"].get(
        "bullying-cyberpesten", 0.0
    )
    assert max(index["school"]["dyslexie"].values()) > max(index["school"]["school"].values())


def test_rank_articles_gives_each_category_the_order_route_gives_its_best_category() -> None:
    message = "de leerplichtambtenaar belde over verzuim"
    result = route(message)
    ranked = rank_articles(message, result.categories[:3])
    assert set(ranked) == set(result.categories[:3])
    assert ranked[result.category][:3] == result.articles[:3]
    # A second category is ranked by the same words, not cut off by the route's five articles.
    assert rank_articles("leerplicht en gamen", ["media", "school"])["school"][0] == (
        "school-thuiszitten-en-leerplicht"
    )
