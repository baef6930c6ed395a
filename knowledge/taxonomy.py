"""The fixed question taxonomy shared by the router, the registry, the reports and every interface.

The codes are a contract: reports compare them across years, so a code is never renamed or reused.
Labels may be improved freely.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label_nl: str
    label_en: str
    safety: bool = False

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_nl


CATEGORIES: tuple[Category, ...] = (
    Category("parenting", "Opvoeden algemeen", "Parenting in general"),
    Category("baby", "Baby en dreumes", "Babies and toddlers"),
    Category("sleep", "Slapen", "Sleep"),
    Category("eating", "Eten en gewicht", "Eating and weight"),
    Category("toilet", "Zindelijkheid en bedplassen", "Potty training and bedwetting"),
    Category("development", "Ontwikkeling en taal", "Development and language"),
    Category("behaviour", "Gedrag", "Behaviour"),
    Category("anxiety", "Angst en piekeren", "Fear and worry"),
    Category("low_mood", "Somberheid en depressie", "Low mood and depression", safety=True),
    Category("self_image", "Zelfbeeld en weerbaarheid", "Self-esteem and resilience"),
    Category("emotions", "Emotieregulatie", "Handling emotions"),
    Category("trauma_grief", "Trauma en rouw", "Trauma and grief"),
    Category("bullying", "Pesten", "Bullying"),
    Category("school", "School en leren", "School and learning"),
    Category("divorce", "Scheiding en omgang", "Separation and contact arrangements"),
    Category("puberty", "Puberteit", "Adolescence"),
    Category("sexuality", "Seksualiteit en relaties", "Sexuality and relationships"),
    Category("media", "Media en gamen", "Media and gaming"),
    Category("substances", "Alcohol, drugs en roken", "Alcohol, drugs and smoking"),
    Category(
        "parent_mental_health",
        "Ouder met psychische of verslavingsproblemen",
        "Parent with mental health or addiction problems",
    ),
    Category("parent_wellbeing", "Ouderschap en draagkracht", "Parenting stress and coping"),
    Category("money", "Geldzorgen", "Money worries"),
    Category("housing", "Wonen en dakloosheid", "Housing and homelessness"),
    Category("pregnancy", "Zwangerschap en jonge ouders", "Pregnancy and young parents"),
    Category("disability", "Beperking, autisme en ziekte", "Disability, autism and illness"),
    Category("safety", "Veiligheid thuis", "Safety at home", safety=True),
    Category("access_to_care", "Hulp en verwijzing", "Getting help and referrals"),
    Category("courses", "Trainingen en cursussen", "Courses and trainings"),
    Category("other", "Overig", "Other"),
)

BY_CODE: dict[str, Category] = {c.code: c for c in CATEGORIES}
CODES: tuple[str, ...] = tuple(c.code for c in CATEGORIES)


def is_code(code: str) -> bool:
    return code in BY_CODE


def label(code: str, lang: str = "nl") -> str:
    return BY_CODE[code].label(lang)
