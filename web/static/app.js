// Enhancements only: the page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // A chip in a sentence opens that sentence's versions and points at the outlet's own wording.
  for (const chip of document.querySelectorAll("ol.sentences .chips a.chip")) {
    chip.addEventListener("click", () => { chip.closest("li").querySelector("details").open = true; });
  }
  // One more empty report field on demand, numbered after the last one.
  const slots = document.getElementById("slots");
  const actions = document.querySelector(".own .actions");
  if (slots && actions) {
    const add = document.createElement("button");
    add.type = "button";
    add.className = "secondary";
    add.textContent = "Add another report";
    add.addEventListener("click", () => {
      const last = slots.lastElementChild;
      const copy = last.cloneNode(true);
      const n = slots.children.length + 1;
      copy.querySelector("legend").textContent = `Report ${n}`;
      for (const input of copy.querySelectorAll("input, textarea")) {
        const base = input.id.replace(/-\d+$/, "");
        input.id = `${base}-${n}`;
        input.value = "";
        const label = copy.querySelector(`label[for^="${base}-"]`);
        if (label) label.htmlFor = input.id;
      }
      slots.appendChild(copy);
      copy.querySelector("textarea").focus();
    });
    actions.prepend(add);
  }
});
