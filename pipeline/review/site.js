// policy-extract review site: sortable and filterable tables; row fields on click; rows
// opened in place from a link (#row-id). Reads only data the page carries; writes text
// with textContent, never as HTML.
"use strict";

function cellValue(row, i) {
  const text = row.cells[i] ? row.cells[i].textContent.trim() : "";
  const n = Number(text);
  return text !== "" && !Number.isNaN(n) ? n : text;
}

function makeSortable(table) {
  const headers = table.tHead ? Array.from(table.tHead.rows[0].cells) : [];
  headers.forEach((th, i) => {
    th.addEventListener("click", () => {
      const asc = !th.classList.contains("sorted-asc");
      headers.forEach((h) => h.classList.remove("sorted-asc", "sorted-desc"));
      th.classList.add(asc ? "sorted-asc" : "sorted-desc");
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = cellValue(a, i), y = cellValue(b, i);
        const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh");
        return asc ? order : -order;
      });
      rows.forEach((r) => body.appendChild(r));
    });
  });
}

function makeFilterable(input) {
  const table = document.querySelector("table.filterable");
  if (!table) return;
  input.addEventListener("input", () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const row of table.tBodies[0].rows) {
      const text = row.textContent.toLowerCase();
      row.hidden = !words.every((w) => text.includes(w));
    }
  });
}

let ROWS = [];

function fieldTable(row) {
  const wrap = document.createElement("div");
  const title = document.createElement("h3");
  title.textContent = row.table + " · " + row.anchor;
  wrap.appendChild(title);
  const table = document.createElement("table");
  for (const [key, value] of Object.entries(row.fields)) {
    const tr = table.insertRow();
    const th = document.createElement("th");
    th.textContent = key;
    tr.appendChild(th);
    const td = tr.insertCell();
    td.textContent = value === null ? "—" : (typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  wrap.appendChild(table);
  return wrap;
}

function showRows(indices) {
  const pane = document.getElementById("fields");
  if (!pane) return;
  pane.replaceChildren(...indices.map((i) => fieldTable(ROWS[i])));
  document.querySelectorAll(".current").forEach((el) => el.classList.remove("current"));
  for (const i of indices) {
    document.querySelectorAll(`[data-row="${i}"]`).forEach((el) => el.classList.add("current"));
  }
}

function openAnchor(anchor) {
  const el = document.getElementById(anchor);
  if (!el || el.dataset.row === undefined) return;
  const row = Number(el.dataset.row);
  const target = el.dataset.table === "tasks" ? document.getElementById("at-" + anchor) || el : el;
  target.scrollIntoView({ block: "center" });
  showRows([row]);
}

function openFromHash() {
  if (location.hash.length > 1) openAnchor(decodeURIComponent(location.hash.slice(1)));
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("table.sortable").forEach(makeSortable);
  document.querySelectorAll("input.filter").forEach(makeFilterable);
  const data = document.getElementById("rows-data");
  if (!data) return;
  ROWS = JSON.parse(data.textContent);
  document.querySelector("article.text").addEventListener("click", (event) => {
    const mark = event.target.closest("mark.hl");
    if (!mark) return;
    // the clicked row first, then every row whose span encloses it
    const rows = [];
    for (let el = mark; el && el.matches && el.matches("mark.hl"); el = el.parentElement.closest("mark.hl")) {
      rows.push(Number(el.dataset.row));
    }
    showRows(rows);
  });
  document.querySelector("ol.outline").addEventListener("click", (event) => {
    const item = event.target.closest("li.task");
    if (!item) return;
    event.preventDefault();
    history.replaceState(null, "", "#" + encodeURIComponent(item.id));
    openAnchor(item.id);
  });
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
});
