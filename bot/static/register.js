/*
 * Quick registration of a single question (/staff/register). The summary is sent to
 * POST /api/staff/suggest while the worker types; the router's category is preselected unless the worker
 * chose one. Enter anywhere in the form registers (POST /api/staff/contacts); the form then resets for
 * the next question and keeps the channel (also remembered in this browser for the next visit).
 * Text from the server is only set with textContent.
 */
(function () {
  "use strict";

  var dataNode = document.getElementById("register-data");
  if (!dataNode) {
    return;
  }
  var data = JSON.parse(dataNode.textContent);
  var labels = data.labels;
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var CSRF = csrfMeta ? csrfMeta.getAttribute("content") : "";
  var CHANNEL_KEY = "wegwijs-register-channel";
  var SUGGEST_DELAY_MS = 200;
  var MAX_RECENT = 5;

  function byId(id) {
    return document.getElementById(id);
  }

  var form = byId("register-form");
  var fields = {
    channel: byId("reg-channel"),
    summary: byId("reg-summary"),
    category: byId("reg-category"),
    outcome: byId("reg-outcome"),
    minutes: byId("reg-minutes"),
    role: byId("reg-role"),
    age: byId("reg-age"),
    municipality: byId("reg-municipality"),
    unmet: byId("reg-unmet"),
    reason: byId("reg-unmet-reason"),
    repeat: byId("reg-repeat"),
    foundVia: byId("reg-found-via"),
  };
  var suggestionBox = byId("reg-suggestion");
  var alertBox = byId("register-alert");
  var noticeBox = byId("register-notice");
  var submitButton = byId("reg-submit");
  var extraBoxes = Array.prototype.slice.call(form.querySelectorAll('input[name="extra"]'));
  // Which field's error line belongs to which key of the server's "fields".
  var errorLines = {
    summary: byId("reg-summary-error"),
    categories: byId("reg-category-error"),
    outcome: byId("reg-outcome-error"),
    handling_minutes: byId("reg-minutes-error"),
    unmet_reason: byId("reg-unmet-reason-error"),
  };
  var errorInputs = {
    summary: fields.summary,
    categories: fields.category,
    outcome: fields.outcome,
    handling_minutes: fields.minutes,
    unmet_reason: fields.reason,
    channel: fields.channel,
    role: fields.role,
    age_band: fields.age,
    municipality: fields.municipality,
  };

  // A field the worker set by hand is never overwritten by a later suggestion.
  var touched = {};
  var suggestedText = null; // the summary the shown suggestion belongs to
  var suggestion = null;
  var pending = null; // the suggestion request in flight: {text, promise}
  var timer = null;
  var busy = false;

  function label(table, code) {
    return Object.prototype.hasOwnProperty.call(labels[table], code) ? labels[table][code] : String(code);
  }

  function api(path, body) {
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers: { Accept: "application/json", "Content-Type": "application/json", "X-CSRF-Token": CSRF },
      body: JSON.stringify(body),
    }).then(
      function (response) {
        if (response.status === 401) {
          window.location.assign("/staff/login?next=" + encodeURIComponent(window.location.pathname));
          return new Promise(function () {}); // leaving the page
        }
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (json) {
            return { status: response.status, body: json };
          });
      },
      function () {
        return { status: 0, body: { message: "Geen verbinding met Wegwijs. Probeer het opnieuw." } };
      }
    );
  }

  function rememberedChannel() {
    try {
      var stored = window.localStorage.getItem(CHANNEL_KEY);
      return data.channels.indexOf(stored) >= 0 ? stored : null;
    } catch (e) {
      return null; // storage blocked: the default (phone) it is
    }
  }

  function rememberChannel() {
    try {
      window.localStorage.setItem(CHANNEL_KEY, fields.channel.value);
    } catch (e) {
      /* not remembered across visits; this page still keeps it */
    }
  }

  // ---------- the suggestion ----------

  function showSuggestion() {
    suggestionBox.textContent = "";
    suggestionBox.classList.remove("suggestion-safety");
    if (!suggestion || !suggestion.category) {
      suggestionBox.textContent = fields.summary.value.trim()
        ? "Geen voorstel: kies zelf een categorie."
        : "Nog geen voorstel.";
      return;
    }
    suggestionBox.appendChild(document.createTextNode("Voorstel van Wegwijs: "));
    var strong = document.createElement("strong");
    strong.id = "reg-suggested-category";
    strong.textContent = suggestion.label;
    suggestionBox.appendChild(strong);
    var others = suggestion.categories.slice(1).map(function (c) {
      return c.label;
    });
    if (others.length) {
      suggestionBox.appendChild(document.createTextNode(" (ook mogelijk: " + others.join(", ") + ")"));
    }
    if (suggestion.safety) {
      suggestionBox.classList.add("suggestion-safety");
      suggestionBox.appendChild(
        document.createTextNode(
          ". Let op: mogelijk onveilig (" + suggestion.urgency_label + "). Kies 'Veiligheid: opgeschaald' als je hebt opgeschaald."
        )
      );
    }
  }

  function markSuggestedOptions() {
    var codes = suggestion && suggestion.category ? suggestion.categories.map(function (c) { return c.code; }) : [];
    Array.prototype.forEach.call(fields.category.options, function (option) {
      if (!option.value) {
        return;
      }
      option.textContent = label("categories", option.value) + (codes.indexOf(option.value) >= 0 ? " (voorstel)" : "");
    });
  }

  function applySuggestion() {
    showSuggestion();
    markSuggestedOptions();
    if (!touched.category) {
      fields.category.value = suggestion && suggestion.category ? suggestion.category : "";
    }
    [
      ["role", fields.role],
      ["age_band", fields.age],
      ["municipality", fields.municipality],
    ].forEach(function (pair) {
      var key = pair[0];
      if (!touched[key]) {
        pair[1].value = suggestion && suggestion[key] ? suggestion[key] : "unknown";
      }
    });
  }

  function requestSuggestion() {
    var text = fields.summary.value.trim();
    if (pending && pending.text === text) {
      return pending.promise;
    }
    if (!text) {
      suggestion = null;
      suggestedText = "";
      applySuggestion();
      return Promise.resolve();
    }
    var request = { text: text };
    request.promise = api("/api/staff/suggest", { text: text }).then(function (result) {
      if (pending === request) {
        pending = null;
      }
      // A late answer for text that has changed since is dropped; the newer request wins.
      if (fields.summary.value.trim() !== text) {
        return;
      }
      if (result.status === 200) {
        suggestion = result.body;
        suggestedText = text;
        applySuggestion();
      } else {
        suggestion = null;
        suggestedText = text;
        suggestionBox.textContent = result.body.message || "Geen voorstel.";
      }
    });
    pending = request;
    return request.promise;
  }

  function freshSuggestion() {
    window.clearTimeout(timer);
    if (suggestedText === fields.summary.value.trim()) {
      return Promise.resolve();
    }
    return requestSuggestion();
  }

  fields.summary.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(requestSuggestion, SUGGEST_DELAY_MS);
  });

  // ---------- the form ----------

  [
    ["category", fields.category],
    ["role", fields.role],
    ["age_band", fields.age],
    ["municipality", fields.municipality],
  ].forEach(function (pair) {
    pair[1].addEventListener("change", function () {
      touched[pair[0]] = true;
    });
  });

  fields.channel.addEventListener("change", rememberChannel);

  function syncUnmet() {
    fields.reason.disabled = !fields.unmet.checked;
    if (!fields.unmet.checked) {
      fields.reason.value = "";
    }
  }
  fields.unmet.addEventListener("change", syncUnmet);

  // Enter registers from every control, not only from text inputs (a select or a checkbox would not).
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var tag = event.target.tagName;
    if (tag === "BUTTON" || tag === "SUMMARY" || tag === "A" || tag === "TEXTAREA") {
      return;
    }
    event.preventDefault();
    form.requestSubmit();
  });

  function clearErrors() {
    alertBox.textContent = "";
    Object.keys(errorLines).forEach(function (key) {
      errorLines[key].textContent = "";
    });
    Object.keys(errorInputs).forEach(function (key) {
      errorInputs[key].removeAttribute("aria-invalid");
    });
  }

  function showErrors(message, fieldErrors) {
    noticeBox.textContent = "";
    alertBox.textContent = message;
    var first = null;
    Object.keys(fieldErrors || {}).forEach(function (key) {
      var input = errorInputs[key];
      if (errorLines[key]) {
        errorLines[key].textContent = fieldErrors[key];
      } else if (fieldErrors[key] && alertBox.textContent.indexOf(fieldErrors[key]) < 0) {
        alertBox.textContent += " " + fieldErrors[key];
      }
      if (input) {
        input.setAttribute("aria-invalid", "true");
        first = first || input;
      }
    });
    if (first) {
      first.focus();
    }
  }

  function collect() {
    var main = fields.category.value;
    var extra = extraBoxes
      .filter(function (box) {
        return box.checked && box.value !== main;
      })
      .map(function (box) {
        return box.value;
      });
    var minutes = fields.minutes.value.trim();
    return {
      channel: fields.channel.value,
      summary: fields.summary.value.trim(),
      categories: main ? [main].concat(extra) : extra,
      outcome: fields.outcome.value,
      handling_minutes: minutes === "" ? null : Number(minutes),
      role: fields.role.value,
      age_band: fields.age.value,
      municipality: fields.municipality.value,
      unmet_need: fields.unmet.checked,
      unmet_reason: fields.unmet.checked ? fields.reason.value || null : null,
      repeat_contact: fields.repeat.value,
      found_via: fields.foundVia.value || null,
    };
  }

  function addRecent(result) {
    var list = byId("recent");
    var item = document.createElement("li");
    var time = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit" }).format(new Date());
    var text = time + " · " + result.channel_label + " · " + result.category_label;
    if (result.corrected) {
      text += " (Wegwijs stelde " + label("categories", result.bot_category) + " voor)";
    }
    item.textContent = text;
    list.insertBefore(item, list.firstChild);
    while (list.children.length > MAX_RECENT) {
      list.removeChild(list.lastChild);
    }
    byId("recent-empty").hidden = true;
  }

  function reset() {
    var channel = fields.channel.value;
    form.reset();
    fields.channel.value = channel;
    touched = {};
    suggestion = null;
    suggestedText = "";
    syncUnmet();
    applySuggestion();
    fields.summary.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    submitButton.disabled = true;
    clearErrors();
    freshSuggestion()
      .then(function () {
        if (!fields.category.value) {
          showErrors("Niet opgeslagen: kies een hoofdcategorie.", {
            categories: "Kies minstens één categorie uit de lijst.",
          });
          return null;
        }
        return api("/api/staff/contacts", collect()).then(function (result) {
          if (result.status === 201) {
            var saved = result.body;
            reset();
            noticeBox.textContent =
              "Geregistreerd: " + saved.category_label + " (" + saved.channel_label.toLowerCase() + ").";
            addRecent(saved);
          } else {
            showErrors(result.body.message || "Niet opgeslagen. Probeer het opnieuw.", result.body.fields);
          }
        });
      })
      .then(function () {
        busy = false;
        submitButton.disabled = false;
      });
  });

  var remembered = rememberedChannel();
  if (remembered) {
    fields.channel.value = remembered;
  }
  syncUnmet();
  fields.summary.focus();
})();
