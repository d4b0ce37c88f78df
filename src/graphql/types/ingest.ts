// Mutation.ingestArticle and Mutation.deleteArticle: extract and write an article, or remove one,
// through the ingest module. Only with a valid API key; failures are typed payload members.
// Either drops the cached responses it touched, on every instance.
import { deleteArticle, ingestDocument } from "../../ingest/ingest-article.ts";
import { parseArticleInput } from "../../ingest/article-input.ts";
import { InvalidDocumentError } from "../../ingest/article-rows.ts";
import { ExtractionPoolFullError } from "../../ingest/extraction-pool.ts";
import { GraphQLError } from "graphql";
import type { ArticleInputT, ExtractionDocumentT } from "../../extract/document.ts";
import { ingestKeyProblem } from "../api-key.ts";
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { LENGTHS_CHECKED_BY_RESOLVER } from "../limits.ts";
import { articleById } from "../loaders/article-loaders.ts";
import { articleKey } from "../node-id.ts";
import type { ArticleRecord } from "../records.ts";
import { InvalidInputError, NotFoundError, UnauthorizedError } from "./errors.ts";
import { ArticleRef } from "./refs.ts";

const IngestInput = builder.inputType("IngestArticleInput", {
  description: "An article to extract and ingest.",
  // Checked by the one article input (src/ingest/article-input.ts), with its own messages.
  extensions: LENGTHS_CHECKED_BY_RESOLVER,
  fields: (t) => ({
    text: t.string({ required: true, description: "The article text (plain text, at most MAX_ARTICLE_BYTES bytes)." }),
    id: t.string({ required: false, description: "Its id; a hash of the text when omitted. Must not contain #; at most 200 characters." }),
    title: t.string({ required: false, description: "Headline, at most 500 characters." }),
    url: t.string({ required: false, description: "Where it was published (http or https URL, at most 2048 characters)." }),
    publishedAt: t.string({ required: false, description: "Publication date or date-time, ISO 8601 (2025-08-16 or 2025-08-16T09:00:00Z)." }),
  }),
});

interface IngestResult {
  article: ArticleRecord | null;
  status: "WRITTEN" | "UNCHANGED";
  replaced: boolean;
  entitiesCreated: number;
  eventsCreated: number;
  relationshipsCreated: number;
  entityCount: number;
  eventCount: number;
}

const IngestStatusEnum = builder.enumType("IngestStatus", {
  description: "What ingesting did.",
  values: {
    WRITTEN: { description: "The article was new or changed and was written." },
    UNCHANGED: { description: "The same article was already stored; nothing was written." },
  },
});

const IngestSuccess = builder.objectRef<IngestResult>("IngestArticleSuccess").implement({
  description: "The article was ingested.",
  fields: (t) => ({
    article: t.field({ type: ArticleRef, nullable: true, description: "The stored article.", resolve: (r) => r.article }),
    status: t.field({ type: IngestStatusEnum, description: "Written or unchanged.", resolve: (r) => r.status }),
    replaced: t.exposeBoolean("replaced", { description: "A previous version of the article was replaced." }),
    entityCount: t.exposeInt("entityCount", { description: "Entities extracted from the article." }),
    eventCount: t.exposeInt("eventCount", { description: "Events extracted from the article." }),
    entitiesCreated: t.exposeInt("entitiesCreated", { description: "Entities new to the graph (the others merged with existing ones)." }),
    eventsCreated: t.exposeInt("eventsCreated", { description: "Events new to the graph." }),
    relationshipsCreated: t.exposeInt("relationshipsCreated", { description: "Typed relationships new to the graph." }),
  }),
});

interface DeleteResult {
  articleId: string;
  entitiesRemoved: number;
  eventsRemoved: number;
  relationshipsRemoved: number;
}
const DeleteSuccess = builder.objectRef<DeleteResult>("DeleteArticleSuccess").implement({
  description: "The article and everything only it supported were removed.",
  fields: (t) => ({
    articleId: t.exposeString("articleId", { description: "The removed article's id." }),
    entitiesRemoved: t.exposeInt("entitiesRemoved", { description: "Entities no other article named, removed." }),
    eventsRemoved: t.exposeInt("eventsRemoved", { description: "Events no other article reported, removed." }),
    relationshipsRemoved: t.exposeInt("relationshipsRemoved", { description: "Relationships no other article supported, removed." }),
  }),
});

/** The article from the mutation's input, checked by the same rules as the ingest CLI's files. */
function validArticle(input: Record<string, unknown>, maxBytes: number): ArticleInputT {
  const parsed = parseArticleInput(input, maxBytes);
  if (parsed.ok) return parsed.article;
  const [first] = parsed.problems;
  throw new InvalidInputError(first?.message ?? "invalid article", first?.field ?? null);
}

/** Extraction on the pool's threads; a full pool is a coded, retryable error (503). */
async function extractOffTheEventLoop(ctx: GraphQLContext, article: ArticleInputT): Promise<ExtractionDocumentT> {
  try {
    return await ctx.extraction.extract(article);
  } catch (e) {
    if (e instanceof ExtractionPoolFullError) {
      throw new GraphQLError(e.message, { extensions: { code: e.code, http: { status: 503, headers: { "retry-after": "5" } } } });
    }
    throw e;
  }
}

/** The entities and events an article as stored names (none when it is new). */
async function storedNodeIds(ctx: GraphQLContext, articleId: string): Promise<string[]> {
  const [row] = await ctx.db.read((tx) => tx.run("read/article-node-ids", { articleId }));
  return row ? [...row.entityIds, ...row.eventIds] : [];
}

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestSuccess,
    description: "Extracts entities, events and relationships from an article and merges them into the graph. Needs the API key (x-api-key header).",
    args: { input: t.arg({ type: IngestInput, required: true, description: "The article." }) },
    errors: {
      types: [UnauthorizedError, InvalidInputError],
      directResult: true,
      union: { name: "IngestArticlePayload", description: "The ingested article, or why it was refused." },
    },
    resolve: async (_root, { input }, ctx) => {
      const problem = ingestKeyProblem(ctx);
      if (problem) throw new UnauthorizedError(problem);
      const doc = await extractOffTheEventLoop(ctx, validArticle(input, ctx.config.maxArticleBytes));
      let outcome;
      try {
        // Once written and folded, announce drops the cached responses it touched (here and on
        // every instance) and publishes articleIngested and entityUpdated.
        outcome = await ingestDocument(ctx.db, doc, { announce: ctx.announce });
      } catch (e) {
        if (e instanceof InvalidDocumentError) throw new InvalidInputError(e.message, null);
        throw e;
      }
      return {
        article: await articleById(ctx.loaders).load(outcome.articleId),
        status: outcome.status === "written" ? ("WRITTEN" as const) : ("UNCHANGED" as const),
        replaced: outcome.replaced,
        entityCount: doc.entities.length,
        eventCount: doc.events.length,
        ...outcome.created,
      };
    },
  }),
  deleteArticle: t.field({
    type: DeleteSuccess,
    description: "Removes an article and everything only it supported (its sentences, mentions, evidence; entities and events no other article names). Needs the API key.",
    args: { id: t.arg.id({ required: true, description: "Global ID or article id." }) },
    errors: {
      types: [UnauthorizedError, NotFoundError],
      directResult: true,
      union: { name: "DeleteArticlePayload", description: "What was removed, or why nothing was." },
    },
    resolve: async (_root, args, ctx) => {
      const problem = ingestKeyProblem(ctx);
      if (problem) throw new UnauthorizedError(problem);
      const id = articleKey(String(args.id));
      const before = await storedNodeIds(ctx, id);
      const outcome = await deleteArticle(ctx.db, id);
      if (!outcome.deleted) throw new NotFoundError(`No article has id "${id}".`, id);
      await ctx.invalidateCache({ articleIds: [id], nodeIds: before });
      return outcome;
    },
  }),
}));
