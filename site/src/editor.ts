// The invoice editor: CodeMirror 6 with JSON syntax, line numbers, and the report's diagnostics shown
// at their field (lint markers), so an `input/invalid` appears at the right line as one types.
import { json } from "@codemirror/lang-json";
import { lintGutter, setDiagnostics, type Diagnostic as EditorDiagnostic } from "@codemirror/lint";
import { EditorView, basicSetup } from "codemirror";

export interface InvoiceEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  showDiagnostics(diagnostics: readonly EditorDiagnostic[]): void;
  select(from: number, to: number): void;
  lineOf(offset: number): number;
}

// Colours dark enough on their backgrounds for WCAG AA (4.5:1), which the default gutter grey is not.
const theme = EditorView.theme({
  "&": { border: "1px solid #6b7280", borderRadius: "4px", fontSize: "13px", backgroundColor: "#fff" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", minHeight: "24rem", maxHeight: "70vh" },
  ".cm-gutters": { backgroundColor: "#f3f4f6", color: "#374151", borderRight: "1px solid #d1d5db" },
  ".cm-activeLineGutter": { backgroundColor: "#e5e7eb", color: "#111827" },
  "&.cm-focused": { outline: "3px solid #1d4ed8", outlineOffset: "1px" },
});

export function createEditor(parent: HTMLElement, label: string, onChange: (text: string) => void): InvoiceEditor {
  const view = new EditorView({
    parent,
    doc: "",
    extensions: [
      basicSetup,
      json(),
      lintGutter(),
      theme,
      // An explicit tabindex so that accessibility checkers see the scrolled region holds a focusable control.
      EditorView.contentAttributes.of({ "aria-label": label, "aria-multiline": "true", tabindex: "0" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showDiagnostics(diagnostics) {
      view.dispatch(setDiagnostics(view.state, [...diagnostics]));
    },
    select(from, to) {
      view.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: "center" }) });
      view.focus();
    },
    lineOf: (offset) => view.state.doc.lineAt(Math.min(offset, view.state.doc.length)).number,
  };
}
