/*
 * Wegwijs staff console. The pages are rendered on the server; this script keeps them live through the
 * staff events socket (GET /api/staff/events) and does every change through the staff JSON API
 * (docs/staff-api.md) with the session's CSRF token.
 * Data from the server is only ever set with textContent: a parent's message can never become markup.
 */
(function () {
  "use strict";

  var dataNode = document.getElementById("console-data");
  if (!dataNode) {
    return; // the log-in page needs no script
  }
  var data = JSON.parse(dataNode.textContent);
  var labels = data.labels;
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var CSRF = csrfMeta ? csrfMeta.getAttribute("content") : "";
  var PING_MS = 25000;
  var MAX_BACKOFF_MS = 30000;
  var SESSION_ENDED = 4401;
  var SENDERS = ["parent", "bot", "staff", "system"];

  // ---------- small helpers ----------

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
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function label(table, code) {
    return Object.prototype.hasOwnProperty.call(labels[table], code) ? labels[table][code] : String(code);
  }

  function shortId(id) {
    return String(id).slice(-4);
  }

  // Set once the page is being left (e.g. "Uitloggen" posts its form): the session that ends then must
  // not send the browser to the log-in page of this page instead of where the form leads.
  var leaving = false;
  window.addEventListener("beforeunload", function () {
    leaving = true;
  });
  window.addEventListener("pageshow", function () {
    leaving = false; // back from the browser's cache: this page is in use again
  });

  function toLogin() {
    if (leaving) {
      return;
    }
    window.location.assign("/staff/login?next=" + encodeURIComponent(window.location.pathname));
  }

  // Same text as the server's format_duration, so a row does not jump when the script takes over.
  function formatDuration(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var secs = seconds % 60;
    function two(n) {
      return n < 10 ? "0" + n : String(n);
    }
    if (hours) {
      return hours + " u " + two(minutes) + " min";
    }
    if (minutes) {
      return minutes + " min " + two(secs) + " s";
    }
    return secs + " s";
  }

  var clock = new Intl.DateTimeFormat("nl-NL", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  });

  function localTime(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? "" : clock.format(date);
  }

  var alertBox = byId("page-alert");
  var noticeBox = byId("page-notice");
  var announcer = byId("announcer");

  function showAlert(message) {
    if (noticeBox) {
      noticeBox.textContent = "";
    }
    alertBox.textContent = message;
    alertBox.hidden = false;
  }

  function showNotice(message) {
    alertBox.textContent = "";
    if (noticeBox) {
      noticeBox.textContent = message;
    } else {
      announce(message);
    }
  }

  function clearMessages() {
    alertBox.textContent = "";
    if (noticeBox) {
      noticeBox.textContent = "";
    }
  }

  function announce(message) {
    announcer.textContent = "";
    window.setTimeout(function () {
      announcer.textContent = message;
    }, 50);
  }

  // ---------- the JSON API ----------

  function api(method, path, body) {
    var options = {
      method: method,
      credentials: "same-origin",
      cache: "no-store",
      headers: { Accept: "application/json" },
    };
    if (method !== "GET") {
      options.headers["X-CSRF-Token"] = CSRF;
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body || {});
    }
    return fetch(path, options).then(
      function (response) {
        if (response.status === 401) {
          toLogin();
        }
        return response.json().then(
          function (json) {
            return { status: response.status, body: json };
          },
          function () {
            return { status: response.status, body: {} };
          }
        );
      },
      function () {
        return { status: 0, body: { message: "Geen verbinding met de server. Probeer het opnieuw." } };
      }
    );
  }

  function errorText(result) {
    if (result.body && typeof result.body.message === "string") {
      return result.body.message;
    }
    return "Dat is niet gelukt. Probeer het opnieuw.";
  }

  // A burst of events becomes one reload.
  function debounced(work, ms) {
    var timer = null;
    return function () {
      if (timer) {
        return;
      }
      timer = window.setTimeout(function () {
        timer = null;
        work();
      }, ms);
    };
  }

  // ---------- the live events socket ----------

  function liveEvents(onEvent, onSync) {
    var status = byId("live-status");
    var attempts = 0;
    var pingTimer = null;

    function setLive(on, text) {
      status.dataset.state = on ? "live" : "off";
      status.textContent = text;
      document.body.dataset.live = on ? "yes" : "no";
    }

    function connect() {
      var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
      var ws = new WebSocket(scheme + window.location.host + "/api/staff/events");
      var opened = false;
      ws.addEventListener("open", function () {
        opened = true;
        pingTimer = window.setInterval(function () {
          if (ws.readyState === 1) {
            ws.send(JSON.stringify({ type: "ping" }));
          }
        }, PING_MS);
      });
      ws.addEventListener("message", function (event) {
        var frame;
        try {
          frame = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        if (frame.type === "ready") {
          attempts = 0;
          setLive(true, "Live: wordt vanzelf bijgewerkt.");
          onSync(); // whatever happened while we were away
        } else if (frame.type === "resync") {
          onSync();
        } else if (frame.type !== "pong" && frame.type !== "error") {
          onEvent(frame);
        }
      });
      ws.addEventListener("close", function (event) {
        window.clearInterval(pingTimer);
        setLive(false, "Verbinding weg. Opnieuw verbinden...");
        if (event.code === SESSION_ENDED) {
          toLogin();
          return;
        }
        attempts += 1;
        var delay = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempts - 1));
        window.setTimeout(function () {
          if (opened) {
            connect();
          } else {
            // A socket that never opened does not say why; the API does (401: logged out).
            api("GET", "/api/staff/me").then(function (result) {
              if (result.status !== 401) {
                connect();
              }
            });
          }
        }, delay / 2 + Math.random() * (delay / 2));
      });
    }

    connect();
  }

  // ---------- the queue page ----------

  function initQueue() {
    var rows = byId("queue-rows");
    var empty = byId("queue-empty");
    var known = {};
    var baseTitle = document.title;

    function stamp(scope) {
      var now = Date.now();
      scope.querySelectorAll(".waiting[data-seconds]").forEach(function (node) {
        node.dataset.since = String(now - Number(node.dataset.seconds) * 1000);
        node.removeAttribute("data-seconds");
      });
    }

    function tick() {
      var now = Date.now();
      rows.querySelectorAll(".waiting[data-since]").forEach(function (node) {
        node.textContent = formatDuration((now - Number(node.dataset.since)) / 1000);
      });
    }

    function urgencyCell(entry) {
      if (entry.urgency === "urgent" || entry.urgency === "emergency") {
        return el("span", { className: "badge badge-urgent" }, [
          el("span", { "aria-hidden": "true", text: "! " }),
          label("urgency", entry.urgency),
        ]);
      }
      if (entry.urgency === "attention") {
        return el("span", { className: "badge badge-attention", text: label("urgency", entry.urgency) });
      }
      return el("span", { className: "muted", text: label("urgency", entry.urgency) });
    }

    function row(entry) {
      var hidden = " gesprek " + shortId(entry.id);
      var actions = el("td", { className: "row-actions" }, [
        el("a", { href: "/staff/conversations/" + encodeURIComponent(entry.id) }, [
          "Openen",
          el("span", { className: "visually-hidden", text: hidden }),
        ]),
      ]);
      if (entry.state === "waiting") {
        actions.appendChild(document.createTextNode(" "));
        actions.appendChild(
          el("button", { type: "button", className: "button button-primary button-small", "data-claim": entry.id }, [
            "Overnemen",
            el("span", { className: "visually-hidden", text: hidden }),
          ])
        );
      }
      var safeUrgency = /^[a-z]+$/.test(entry.urgency) ? entry.urgency : "none";
      var safeState = /^[a-z]+$/.test(entry.state) ? entry.state : "other";
      return el(
        "tr",
        { className: "queue-row urgency-" + safeUrgency + " state-" + safeState, "data-id": entry.id },
        [
          el("td", null, [urgencyCell(entry)]),
          el("td", null, [
            el("span", {
              className: "waiting",
              "data-since": String(Date.now() - entry.waiting_seconds * 1000),
              text: formatDuration(entry.waiting_seconds),
            }),
          ]),
          el("td", { text: label("states", entry.state) }),
          el("td", { text: label("categories", entry.category) }),
          el("td", { text: label("langs", entry.lang) }),
          el("td", { text: entry.owner || "Nog niemand" }),
          actions,
        ]
      );
    }

    function render(entries) {
      // Keep the keyboard where it was: the same control of the same conversation gets focus back.
      var active = document.activeElement;
      var focusRow = active && active.closest ? active.closest("tr[data-id]") : null;
      var focusId = focusRow && rows.contains(focusRow) ? focusRow.dataset.id : null;
      var focusClaim = focusId && active.hasAttribute("data-claim");
      var arrivals = [];
      var fresh = {};
      var fragment = document.createDocumentFragment();
      entries.forEach(function (entry) {
        fresh[entry.id] = entry.state;
        if (entry.state === "waiting" && known[entry.id] !== "waiting") {
          arrivals.push(entry);
        }
        fragment.appendChild(row(entry));
      });
      rows.textContent = "";
      rows.appendChild(fragment);
      known = fresh;
      empty.hidden = entries.length > 0;
      var waiting = entries.filter(function (e) {
        return e.state === "waiting";
      }).length;
      document.title = waiting ? "(" + waiting + ") " + baseTitle : baseTitle;
      if (focusId) {
        var again = rows.querySelector('tr[data-id="' + CSS.escape(focusId) + '"]');
        var target = again && (focusClaim ? again.querySelector("[data-claim]") : again.querySelector("a"));
        (target || byId("inhoud")).focus();
      }
      if (arrivals.length) {
        var urgent = arrivals.some(function (e) {
          return e.urgency === "urgent" || e.urgency === "emergency";
        });
        announce(
          (arrivals.length === 1 ? "Nieuw gesprek in de wachtrij" : arrivals.length + " nieuwe gesprekken in de wachtrij") +
            (urgent ? ", met spoed." : ".")
        );
      }
    }

    var refresh = debounced(function () {
      api("GET", "/api/staff/queue").then(function (result) {
        if (result.status === 200 && Array.isArray(result.body)) {
          render(result.body);
        }
      });
    }, 150);

    rows.querySelectorAll("tr[data-id]").forEach(function (tr) {
      known[tr.dataset.id] = tr.classList.contains("state-waiting") ? "waiting" : "human";
    });
    stamp(rows);
    window.setInterval(tick, 1000);

    rows.addEventListener("click", function (event) {
      var button = event.target.closest("[data-claim]");
      if (!button) {
        return;
      }
      var id = button.getAttribute("data-claim");
      button.disabled = true;
      api("POST", "/api/staff/conversations/" + encodeURIComponent(id) + "/claim").then(function (result) {
        button.disabled = false;
        if (result.status === 200) {
          window.location.assign("/staff/conversations/" + encodeURIComponent(id));
        } else if (result.status === 409) {
          showAlert("Dit gesprek is al overgenomen door " + (result.body.owner || "een collega") + ".");
          refresh();
        } else {
          showAlert(errorText(result));
          refresh();
        }
      });
    });

    var requests = data.contactRequests ? initContactRequests() : null;

    liveEvents(
      function (event) {
        if (event.type === "queue") {
          refresh();
        } else if (event.type === "message" && event.from === "parent" && known[event.conversation_id]) {
          refresh(); // a parent's message can raise the urgency of a waiting conversation
        } else if (event.type === "contact_request" && requests) {
          requests();
        }
      },
      function () {
        refresh();
        if (requests) {
          requests();
        }
      }
    );
  }

  function initContactRequests() {
    var rows = byId("request-rows");
    var empty = byId("requests-empty");

    function row(item) {
      var cells = [
        el("td", { text: label("contactKinds", item.kind) }),
        el("td", { className: "request-value", text: item.value || "" }),
        el("td", { text: item.created_at ? localTime(item.created_at) : "" }),
        el("td", null, [
          item.conversation_id
            ? el("a", {
                href: "/staff/conversations/" + encodeURIComponent(item.conversation_id),
                text: "Gesprek " + shortId(item.conversation_id),
              })
            : null,
        ]),
        el("td", null, [
          el("button", { type: "button", className: "button button-small", "data-request-done": item.id }, [
            "Afgehandeld",
            el("span", { className: "visually-hidden", text: " verzoek " + item.id }),
          ]),
        ]),
      ];
      return el("tr", { "data-id": item.id }, cells);
    }

    var refresh = debounced(function () {
      api("GET", "/api/staff/contact-requests").then(function (result) {
        if (result.status !== 200 || !Array.isArray(result.body)) {
          return;
        }
        rows.textContent = "";
        result.body.forEach(function (item) {
          rows.appendChild(row(item));
        });
        empty.hidden = result.body.length > 0;
      });
    }, 150);

    rows.addEventListener("click", function (event) {
      var button = event.target.closest("[data-request-done]");
      if (!button) {
        return;
      }
      button.disabled = true;
      var id = button.getAttribute("data-request-done");
      api("POST", "/api/staff/contact-requests/" + encodeURIComponent(id) + "/done").then(function (result) {
        button.disabled = false;
        if (result.status === 200) {
          showNotice("Het verzoek is afgehandeld.");
          byId("requests-title").focus();
        } else {
          showAlert(errorText(result));
        }
        refresh();
      });
    });
    byId("requests-title").setAttribute("tabindex", "-1");
    return refresh;
  }

  // ---------- one conversation ----------

  function initConversation() {
    var view = data.view;
    var base = "/api/staff/conversations/" + encodeURIComponent(view.id);
    var transcript = byId("transcript");
    var scroller = byId("transcript-log");
    var replyForm = byId("reply-form");
    var replyText = byId("reply-text");
    var noteForm = byId("note-form");
    var noteText = byId("note-text");
    var transferForm = byId("transfer-form");
    var closeForm = byId("close-form");
    var claimButton = byId("claim");
    var handbackButton = byId("handback");
    var lastSeq = 0;
    view.messages.forEach(function (m) {
      lastSeq = Math.max(lastSeq, m.seq);
    });

    // Mirrors allowed_actions() in bot/channels/console.py; the server enforces the same rules.
    function allowed(v) {
      var unowned = v.owner === null || v.owner === undefined;
      var mine = v.state === "human" && v.mine === true;
      return {
        claim: v.state === "bot" || v.state === "waiting",
        reply: mine,
        handback: mine,
        transfer: mine,
        close: v.state !== "closed" && (v.mine === true || unowned),
        note: v.state !== "closed",
      };
    }

    function senderName(m) {
      if (m.from === "staff" && m.name) {
        return m.name + " (CJG)";
      }
      return label("senders", m.from);
    }

    function messageNode(m) {
      var from = SENDERS.indexOf(m.from) >= 0 ? m.from : "system";
      var kind = typeof m.kind === "string" && /^[a-z_]+$/.test(m.kind) ? " msg-kind-" + m.kind : "";
      var meta = el("p", { className: "msg-meta" }, [
        el("span", { className: "msg-who", text: senderName(m) }),
        " ",
        el("time", { datetime: m.at, text: localTime(m.at) }),
      ]);
      if (m.kind === "safety") {
        meta.appendChild(document.createTextNode(" "));
        meta.appendChild(el("span", { className: "badge badge-urgent", text: "Veiligheid" }));
      }
      return el("li", { className: "msg msg-from-" + from + kind, "data-seq": m.seq }, [
        meta,
        el("p", { className: "msg-text", text: m.text }),
      ]);
    }

    function nearBottom() {
      return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
    }

    function appendMessages(messages) {
      var follow = nearBottom();
      messages
        .filter(function (m) {
          return m.seq > lastSeq;
        })
        .sort(function (a, b) {
          return a.seq - b.seq;
        })
        .forEach(function (m) {
          transcript.appendChild(messageNode(m));
          lastSeq = m.seq;
        });
      byId("transcript-empty").hidden = transcript.children.length > 0;
      if (follow) {
        scroller.scrollTop = scroller.scrollHeight;
      }
    }

    function noteNode(n) {
      return el("li", { className: "note", "data-id": n.id }, [
        el("p", { className: "note-meta" }, [
          el("span", { className: "note-tag", text: "Interne notitie" }),
          " " + n.author + ", ",
          el("time", { datetime: n.at, text: localTime(n.at) }),
        ]),
        el("p", { className: "note-text", text: n.text }),
      ]);
    }

    function urgencyNode(urgency) {
      if (urgency === "urgent" || urgency === "emergency") {
        return el("span", { className: "badge badge-urgent" }, [
          el("span", { "aria-hidden": "true", text: "! " }),
          label("urgency", urgency),
        ]);
      }
      return document.createTextNode(label("urgency", urgency));
    }

    function ownerLine(v) {
      if (v.state === "closed") {
        return "Dit gesprek is gesloten.";
      }
      if (v.state === "human") {
        return v.mine ? "Jij hebt dit gesprek." : v.owner + " heeft dit gesprek.";
      }
      return v.state === "waiting" ? "Dit gesprek wacht op een medewerker." : "Wegwijs heeft dit gesprek.";
    }

    function apply(v) {
      view = v;
      var can = allowed(v);
      appendMessages(v.messages);
      byId("fact-state").textContent = label("states", v.state);
      byId("fact-owner").textContent = v.owner || "Nog niemand";
      var urgency = byId("fact-urgency");
      urgency.textContent = "";
      urgency.appendChild(urgencyNode(v.urgency));
      byId("fact-lang").textContent = label("langs", v.lang);
      byId("owner-line").textContent = ownerLine(v);
      byId("route-category").textContent = label("categories", v.route.category);
      byId("route-urgency").textContent = label("urgency", v.urgency);
      byId("route-confidence").textContent =
        typeof v.route.confidence === "number" ? Math.round(v.route.confidence * 100) + "%" : "Onbekend";
      var explanation = byId("route-explanation");
      explanation.textContent = "";
      (v.route.explanation.length ? v.route.explanation : ["Geen uitleg: Wegwijs heeft nog geen vraag ingedeeld."]).forEach(
        function (reason) {
          explanation.appendChild(el("li", { text: reason }));
        }
      );
      var notes = byId("notes");
      notes.textContent = "";
      v.notes.forEach(function (n) {
        notes.appendChild(noteNode(n));
      });
      byId("notes-empty").hidden = v.notes.length > 0;

      // Hiding the control that has focus would drop the keyboard on the page's body.
      var active = document.activeElement;
      claimButton.hidden = !can.claim;
      handbackButton.hidden = !can.handback;
      transferForm.hidden = !can.transfer;
      replyForm.hidden = !can.reply;
      noteForm.hidden = !can.note;
      byId("close-panel").hidden = !can.close;
      if (active && active !== document.body && active.offsetParent === null) {
        (can.reply ? replyText : byId("inhoud")).focus();
      }
    }

    var reload = debounced(function () {
      api("GET", base).then(function (result) {
        if (result.status === 200) {
          apply(result.body);
        }
      });
    }, 100);

    function act(button, path, body, done) {
      clearMessages();
      if (button) {
        button.disabled = true;
      }
      return api("POST", base + path, body).then(function (result) {
        if (button) {
          button.disabled = false;
        }
        if (result.status === 200 || result.status === 201) {
          done(result.body);
        } else if (result.status === 409) {
          showAlert("Dit gesprek is al overgenomen door " + (result.body.owner || "een collega") + ".");
        } else if (result.status === 404) {
          showAlert("Dit gesprek is gesloten of bestaat niet meer.");
        } else if (result.status !== 401) {
          showAlert(errorText(result));
        }
        reload();
        return result;
      });
    }

    claimButton.addEventListener("click", function () {
      act(claimButton, "/claim", null, function () {
        showNotice("Je hebt het gesprek overgenomen. De ouder ziet nu jouw naam.");
        view.mine = true;
        view.state = "human";
        replyForm.hidden = false;
        replyText.focus();
      });
    });

    handbackButton.addEventListener("click", function () {
      act(handbackButton, "/handback", null, function () {
        showNotice("Het gesprek is terug bij Wegwijs.");
      });
    });

    transferForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var select = byId("transfer-to");
      if (!select) {
        return;
      }
      act(transferForm.querySelector("button"), "/transfer", { username: select.value }, function (body) {
        showNotice("Het gesprek is overgedragen aan " + body.owner + ".");
      });
    });

    replyText.addEventListener("keydown", function (event) {
      // Enter sends, Shift+Enter makes a new line; not while an input method is composing a word.
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        replyForm.requestSubmit();
      }
    });

    replyForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = replyText.value.trim();
      if (!text) {
        showAlert("Typ eerst een bericht.");
        replyText.focus();
        return;
      }
      act(replyForm.querySelector("button[type=submit]"), "/messages", { text: text, internal: false }, function (frame) {
        if (replyText.value.trim() === text) {
          replyText.value = "";
        }
        appendMessages([frame]);
        replyText.focus();
      });
    });

    replyForm.querySelectorAll("[data-canned]").forEach(function (button) {
      button.addEventListener("click", function () {
        var text = button.getAttribute("data-canned");
        var current = replyText.value.replace(/\s+$/, "");
        replyText.value = current ? current + "\n" + text : text;
        replyText.focus();
        replyText.setSelectionRange(replyText.value.length, replyText.value.length);
      });
    });

    noteForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = noteText.value.trim();
      if (!text) {
        showAlert("Typ eerst een notitie.");
        noteText.focus();
        return;
      }
      act(noteForm.querySelector("button"), "/messages", { text: text, internal: true }, function () {
        noteText.value = "";
        showNotice("De notitie is opgeslagen. Alleen collega's zien hem.");
      });
    });

    var closeOutcome = byId("close-outcome");
    var closeServices = byId("close-services");
    var closeUnmet = byId("close-unmet");
    var closeReason = byId("close-unmet-reason");
    var closeNote = byId("close-note");
    // The server's "fields" keys, with the line that shows the error and the control it is about.
    var closeErrors = {
      categories: [byId("close-category-error"), byId("close-category")],
      outcome: [byId("close-outcome-error"), closeOutcome],
      referred_services: [byId("close-services-error"), closeServices],
      unmet_need: [byId("close-unmet-reason-error"), closeUnmet],
      unmet_reason: [byId("close-unmet-reason-error"), closeReason],
      note: [byId("close-note-error"), closeNote],
    };

    function referring() {
      return data.referringOutcomes.indexOf(closeOutcome.value) >= 0;
    }

    // Services only belong to a referral: the list shows with such an outcome, and only then is sent.
    function syncServices() {
      closeServices.hidden = !referring();
    }

    function syncUnmet() {
      closeReason.disabled = !closeUnmet.checked;
      if (!closeUnmet.checked) {
        closeReason.value = "";
      }
    }

    function clearCloseErrors() {
      Object.keys(closeErrors).forEach(function (key) {
        closeErrors[key][0].textContent = "";
        closeErrors[key][1].removeAttribute("aria-invalid");
      });
    }

    function showCloseErrors(fields) {
      var first = null;
      Object.keys(closeErrors).forEach(function (key) {
        if (typeof fields[key] === "string") {
          closeErrors[key][0].textContent = fields[key];
          closeErrors[key][1].setAttribute("aria-invalid", "true");
          first = first || closeErrors[key][1];
        }
      });
      if (first) {
        // A fieldset cannot take the focus; its first box can.
        (first === closeServices ? closeServices.querySelector("input") || first : first).focus();
      }
    }

    closeOutcome.addEventListener("change", syncServices);
    closeUnmet.addEventListener("change", syncUnmet);
    syncServices();
    syncUnmet();

    closeForm.addEventListener("submit", function (event) {
      event.preventDefault();
      clearCloseErrors();
      var primary = byId("close-category").value;
      var categories = [primary];
      closeForm.querySelectorAll('input[name="extra"]:checked').forEach(function (box) {
        if (categories.indexOf(box.value) < 0) {
          categories.push(box.value);
        }
      });
      var body = {
        categories: categories,
        outcome: closeOutcome.value,
        unmet_need: closeUnmet.checked,
        unmet_reason: closeUnmet.checked ? closeReason.value || null : null,
      };
      if (referring()) {
        body.referred_services = [];
        closeServices.querySelectorAll('input[name="service"]:checked').forEach(function (box) {
          body.referred_services.push(box.value);
        });
      }
      if (closeNote.value.trim()) {
        body.note = closeNote.value.trim();
      }
      act(closeForm.querySelector("button[type=submit]"), "/close", body, function () {
        closeNote.value = "";
        showNotice("Het gesprek is gesloten en anoniem geregistreerd.");
      }).then(function (result) {
        if (result.status === 400 && result.body && result.body.fields) {
          showCloseErrors(result.body.fields);
        }
      });
    });

    scroller.scrollTop = scroller.scrollHeight;

    liveEvents(function (event) {
      if (event.conversation_id !== view.id) {
        return;
      }
      if (event.type === "message" && event.seq === lastSeq + 1) {
        appendMessages([event]);
      } else if (!(event.type === "message" && event.seq <= lastSeq)) {
        reload(); // a gap, a new owner, a note, a close: fetch the whole view again
      }
    }, reload);
  }

  if (data.page === "queue") {
    initQueue();
  } else if (data.page === "conversation") {
    initConversation();
  }
})();
