// The rule pages' prose, rendered with marked. Their text is the package's own docs, not user input;
// links that lead to the package's files (relative) are kept as plain text, they have no page here.
import { marked } from "marked";

export function renderMarkdown(markdown: string): HTMLElement {
  const container = document.createElement("div");
  container.className = "prose";
  container.lang = "en";
  container.innerHTML = marked.parse(markdown, { async: false, gfm: true });
  for (const link of container.querySelectorAll("a")) {
    const href = link.getAttribute("href") ?? "";
    if (/^https?:\/\//.test(href)) link.rel = "noreferrer";
    else link.replaceWith(...link.childNodes);
  }
  return container;
}
