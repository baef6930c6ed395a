"""Alembic environment. The service runs migrations itself on start (bot.storage.schema), handing
over a live connection; the ``alembic`` command line works too, reading DATABASE_URL."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection

from bot.storage.models import Base
from registry.database import create_engine, default_database_url
from registry.models import RegistryBase

target_metadata = [Base.metadata, RegistryBase.metadata]


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_standalone() -> None:
    engine = create_engine(os.environ.get("DATABASE_URL") or default_database_url())
    async with engine.begin() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    asyncio.run(_run_standalone())
