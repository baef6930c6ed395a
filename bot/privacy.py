"""De-identifying free text for the registry, away from the event loop.

deduce takes seconds of pure-Python CPU to load its word lists, and de-identifying still costs a
millisecond or so per text. In a thread that would hold the GIL and stall every open conversation, so
the service does it in one worker process, started and warmed up when the service starts.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from registry import ContactRecord
from registry import deidentify as _deidentify

T = TypeVar("T")
_pool: ProcessPoolExecutor | None = None
# How often the worker checks that the process that started it is still there.
PARENT_CHECK_SECONDS = 1.0


def _worker() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        # "spawn": a fork of a process with a running event loop and threads is not safe.
        _pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_end_with,
            initargs=(os.getpid(),),
        )
    return _pool


def _end_with(parent: int) -> None:
    """In the worker: end it once the process that started it is gone. A service killed outright (kill -9,
    the out-of-memory killer) cannot tell its worker, which holds the spawn queue's own write end and so never
    sees the pipe close: it would keep its gigabyte of word lists until the machine restarts."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def warm_up() -> asyncio.Future:
    """Start the worker and load deduce there; the service does not wait for it."""
    return asyncio.get_running_loop().run_in_executor(_worker(), _deidentify.warm_up)


async def deidentified(record: ContactRecord | None) -> ContactRecord | None:
    """The record with its free text de-identified (in the worker when there is text to clean)."""
    if record is None or not (record.first_question or record.note):
        return record.deidentified() if record is not None else None
    return await _in_worker(ContactRecord.deidentified, record)


async def deidentify_text(text: str) -> str:
    return await _in_worker(_deidentify.deidentify, text) if text else text


async def _in_worker(function: Callable[[T], T], argument: T) -> T:
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(_worker(), function, argument)
    except BrokenProcessPool:
        # The worker died (killed, out of memory): a closing conversation must not fail for that.
        stop()
        return await loop.run_in_executor(_worker(), function, argument)


def stop() -> None:
    """End the worker now, even in the middle of loading deduce, so a stopping service exits at once.
    (ProcessPoolExecutor would otherwise wait for the job in hand; Python 3.11 has no public way to
    terminate its workers, hence ``_processes``.) With the worker gone the pool's manager thread ends at
    once, and it is waited for: left running, it closes its wake-up pipe while the interpreter's exit hook
    writes to it, a race in Python 3.11's concurrent.futures (CPython gh-125451, fixed in 3.12) that printed
    "OSError: Bad file descriptor" when the service stopped."""
    global _pool
    if _pool is None:
        return
    pool, _pool = _pool, None
    for process in list(getattr(pool, "_processes", {}).values()):
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
