"""Staff accounts and their sessions: argon2-hashed passwords, roles, lock-out after failed log-ins."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.storage.models import StaffSession, StaffUser
from registry.database import write_lock

ROLES = ("staff", "manager", "admin")
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
SESSION_IDLE = timedelta(hours=8)

_hasher = PasswordHasher()
# Verified against when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class StaffAccount:
    id: int
    username: str
    display_name: str
    role: str

    def may(self, role: str) -> bool:
        """Roles are ordered: an admin may do what a manager may, a manager what staff may."""
        return ROLES.index(self.role) >= ROLES.index(role)

    @property
    def pseudonym(self) -> str:
        return f"staff-{self.id}"


@dataclass(frozen=True, slots=True)
class StaffLogin:
    account: StaffAccount
    session_token: str
    csrf_token: str


class LockedOut(Exception):
    def __init__(self, until: datetime) -> None:
        super().__init__(until)
        self.until = until


def account_of(user: StaffUser) -> StaffAccount:
    return StaffAccount(user.id, user.username, user.display_name, user.role)


class StaffStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def save(
        self, *, username: str, display_name: str, role: str, password: str, now: datetime
    ) -> StaffAccount:
        """Create the account, or reset its name, role and password when it exists."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            user = await session.scalar(select(StaffUser).where(StaffUser.username == username))
            if user is None:
                user = StaffUser(username=username, created_at=now, failed_logins=0)
                session.add(user)
            user.display_name = display_name
            user.role = role
            user.password_hash = hash_password(password)
            user.failed_logins = 0
            user.locked_until = None
        return account_of(user)

    async def log_in(self, username: str, password: str, now: datetime) -> StaffLogin | None:
        """A new session for the right password; None for a wrong one. Raises LockedOut after
        MAX_FAILED_LOGINS failures in a row, until LOCKOUT has passed."""
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            user = await session.scalar(select(StaffUser).where(StaffUser.username == username))
            if user is None:
                password_matches(_DUMMY_HASH, password)
                return None
            if user.locked_until is not None and user.locked_until > now:
                raise LockedOut(user.locked_until)
            if not password_matches(user.password_hash, password):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + LOCKOUT
                    user.failed_logins = 0
                return None
            user.failed_logins = 0
            user.locked_until = None
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            session.add(
                StaffSession(
                    id=_digest(token),
                    user_id=user.id,
                    csrf_token=csrf,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now + SESSION_IDLE,
                )
            )
            return StaffLogin(account_of(user), token, csrf)

    async def session(self, token: str, now: datetime) -> tuple[StaffAccount, str] | None:
        """The account and CSRF token of a live session; the session's idle timer starts again."""
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            row = await session.get(StaffSession, _digest(token))
            if row is None or row.expires_at <= now:
                return None
            user = await session.get(StaffUser, row.user_id)
            if user is None:
                return None
            # Writing on every request would serialise all staff traffic; a minute's precision is enough.
            if now - row.last_seen_at > timedelta(minutes=1):
                row.last_seen_at = now
                row.expires_at = now + SESSION_IDLE
            return account_of(user), row.csrf_token

    async def log_out(self, token: str) -> None:
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            await session.execute(delete(StaffSession).where(StaffSession.id == _digest(token)))

    async def by_id(self, user_id: int) -> StaffAccount | None:
        async with self._sessions() as session:
            user = await session.get(StaffUser, user_id)
            return account_of(user) if user else None

    async def all(self) -> list[StaffAccount]:
        async with self._sessions() as session:
            users = await session.scalars(select(StaffUser).order_by(StaffUser.display_name))
            return [account_of(u) for u in users]

    async def by_username(self, username: str) -> StaffAccount | None:
        async with self._sessions() as session:
            user = await session.scalar(select(StaffUser).where(StaffUser.username == username))
            return account_of(user) if user else None
