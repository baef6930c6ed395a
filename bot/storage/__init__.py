"""Persistence of conversations, messages and staff accounts (SQLAlchemy 2, asyncio)."""
