"""Server-rendered public pages: the demo CJG page with the widget, the privacy text, and articles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
from aiohttp import web
from markdown_it import MarkdownIt

from bot.config import Settings
from knowledge.articles import KnowledgeBase

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

SETTINGS = web.AppKey("settings", Settings)
ARTICLES = web.AppKey("articles", KnowledgeBase)
JINJA = web.AppKey("jinja", jinja2.Environment)

# Article bodies are written by content editors through pull requests; raw HTML is still switched off
# so a slip in a Markdown file can never inject script into the site.
_markdown = MarkdownIt("commonmark", {"html": False})


@dataclass(frozen=True, slots=True)
class ArticleView:
    id: str
    title: str
    summary: str
    body_html: str
    sources: list[tuple[str, str, str | None]]
    last_reviewed: object


def _lang(request: web.Request) -> str:
    return "en" if request.query.get("lang") == "en" else "nl"


def render(request: web.Request, template: str, **context: object) -> web.Response:
    settings = request.app[SETTINGS]
    html = (
        request.app[JINJA]
        .get_template(template)
        .render(
            lang=_lang(request),
            retention_days=settings.retention_days,
            office_hours_text=settings.office_hours_text,
            cjg_name=settings.cjg_name,
            cjg_phone=settings.cjg_phone,
            **context,
        )
    )
    return web.Response(text=html, content_type="text/html")


async def demo_page(request: web.Request) -> web.Response:
    return render(request, "demo.html")


async def privacy_page(request: web.Request) -> web.Response:
    return render(request, "privacy.html")


async def help_page(request: web.Request) -> web.Response:
    return render(request, "help.html")


async def article_page(request: web.Request) -> web.Response:
    article = request.app[ARTICLES].get(request.match_info["article_id"])
    if article is None:
        raise web.HTTPNotFound()
    content = article.text(_lang(request))
    view = ArticleView(
        id=article.id,
        title=content.title,
        summary=content.summary,
        body_html=_markdown.render(content.body),
        sources=[(s.publisher, s.title, s.url) for s in article.sources],
        last_reviewed=article.last_reviewed,
    )
    return render(request, "article.html", article=view)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def add_routes(app: web.Application, articles: KnowledgeBase) -> None:
    app[ARTICLES] = articles
    app[JINJA] = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    app.router.add_get("/", demo_page)
    app.router.add_get("/privacy", privacy_page)
    app.router.add_get("/hulp", help_page)
    app.router.add_get("/kennisbank/{article_id}", article_page)
    app.router.add_get("/healthz", health)
    app.router.add_static("/widget/", STATIC, append_version=False)
