import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { createHash } from 'node:crypto';
import type { SubgraphContext } from './server';

/*
 * Retries never duplicate a change. An editor's client sends `Idempotency-Key: <its own unique
 * value>` with a mutation; the gateway passes it on. The subgraph claims the key (per token
 * subject) in the same transaction as the change, so a retry can never apply it twice, and keeps
 * the answer: the same key with the same request gets the first answer again, the same key with
 * another request gets IDEMPOTENCY_KEY_REUSED. A retry that arrives while the first is still
 * running waits for it. Keys are kept 24 hours in the region's own `idempotent_request` table.
 */

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const RETENTION = "interval '24 hours'";
/** How long a retry waits for the answer of a first request that has committed. */
const ANSWER_WAIT_MS = 5000;

export const IdempotencyErrorCode = {
  /** The key was used for another request: a client bug, never retried blindly. */
  REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** A request with this key is still running (internal: replaced by its answer once it is kept). */
  IN_PROGRESS: 'IDEMPOTENT_REQUEST_IN_PROGRESS',
} as const;

/** What a request with a key carries in its context. */
export interface IdempotencyState {
  subject: string;
  key: string;
  requestHash: string;
  /** The key was claimed by a committed change of this request: its answer is to be kept. */
  claimed: boolean;
}

type Context = SubgraphContext & { idempotencyKey?: string; idempotency?: IdempotencyState };

interface StoredRequest {
  request_hash: string;
  response: GraphQLResponseBody | null;
}

type GraphQLResponseBody = { data?: Record<string, unknown> | null; errors?: ReadonlyArray<GraphQLFormattedError>; extensions?: Record<string, unknown> };

/** The key from the request's header; a malformed one is refused before anything runs. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!KEY_PATTERN.test(key)) {
    throw new GraphQLError('Invalid Idempotency-Key: 1 to 255 visible ASCII characters (a UUID, say)', {
      extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key', rule: 'idempotencyKey', http: { status: 400 } },
    });
  }
  return key;
}

/**
 * Claims the request's key inside the change's transaction (call first in it). Throws
 * IDEMPOTENT_REQUEST_IN_PROGRESS when another request holds the key: the insert waits for that
 * transaction, so two requests with one key never both change anything.
 */
export async function claimIdempotencyKey(tx: EntityManager, context: object): Promise<void> {
  const state = (context as Context).idempotency;
  if (!state || state.claimed) return;
  await tx.execute(`delete from idempotent_request where created_at < now() - ${RETENTION}`);
  const claimed = await tx.execute<Array<{ key: string }>>(
    'insert into idempotent_request (subject, key, request_hash) values (?, ?, ?) on conflict do nothing returning key',
    [state.subject, state.key, state.requestHash],
  );
  if (claimed.length === 0) {
    throw new GraphQLError('A request with this Idempotency-Key is running or has run', { extensions: { code: IdempotencyErrorCode.IN_PROGRESS } });
  }
}

/** Call once the change's transaction has committed: the request's answer is then kept for retries. */
export function markIdempotencyKeyClaimed(context: object): void {
  const state = (context as Context).idempotency;
  if (state) state.claimed = true;
}

function hashRequest(context: GraphQLRequestContext<Context>): string {
  const { query, operationName, variables } = context.request;
  return createHash('sha256')
    .update(JSON.stringify([query ?? '', operationName ?? null, variables ?? {}]))
    .digest('hex');
}

async function findStored(orm: MikroORM, state: IdempotencyState): Promise<StoredRequest | undefined> {
  const rows = await orm.em
    .fork()
    .execute<StoredRequest[]>('select request_hash, response from idempotent_request where subject = ? and key = ?', [state.subject, state.key]);
  return rows[0];
}

/** The stored request's answer, waiting a moment for one that has committed but not yet kept it. */
async function awaitAnswer(orm: MikroORM, state: IdempotencyState): Promise<StoredRequest | undefined> {
  const deadline = Date.now() + ANSWER_WAIT_MS;
  let stored = await findStored(orm, state);
  while (stored && stored.response === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    stored = await findStored(orm, state);
  }
  return stored;
}

function single(body: GraphQLResponseBody): GraphQLResponse {
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: body } };
}

function answerFrom(stored: StoredRequest | undefined, state: IdempotencyState): GraphQLResponseBody | undefined {
  if (!stored) return undefined;
  if (stored.request_hash !== state.requestHash) {
    return {
      errors: [
        {
          message: `Idempotency-Key "${state.key}" was used for another request: use a new key for a new change`,
          extensions: { code: IdempotencyErrorCode.REUSED },
        },
      ],
    };
  }
  if (stored.response === null) {
    return {
      errors: [
        {
          message: 'The request with this Idempotency-Key made its change, but its answer was not kept: read the data to see it',
          extensions: { code: IdempotencyErrorCode.IN_PROGRESS },
        },
      ],
    };
  }
  return { ...stored.response, extensions: { ...stored.response.extensions, idempotentReplay: true } };
}

/** The plugin that answers retries and keeps first answers. */
export function idempotencyPlugin(orm: MikroORM): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(context) {
          const key = context.contextValue.idempotencyKey;
          const subject = context.contextValue.viewer?.subject;
          if (context.operation?.operation !== 'mutation' || !key || !subject) return null;
          const state: IdempotencyState = { subject, key, requestHash: hashRequest(context), claimed: false };
          context.contextValue.idempotency = state;
          const answer = answerFrom(await awaitAnswer(orm, state), state);
          return answer ? single(answer) : null;
        },
        async willSendResponse(context) {
          const state = context.contextValue.idempotency;
          const body = context.response.body;
          if (!state || body.kind !== 'single') return;
          if (state.claimed) {
            await orm.em
              .fork()
              .execute('update idempotent_request set response = ? where subject = ? and key = ? and response is null', [
                JSON.stringify(body.singleResult),
                state.subject,
                state.key,
              ]);
            return;
          }
          // Another request with this key won the claim while this one ran: give its answer.
          if (body.singleResult.errors?.some((error) => error.extensions?.code === IdempotencyErrorCode.IN_PROGRESS)) {
            const answer = answerFrom(await awaitAnswer(orm, state), state);
            if (answer) body.singleResult = answer;
          }
        },
      };
    },
  };
}
