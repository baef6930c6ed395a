/*
 * Wegwijs chat widget. Embed with one tag:
 *   <script src="https://wegwijs.example/widget/widget.js" data-lang="nl" defer></script>
 * It talks to the server that served this file (docs/protocol.md), keeps its state in sessionStorage
 * (never a cookie) and renders inside an open Shadow DOM so the host page's CSS cannot reach it.
 * Server text is only ever set with textContent: bot and staff messages can never become markup.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__wegwijsWidget) {
    return;
  }
  window.__wegwijsWidget = true;

  var SRC = new URL(script.src, window.location.href);
  var ORIGIN = SRC.origin;
  var STORE_KEY = "wegwijs-chat";
  var MAX_CHARS = 4000;
  var PING_MS = 25000;
  var MAX_BACKOFF_MS = 30000;
  var RESTART_PAUSE_MS = 1500;
  var ERROR_SETTLE_MS = 300;

  var TEXT = {
    nl: {
      launcher: "Chat met het CJG",
      unread: "nieuw bericht",
      title: "Chat met het CJG",
      subtitle: "Wegwijs beantwoordt je vragen",
      minimise: "Chat verbergen",
      end: "Gesprek afsluiten",
      endConfirm: "Wil je het gesprek echt afsluiten?",
      endYes: "Ja, afsluiten",
      endNo: "Nee, doorgaan",
      langGroup: "Taal",
      log: "Berichten",
      inputLabel: "Typ je bericht",
      placeholder: "Typ je vraag...",
      send: "Versturen",
      privacy: "Je blijft anoniem. Deel geen namen of adressen.",
      privacyLink: "Privacy",
      danger: "Direct gevaar? Bel",
      helplines: "Hulplijnen, dag en nacht",
      you: "Jij",
      bot: "Wegwijs",
      staff: "Medewerker CJG",
      system: "CJG",
      pending: "Wordt verstuurd...",
      typingBot: "Wegwijs typt...",
      typingStaff: "Medewerker typt...",
      connecting: "Chat wordt gestart...",
      reconnecting: "De verbinding is weg. We proberen het opnieuw...",
      reconnected: "Je bent weer verbonden.",
      startFailed: "De chat kon niet starten. Probeer het over een paar minuten opnieuw.",
      retry: "Opnieuw proberen",
      newChat: "Nieuw gesprek",
      closedFallback: "Het gesprek is afgesloten.",
      gone: "Dit gesprek is gesloten. Begin een nieuw gesprek.",
      safetyTitle: "Hier krijg je direct hulp",
      safetyHide: "Verbergen",
      safetyShow: "Tonen",
      safetyInLog: "Belangrijke telefoonnummers staan bovenaan in de chat.",
      quickReplies: "Kies een antwoord",
      links: "Meer lezen",
      newTab: "(opent in een nieuw tabblad)",
      langSwitched: "De chat is nu in het Nederlands.",
      opened: "Chat geopend.",
      tooLong: "Je bericht is te lang. Maak het korter.",
      rateQuestion: "Wat vond je van dit gesprek?",
      rateUp: "Goed",
      rateDown: "Niet goed",
      rateThanks: "Bedankt voor je mening!",
      rateFailed: "Dat lukte niet. Probeer het nog een keer.",
    },
    en: {
      launcher: "Chat with the CJG",
      unread: "new message",
      title: "Chat with the CJG",
      subtitle: "Wegwijs answers your questions",
      minimise: "Hide chat",
      end: "End the chat",
      endConfirm: "Do you really want to end the chat?",
      endYes: "Yes, end it",
      endNo: "No, continue",
      langGroup: "Language",
      log: "Messages",
      inputLabel: "Type your message",
      placeholder: "Type your question...",
      send: "Send",
      privacy: "You stay anonymous. Do not share names or addresses.",
      privacyLink: "Privacy",
      danger: "Danger right now? Call",
      helplines: "Helplines, day and night",
      you: "You",
      bot: "Wegwijs",
      staff: "CJG worker",
      system: "CJG",
      pending: "Sending...",
      typingBot: "Wegwijs is typing...",
      typingStaff: "A worker is typing...",
      connecting: "Starting the chat...",
      reconnecting: "The connection was lost. Trying again...",
      reconnected: "You are connected again.",
      startFailed: "The chat could not start. Please try again in a few minutes.",
      retry: "Try again",
      newChat: "New chat",
      closedFallback: "The chat has ended.",
      gone: "This chat has ended. Start a new chat.",
      safetyTitle: "Get help right away",
      safetyHide: "Hide",
      safetyShow: "Show",
      safetyInLog: "Important phone numbers are shown at the top of the chat.",
      quickReplies: "Choose an answer",
      links: "Read more",
      newTab: "(opens in a new tab)",
      langSwitched: "The chat is now in English.",
      opened: "Chat opened.",
      tooLong: "Your message is too long. Please make it shorter.",
      rateQuestion: "How was this chat?",
      rateUp: "Good",
      rateDown: "Not good",
      rateThanks: "Thank you for your feedback!",
      rateFailed: "That did not work. Please try again.",
    },
  };

  // ---------- stored state (sessionStorage only) ----------

  function loadState() {
    var fallback = { id: null, token: null, lastSeq: 0, lang: null, open: false, pending: [] };
    try {
      var raw = window.sessionStorage.getItem(STORE_KEY);
      if (!raw) {
        return fallback;
      }
      var parsed = JSON.parse(raw);
      return {
        id: typeof parsed.id === "string" ? parsed.id : null,
        token: typeof parsed.token === "string" ? parsed.token : null,
        lastSeq: Number.isInteger(parsed.lastSeq) ? parsed.lastSeq : 0,
        lang: parsed.lang === "en" || parsed.lang === "nl" ? parsed.lang : null,
        open: parsed.open === true,
        pending: Array.isArray(parsed.pending) ? parsed.pending.filter(validPending) : [],
      };
    } catch (e) {
      return fallback;
    }
  }

  function validPending(p) {
    return p && typeof p.cid === "string" && typeof p.text === "string";
  }

  function saveState() {
    try {
      window.sessionStorage.setItem(
        STORE_KEY,
        JSON.stringify({
          id: state.id,
          token: state.token,
          lastSeq: state.lastSeq,
          lang: state.lang,
          open: state.open,
          pending: state.pending.map(function (p) {
            return { cid: p.cid, text: p.text };
          }),
        })
      );
    } catch (e) {
      // Storage can be full or blocked (private mode); the chat still works for this page view.
    }
  }

  var state = loadState();
  if (!state.lang) {
    state.lang = script.getAttribute("data-lang") === "en" ? "en" : "nl";
  }

  function t(key) {
    return TEXT[state.lang][key];
  }

  // ---------- DOM helpers ----------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) {
          return;
        }
        if (name === "text") {
          node.textContent = value;
        } else if (name === "className") {
          node.className = value;
        } else {
          node.setAttribute(name, value === true ? "" : String(value));
        }
      });
    }
    (children || []).forEach(function (child) {
      if (child) {
        node.appendChild(child);
      }
    });
    return node;
  }

  function icon(pathData) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "ww-icon");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", pathData);
    svg.appendChild(path);
    return svg;
  }

  var ICON_CHAT = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z";
  var ICON_DOWN = "M5 9l7 7 7-7";
  var ICON_SEND = "M3 20l18-8L3 4v6l12 2-12 2z";

  function newClientId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      })
      .join("");
  }

  function safeHref(url) {
    try {
      var resolved = new URL(String(url), ORIGIN);
      return resolved.protocol === "https:" || resolved.protocol === "http:" ? resolved.href : null;
    } catch (e) {
      return null;
    }
  }

  function clockTime(iso) {
    var when = iso ? new Date(iso) : null;
    if (!when || isNaN(when.getTime())) {
      return "";
    }
    return ("0" + when.getHours()).slice(-2) + ":" + ("0" + when.getMinutes()).slice(-2);
  }

  // ---------- build the UI ----------

  var host = el("div", { id: "wegwijs-chat" });
  var root = host.attachShadow({ mode: "open" });
  var uid = "wegwijs-panel";

  var sheet = el("link", { rel: "stylesheet", href: new URL("widget.css", SRC).href });
  var app = el("div", { className: "ww", hidden: true });
  // Show nothing until the stylesheet is in, so the page never flashes an unstyled widget.
  sheet.addEventListener("load", function () {
    app.hidden = false;
  });
  sheet.addEventListener("error", function () {
    app.hidden = false;
  });

  var launcherLabel = el("span", { className: "ww-launcher-label" });
  var badgeText = el("span");
  // The comma keeps "CJG" and "nieuw bericht" apart in the button's accessible name.
  var launcherBadge = el("span", { className: "ww-badge", hidden: true }, [
    el("span", { className: "ww-visually-hidden", text: ", " }),
    badgeText,
  ]);
  var launcher = el(
    "button",
    { type: "button", className: "ww-launcher", "aria-expanded": "false", "aria-controls": uid },
    [icon(ICON_CHAT), launcherLabel, launcherBadge]
  );

  var title = el("h2", { className: "ww-title", id: uid + "-title" });
  var subtitle = el("p", { className: "ww-subtitle" });
  var langGroup = el("div", { className: "ww-lang", role: "group" });
  var langButtons = {
    nl: el("button", { type: "button", className: "ww-lang-btn", lang: "nl", text: "NL" }),
    en: el("button", { type: "button", className: "ww-lang-btn", lang: "en", text: "EN" }),
  };
  langGroup.appendChild(langButtons.nl);
  langGroup.appendChild(langButtons.en);
  var minimise = el("button", { type: "button", className: "ww-minimise" }, [icon(ICON_DOWN)]);
  var endButton = el("button", { type: "button", className: "ww-end" });
  var header = el("div", { className: "ww-header" }, [
    el("div", { className: "ww-header-top" }, [el("div", { className: "ww-heading" }, [title, subtitle]), minimise]),
    el("div", { className: "ww-tools" }, [langGroup, endButton]),
  ]);

  var confirmText = el("p", { className: "ww-confirm-text" });
  var confirmYes = el("button", { type: "button", className: "ww-btn ww-btn-danger" });
  var confirmNo = el("button", { type: "button", className: "ww-btn ww-btn-secondary" });
  var confirmBox = el("div", { className: "ww-confirm", hidden: true }, [
    confirmText,
    el("div", { className: "ww-confirm-actions" }, [confirmYes, confirmNo]),
  ]);

  var stateBar = el("p", { className: "ww-statebar", hidden: true });
  // The alert region itself holds only the server's safety text; title and toggle sit next to it.
  var alertTitle = el("p", { className: "ww-alert-title" });
  var alertToggle = el("button", {
    type: "button",
    className: "ww-alert-toggle",
    "aria-expanded": "true",
    "aria-controls": uid + "-alert",
  });
  var alertRegion = el("div", { className: "ww-alert", role: "alert", id: uid + "-alert" });
  var safetyHead = el("div", { className: "ww-safety-head", hidden: true }, [alertTitle, alertToggle]);
  // The box stays rendered (only unstyled) while empty: an alert region that appears together with its
  // content is not announced by every screen reader.
  var safetyBox = el("div", { className: "ww-safety" }, [
    safetyHead,
    alertRegion,
  ]);
  var statusRegion = el("div", { className: "ww-visually-hidden", role: "status", "aria-live": "polite" });

  var log = el("div", {
    className: "ww-log",
    role: "log",
    "aria-live": "polite",
    "aria-relevant": "additions",
    tabindex: "0",
  });
  var typing = el("p", { className: "ww-typing", hidden: true }, [
    el("span", { className: "ww-typing-dots", "aria-hidden": "true" }, [el("span"), el("span"), el("span")]),
    el("span", { className: "ww-typing-text" }),
  ]);
  var quickReplies = el("div", { className: "ww-quick", role: "group", hidden: true });
  var notice = el("div", { className: "ww-notice", hidden: true });
  var newChatButton = el("button", { type: "button", className: "ww-btn ww-btn-primary ww-newchat", hidden: true });

  var inputLabel = el("label", { className: "ww-visually-hidden", for: uid + "-input" });
  var input = el("textarea", {
    id: uid + "-input",
    className: "ww-input",
    rows: "2",
    maxlength: String(MAX_CHARS),
    autocomplete: "off",
  });
  var sendButton = el("button", { type: "submit", className: "ww-send" }, [
    icon(ICON_SEND),
    el("span", { className: "ww-send-label" }),
  ]);
  var form = el("form", { className: "ww-form", novalidate: true }, [inputLabel, input, sendButton]);
  var privacyText = el("span");
  var privacyLink = el("a", { href: new URL("/privacy", ORIGIN).href, target: "_blank", rel: "noopener" });
  var privacy = el("p", { className: "ww-privacy" }, [privacyText, document.createTextNode(" "), privacyLink]);
  // Always in view, whatever the bot made of the message: the safety net under the triage.
  var dangerText = el("span");
  var helplinesLink = el("a", { target: "_blank", rel: "noopener" });
  var help = el("p", { className: "ww-help" }, [
    dangerText,
    document.createTextNode(" "),
    el("a", { href: "tel:112", text: "112" }),
    document.createTextNode(". "),
    helplinesLink,
  ]);

  var panel = el(
    "div",
    { className: "ww-panel", id: uid, role: "dialog", "aria-modal": "false", "aria-labelledby": uid + "-title", hidden: true },
    [
      header,
      confirmBox,
      stateBar,
      safetyBox,
      log,
      typing,
      quickReplies,
      notice,
      el("div", { className: "ww-footer" }, [newChatButton, form, privacy, help]),
      statusRegion,
    ]
  );

  app.appendChild(panel);
  app.appendChild(launcher);
  root.appendChild(sheet);
  root.appendChild(app);

  // ---------- runtime state (this page view only) ----------

  var ws = null;
  var wsOpened = false;
  var connecting = false;
  var starting = false;
  var retryTimer = null;
  var pingTimer = null;
  var attempts = 0;
  var buffered = {};
  var resumeAsked = false;
  var lastMessage = null;
  // Only a chat in which the parent asked something has a registry record to rate.
  var parentWrote = false;
  var typingFrom = null;
  var closed = false;
  var langUnsent = false;
  var statusTexts = { bot: "", waiting: "", human: "" };

  // ---------- texts ----------

  function applyTexts() {
    app.setAttribute("lang", state.lang);
    launcherLabel.textContent = t("launcher");
    badgeText.textContent = t("unread");
    title.textContent = t("title");
    subtitle.textContent = t("subtitle");
    langGroup.setAttribute("aria-label", t("langGroup"));
    langButtons.nl.setAttribute("aria-label", "Nederlands");
    langButtons.en.setAttribute("aria-label", "English");
    langButtons.nl.setAttribute("aria-pressed", String(state.lang === "nl"));
    langButtons.en.setAttribute("aria-pressed", String(state.lang === "en"));
    minimise.setAttribute("aria-label", t("minimise"));
    minimise.setAttribute("title", t("minimise"));
    endButton.textContent = t("end");
    confirmText.textContent = t("endConfirm");
    confirmYes.textContent = t("endYes");
    confirmNo.textContent = t("endNo");
    alertTitle.textContent = t("safetyTitle");
    alertToggle.textContent = alertRegion.hidden ? t("safetyShow") : t("safetyHide");
    log.setAttribute("aria-label", t("log"));
    quickReplies.setAttribute("aria-label", t("quickReplies"));
    typing.querySelector(".ww-typing-text").textContent = typingFrom === "staff" ? t("typingStaff") : t("typingBot");
    inputLabel.textContent = t("inputLabel");
    input.setAttribute("placeholder", t("placeholder"));
    sendButton.querySelector(".ww-send-label").textContent = t("send");
    newChatButton.textContent = t("newChat");
    privacyText.textContent = t("privacy");
    privacyLink.textContent = t("privacyLink");
    privacyLink.setAttribute("href", new URL("/privacy" + (state.lang === "en" ? "?lang=en" : ""), ORIGIN).href);
    dangerText.textContent = t("danger");
    helplinesLink.textContent = t("helplines");
    helplinesLink.setAttribute(
      "href",
      new URL("/hulp" + (state.lang === "en" ? "?lang=en" : ""), ORIGIN).href
    );
    Array.prototype.forEach.call(log.querySelectorAll("[data-i18n]"), function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
  }

  function announce(message) {
    // Clear first so the same sentence twice in a row is still announced.
    statusRegion.textContent = "";
    window.setTimeout(function () {
      statusRegion.textContent = message;
    }, 50);
  }

  function showNotice(message, withRetry) {
    notice.textContent = "";
    notice.appendChild(el("p", { text: message }));
    if (withRetry) {
      var retry = el("button", { type: "button", className: "ww-btn ww-btn-secondary", text: t("retry") });
      retry.addEventListener("click", function () {
        hideNotice();
        ensureConversation();
      });
      notice.appendChild(retry);
    }
    notice.hidden = false;
  }

  function hideNotice() {
    notice.hidden = true;
    notice.textContent = "";
  }

  function setStateBar(message) {
    stateBar.textContent = message || "";
    stateBar.hidden = !message;
  }

  // ---------- open / close the panel ----------

  function openPanel(focusInput) {
    state.open = true;
    saveState();
    panel.hidden = false;
    app.classList.add("ww-is-open");
    launcher.setAttribute("aria-expanded", "true");
    launcherBadge.hidden = true;
    if (focusInput) {
      (closed ? newChatButton : input).focus();
    }
    scrollToEnd();
    ensureConversation();
  }

  function closePanel() {
    state.open = false;
    saveState();
    panel.hidden = true;
    confirmBox.hidden = true;
    app.classList.remove("ww-is-open");
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  // Stored messages go above the parent's still-unconfirmed ones, which always stay at the bottom.
  function appendToLog(node) {
    log.insertBefore(node, log.querySelector(".ww-pending"));
  }

  // ---------- conversation lifecycle ----------

  function ensureConversation() {
    if (closed) {
      return;
    }
    if (state.token) {
      connect();
      return;
    }
    if (starting) {
      return;
    }
    starting = true;
    setStateBar(t("connecting"));
    fetch(new URL("/api/conversations", ORIGIN).href, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lang: state.lang }),
      credentials: "omit",
      cache: "no-store",
    })
      .then(function (response) {
        if (response.status !== 201) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(function (body) {
        starting = false;
        state.id = body.id;
        state.token = body.token;
        state.lastSeq = 0;
        saveState();
        setStateBar("");
        connect();
      })
      .catch(function () {
        starting = false;
        setStateBar("");
        showNotice(t("startFailed"), true);
        announce(t("startFailed"));
      });
  }

  function wsUrl() {
    var url = new URL("/ws", ORIGIN);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("token", state.token);
    url.searchParams.set("after", String(state.lastSeq));
    return url.href;
  }

  function connect() {
    if (!state.token || connecting || (ws && ws.readyState <= 1)) {
      return;
    }
    window.clearTimeout(retryTimer);
    retryTimer = null;
    connecting = true;
    wsOpened = false;
    var socket = new WebSocket(wsUrl());
    ws = socket;
    socket.addEventListener("open", function () {
      if (ws !== socket) {
        return;
      }
      connecting = false;
      wsOpened = true;
      if (attempts > 0) {
        announce(t("reconnected"));
        hideNotice();
      }
      attempts = 0;
      resumeAsked = false;
      setStateBar(statusTexts.waiting || statusTexts.human || "");
      if (langUnsent) {
        langUnsent = !sendFrame({ type: "lang", lang: state.lang });
      }
      // Unconfirmed messages go again with the same client_id; the server stores each one once.
      state.pending.forEach(function (p) {
        p.sent = true;
        sendFrame({ type: "message", text: p.text, client_id: p.cid });
      });
      window.clearInterval(pingTimer);
      pingTimer = window.setInterval(function () {
        sendFrame({ type: "ping" });
      }, PING_MS);
    });
    socket.addEventListener("message", function (event) {
      if (ws !== socket) {
        return;
      }
      var frame;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (frame && typeof frame === "object") {
        handleFrame(frame);
      }
    });
    socket.addEventListener("close", function (event) {
      if (ws !== socket) {
        return;
      }
      var hadOpened = wsOpened;
      ws = null;
      connecting = false;
      wsOpened = false;
      window.clearInterval(pingTimer);
      setTyping(null, false);
      if (closed || !state.token) {
        return;
      }
      if (event.code === 1012) {
        scheduleReconnect(RESTART_PAUSE_MS);
      } else if (hadOpened) {
        scheduleReconnect(backoff());
      } else {
        probeConversation();
      }
    });
  }

  function backoff() {
    attempts += 1;
    var base = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempts - 1));
    return base / 2 + Math.random() * (base / 2);
  }

  function scheduleReconnect(delay, message) {
    if (retryTimer || closed) {
      return;
    }
    setStateBar(message || t("reconnecting"));
    announce(message || t("reconnecting"));
    retryTimer = window.setTimeout(function () {
      retryTimer = null;
      connect();
    }, delay);
  }

  // A WebSocket that never opened does not say why; a plain GET of the same URL does (404/410 are final).
  function probeConversation() {
    fetch(wsUrl(), { credentials: "omit", cache: "no-store" })
      .then(function (response) {
        if (response.status === 404 || response.status === 410) {
          endConversation(t("gone"));
        } else {
          scheduleReconnect(backoff());
        }
      })
      .catch(function () {
        scheduleReconnect(backoff());
      });
  }

  function sendFrame(frame) {
    if (ws && ws.readyState === 1) {
      ws.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  // ---------- frames from the server ----------

  function handleFrame(frame) {
    switch (frame.type) {
      case "message":
        receiveMessage(frame);
        break;
      case "typing":
        setTyping(frame.from, frame.on === true);
        break;
      case "status":
        handleStatus(frame);
        break;
      case "closed":
        endConversation(typeof frame.text === "string" && frame.text ? frame.text : t("closedFallback"), true);
        break;
      case "error":
        handleError(frame);
        break;
      default:
        break;
    }
  }

  function receiveMessage(frame) {
    if (!Number.isInteger(frame.seq) || frame.seq <= state.lastSeq) {
      return;
    }
    buffered[frame.seq] = frame;
    if (frame.seq > state.lastSeq + 1 && !resumeAsked) {
      // A gap: ask for the missing ones and hold this one until they are in.
      resumeAsked = sendFrame({ type: "resume", after: state.lastSeq });
    }
    var changed = false;
    while (buffered[state.lastSeq + 1]) {
      var next = buffered[state.lastSeq + 1];
      delete buffered[state.lastSeq + 1];
      renderMessage(next);
      state.lastSeq = next.seq;
      changed = true;
    }
    if (changed) {
      resumeAsked = false;
      saveState();
      renderQuickReplies();
      scrollToEnd();
    }
  }

  function senderLabel(from) {
    return { parent: "you", bot: "bot", staff: "staff", system: "system" }[from] || "system";
  }

  function renderMessage(frame) {
    var from = ["parent", "bot", "staff", "system"].indexOf(frame.from) >= 0 ? frame.from : "system";
    if (from === "parent" && typeof frame.client_id === "string") {
      confirmPending(frame.client_id);
    }
    if (from === typingFrom) {
      setTyping(from, false);
    }
    var text = typeof frame.text === "string" ? frame.text : "";
    if (frame.kind === "safety") {
      showSafety(text);
      appendToLog(
        el("div", { className: "ww-msg ww-from-system ww-safety-marker", "data-seq": frame.seq }, [
          el("p", { className: "ww-msg-text", "data-i18n": "safetyInLog", text: t("safetyInLog") }),
        ])
      );
    } else {
      appendToLog(buildBubble(from, text, frame));
    }
    lastMessage = frame;
    if (from === "parent") {
      parentWrote = true;
    }
    if (panel.hidden && from !== "parent") {
      launcherBadge.hidden = false;
    }
  }

  function buildBubble(from, text, frame) {
    var bubble = el("div", {
      className: "ww-msg ww-from-" + from + (frame.kind ? " ww-kind-" + frame.kind : ""),
      "data-seq": frame.seq,
    });
    // A worker signs with a first name; that name is not translated, the fallback label is.
    var named = from === "staff" && typeof frame.name === "string" && frame.name.trim();
    var who = named
      ? el("span", { className: "ww-msg-who", text: frame.name.trim() + " (CJG)" })
      : el("span", { className: "ww-msg-who", "data-i18n": senderLabel(from), text: t(senderLabel(from)) });
    var meta = el("p", { className: "ww-msg-meta" }, [who]);
    var time = clockTime(frame.at);
    if (time) {
      meta.appendChild(el("span", { className: "ww-msg-time", text: time }));
    }
    bubble.appendChild(meta);
    bubble.appendChild(el("p", { className: "ww-msg-text", text: text }));
    var links = Array.isArray(frame.links) ? frame.links : [];
    var items = links
      .map(function (link) {
        var href = link && safeHref(link.url);
        if (!href || typeof link.title !== "string") {
          return null;
        }
        return el("li", null, [
          el("a", { href: href, target: "_blank", rel: "noopener" }, [
            document.createTextNode(link.title),
            el("span", { className: "ww-visually-hidden", "data-i18n": "newTab", text: " " + t("newTab") }),
          ]),
        ]);
      })
      .filter(Boolean);
    if (items.length) {
      bubble.appendChild(el("ul", { className: "ww-links" }, items));
    }
    return bubble;
  }

  function showSafety(text) {
    safetyBox.classList.add("ww-safety-on");
    safetyHead.hidden = false;
    // On a small screen the numbers may need scrolling, so keyboard users must be able to reach them.
    alertRegion.setAttribute("tabindex", "0");
    setSafetyExpanded(true);
    alertRegion.textContent = "";
    alertRegion.appendChild(el("p", { text: text }));
  }

  function setSafetyExpanded(expanded) {
    alertRegion.hidden = !expanded;
    alertToggle.setAttribute("aria-expanded", String(expanded));
    alertToggle.textContent = expanded ? t("safetyHide") : t("safetyShow");
  }

  function renderQuickReplies() {
    quickReplies.textContent = "";
    var replies =
      lastMessage && lastMessage.from !== "parent" && Array.isArray(lastMessage.quick_replies)
        ? lastMessage.quick_replies.filter(function (r) {
            return typeof r === "string" && r;
          })
        : [];
    if (closed || state.pending.length) {
      replies = [];
    }
    replies.forEach(function (reply) {
      var button = el("button", { type: "button", className: "ww-quick-btn", text: reply });
      button.addEventListener("click", function () {
        sendText(reply);
        input.focus();
      });
      quickReplies.appendChild(button);
    });
    quickReplies.hidden = replies.length === 0;
  }

  function setTyping(from, on) {
    typingFrom = on ? from : null;
    typing.hidden = !on;
    typing.querySelector(".ww-typing-text").textContent = from === "staff" ? t("typingStaff") : t("typingBot");
    if (on) {
      scrollToEnd();
    }
  }

  function handleStatus(frame) {
    var text = typeof frame.text === "string" ? frame.text : "";
    if (frame.state === "reconnect") {
      if (ws) {
        var socket = ws;
        ws = null;
        connecting = false;
        window.clearInterval(pingTimer);
        socket.close();
      }
      attempts = 0;
      scheduleReconnect(RESTART_PAUSE_MS, text);
      return;
    }
    statusTexts = { bot: "", waiting: "", human: "" };
    if (frame.state === "waiting" || frame.state === "human") {
      statusTexts[frame.state] = text;
    }
    setStateBar(statusTexts.waiting || statusTexts.human || "");
    if (text) {
      announce(text);
    }
  }

  var MESSAGE_ERRORS = ["too_large", "rate_limited", "unavailable", "bad_frame"];

  function handleError(frame) {
    var message = typeof frame.message === "string" && frame.message ? frame.message : t("startFailed");
    if (frame.code === "conversation_closed") {
      endConversation(message);
      return;
    }
    showNotice(message, false);
    announce(message);
    if (MESSAGE_ERRORS.indexOf(frame.code) < 0) {
      return;
    }
    if (typeof frame.client_id === "string") {
      restorePending(frame.client_id);
      return;
    }
    // Without a client_id the error belongs to the oldest message still unconfirmed. Echoes of earlier
    // messages can trail an error by a moment, so let them land before picking one.
    window.setTimeout(function () {
      var failed = state.pending.filter(function (p) {
        return p.sent;
      })[0];
      if (failed) {
        restorePending(failed.cid);
      }
    }, ERROR_SETTLE_MS);
  }

  // A message the server did not store goes back into the input, so nothing the parent typed is lost.
  function restorePending(cid) {
    var failed = state.pending.filter(function (p) {
      return p.cid === cid;
    })[0];
    if (!failed) {
      return;
    }
    removePending(cid);
    input.value = input.value ? failed.text + "\n" + input.value : failed.text;
    renderQuickReplies();
  }

  function endConversation(message, rateable) {
    var focusInPanel = !panel.hidden && root.activeElement && root.activeElement !== launcher;
    // The token is forgotten below; the rating buttons keep their own copy, in memory only.
    var ratingToken = rateable && parentWrote ? state.token : null;
    closed = true;
    state.id = null;
    state.token = null;
    state.lastSeq = 0;
    state.pending.forEach(function (p) {
      if (p.node && p.node.parentNode) {
        p.node.parentNode.removeChild(p.node);
      }
    });
    state.pending = [];
    // The next page starts with the launcher only, not with a fresh conversation nobody asked for.
    state.open = false;
    saveState();
    window.clearTimeout(retryTimer);
    retryTimer = null;
    window.clearInterval(pingTimer);
    if (ws) {
      var socket = ws;
      ws = null;
      socket.close();
    }
    setTyping(null, false);
    setStateBar("");
    confirmBox.hidden = true;
    // The bot usually stored the goodbye as a message already; do not show it twice.
    if (!lastMessage || lastMessage.text !== message) {
      appendToLog(
        el("div", { className: "ww-msg ww-from-system ww-closed" }, [
          el("p", { className: "ww-msg-text", text: message }),
        ])
      );
    }
    if (ratingToken) {
      appendToLog(buildRating(ratingToken));
    }
    renderQuickReplies();
    input.disabled = true;
    sendButton.disabled = true;
    form.hidden = true;
    endButton.hidden = true;
    newChatButton.hidden = false;
    scrollToEnd();
    if (focusInPanel) {
      newChatButton.focus();
    }
  }

  // Thumbs up or down after the chat; the answer lands on the anonymous registry record.
  function buildRating(token) {
    var question = el("p", { className: "ww-rating-question", id: "ww-rating-q", "data-i18n": "rateQuestion", text: t("rateQuestion") });
    var feedback = el("p", { className: "ww-rating-feedback", hidden: true });
    var up = el("button", { type: "button", className: "ww-btn ww-btn-secondary ww-rate", "data-rating": "up" }, [
      el("span", { "data-i18n": "rateUp", text: t("rateUp") }),
    ]);
    var down = el("button", { type: "button", className: "ww-btn ww-btn-secondary ww-rate", "data-rating": "down" }, [
      el("span", { "data-i18n": "rateDown", text: t("rateDown") }),
    ]);
    var buttons = el("div", { className: "ww-rating-buttons" }, [up, down]);
    var box = el("div", { className: "ww-msg ww-rating", role: "group", "aria-labelledby": "ww-rating-q" }, [question, buttons, feedback]);

    function done(key) {
      buttons.hidden = key === "rateThanks";
      up.disabled = down.disabled = key === "rateThanks";
      feedback.hidden = false;
      feedback.setAttribute("data-i18n", key);
      feedback.textContent = t(key);
      announce(t(key));
    }

    function send(rating) {
      up.disabled = down.disabled = true;
      fetch(new URL("/api/conversations/rating", ORIGIN).href, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ token: token, rating: rating }),
        credentials: "omit",
        cache: "no-store",
      })
        .then(function (response) {
          // 409 already_rated: an earlier click that seemed to fail did arrive.
          if (response.status === 200 || response.status === 409) {
            done("rateThanks");
          } else {
            done("rateFailed");
            up.disabled = down.disabled = false;
          }
        })
        .catch(function () {
          done("rateFailed");
          up.disabled = down.disabled = false;
        });
    }

    up.addEventListener("click", function () {
      send("up");
    });
    down.addEventListener("click", function () {
      send("down");
    });
    return box;
  }

  function startNewChat() {
    closed = false;
    parentWrote = false;
    state.open = !panel.hidden;
    log.textContent = "";
    buffered = {};
    lastMessage = null;
    alertRegion.textContent = "";
    safetyBox.classList.remove("ww-safety-on");
    safetyHead.hidden = true;
    alertRegion.removeAttribute("tabindex");
    statusTexts = { bot: "", waiting: "", human: "" };
    hideNotice();
    renderQuickReplies();
    form.hidden = false;
    input.disabled = false;
    sendButton.disabled = false;
    endButton.hidden = false;
    newChatButton.hidden = true;
    input.focus();
    ensureConversation();
  }

  // ---------- sending ----------

  function addPendingBubble(p) {
    p.node = el("div", { className: "ww-msg ww-from-parent ww-pending" }, [
      el("p", { className: "ww-msg-meta" }, [el("span", { className: "ww-msg-who", "data-i18n": "you", text: t("you") })]),
      el("p", { className: "ww-msg-text", text: p.text }),
      el("p", { className: "ww-msg-state", "data-i18n": "pending", text: t("pending") }),
    ]);
    // Pending bubbles are not news for screen readers; the echo with its seq is.
    p.node.setAttribute("aria-hidden", "true");
    log.appendChild(p.node);
    scrollToEnd();
  }

  function confirmPending(cid) {
    var match = null;
    state.pending.forEach(function (p) {
      if (p.cid === cid) {
        match = p;
      }
    });
    if (match) {
      removePending(cid);
    }
  }

  function removePending(cid) {
    state.pending = state.pending.filter(function (p) {
      if (p.cid === cid && p.node && p.node.parentNode) {
        p.node.parentNode.removeChild(p.node);
      }
      return p.cid !== cid;
    });
    saveState();
  }

  function sendText(raw) {
    var text = raw.trim();
    if (!text || closed) {
      return false;
    }
    if (text.length > MAX_CHARS) {
      showNotice(t("tooLong"), false);
      return false;
    }
    hideNotice();
    var p = { cid: newClientId(), text: text, sent: false };
    state.pending.push(p);
    saveState();
    addPendingBubble(p);
    renderQuickReplies();
    if (sendFrame({ type: "message", text: text, client_id: p.cid })) {
      p.sent = true;
    } else {
      ensureConversation();
    }
    return true;
  }

  function switchLanguage(lang) {
    if (lang === state.lang) {
      return;
    }
    state.lang = lang;
    saveState();
    applyTexts();
    if (state.token) {
      langUnsent = !sendFrame({ type: "lang", lang: lang });
    }
    announce(t("langSwitched"));
  }

  // ---------- full screen on phones ----------

  // Must match the phone media query in widget.css: there the panel covers the page and acts as a dialog.
  var FULL_SCREEN = window.matchMedia("(max-width: 480px), (max-height: 560px)");

  function syncModal() {
    panel.setAttribute("aria-modal", String(FULL_SCREEN.matches));
  }

  function keepFocusInPanel(event) {
    var focusable = Array.prototype.filter.call(
      panel.querySelectorAll("button, textarea, a[href], [tabindex='0']"),
      function (node) {
        return !node.disabled && node.getClientRects().length > 0;
      }
    );
    if (!focusable.length) {
      return;
    }
    var first = focusable[0];
    var last = focusable[focusable.length - 1];
    if (event.shiftKey && root.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && root.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  if (FULL_SCREEN.addEventListener) {
    FULL_SCREEN.addEventListener("change", syncModal);
  }

  // ---------- events ----------

  launcher.addEventListener("click", function () {
    if (panel.hidden) {
      openPanel(true);
    } else {
      closePanel();
    }
  });
  minimise.addEventListener("click", closePanel);
  endButton.addEventListener("click", function () {
    if (!state.token) {
      closePanel();
      return;
    }
    confirmBox.hidden = false;
    confirmNo.focus();
  });
  confirmNo.addEventListener("click", function () {
    confirmBox.hidden = true;
    endButton.focus();
  });
  confirmYes.addEventListener("click", function () {
    confirmBox.hidden = true;
    input.focus();
    if (!sendFrame({ type: "close" })) {
      endConversation(t("closedFallback"));
    }
  });
  newChatButton.addEventListener("click", startNewChat);
  alertToggle.addEventListener("click", function () {
    setSafetyExpanded(alertRegion.hidden);
  });
  langButtons.nl.addEventListener("click", function () {
    switchLanguage("nl");
  });
  langButtons.en.addEventListener("click", function () {
    switchLanguage("en");
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (sendText(input.value)) {
      input.value = "";
    }
    input.focus();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (sendText(input.value)) {
        input.value = "";
      }
    }
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      closePanel();
    } else if (event.key === "Tab" && FULL_SCREEN.matches) {
      keepFocusInPanel(event);
    }
  });
  // Any element on the host page with data-wegwijs-open opens the chat (e.g. a "Chat met ons" button).
  document.addEventListener("click", function (event) {
    var target = event.target && event.target.closest ? event.target.closest("[data-wegwijs-open]") : null;
    if (target) {
      event.preventDefault();
      openPanel(true);
    }
  });
  window.addEventListener("online", function () {
    if (state.token && !ws && !closed) {
      window.clearTimeout(retryTimer);
      retryTimer = null;
      connect();
    }
  });

  // ---------- start ----------

  function start() {
    applyTexts();
    syncModal();
    document.body.appendChild(host);
    // After a reload the page is empty: replay the whole history, then resend what was never confirmed.
    state.lastSeq = 0;
    state.pending.forEach(function (p) {
      p.sent = false;
      addPendingBubble(p);
    });
    if (state.open) {
      openPanel(false);
    } else if (state.token) {
      // A conversation is running: stay connected so replies and the badge arrive while minimised.
      connect();
    }
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();
