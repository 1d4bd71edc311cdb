// Progressive enhancement only: every page works without this script.
"use strict";

function setUpBodyMap(map) {
  const boxes = new Map();
  for (const box of map.querySelectorAll("input[type=checkbox][name=answer]")) {
    boxes.set(box.value, box);
  }
  const regions = map.querySelectorAll("[data-loc]");
  const sync = () => {
    for (const region of regions) {
      const on = boxes.get(region.dataset.loc)?.checked === true;
      region.classList.toggle("on", on);
      if (region.hasAttribute("role")) {
        region.setAttribute("aria-checked", on ? "true" : "false");
      }
    }
  };
  const toggle = (region) => {
    const box = boxes.get(region.dataset.loc);
    if (box) {
      box.checked = !box.checked;
      sync();
    }
  };
  for (const region of regions) {
    region.addEventListener("click", () => toggle(region));
    region.addEventListener("keydown", (e) => {
      if (e.key === " " || e.key === "Enter") {
        e.preventDefault();
        toggle(region);
      }
    });
  }
  for (const box of boxes.values()) {
    box.addEventListener("change", sync);
  }
  sync();
}

document.addEventListener("DOMContentLoaded", () => {
  for (const map of document.querySelectorAll("[data-bodymap]")) {
    setUpBodyMap(map);
  }
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
  // The printout is for a doctor: show every "Why?" section on paper.
  window.addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) {
      details.open = true;
    }
  });
});
