"""HTTP plumbing shared by every route: JSON errors in plain Dutch, and never a stack trace to a user."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from sqlalchemy.exc import DBAPIError, OperationalError

log = logging.getLogger(__name__)

ERRORS: dict[str, str] = {
    "bad_json": "Dit bericht kon ik niet lezen.",
    "bad_lang": "Deze taal wordt niet ondersteund. Kies nl of en.",
    "bad_after": "De waarde van 'after' moet een heel getal van 0 of hoger zijn.",
    "missing_token": "De sleutel van het gesprek ontbreekt.",
    "unknown_conversation": "Dit gesprek bestaat niet (meer). Begin een nieuw gesprek.",
    "conversation_closed": "Dit gesprek is gesloten. Begin een nieuw gesprek.",
    "too_large": "Je bericht is te lang. Maak het korter (maximaal 4000 tekens).",
    "unknown_type": "Dit soort bericht ken ik niet.",
    "bad_frame": "Dit bericht is niet compleet of leeg.",
    "rate_limited": "Je stuurt veel berichten kort na elkaar. Wacht even en probeer het dan opnieuw.",
    "unavailable": "Er ging bij ons iets mis, daardoor is dit niet gelukt. Probeer het over een paar minuten "
    "opnieuw, of bel het CJG.",
    "bad_rating": "Kies duim omhoog (up) of duim omlaag (down).",
    "not_closed": "Je kunt een gesprek beoordelen als het is afgesloten.",
    "already_rated": "Je hebt dit gesprek al beoordeeld. Bedankt!",
    "no_record": "Er is in dit gesprek niets gevraagd, dus er is niets te beoordelen.",
    "rating_closed": "Dit gesprek kan niet meer beoordeeld worden.",
    "not_found": "Deze pagina bestaat niet.",
    "method_not_allowed": "Dit kan hier niet.",
    "server_error": "Er ging iets mis. Probeer het opnieuw.",
}

# Errors that mean the database cannot be reached right now, not that the request was wrong.
UNAVAILABLE = (OperationalError, DBAPIError, OSError, TimeoutError)


def error_body(code: str) -> dict[str, str]:
    return {"error": code, "message": ERRORS[code]}


def json_error(status: int, code: str) -> web.Response:
    return web.json_response(error_body(code), status=status, headers={"Cache-Control": "no-store"})


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPNotFound:
        return json_error(404, "not_found")
    except web.HTTPMethodNotAllowed:
        return json_error(405, "method_not_allowed")
    except web.HTTPRequestEntityTooLarge:
        return json_error(413, "too_large")
    except web.HTTPException:
        raise
    except UNAVAILABLE:
        log.exception("storage unavailable while handling %s %s", request.method, request.path)
        return json_error(503, "unavailable")
    except Exception:
        log.exception("unhandled error while handling %s %s", request.method, request.path)
        return json_error(500, "server_error")


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if response.content_type == "text/html":
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
        )
    return response


class PrivateAccessLogger(AbstractAccessLogger):
    """The access log without what identifies a parent or opens a chat: no IP address, no user agent,
    no query string (the widget's WebSocket carries the conversation token there)."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info("%s %s %s %.0f ms", request.method, request.path, response.status, time * 1000)
