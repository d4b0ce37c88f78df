// The card of the selected entity: name, kind, aliases, mention count, roles (people), the event's
// kind and subtype, whether it is still to come, date, place and participants (events), the
// articles naming it and its events as a small timeline.
import { el, humanise, safeHref } from "./dom-builder.ts";
import { KIND_STYLE } from "./graph-style.ts";
import type { EntityCardResult } from "./queries.ts";
import { type ApiFactuality, eventKindLabel, plannedMark } from "./vocabulary-labels.ts";

export type CardEntity = NonNullable<EntityCardResult["entity"]>;

export interface CardActions {
  onExpand(id: string): void;
  onSelect(id: string): void;
  onShowMentions(id: string): void;
  onPathFrom(entity: CardEntity): void;
  onPathTo(entity: CardEntity): void;
  isExpanded(id: string): boolean;
}

function section(title: string, ...body: (Node | string | null)[]): HTMLElement {
  return el("section", { className: "card-section" }, el("h3", null, title), ...body);
}

/** "planned" beside an event still to come (announced, scheduled), with what it means on hover. */
export function plannedBadge(factuality: ApiFactuality | null | undefined): HTMLElement | null {
  const mark = plannedMark(factuality);
  return mark ? el("span", { className: "planned-mark", testid: "event-planned", attrs: { title: mark.title } }, mark.text) : null;
}

function entityLink(entity: { id: string; name: string }, actions: CardActions): HTMLElement {
  return el("button", { className: "link-button", on: { click: () => actions.onSelect(entity.id) } }, entity.name);
}

export function entityCard(e: CardEntity, actions: CardActions): HTMLElement {
  const kind = KIND_STYLE[e.kind];
  const expanded = actions.isExpanded(e.id);
  const header = el(
    "header",
    { className: "card-header" },
    el("h2", { testid: "entity-name" }, e.name),
    el("span", { className: `kind-badge kind-${e.kind.toLowerCase()}`, testid: "entity-kind" }, e.eventType ? `Event · ${eventKindLabel(e.eventType, e.subtype)}` : kind.label),
    plannedBadge(e.factuality),
  );
  const mentions = el(
    "button",
    { className: "link-button", testid: "entity-mentions", attrs: { title: "Show the sentences that mention it" }, on: { click: () => actions.onShowMentions(e.id) } },
    `${e.mentionCount} ${e.kind === "EVENT" ? (e.mentionCount === 1 ? "sentence" : "sentences") : e.mentionCount === 1 ? "mention" : "mentions"}`,
  );
  const actionsRow = el(
    "div",
    { className: "card-actions" },
    el("button", { testid: "expand-button", attrs: expanded ? { disabled: "" } : {}, on: { click: () => actions.onExpand(e.id) } }, expanded ? "Neighbours shown" : "Expand neighbours"),
    el("button", { testid: "path-from-button", on: { click: () => actions.onPathFrom(e) } }, "Path from here"),
    el("button", { testid: "path-to-button", on: { click: () => actions.onPathTo(e) } }, "Path to here"),
  );
  const aliases = e.aliases.filter((a) => a !== e.name);
  const roles = e.roles?.length
    ? section(
        "Roles",
        el("ul", { testid: "entity-roles" }, ...e.roles.map((r) => el("li", null, r.title, r.of ? " of " : "", r.of ? entityLink(r.of, actions) : null))),
      )
    : null;
  const eventFacts = e.kind === "EVENT"
    ? section(
        "What happened",
        el(
          "dl",
          { className: "facts" },
          el("dt", null, "Date"),
          el("dd", null, e.date ? `${e.date}${e.dateText ? ` (“${e.dateText}”)` : ""}` : "not stated"),
          el("dt", null, "Place"),
          el("dd", null, e.place ? entityLink(e.place, actions) : "not stated"),
        ),
        e.participants?.length
          ? el("ul", null, ...e.participants.map((p) => el("li", null, entityLink(p.entity, actions), ` — ${humanise(p.role)}`)))
          : null,
      )
    : null;
  const articles = section(
    `Articles (${e.articles.totalCount})`,
    e.articles.edges.length
      ? el(
          "ul",
          { className: "article-list", testid: "entity-articles" },
          ...e.articles.edges.map(({ node: a }) => {
            const href = safeHref(a.url);
            const title = a.title ?? `Article ${a.articleId}`;
            return el("li", null, href ? el("a", { attrs: { href, target: "_blank", rel: "noopener noreferrer" } }, title) : title, el("span", { className: "muted" }, ` · ${a.publishedAt ?? "undated"}`));
          }),
        )
      : el("p", { className: "muted" }, "No article names it."),
  );
  const events =
    e.kind === "EVENT"
      ? null
      : section(
          `Events (${e.events.totalCount})`,
          e.events.edges.length
            ? el(
                "ol",
                { className: "mini-timeline", testid: "entity-events" },
                ...e.events.edges.map(({ node: ev }) =>
                  el(
                    "li",
                    null,
                    el("time", null, ev.date ?? "undated"),
                    el("button", { className: "link-button", on: { click: () => actions.onSelect(ev.id) } }, ev.name),
                    plannedBadge(ev.factuality),
                  ),
                ),
              )
            : el("p", { className: "muted" }, "No events recorded."),
        );
  return el(
    "article",
    { className: "entity-card", testid: "entity-card", attrs: { "data-entity-id": e.id } },
    header,
    el("p", { className: "card-meta" }, mentions, aliases.length ? " · also known as " : "", aliases.length ? el("span", { testid: "entity-aliases" }, aliases.join(", ")) : null),
    actionsRow,
    roles,
    eventFacts,
    articles,
    events,
  );
}
