// A search box with suggestions as you type (the API's typo-tolerant `search`), navigable with the
// arrow keys, Enter and Escape. Only the answer to the latest keystroke is shown.
import { el, humanise, replaceChildren } from "./dom-builder.ts";
import { ApiError, type GraphQLRequest } from "./graphql-client.ts";
import { SEARCH, type EntitySummary, type SearchResult } from "./queries.ts";

export interface SearchBoxOptions {
  request: GraphQLRequest;
  placeholder: string;
  testid: string;
  onSelect(entity: EntitySummary): void;
  onError(error: unknown): void;
  /** Delay after the last keystroke before asking, in ms. */
  debounceMs?: number;
}

export interface SearchBox {
  readonly element: HTMLElement;
  setValue(text: string): void;
}

let instances = 0;

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const listId = `suggestions-${++instances}`;
  const input = el("input", {
    testid: `${options.testid}-input`,
    attrs: {
      type: "search",
      placeholder: options.placeholder,
      autocomplete: "off",
      spellcheck: "false",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      "aria-label": options.placeholder,
    },
  });
  const list = el("ul", { className: "suggestions", testid: `${options.testid}-suggestions`, attrs: { id: listId, role: "listbox" } });
  list.hidden = true;
  const element = el("div", { className: "search-box", testid: options.testid }, input, list);

  let hits: EntitySummary[] = [];
  /** The query `hits` answer; Enter pressed before they arrive waits for them. */
  let hitsFor = "";
  let enterPending = false;
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const showMessage = (text: string, state: string) => {
    replaceChildren(list, el("li", { className: `suggestion-message ${state}`, testid: `${options.testid}-${state}` }, text));
    list.hidden = false;
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    options.onSelect(hit);
  };
  const setActive = (i: number) => {
    active = hits.length ? (i + hits.length) % hits.length : -1;
    [...list.children].forEach((li, j) => {
      li.setAttribute("aria-selected", String(j === active));
    });
    const li = list.children[active];
    if (li) {
      input.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    }
  };
  const render = (query: string) => {
    if (!hits.length) {
      showMessage(`No entity or event matches “${query}”. Check the spelling or try another name.`, "empty");
      return;
    }
    replaceChildren(
      list,
      ...hits.map((h, i) =>
        el(
          "li",
          {
            className: "suggestion",
            testid: "suggestion",
            attrs: { id: `${listId}-${i}`, role: "option", "aria-selected": "false", "data-kind": h.kind },
            on: {
              mousedown: (e: MouseEvent) => {
                e.preventDefault();
                choose(i);
              },
            },
          },
          el("span", { className: `kind-dot kind-${h.kind.toLowerCase()}` }),
          el("span", { className: "suggestion-name" }, h.name),
          el("span", { className: "suggestion-kind" }, humanise(h.kind)),
        ),
      ),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  };
  const ask = async (query: string) => {
    const mine = ++asked;
    showMessage("Searching…", "loading");
    try {
      const data = await options.request<SearchResult>(SEARCH, { query });
      if (mine !== asked) return;
      hits = data.search.map((h) => h.entity);
      hitsFor = query;
      render(query);
      if (enterPending) {
        enterPending = false;
        choose(0);
      }
    } catch (err) {
      if (mine !== asked) return;
      hits = [];
      showMessage(err instanceof ApiError && err.kind === "unreachable" ? "Search failed: the server cannot be reached." : "Search failed: see the message above.", "error");
      options.onError(err);
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    enterPending = false;
    const query = input.value.trim();
    if (!query) {
      asked++;
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void ask(query), options.debounceMs ?? 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (list.hidden && hits.length) render(input.value.trim());
      setActive(active + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const query = input.value.trim();
      if (query && query !== hitsFor) {
        enterPending = true;
        clearTimeout(timer);
        void ask(query);
      } else choose(Math.max(active, 0));
    } else if (e.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  return {
    element,
    setValue(text: string) {
      input.value = text;
      close();
    },
  };
}
