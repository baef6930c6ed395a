"""Closed vocabularies of the contact record. Reports group by these codes, so they never change meaning."""

CHANNELS = ("chat", "phone", "email", "walk_in", "school", "other")
ROLES = ("parent", "youth", "professional", "other", "unknown")
AGE_BANDS = ("pregnancy", "0-3", "4-11", "12-17", "18-23", "unknown")
URGENCIES = ("none", "attention", "urgent", "emergency")
OUTCOMES = (
    "answered_by_bot",
    "answered_by_staff",
    "referred",
    "became_case",
    "callback_requested",
    "abandoned",
    "safety_escalated",
)
