// The one validated article input: what the ingest CLI (files, front matter, .jsonl lines) and
// the ingestArticle mutation accept, with the same rules and the same messages. Each message
// names its field and says what to send instead. An empty title, url or publishedAt counts as
// absent; the output is the extractor's ArticleInputT with absent fields left out.
import { z } from "zod";
import type { ArticleInputT } from "../extract/document.ts";

export const ARTICLE_INPUT_LIMITS = { idLength: 200, titleLength: 500, urlLength: 2048 } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** null and "" mean "not given" for the optional metadata fields. */
const absentWhenEmpty = (v: unknown) => (v === null || v === "" ? undefined : v);

const metadata = (field: string) => z.string({ error: `${field} must be a string.` });

const schemas = new Map<number, ReturnType<typeof buildSchema>>();

/** The article input schema for a given text size limit (MAX_ARTICLE_BYTES or --max-bytes). */
export function articleInputSchema(maxBytes: number): ReturnType<typeof buildSchema> {
  let schema = schemas.get(maxBytes);
  if (!schema) schemas.set(maxBytes, (schema = buildSchema(maxBytes)));
  return schema;
}

function buildSchema(maxBytes: number) {
  return z
    .object(
      {
        text: z
          .string({ error: (issue) => (issue.input === undefined || issue.input === null ? "missing text: send the article text." : "text must be a string (the article's plain text).") })
          .refine((t) => t.trim().length > 0, "text is empty: send the article text.")
          .superRefine((t, ctx) => {
            const bytes = Buffer.byteLength(t, "utf8");
            if (bytes > maxBytes) ctx.addIssue({ code: "custom", message: `text is ${bytes} bytes; the limit is ${maxBytes} (MAX_ARTICLE_BYTES).` });
          }),
        id: z.preprocess(
          (v) => (v === null ? undefined : v),
          metadata("id")
            .refine((id) => id.trim().length > 0 && !id.includes("#"), "id must be non-empty and must not contain #.")
            .refine((id) => id.length <= ARTICLE_INPUT_LIMITS.idLength, `id must be at most ${ARTICLE_INPUT_LIMITS.idLength} characters.`)
            .optional(),
        ),
        title: z.preprocess(
          absentWhenEmpty,
          metadata("title").max(ARTICLE_INPUT_LIMITS.titleLength, `title must be at most ${ARTICLE_INPUT_LIMITS.titleLength} characters.`).optional(),
        ),
        url: z.preprocess(
          absentWhenEmpty,
          metadata("url")
            // http(s) only: a javascript: or data: URL would reach every client that renders the link.
            .regex(/^https?:\/\/\S+$/, "url must be an http(s) URL.")
            .max(ARTICLE_INPUT_LIMITS.urlLength, `url must be at most ${ARTICLE_INPUT_LIMITS.urlLength} characters.`)
            .optional(),
        ),
        publishedAt: z.preprocess(
          absentWhenEmpty,
          metadata("publishedAt")
            .refine((d) => ISO_DATE.test(d) && !Number.isNaN(Date.parse(d)), "publishedAt must be an ISO 8601 date or date-time, e.g. 2025-08-16.")
            .optional(),
        ),
      },
      { error: "an article must be an object: { text, id?, title?, url?, publishedAt? }." },
    )
    .transform((a): ArticleInputT => {
      const article: ArticleInputT = { text: a.text };
      if (a.id !== undefined) article.id = a.id;
      if (a.title !== undefined) article.title = a.title;
      if (a.url !== undefined) article.url = a.url;
      if (a.publishedAt !== undefined) article.publishedAt = a.publishedAt;
      return article;
    });
}

export interface ArticleInputProblem {
  /** The offending field (text, id, title, url, publishedAt), or null for the article as a whole. */
  field: string | null;
  message: string;
}

export type ArticleInputResult = { ok: true; article: ArticleInputT } | { ok: false; problems: ArticleInputProblem[] };

/** Validates an article from any edge (CLI file, .jsonl line, GraphQL input). */
export function parseArticleInput(value: unknown, maxBytes: number): ArticleInputResult {
  const parsed = articleInputSchema(maxBytes).safeParse(value);
  if (parsed.success) return { ok: true, article: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ field: typeof i.path[0] === "string" ? i.path[0] : null, message: i.message })),
  };
}
