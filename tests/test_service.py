"""The service as a process: started with ``python -m bot`` from elsewhere, stopped with SIGTERM,
restarted in the middle of a conversation, and the registry's command line next to it."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import ROOT, Frames, free_port, turn_done

QUESTION = "mijn zoon van 7 wil niet slapen en komt steeds uit bed"


class ServiceProcess:
    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.port = int(env["PORT"])
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    # Start-up loads the de-identifier's lookup tables, compiles the safety rules and loads both models: about
    # 17 s of CPU (2026-12-06), which took 27 s of wall clock at load 5.6 on the two cores of a CI host.
    async def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        async with aiohttp.ClientSession() as http:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise AssertionError("service exited early:\n" + self.process.stdout.read())
                try:
                    async with http.get(self.url + "/healthz") as response:
                        if response.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise AssertionError("service did not start")

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGTERM)
        output, _ = self.process.communicate(timeout=30)
        return self.process.returncode, output


def service_env(database_url: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DEMO")}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "PORT": str(free_port()),
            "HOST": "127.0.0.1",
            "DATABASE_URL": database_url,
            "BOT_TYPING_MS": "0",
            "XDG_DATA_HOME": str(tmp_path / "xdg"),
            **extra,
        }
    )
    return env


async def test_restart_mid_conversation_keeps_state_and_history(database_url, tmp_path):
    env = service_env(database_url, tmp_path)
    first = ServiceProcess(env, cwd=tmp_path)
    try:
        await first.wait_ready()
        async with aiohttp.ClientSession() as http:
            async with http.post(first.url + "/api/conversations") as response:
                token = (await response.json())["token"]
            frames = Frames(await http.ws_connect(f"ws://127.0.0.1:{first.port}/ws?token={token}"))
            await frames.next()
            await frames.ws.send_json({"type": "message", "text": QUESTION})
            await frames.until(turn_done)
            before = [f for f in frames.seen if f["type"] == "message"]
            # SIGTERM: the open socket is told and closed with 1012 (service restart).
            stopping = asyncio.create_task(asyncio.to_thread(first.stop))
            status = await frames.until(lambda f: f["type"] == "status")
            assert status["state"] == "reconnect"
            closing = await frames.ws.receive()
            assert (closing.type, closing.data) == (aiohttp.WSMsgType.CLOSE, 1012)
            code, output = await stopping
            assert code == 0, output
            assert "Traceback" not in output
            # The access log shows the request, but neither the chat's key nor who sent it.
            access = [line for line in output.splitlines() if "aiohttp.access" in line]
            assert any("GET /ws 101" in line for line in access), output
            assert token not in output
            assert not any("127.0.0.1" in line or "Python/" in line for line in access), access
    finally:
        if first.process.poll() is None:
            first.process.kill()

    second = ServiceProcess(service_env(database_url, tmp_path), cwd=tmp_path)
    try:
        await second.wait_ready()
        async with aiohttp.ClientSession() as http:
            frames = Frames(await http.ws_connect(f"ws://127.0.0.1:{second.port}/ws?token={token}&after=0"))
            history = await frames.messages_until(lambda f: f["seq"] == before[-1]["seq"])
            assert [(f["seq"], f["text"]) for f in history] == [(f["seq"], f["text"]) for f in before]
            # The dialogue state survived too: the bot still waits for the answer to its question.
            await frames.ws.send_json({"type": "message", "text": "Ja"})
            await frames.until(turn_done)
            bot = [f for f in frames.seen if f["type"] == "message" and f["from"] == "bot"]
            assert bot[-1]["text"].startswith("Fijn")
            await frames.ws.close()
    finally:
        code, output = second.stop()
    assert code == 0, output


# PostgreSQL only: SQLite has no password, and the test cluster trusts local users whatever they send.
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_a_database_password_is_never_printed(database_url, tmp_path):
    with_password = database_url.replace("://postgres@", "://postgres:geheim-wachtwoord@", 1)
    assert "geheim-wachtwoord" in with_password
    service = ServiceProcess(service_env(with_password, tmp_path), cwd=tmp_path)
    try:
        await service.wait_ready()
    finally:
        code, output = service.stop()
    assert code == 0, output
    assert "geheim-wachtwoord" not in output
    assert "Database: postgresql" in output and "***" in output


async def test_demo_defaults_print_a_working_staff_login(tmp_path):
    env = service_env("", tmp_path)
    del env["DATABASE_URL"]
    service = ServiceProcess(env, cwd=tmp_path)
    try:
        await service.wait_ready()
    finally:
        code, output = service.stop()
    assert code == 0
    assert "Demo staff login: username 'demo', password '" in output
    assert str(tmp_path / "xdg" / "wegwijs" / "wegwijs.db") in output
    assert (tmp_path / "xdg" / "wegwijs" / "wegwijs.db").exists()


def test_bad_configuration_is_reported_without_a_stack_trace(tmp_path):
    env = service_env("", tmp_path, PORT="eighty")
    result = subprocess.run(
        [sys.executable, "-m", "bot"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "PORT must be a whole number" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("stdin_password", ["a-long-enough-password\n"])
def test_adduser_reads_the_password_from_stdin(tmp_path, stdin_password):
    env = service_env(f"sqlite+aiosqlite:///{tmp_path / 'staff.db'}", tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "adduser", "anna", "--role", "manager"],
        env=env,
        input=stdin_password,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "anna" in result.stdout
    short = subprocess.run(
        [sys.executable, "-m", "bot", "adduser", "bob"],
        env=env,
        input="short\n",
        capture_output=True,
        text=True,
    )
    assert short.returncode == 1 and "12 characters" in short.stderr
