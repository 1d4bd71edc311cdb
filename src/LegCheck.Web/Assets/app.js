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

function megabytes(bytes) {
  return (bytes / (1024 * 1024)).toFixed(1) + " MB";
}

// The upload form posts as a plain form without this; with it, files can be dropped on it, the upload shows its
// progress, and the summary the server renders replaces the page's main part without leaving it.
function setUpUpload(form) {
  const input = form.querySelector("input[type=file]");
  const drop = form.querySelector("[data-drop]");
  const chosen = form.querySelector("[data-chosen]");
  const progress = form.querySelector("[data-progress]");
  const status = form.querySelector("[data-status]");
  const max = Number(form.dataset.maxBytes || 0);
  const hint = form.querySelector("[data-drop-hint]");
  if (hint) {
    hint.hidden = false;
  }
  const show = () => {
    const names = [...input.files].map((f) => f.name);
    chosen.textContent = names.length === 0 ? "" :
      `${names.length} file${names.length === 1 ? "" : "s"} chosen: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}`;
  };
  input.addEventListener("change", show);
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer && e.dataTransfer.files.length > 0) {
      input.files = e.dataTransfer.files;
      show();
    }
  });
  form.addEventListener("submit", (e) => {
    if (!window.FormData || !window.DOMParser) {
      return;
    }
    e.preventDefault();
    const total = [...input.files].reduce((n, f) => n + f.size, 0);
    if (max > 0 && total > max) {
      status.textContent = `These files come to ${megabytes(total)}, more than the ${megabytes(max)} one import takes: choose fewer, or import them in parts.`;
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "text/html");
    progress.hidden = false;
    progress.value = 0;
    status.textContent = "Uploading…";
    xhr.upload.addEventListener("progress", (ev) => {
      if (ev.lengthComputable) {
        progress.value = Math.round((100 * ev.loaded) / ev.total);
        status.textContent = ev.loaded >= ev.total ? "Importing…" : `Uploading… ${progress.value}%`;
      }
    });
    xhr.addEventListener("load", () => {
      const page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      const main = page.querySelector("main");
      if (!main) {
        status.textContent = "The import did not answer as expected; try again.";
        return;
      }
      document.querySelector("main").replaceWith(main);
      document.title = page.title;
      enhance(main);
      main.focus();
    });
    xhr.addEventListener("error", () => {
      progress.hidden = true;
      status.textContent = "The upload failed: is LegCheck still running?";
    });
    xhr.send(new FormData(form));
  });
}

// Enter on a tick box ticks it, as Space does, instead of sending the form half answered.
function setUpTickBoxes(root) {
  for (const box of root.querySelectorAll("form input[type=checkbox]")) {
    box.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        box.click();
      }
    });
  }
}

function enhance(root) {
  setUpTickBoxes(root);
  for (const form of root.querySelectorAll("form[data-upload]")) {
    setUpUpload(form);
  }
  for (const form of root.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (e) => {
      if (!window.confirm(form.dataset.confirm)) {
        e.preventDefault();
      }
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  enhance(document);
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
