// Fails fast while Neo4j is unreachable, instead of letting every request wait out the driver's
// retries (15 s and more). The breaker is fed by the readiness probe (a ping on its own
// connection): a transaction still running after `suspectAfterMs` makes it probe once, and a
// probe that finds the database down (not merely slow) opens the breaker, which rejects that transaction and every one waiting or started
// while it stays open, at once, with DatabaseUnavailableError. While open it probes again every
// `reprobeEveryMs` and closes on the first answer; /readyz feeds it too.
//
//   const breaker = new CircuitBreaker({ probe: () => db.ping(1500) });
//   await breaker.guard(() => session.executeRead(work));   // throws DatabaseUnavailableError

/** Neo4j cannot be reached (down, restarting, or refusing connections): retry later. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  constructor(message = "The database is unreachable.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Neo4j cut a transaction that ran longer than NEO4J_TX_TIMEOUT_MS. */
export class TransactionTimeoutError extends Error {
  override name = "TransactionTimeoutError";
  constructor(
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(`Neo4j stopped the query after ${timeoutMs} ms (NEO4J_TX_TIMEOUT_MS).`, options);
  }
}

export interface CircuitBreakerOptions {
  /** Asks the database; the answer arrives through record() (the readiness ping calls it). */
  probe: () => Promise<unknown>;
  /** A guarded operation still running after this long triggers a probe (default 250 ms). */
  suspectAfterMs?: number;
  /** While open, probe this often (default 1 s). */
  reprobeEveryMs?: number;
}

const CONNECTIVITY_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** True for a driver error that means "no connection to the server" rather than a query problem. */
export function isConnectivityError(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  if (typeof e.code === "string" && CONNECTIVITY_CODES.has(e.code)) return true;
  return typeof e.message === "string" && /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|Connection acquisition timed out|Could not perform discovery/i.test(e.message);
}

export class CircuitBreaker {
  #open = false;
  #probing: Promise<void> | null = null;
  #reprobe: NodeJS.Timeout | null = null;
  /** Rejectors of the guarded operations in flight: opening the breaker rejects them all. */
  readonly #waiting = new Set<(err: Error) => void>();
  readonly #opts: Required<CircuitBreakerOptions>;

  constructor(opts: CircuitBreakerOptions) {
    this.#opts = { suspectAfterMs: 250, reprobeEveryMs: 1_000, ...opts };
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** A readiness result from outside (the /readyz probe). */
  record(up: boolean): void {
    if (up) this.#close();
    else this.#trip();
  }

  /** Runs `op` unless the breaker is open; rejects as soon as it opens. */
  guard<T>(op: () => Promise<T>): Promise<T> {
    if (this.#open) return Promise.reject(this.#unavailable());
    return new Promise<T>((resolve, reject) => {
      const suspect = setTimeout(() => void this.#probeOnce(), this.#opts.suspectAfterMs);
      suspect.unref();
      let settled = false;
      const fail = (err: Error) => {
        settled = true;
        clearTimeout(suspect);
        this.#waiting.delete(fail);
        reject(err);
      };
      this.#waiting.add(fail);
      op().then(
        (value) => {
          settled = true;
          clearTimeout(suspect);
          this.#waiting.delete(fail);
          resolve(value);
        },
        (err: unknown) => {
          // An operation already rejected by the breaker ends later (the driver retries): ignore it.
          if (settled) return;
          if (isConnectivityError(err)) {
            this.#trip();
            fail(this.#unavailable(err));
          } else {
            fail(err instanceof Error ? err : new Error(String(err)));
          }
        },
      );
    });
  }

  /** Stops probing (the database is being closed). */
  dispose(): void {
    if (this.#reprobe) clearInterval(this.#reprobe);
    this.#reprobe = null;
  }

  #unavailable(cause?: unknown): DatabaseUnavailableError {
    return new DatabaseUnavailableError("The database (Neo4j) is unreachable.", { cause });
  }

  async #probeOnce(): Promise<void> {
    this.#probing ??= this.#opts.probe().then(
      () => {
        this.#probing = null;
      },
      () => {
        this.#probing = null;
        this.record(false);
      },
    );
    await this.#probing;
  }

  #trip(): void {
    if (!this.#open) {
      this.#open = true;
      this.#reprobe = setInterval(() => void this.#probeOnce(), this.#opts.reprobeEveryMs);
      this.#reprobe.unref();
    }
    for (const fail of [...this.#waiting]) fail(this.#unavailable());
  }

  #close(): void {
    this.#open = false;
    this.dispose();
  }
}
