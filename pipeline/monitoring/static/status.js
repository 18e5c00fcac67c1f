// The status page: polls /api/status and renders it. No dependencies.
"use strict";
(function () {
  const POLL_MS = 2000;
  let previous = null;

  function cell(text, numeric) {
    const td = document.createElement("td");
    td.textContent = text === null || text === undefined ? "–" : String(text);
    if (numeric) td.className = "num";
    return td;
  }

  function fill(tableId, rows, emptyText) {
    const body = document.querySelector("#" + tableId + " tbody");
    body.replaceChildren();
    if (!rows.length) {
      const tr = document.createElement("tr");
      const td = cell(emptyText);
      td.colSpan = document.querySelectorAll("#" + tableId + " thead th").length;
      td.className = "muted";
      tr.appendChild(td);
      body.appendChild(tr);
      return;
    }
    for (const cells of rows) {
      const tr = document.createElement("tr");
      cells.forEach((c) => tr.appendChild(c));
      body.appendChild(tr);
    }
  }

  function ms(v) { return v === null || v === undefined ? null : v.toFixed(1); }

  function rate(stage, value, now) {
    if (!previous) return null;
    const before = previous.stages.find((s) => s.stage === stage);
    const seconds = (now - previous.at) / 1000;
    if (!before || seconds <= 0) return null;
    return ((value - before.in) / seconds).toFixed(2);
  }

  function render(data) {
    const now = Date.now();
    document.getElementById("app-id").textContent = data.app_id + " " + data.version;
    const ready = document.getElementById("ready");
    ready.textContent = data.ready ? "ready" : "not ready";
    ready.className = "badge " + (data.ready ? "ok" : "bad");
    document.getElementById("problems").textContent = data.problems.join("; ");
    document.getElementById("updated").textContent = "updated " + new Date(data.now).toLocaleTimeString() +
      ", up " + Math.round(data.uptime_s) + " s";
    fill("stages", data.stages.map((s) => {
      const lat = data.latency_ms[s.stage] || {};
      const inCell = cell(s.in, true); inCell.id = "stage-" + s.stage + "-in";
      const outCell = cell(s.out, true); outCell.id = "stage-" + s.stage + "-out";
      const failCell = cell(s.failed, true); failCell.id = "stage-" + s.stage + "-failed";
      return [cell(s.stage), inCell, outCell, failCell, cell(rate(s.stage, s.in, now), true),
              cell(ms(lat.p50), true), cell(ms(lat.p95), true), cell(ms(lat.p99), true)];
    }), "no stages");
    fill("work", Object.entries(data.stage_work_ms).map(([stage, w]) => {
      const p50 = cell(ms(w.p50), true); p50.id = "work-" + stage + "-p50";
      return [cell(stage), p50, cell(ms(w.p95), true), cell(ms(w.p99), true), cell(w.samples, true)];
    }), "nothing published yet");
    for (const [name, value] of Object.entries(data.accounting)) {
      const el = document.getElementById("acc-" + name);
      if (el) el.textContent = String(value);
    }
    const e2e = data.latency_ms.end_to_end || {};
    document.getElementById("e2e").textContent = e2e.p50 === null || e2e.p50 === undefined ? "–"
      : ms(e2e.p50) + " / " + ms(e2e.p95);
    fill("lag", data.lag.map((p) => {
      const lag = cell(p.lag, true);
      if (p.lag > 0) lag.classList.add("lagging");
      return [cell(p.topic), cell(p.partition, true), cell(p.highwater, true), cell(p.position, true),
              cell(p.committed, true), lag];
    }), "no partitions assigned");
    fill("dead", data.dead_letters.map((d) => [cell(d.stage), cell(d.error_class), cell(d.reason),
      cell(d.article_id)]), "none");
    fill("events", data.events.map((e) => [cell(e.event_type), cell(e.actor), cell(e.recipient),
      cell(e.event_date), cell(e.topics.join(", ")), cell(e.article_id)]), "none yet");
    document.body.dataset.loaded = "true";
    previous = { at: now, stages: data.stages };
  }

  async function poll() {
    try {
      const response = await fetch("/api/status", { cache: "no-store" });
      if (!response.ok) throw new Error("HTTP " + response.status);
      render(await response.json());
    } catch (err) {
      const ready = document.getElementById("ready");
      ready.textContent = "unreachable";
      ready.className = "badge bad";
      document.getElementById("problems").textContent = String(err);
    } finally {
      setTimeout(poll, POLL_MS);
    }
  }

  poll();
}());
