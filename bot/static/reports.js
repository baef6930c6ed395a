/*
 * The managers' reports (/staff/reports) and the admins' audit log (/staff/audit).
 *
 * Every figure comes from the reports API (GET /api/reports/<name>?from=&to=&channel=&municipality=&role=,
 * the filters of the page's URL) and the audit API (GET /api/audit). Charts are plain SVG drawn here,
 * no library and no CDN: horizontal bars, stacked columns and a heatmap. Each chart is an image with a
 * short text alternative (aria-label) and has a table with all its numbers right under it.
 * Text from the server is only ever set with textContent.
 */
(function () {
  "use strict";

  var dataNode = document.getElementById("reports-data");
  if (!dataNode) {
    return;
  }
  var data = JSON.parse(dataNode.textContent);
  var labels = data.labels;
  var SVG = "http://www.w3.org/2000/svg";
  var WIDTH = 760;
  // Distinguishable colours with at least 3:1 contrast on white; the legend and the tables carry the
  // same information in words, so colour is never the only way to read a chart.
  var PALETTE = ["#0b5563", "#b35c00", "#5b3f8c", "#2a7a2a", "#a4001d", "#1f5fa8", "#806600", "#a3366f"];
  var REST_COLOUR = "#5f6b70";
  var MAX_SERIES = PALETTE.length;
  var WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

  var number = new Intl.NumberFormat("nl-NL");
  var percent = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 });
  var stamp = new Intl.DateTimeFormat("nl-NL", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: "Europe/Amsterdam",
  });

  // ---------- small helpers ----------

  function byId(id) {
    return document.getElementById(id);
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
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
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, String(attrs[name]));
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function tooltip(node, text) {
    node.appendChild(svg("title", {}, text));
    return node;
  }

  function label(table, code) {
    var known = labels[table] || {};
    return Object.prototype.hasOwnProperty.call(known, code) ? known[code] : String(code);
  }

  function fmt(value) {
    return value === null || value === undefined ? "–" : number.format(value);
  }

  function pct(share) {
    return percent.format(share || 0);
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) {
      return "–";
    }
    seconds = Math.round(seconds);
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

  function setText(id, text) {
    byId(id).textContent = text;
  }

  /* A table of numbers: headers is a list of column titles, rows a list of cell lists; the first cell
     of a row is its header. */
  function table(caption, headers, rows, className) {
    return el("table", { className: "data-table" + (className ? " " + className : "") }, [
      el("caption", { text: caption }),
      el("thead", {}, [
        el(
          "tr",
          {},
          headers.map(function (title) {
            return el("th", { scope: "col", text: title });
          })
        ),
      ]),
      el(
        "tbody",
        {},
        rows.map(function (cells) {
          return el(
            "tr",
            {},
            cells.map(function (cell, index) {
              return index === 0 ? el("th", { scope: "row", text: cell }) : el("td", { text: cell });
            })
          );
        })
      ),
    ]);
  }

  /* A chart with its title, its text alternative and its table under it. */
  function figure(container, title, summary, chart, dataTable, legend) {
    container.textContent = "";
    var captionId = container.id + "-title";
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", title + ". " + summary);
    chart.setAttribute("focusable", "false");
    var children = [el("figcaption", { id: captionId, className: "chart-title", text: title })];
    children.push(el("div", { className: "chart-frame" }, [chart]));
    if (legend) {
      children.push(legend);
    }
    children.push(
      el("details", { className: "chart-table" }, [
        el("summary", { text: "Cijfers als tabel" }),
        // Focusable, so a wide table (the heatmap's 24 hours) can be scrolled with the keyboard.
        el("div", { className: "table-scroll", tabindex: "0", role: "region", "aria-label": title + ": tabel" }, [
          dataTable,
        ]),
      ])
    );
    container.appendChild(el("figure", { className: "chart", "aria-labelledby": captionId }, children));
  }

  function emptyNote(container, title, text) {
    container.textContent = "";
    container.appendChild(el("h3", { className: "chart-title", text: title }));
    container.appendChild(el("p", { className: "empty", text: text || "Geen vragen in deze selectie." }));
  }

  // ---------- charts ----------

  /* Horizontal bars: one row per item, label left, bar, value right. */
  function barChart(items, options) {
    options = options || {};
    var labelWidth = options.labelWidth || 300;
    var valueWidth = 110;
    var row = 26;
    var height = items.length * row + 8;
    var max = Math.max.apply(
      null,
      items.map(function (item) {
        return item.value;
      }).concat([1])
    );
    var root = svg("svg", {
      class: "bar-chart",
      viewBox: "0 0 " + WIDTH + " " + height,
      width: "100%",
      preserveAspectRatio: "xMinYMin meet",
    });
    var span = WIDTH - labelWidth - valueWidth;
    items.forEach(function (item, index) {
      var y = 4 + index * row;
      var width = item.value ? Math.max(2, (item.value / max) * span) : 0;
      root.appendChild(
        svg("text", { x: labelWidth - 8, y: y + row / 2 + 4, "text-anchor": "end", class: "chart-label" }, item.label)
      );
      root.appendChild(
        tooltip(
          svg("rect", {
            class: "bar",
            x: labelWidth,
            y: y + 3,
            width: width,
            height: row - 8,
            rx: 2,
            fill: item.colour || PALETTE[0],
            "data-code": item.code,
            "data-value": item.value,
          }),
          item.label + ": " + item.text
        )
      );
      root.appendChild(
        svg("text", { x: labelWidth + width + 6, y: y + row / 2 + 4, class: "chart-value" }, item.text)
      );
    });
    return root;
  }

  /* Counted items of the reports API ({code, label, count, share}) as bars with count and share. */
  function countedChart(container, title, items, noun) {
    if (!items.length) {
      emptyNote(container, title);
      return;
    }
    var total = items.reduce(function (sum, item) {
      return sum + item.count;
    }, 0);
    var bars = items.map(function (item) {
      return {
        code: item.code,
        label: item.label,
        value: item.count,
        text: fmt(item.count) + " (" + pct(item.share) + ")",
      };
    });
    var top = items[0];
    var summary =
      fmt(total) + " " + (noun || "vragen") + "; het meest: " + top.label + " met " + fmt(top.count) + " (" + pct(top.share) + ").";
    figure(
      container,
      title,
      summary,
      barChart(bars),
      table(
        title,
        ["", "Aantal", "Aandeel"],
        items.map(function (item) {
          return [item.label, fmt(item.count), pct(item.share)];
        })
      )
    );
  }

  function legendList(series) {
    return el(
      "ul",
      { className: "legend" },
      series.map(function (entry) {
        return el("li", {}, [
          el("span", { className: "swatch", "aria-hidden": "true", style: "background:" + entry.colour }),
          entry.label,
        ]);
      })
    );
  }

  /* Stacked columns: one column per period, one segment per series (the biggest categories, the rest
     together). ``columns`` is [{period, total, parts: {code: count}}]. */
  function stackedChart(columns, series) {
    var height = 280;
    var left = 48;
    var bottom = 40;
    var top = 12;
    var plotHeight = height - top - bottom;
    var plotWidth = WIDTH - left - 8;
    var slot = plotWidth / Math.max(columns.length, 1);
    var barWidth = Math.max(4, Math.min(44, slot * 0.7));
    var max = Math.max.apply(
      null,
      columns.map(function (c) {
        return c.total;
      }).concat([1])
    );
    var step = niceStep(max);
    var ceiling = Math.ceil(max / step) * step;
    var root = svg("svg", {
      class: "stacked-chart",
      viewBox: "0 0 " + WIDTH + " " + height,
      width: "100%",
      preserveAspectRatio: "xMinYMin meet",
    });
    for (var tick = 0; tick <= ceiling; tick += step) {
      var ty = top + plotHeight - (tick / ceiling) * plotHeight;
      root.appendChild(svg("line", { x1: left, x2: WIDTH - 8, y1: ty, y2: ty, class: "grid-line" }));
      root.appendChild(svg("text", { x: left - 6, y: ty + 4, "text-anchor": "end", class: "chart-axis" }, fmt(tick)));
    }
    // Label every n-th column so the labels never overlap (52 weeks on a narrow chart).
    var every = Math.max(1, Math.ceil(columns.length / Math.floor(plotWidth / 64)));
    columns.forEach(function (column, index) {
      var x = left + index * slot + (slot - barWidth) / 2;
      var group = svg("g", { class: "stack", "data-period": column.period, "data-total": column.total });
      var y = top + plotHeight;
      series.forEach(function (entry) {
        var count = column.parts[entry.code] || 0;
        if (!count) {
          return;
        }
        var h = (count / ceiling) * plotHeight;
        y -= h;
        group.appendChild(
          tooltip(
            svg("rect", {
              class: "segment",
              x: x,
              y: y,
              width: barWidth,
              height: h,
              fill: entry.colour,
              "data-code": entry.code,
              "data-value": count,
            }),
            column.period + ", " + entry.label + ": " + fmt(count)
          )
        );
      });
      root.appendChild(group);
      if (index % every === 0) {
        root.appendChild(
          svg(
            "text",
            { x: x + barWidth / 2, y: height - bottom + 16, "text-anchor": "middle", class: "chart-axis" },
            column.period
          )
        );
      }
    });
    return root;
  }

  function niceStep(max) {
    var rough = max / 4;
    var power = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1))));
    var steps = [1, 2, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * power >= rough) {
        return Math.max(1, steps[i] * power);
      }
    }
    return 10 * power;
  }

  /* The biggest categories get a colour each, the others are added up as "Overige categorieën". */
  function categorySeries(periods, names) {
    var totals = {};
    periods.forEach(function (p) {
      Object.keys(p.categories).forEach(function (code) {
        totals[code] = (totals[code] || 0) + p.categories[code];
      });
    });
    var codes = Object.keys(totals).sort(function (a, b) {
      return totals[b] - totals[a] || (a < b ? -1 : 1);
    });
    var shown = codes.length > MAX_SERIES ? codes.slice(0, MAX_SERIES - 1) : codes;
    var series = shown.map(function (code, index) {
      return { code: code, label: names[code] || code, colour: PALETTE[index] };
    });
    var rest = codes.slice(shown.length);
    if (rest.length) {
      series.push({ code: "_rest", label: "Overige categorieën", colour: REST_COLOUR, members: rest });
    }
    var columns = periods.map(function (p) {
      var parts = {};
      shown.forEach(function (code) {
        parts[code] = p.categories[code] || 0;
      });
      if (rest.length) {
        parts._rest = rest.reduce(function (sum, code) {
          return sum + (p.categories[code] || 0);
        }, 0);
      }
      return { period: p.period, total: p.total, parts: parts };
    });
    return { series: series, columns: columns };
  }

  function volumeChart(container, title, report) {
    if (!report.periods.length) {
      emptyNote(container, title);
      return;
    }
    var built = categorySeries(report.periods, report.labels);
    var busiest = built.columns.reduce(function (a, b) {
      return b.total > a.total ? b : a;
    });
    var summary =
      built.columns.length +
      " perioden, van " +
      built.columns[0].period +
      " tot " +
      built.columns[built.columns.length - 1].period +
      "; het drukst was " +
      busiest.period +
      " met " +
      fmt(busiest.total) +
      " vragen.";
    var headers = ["Periode"].concat(
      built.series.map(function (s) {
        return s.label;
      }),
      ["Totaal"]
    );
    var rows = built.columns.map(function (column) {
      return [column.period].concat(
        built.series.map(function (s) {
          return fmt(column.parts[s.code] || 0);
        }),
        [fmt(column.total)]
      );
    });
    figure(
      container,
      title,
      summary,
      stackedChart(built.columns, built.series),
      table(title, headers, rows),
      legendList(built.series)
    );
  }

  function shareChart(container, report) {
    var title = "Afgehandeld door Wegwijs of door medewerkers";
    if (!report.total) {
      emptyNote(container, title);
      return;
    }
    var height = 56;
    var span = WIDTH - 16;
    var root = svg("svg", {
      class: "share-chart",
      viewBox: "0 0 " + WIDTH + " " + height,
      width: "100%",
      preserveAspectRatio: "xMinYMin meet",
    });
    var x = 8;
    [
      ["bot", "Wegwijs", report.bot, report.share_bot, PALETTE[0]],
      ["staff", "Medewerkers", report.staff, report.share_staff, PALETTE[1]],
    ].forEach(function (part) {
      var width = (part[2] / report.total) * span;
      root.appendChild(
        tooltip(
          svg("rect", { class: "share", x: x, y: 8, width: width, height: 28, fill: part[4], "data-part": part[0] }),
          part[1] + ": " + fmt(part[2]) + " (" + pct(part[3]) + ")"
        )
      );
      if (width > 120) {
        root.appendChild(
          svg("text", { x: x + 8, y: 27, class: "chart-value-inverse" }, part[1] + " " + pct(part[3]))
        );
      }
      x += width;
    });
    var summary =
      "Wegwijs alleen: " + fmt(report.bot) + " (" + pct(report.share_bot) + "), medewerkers: " +
      fmt(report.staff) + " (" + pct(report.share_staff) + ").";
    figure(
      container,
      title,
      summary,
      root,
      table(title, ["", "Aantal", "Aandeel"], [
        ["Wegwijs alleen", fmt(report.bot), pct(report.share_bot)],
        ["Medewerkers", fmt(report.staff), pct(report.share_staff)],
        ["Totaal", fmt(report.total), pct(1)],
      ]),
      legendList([
        { label: "Wegwijs alleen", colour: PALETTE[0] },
        { label: "Medewerkers", colour: PALETTE[1] },
      ])
    );
  }

  function heatmapChart(container, report) {
    var title = "Vragen per weekdag en uur";
    var cell = 26;
    var gap = 2;
    var left = 90;
    var top = 22;
    var width = left + 24 * (cell + gap);
    var height = top + 7 * (cell + gap) + 4;
    var max = report.max || 0;
    var root = svg("svg", {
      class: "heatmap",
      viewBox: "0 0 " + width + " " + height,
      width: "100%",
      preserveAspectRatio: "xMinYMin meet",
    });
    for (var hour = 0; hour < 24; hour += 2) {
      root.appendChild(
        svg("text", { x: left + hour * (cell + gap) + cell / 2, y: 14, "text-anchor": "middle", class: "chart-axis" }, hour)
      );
    }
    var busiest = { count: -1 };
    report.counts.forEach(function (row, day) {
      var y = top + day * (cell + gap);
      root.appendChild(svg("text", { x: left - 8, y: y + cell / 2 + 4, "text-anchor": "end", class: "chart-label" }, WEEKDAYS[day]));
      row.forEach(function (count, hourIndex) {
        if (count > busiest.count) {
          busiest = { count: count, day: day, hour: hourIndex };
        }
        root.appendChild(
          tooltip(
            svg("rect", {
              class: "cell",
              x: left + hourIndex * (cell + gap),
              y: y,
              width: cell,
              height: cell,
              rx: 2,
              fill: heat(count, max),
              "data-day": day,
              "data-hour": hourIndex,
              "data-count": count,
            }),
            WEEKDAYS[day] + " " + hourIndex + ":00–" + (hourIndex + 1) + ":00: " + fmt(count)
          )
        );
      });
    });
    var summary = max
      ? "Het drukste uur is " + WEEKDAYS[busiest.day] + " van " + busiest.hour + ":00 tot " + (busiest.hour + 1) +
        ":00 met " + fmt(busiest.count) + " vragen."
      : "Geen vragen in deze selectie.";
    var headers = ["Dag"];
    for (var h = 0; h < 24; h++) {
      headers.push(String(h));
    }
    var rows = report.counts.map(function (row, day) {
      return [WEEKDAYS[day]].concat(row.map(fmt));
    });
    figure(container, title, summary, root, table(title + " (het uur waarin de vraag begon)", headers, rows, "heat-table"), heatLegend(max));
  }

  // From a very light to the console's dark teal: more contacts, darker cell.
  function heat(count, max) {
    if (!count || !max) {
      return "#f4f7f8";
    }
    var t = 0.15 + 0.85 * (count / max);
    var from = [220, 234, 237];
    var to = [7, 59, 69];
    var rgb = from.map(function (start, i) {
      return Math.round(start + (to[i] - start) * t);
    });
    return "rgb(" + rgb.join(",") + ")";
  }

  function heatLegend(max) {
    return el("p", { className: "legend heat-legend" }, [
      el("span", { className: "swatch", "aria-hidden": "true", style: "background:" + heat(0, max) }),
      "0 ",
      el("span", { className: "swatch", "aria-hidden": "true", style: "background:" + heat(Math.max(1, max / 2), max) }),
      " ",
      el("span", { className: "swatch", "aria-hidden": "true", style: "background:" + heat(max, max) }),
      fmt(max) + " vragen in één uur",
    ]);
  }

  // ---------- the reports page ----------

  function getJson(path) {
    return fetch(path, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } }).then(
      function (response) {
        if (response.status === 401) {
          window.location.assign(
            "/staff/login?next=" + encodeURIComponent(window.location.pathname + window.location.search)
          );
          return new Promise(function () {});
        }
        return response.json().then(function (body) {
          if (!response.ok) {
            var error = new Error(body.message || "Het laden is mislukt.");
            error.status = response.status;
            throw error;
          }
          return body;
        });
      }
    );
  }

  var REPORTS = [
    "indicators",
    "handled-by",
    "volume-monthly",
    "volume-weekly",
    "outcomes",
    "satisfaction",
    "unmet-needs",
    "safety",
    "times",
    "heatmap",
    "profile",
    "corrections",
  ];

  function initReports() {
    var root = byId("reports");
    if (data.query === null) {
      return; // the filter was refused; the server shows why
    }
    var suffix = data.query ? "?" + data.query : "";
    Promise.all(
      REPORTS.map(function (name) {
        return getJson("/api/reports/" + name + suffix).then(function (body) {
          return body.data;
        });
      })
    ).then(
      function (results) {
        var found = {};
        REPORTS.forEach(function (name, index) {
          found[name] = results[index];
        });
        draw(found);
        root.setAttribute("aria-busy", "false");
        root.setAttribute("data-loaded", "yes");
        setText("report-status", "De rapportages zijn bijgewerkt.");
      },
      function (error) {
        root.setAttribute("aria-busy", "false");
        setText("report-alert", error.message || "De rapportages konden niet worden geladen.");
      }
    );
  }

  function draw(r) {
    var indicators = r.indicators;
    setText("kpi-phone", fmt(indicators.phone_calls));
    setText("kpi-chats", fmt(indicators.chats));
    setText("kpi-total", fmt(indicators.single_questions));
    var handled = r["handled-by"];
    setText("kpi-bot", fmt(handled.bot) + " (" + pct(handled.share_bot) + ")");
    setText("kpi-staff", fmt(handled.staff) + " (" + pct(handled.share_staff) + ")");
    setText("kpi-safety", fmt(r.safety.total));

    var perChannel = Object.keys(indicators.per_channel).map(function (code) {
      var count = indicators.per_channel[code];
      return {
        code: code,
        label: label("channels", code),
        count: count,
        share: indicators.single_questions ? count / indicators.single_questions : 0,
      };
    });
    countedChart(byId("chart-channels"), "Vragen per kanaal", indicators.single_questions ? perChannel : []);
    shareChart(byId("chart-share"), handled);
    countedChart(byId("chart-categories"), "Aantal per hoofdcategorie", indicators.categories);
    volumeChart(byId("chart-volume-month"), "Per maand", r["volume-monthly"]);
    volumeChart(byId("chart-volume-week"), "Per week", r["volume-weekly"]);
    countedChart(byId("chart-outcomes"), "Aantal per uitkomst", r.outcomes.outcomes);

    var rated = r.satisfaction;
    setText(
      "satisfaction-summary",
      rated.rated
        ? fmt(rated.rated) + " chats kregen na afloop een duim. " + pct(rated.share_up) + " daarvan was een duim omhoog."
        : "Nog geen chats beoordeeld in deze periode."
    );
    countedChart(
      byId("chart-satisfaction"),
      "Beoordeling na de chat",
      rated.rated
        ? [
            { code: "up", label: "Goed (duim omhoog)", count: rated.up, share: rated.up / rated.rated },
            { code: "down", label: "Niet goed (duim omlaag)", count: rated.down, share: rated.down / rated.rated },
          ]
        : [],
      "chats"
    );

    var unmet = r["unmet-needs"];
    setText(
      "unmet-summary",
      fmt(unmet.unmet) + " van " + fmt(unmet.total) + " vragen (" + pct(unmet.share) + ") konden niet worden beantwoord met passend aanbod."
    );
    countedChart(byId("chart-unmet"), "Redenen", unmet.reasons);
    countedTable(byId("table-unmet-categories"), "Categorieën van deze vragen", unmet.categories);

    var safety = r.safety;
    setText("safety-summary", fmt(safety.total) + " keer is een vraag opgeschaald voor de veiligheid.");
    weeklyChart(byId("chart-safety"), safety);
    countedTable(byId("table-safety-categories"), "Categorieën bij opschaling", safety.categories);

    timesTable(byId("table-times"), r.times);
    heatmapChart(byId("chart-heatmap"), r.heatmap);

    countedChart(byId("chart-roles"), "Rol", r.profile.role);
    countedChart(byId("chart-ages"), "Leeftijd kind", r.profile.age_band);
    countedChart(byId("chart-municipalities"), "Gemeente", r.profile.municipality);

    corrections(r.corrections);
  }

  function countedTable(container, title, items) {
    container.textContent = "";
    if (!items.length) {
      return;
    }
    container.appendChild(
      table(
        title,
        ["Categorie", "Aantal", "Aandeel"],
        items.map(function (item) {
          return [item.label, fmt(item.count), pct(item.share)];
        })
      )
    );
  }

  function weeklyChart(container, safety) {
    var title = "Opschalingen per week";
    if (!safety.total) {
      emptyNote(container, title, "Geen opschalingen in deze selectie.");
      return;
    }
    var series = [{ code: "safety", label: "Opschalingen", colour: PALETTE[4] }];
    var columns = safety.weeks.map(function (week) {
      return { period: week.period, total: week.count, parts: { safety: week.count } };
    });
    var urgency = safety.urgency
      .map(function (u) {
        return label("urgency", u.code) + ": " + fmt(u.count);
      })
      .join(", ");
    figure(
      container,
      title,
      fmt(safety.total) + " opschalingen in " + columns.length + " weken (" + urgency + ").",
      stackedChart(columns, series),
      table(
        title,
        ["Week", "Opschalingen"],
        columns.map(function (c) {
          return [c.period, fmt(c.total)];
        })
      )
    );
  }

  function timesTable(container, times) {
    container.textContent = "";
    function row(name, d) {
      return [name, fmt(d.count), duration(d.mean), duration(d.p50), duration(d.p75), duration(d.p90), duration(d.p95), duration(d.max)];
    }
    container.appendChild(
      table(
        "Wachttijd en afhandeltijd",
        ["", "Aantal", "Gemiddeld", "Mediaan", "75% binnen", "90% binnen", "95% binnen", "Langste"],
        [
          row("Wachttijd tot een medewerker (chat)", times.wait),
          row("Afhandeltijd Wegwijs", times.handling.bot),
          row("Afhandeltijd medewerkers", times.handling.staff),
        ],
        "times-table"
      )
    );
  }

  function corrections(report) {
    var summary = byId("corrections-summary");
    var perCategory = byId("table-corrections");
    var confusions = byId("table-confusions");
    perCategory.textContent = "";
    confusions.textContent = "";
    if (!report.reviewed) {
      summary.textContent = "Nog geen vragen waarbij een medewerker de categorie van Wegwijs bekeek.";
      return;
    }
    summary.textContent =
      "Bij " + fmt(report.kept) + " van de " + fmt(report.reviewed) + " bekeken vragen (" + pct(report.agreement) +
      ") hield de medewerker de categorie van Wegwijs.";
    perCategory.appendChild(
      table(
        "Overeenstemming per categorie van Wegwijs",
        ["Categorie van Wegwijs", "Bekeken", "Gehouden", "Overeenstemming"],
        report.categories.map(function (c) {
          return [c.label, fmt(c.reviewed), fmt(c.kept), pct(c.agreement)];
        })
      )
    );
    if (report.confusions.length) {
      confusions.appendChild(
        table(
          "Meest aangepast",
          ["Wegwijs koos", "Medewerker koos", "Aantal"],
          report.confusions.map(function (c) {
            return [c.bot_label, c.worker_label, fmt(c.count)];
          })
        )
      );
    }
  }

  // ---------- the audit log ----------

  var DETAIL_NAMES = {
    from: "van",
    to: "t/m",
    start: "van",
    end: "t/m",
    channel: "kanaal",
    municipality: "gemeente",
    role: "rol",
    period: "periode",
    format: "formaat",
    via: "via",
    filter: "filter",
    report: "rapport",
  };

  function describeDetails(details) {
    return Object.keys(details || {})
      .map(function (key) {
        var value = details[key];
        var name = DETAIL_NAMES[key] || key;
        if (value && typeof value === "object") {
          var inner = describeDetails(value);
          return inner ? name + ": " + inner : name + ": alles";
        }
        if (key === "channel") {
          value = label("channels", value);
        }
        return name + " " + value;
      })
      .filter(Boolean)
      .join(", ");
  }

  function initAudit() {
    var rows = byId("audit-rows");
    var more = byId("audit-more");
    var tableNode = byId("audit-table");
    var base = "/api/audit?limit=100" + (data.query ? "&" + data.query : "");

    function load(before) {
      more.disabled = true;
      tableNode.setAttribute("aria-busy", "true");
      getJson(base + (before ? "&before=" + encodeURIComponent(before) : "")).then(
        function (body) {
          body.entries.forEach(function (entry) {
            rows.appendChild(
              el("tr", { "data-action": entry.action }, [
                el("td", { text: stamp.format(new Date(entry.at)) }),
                el("td", { text: entry.actor }),
                el("td", { text: label("roles", entry.role) }),
                el("td", { text: label("actions", entry.action) }),
                el("td", { text: entry.target || "" }),
                el("td", { text: describeDetails(entry.details) }),
              ])
            );
          });
          byId("audit-empty").hidden = rows.children.length > 0;
          more.hidden = !body.next_before;
          more.disabled = false;
          more.onclick = function () {
            load(body.next_before);
          };
          tableNode.setAttribute("aria-busy", "false");
          tableNode.setAttribute("data-loaded", "yes");
          setText("audit-status", rows.children.length + " regels getoond.");
        },
        function (error) {
          tableNode.setAttribute("aria-busy", "false");
          setText("audit-alert", error.message || "Het logboek kon niet worden geladen.");
        }
      );
    }
    load(null);
  }

  if (data.page === "reports") {
    initReports();
  } else if (data.page === "audit") {
    initAudit();
  }
})();
